// punctuation: half-width `, : ; ( ) ? !` and straight quotes in Chinese text (GB/T 15834-2011).
// One finding per line (a pasted notice has hundreds), with a fix for the whole line. The
// detection is shared with the formatter (model/punctuation.ts).
import { changeAt, changeTarget, findChanges, loadText } from '../model/punctuation.js';
import { writtenLines } from '../model/lines.js';
import type { Rule, TextEdit } from './types.js';

export const punctuation: Rule = {
  id: 'punctuation',
  severity: 'information',
  tags: ['writing'],
  check(ctx) {
    const { text } = ctx.doc;
    const fixTitle = ctx.t('punctuation.fix');
    // Many lines get the same message (same count, same marks): each distinct message is built
    // once per check (strings are immutable, so findings may share one). Keyed by the marks in
    // order of first appearance (`markOrder`), then by count.
    const messages = new Map<number, string[]>();
    loadText(text);
    for (const line of writtenLines(ctx.doc)) {
      const found = findChanges(text, line.start, line.end);
      if (found === 0) continue;
      // The marks found, each once, in order of first appearance (a bit per mark seen: hundreds
      // of lines), as the decimal digits of `markOrder` (MARKS index + 1: at most 9 digits, a small integer).
      let markOrder = 0;
      let seen = 0;
      const edits: TextEdit[] = new Array(found); // exact size: no growth slack per line
      for (let k = 0; k < found; k++) {
        const at = changeAt(k);
        const code = text.charCodeAt(at);
        const bit = 1 << (code & 31); // , : ; ? ! ( ) " ' differ in their low five bits
        if ((seen & bit) === 0) {
          seen |= bit;
          markOrder = markOrder * 10 + MARK_NUMBER[code & 63];
        }
        edits[k] = { span: { start: at, end: at + 1 }, newText: changeTarget(k) };
      }
      let byCount = messages.get(markOrder);
      if (byCount === undefined) messages.set(markOrder, (byCount = []));
      let message = byCount[found];
      if (message === undefined) byCount[found] = message = ctx.t('punctuation.halfWidth', { count: found, chars: markList(markOrder) });
      ctx.report({
        span: { start: changeAt(0), end: changeAt(found - 1) + 1 },
        message,
        fixes: [{ title: fixTitle, preferred: true, edits }],
      });
    }
  },
};

/** The half-width marks a change replaces. */
const MARKS = ',:;?!()"\'';
/** MARKS index + 1 by character code (all below 64). */
const MARK_NUMBER = new Uint8Array(64);
for (let k = 0; k < MARKS.length; k++) MARK_NUMBER[MARKS.charCodeAt(k)] = k + 1;

/** The marks of a `markOrder` (see `check`), space-separated: `, ( )`. */
function markList(markOrder: number): string {
  const marks: string[] = [];
  for (let o = markOrder; o > 0; o = Math.floor(o / 10)) marks.push(MARKS[(o % 10) - 1]);
  return marks.reverse().join(' ');
}
