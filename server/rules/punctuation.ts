// punctuation: half-width `, : ; ( ) ? !` and straight quotes in Chinese text (GB/T 15834-2011).
// One finding per line (a pasted notice has hundreds), with a fix for the whole line. The
// detection is shared with the formatter (model/punctuation.ts).
import { changeAt, changeMark, changeTarget, findChanges, HALF_MARKS, loadText } from '../model/punctuation.js';
import { writtenLines } from '../model/lines.js';
import type { Rule, TextEdit } from './types.js';

/** The messages of one set of marks: its mark list, and each message built so far by count. */
interface Messages {
  chars: string;
  byCount: string[];
}

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
    const messages = new Map<number, Messages>();
    loadText(text);
    for (const line of writtenLines(ctx.doc)) {
      const found = findChanges(text, line.start, line.end);
      if (found === 0) continue;
      // The marks found, each once, in order of first appearance (a bit per mark seen: hundreds
      // of lines), as the decimal digits of `markOrder` (changeMark: 1 to 9; at most 9 digits, a small integer).
      let markOrder = 0;
      let seen = 0;
      const edits: TextEdit[] = new Array(found); // exact size: no growth slack per line
      for (let k = 0; k < found; k++) {
        const at = changeAt(k);
        const mark = changeMark(k);
        if ((seen & (1 << mark)) === 0) {
          seen |= 1 << mark;
          markOrder = markOrder * 10 + mark;
        }
        edits[k] = { span: { start: at, end: at + 1 }, newText: changeTarget(k) };
      }
      let forMarks = messages.get(markOrder);
      if (forMarks === undefined) messages.set(markOrder, (forMarks = { chars: markList(markOrder), byCount: [] }));
      let message = forMarks.byCount[found];
      if (message === undefined) forMarks.byCount[found] = message = ctx.t('punctuation.halfWidth', { count: found, chars: forMarks.chars });
      ctx.report({
        span: { start: changeAt(0), end: changeAt(found - 1) + 1 },
        message,
        fixes: [{ title: fixTitle, preferred: true, edits }],
      });
    }
  },
};

/** The marks of a `markOrder` (see `check`), space-separated: `, ( )`. */
function markList(markOrder: number): string {
  let list = HALF_MARKS[(markOrder % 10) - 1];
  for (let o = Math.floor(markOrder / 10); o > 0; o = Math.floor(o / 10)) list = `${HALF_MARKS[(o % 10) - 1]} ${list}`;
  return list;
}
