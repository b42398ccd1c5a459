// count-rate: a stated rate (完成率, 整改落实率 …) or share (`占…的×%`) that the statement's own
// numbers do not give: exact rates to their written precision, hedged ones (`近`, `约`, `左右`,
// `以上`, `超过`) only against their hedge. Notices differ in what counts as done, so every
// reading of the numerator is tried; the model's RateCheck decides, and the hover shows it.
import { candidateLabel, countModel, percent } from '../model/countModel.js';
import type { Rule } from './types.js';

export const countRate: Rule = {
  id: 'count-rate',
  severity: 'error',
  tags: ['count'],
  check(ctx) {
    for (const s of countModel(ctx.doc).statements) {
      for (const check of s.checks.rates) {
        if (check.verdict !== 'mismatch' || check.total === undefined) continue;
        const { rate, total } = check;
        const computed = check.candidates.map((c) => ({ label: candidateLabel(ctx.t, c, s, rate), num: c.numerator, rate: percent(c.numerator, total, rate.decimals) }));
        const candidates = computed.map((c) => ctx.t('count-rate.candidate', { label: c.label, num: c.num, total, rate: c.rate })).join('；');
        const kind = rate.part !== undefined ? ctx.t('count-rate.share') : rate.kind;
        ctx.report({
          span: rate,
          message: rate.hedge
            ? ctx.t('count-rate.hedged', { written: rate.text, hedge: rate.hedgeText ?? '', candidates })
            : ctx.t('count-rate.mismatch', { kind, stated: rate.digits.text, candidates }),
          // A hedged figure is the writer's rounding: no exact number is put in its place.
          fixes: rate.hedge
            ? []
            : computed.map((c) => ({
                title: ctx.t('count-rate.fix', { kind, rate: c.rate, label: c.label }),
                edits: [{ span: rate.digits, newText: c.rate }],
                preferred: computed.length === 1,
              })),
        });
      }
    }
  },
};
