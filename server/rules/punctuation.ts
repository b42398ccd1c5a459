// punctuation: half-width `, : ; ( ) ? !` and straight quotes in Chinese text (GB/T 15834-2011).
// A slip typed into a line is reported on its line. A pasted web text has such marks on most
// of its lines: a squiggle per line would paint the page, so past a few lines the rule reports
// once, for the whole document, with the fix 「全文改为全角标点」 (the formatter's punctuation
// pass). `notice.punctuation.perLine` asks for the per-line findings anyway.
// The detection is shared with the formatter (model/punctuation.ts).
import { punctuationPass } from '../features/formatting.js';
import { lineChanges, type WidthChange } from '../model/punctuation.js';
import { writtenLines } from '../model/lines.js';
import { memo } from '../model/memo.js';
import { lazyFix, type Fix, type Rule } from './types.js';

/** Up to this many lines with half-width marks, each line gets its finding. */
export const PUNCTUATION_MAX_LINES = 3;

export const punctuation: Rule = {
  id: 'punctuation',
  severity: 'information',
  tags: ['writing'],
  check(ctx) {
    const { doc, t } = ctx;
    const perLine = ctx.settings.punctuation?.perLine === true;
    // The changes of a line are kept only while they may still be reported line by line: a
    // pasted web page has thousands, and one finding counts them.
    const lines: WidthChange[][] = [];
    let lineCount = 0;
    let count = 0;
    let first = 0;
    for (const line of writtenLines(doc)) {
      const changes = lineChanges(doc.text, line.start, line.end);
      if (changes.length === 0) continue;
      if (lineCount === 0) first = changes[0].index;
      lineCount++;
      count += changes.length;
      if (perLine || lineCount <= PUNCTUATION_MAX_LINES) lines.push(changes);
    }
    if (lineCount === 0) return;
    // The whole-document fix is worked out only when the editor asks for it (the analysis runs
    // at every keystroke; the fix is a pass of the formatter over the whole text).
    const wholeDocument = (preferred: boolean): Fix =>
      lazyFix(t('punctuation.fixAll'), preferred, undefined, () => memo(doc, 'punctuationPass', () => punctuationPass(doc)));
    if (lineCount > PUNCTUATION_MAX_LINES && !perLine) {
      ctx.report({
        span: { start: first, end: first + 1 },
        message: t('punctuation.document', { count, lines: lineCount }),
        fixes: [wholeDocument(true)],
      });
      return;
    }
    for (const changes of lines) {
      const marks = [...new Set(changes.map((c) => c.from))].join(' ');
      ctx.report({
        span: { start: changes[0].index, end: changes[changes.length - 1].index + 1 },
        message: t('punctuation.halfWidth', { count: changes.length, chars: marks }),
        fixes: [
          lazyFix(t('punctuation.fix'), true, changes.length, () => changes.map((c) => ({ span: { start: c.index, end: c.index + 1 }, newText: c.to }))),
          wholeDocument(false),
        ],
      });
    }
  },
};
