// count-rate: a stated rate (完成率, 整改落实率 …) that no reasonable numerator reproduces at
// the written precision. Notices differ in what counts as done, so every reading is tried.
import { countModel, percent, rateCandidates, reproduces, totalOf } from '../model/counts.js';
import type { Rule } from './types.js';

export const countRate: Rule = {
  id: 'count-rate',
  severity: 'error',
  tags: ['count'],
  check(ctx) {
    for (const s of countModel(ctx.doc).statements) {
      const rate = s.rate;
      if (!rate || s.notBreakdown) continue;
      const total = totalOf(s).number.value;
      if (total <= 0) continue;
      const candidates = rateCandidates(ctx.t, s);
      if (candidates.length === 0 || candidates.some((c) => reproduces(c.numerator, total, rate))) continue;
      const computed = candidates.map((c) => ({ ...c, rate: percent(c.numerator, total, rate.decimals) }));
      ctx.report({
        span: rate,
        message: ctx.t('count-rate.mismatch', {
          kind: rate.kind,
          stated: rate.digits.text,
          candidates: computed
            .map((c) => ctx.t('count-rate.candidate', { label: c.label, num: c.numerator, total, rate: c.rate }))
            .join('；'),
        }),
        fixes: computed.map((c) => ({
          title: ctx.t('count-rate.fix', { kind: rate.kind, rate: c.rate, label: c.label }),
          edits: [{ span: rate.digits, newText: c.rate }],
          preferred: computed.length === 1,
        })),
      });
    }
  },
};
