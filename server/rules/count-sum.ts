// count-sum: the parts of a count statement against the total they belong to (in a chain of
// totals, the one they fit; when none fits, the one expected, the chain's last), and each
// bracketed note against the part it is inside (NOTICE-FORMAT.md §6, §6a). Only statements whose
// parts were all read are summed (the model's SumCheck, which the hover shows too).
import { countModel, formatLike } from '../model/countModel.js';
import type { Rule } from './types.js';

export const countSum: Rule = {
  id: 'count-sum',
  severity: 'error',
  tags: ['count'],
  check(ctx) {
    for (const s of countModel(ctx.doc).statements) {
      const sum = s.checks.sum;
      if ((sum.verdict === 'mismatch' || sum.verdict === 'exceeds') && sum.total) {
        const total = sum.total.number;
        const args = { parts: sum.values.join('+'), sum: sum.sum, total: total.value };
        // In a chain of totals, say which were there and which one the parts should fit.
        const message =
          s.chain.length > 1
            ? ctx.t('count-sum.chain', { ...args, chain: s.chain.map((c) => `${c.number.text}${c.number.unit}${c.scope}`).join('、') })
            : ctx.t(sum.verdict === 'exceeds' ? 'count-sum.exceeds' : 'count-sum.mismatch', args);
        ctx.report({
          span: { start: total.start, end: s.parts[s.parts.length - 1].span.end },
          message,
          fixes: [{ title: ctx.t('count-sum.fixTotal', { sum: sum.sum }), edits: [{ span: total, newText: formatLike(sum.sum, total) }] }],
        });
      }
      for (const n of s.checks.notes) {
        if (n.ok || !n.note.number) continue;
        ctx.report({ span: n.note, message: ctx.t('count-sum.note', { note: n.note.number.value, within: n.within }) });
      }
    }
  },
};
