// punctuation: half-width `, : ; ( ) ? !` and straight quotes in Chinese text (GB/T 15834-2011).
// One finding per line (a pasted notice has hundreds), with a fix for the whole line. The
// detection is shared with the formatter (model/punctuation.ts).
import { halfWidthPunctuation } from '../model/punctuation.js';
import { writtenLines } from '../model/lines.js';
import type { Rule } from './types.js';

export const punctuation: Rule = {
  id: 'punctuation',
  severity: 'information',
  tags: ['writing'],
  check(ctx) {
    for (const line of writtenLines(ctx.doc)) {
      const changes = halfWidthPunctuation(line.text);
      if (changes.length === 0) continue;
      const chars = [...new Set(changes.map((c) => c.from))].join(' ');
      const first = line.start + changes[0].index;
      const last = line.start + changes[changes.length - 1].index + 1;
      ctx.report({
        span: { start: first, end: last },
        message: ctx.t('punctuation.halfWidth', { count: changes.length, chars }),
        fixes: [
          {
            title: ctx.t('punctuation.fix'),
            preferred: true,
            edits: changes.map((c) => ({ span: { start: line.start + c.index, end: line.start + c.index + 1 }, newText: c.to })),
          },
        ],
      });
    }
  },
};
