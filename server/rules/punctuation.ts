// punctuation: half-width `, : ; ( ) ? !` and straight quotes in Chinese text (GB/T 15834-2011).
// One finding per line (a pasted notice has hundreds), with a fix for the whole line. The
// detection is shared with the formatter (model/punctuation.ts).
import { halfWidthPunctuation } from '../model/punctuation.js';
import { writtenLines } from '../model/lines.js';
import type { Rule, TextEdit } from './types.js';

export const punctuation: Rule = {
  id: 'punctuation',
  severity: 'information',
  tags: ['writing'],
  check(ctx) {
    for (const line of writtenLines(ctx.doc)) {
      const changes = halfWidthPunctuation(line.text);
      if (changes.length === 0) continue;
      // The marks found, each once, in order of first appearance (plain loops: hundreds of lines).
      let chars = '';
      const edits: TextEdit[] = [];
      for (const c of changes) {
        if (!chars.includes(c.from)) chars = chars === '' ? c.from : `${chars} ${c.from}`;
        const at = line.start + c.index;
        edits.push({ span: { start: at, end: at + 1 }, newText: c.to });
      }
      const first = line.start + changes[0].index;
      const last = line.start + changes[changes.length - 1].index + 1;
      ctx.report({
        span: { start: first, end: last },
        message: ctx.t('punctuation.halfWidth', { count: changes.length, chars }),
        fixes: [
          {
            title: ctx.t('punctuation.fix'),
            preferred: true,
            edits,
          },
        ],
      });
    }
  },
};
