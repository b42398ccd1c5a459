// count-sum: the parts of a count statement exceed its total, or two or more parts that cover
// the statuses of the total do not add up to it (NOTICE-FORMAT.md §6).
import { countModel, formatLike, partValue, totalOf } from '../model/counts.js';
import type { Rule } from './types.js';

export const countSum: Rule = {
  id: 'count-sum',
  severity: 'error',
  tags: ['count'],
  check(ctx) {
    for (const s of countModel(ctx.doc).statements) {
      if (s.notBreakdown || s.parts.length === 0) continue;
      const total = totalOf(s).number;
      const values = s.parts.map((p) => partValue(s, p));
      const sum = values.reduce((a, b) => a + b, 0);
      if (sum === total.value || (sum < total.value && s.parts.length < 2)) continue;
      const args = { parts: values.join('+'), sum, total: total.value };
      ctx.report({
        span: { start: total.start, end: s.parts[s.parts.length - 1].span.end },
        message: ctx.t(sum > total.value ? 'count-sum.exceeds' : 'count-sum.mismatch', args),
        fixes: [{ title: ctx.t('count-sum.fixTotal', { sum }), edits: [{ span: total, newText: formatLike(sum, total) }] }],
      });
    }
  },
};
