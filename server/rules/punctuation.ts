// punctuation: half-width `, : ; ( ) ? !` and straight quotes in Chinese text (GB/T 15834-2011).
// One finding per line (a pasted notice has hundreds), with a fix for the whole line. The
// detection is shared with the formatter (model/punctuation.ts).
import { changeAt, changeTarget, findChanges } from '../model/punctuation.js';
import { writtenLines } from '../model/lines.js';
import type { Rule, TextEdit } from './types.js';

export const punctuation: Rule = {
  id: 'punctuation',
  severity: 'information',
  tags: ['writing'],
  check(ctx) {
    for (const line of writtenLines(ctx.doc)) {
      const s = line.text;
      const found = findChanges(s);
      if (found === 0) continue;
      // The marks found, each once, in order of first appearance (a bit per mark seen: hundreds of lines).
      let chars = '';
      let seen = 0;
      const edits: TextEdit[] = [];
      for (let k = 0; k < found; k++) {
        const i = changeAt(k);
        const code = s.charCodeAt(i);
        const bit = 1 << (code & 31); // , : ; ? ! ( ) " ' differ in their low five bits
        if ((seen & bit) === 0) {
          seen |= bit;
          chars = chars === '' ? s[i] : `${chars} ${s[i]}`;
        }
        const at = line.start + i;
        edits.push({ span: { start: at, end: at + 1 }, newText: changeTarget(k) });
      }
      ctx.report({
        span: { start: line.start + changeAt(0), end: line.start + changeAt(found - 1) + 1 },
        message: ctx.t('punctuation.halfWidth', { count: found, chars }),
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
