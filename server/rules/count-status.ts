// count-status: where every item of the section carries a `整改结果：` status, the stated
// breakdown against their tally. Only categories the statement names are compared, unless its
// parts cover the whole total; a statement using other status words than the items says nothing.
import { CATEGORIES, checkedTotal, countModel, formatLike, statedByCategory, tallyText, type StatusCategory } from '../model/countModel.js';
import type { Rule, TextEdit } from './types.js';

export const countStatus: Rule = {
  id: 'count-status',
  severity: 'warning',
  tags: ['count'],
  check(ctx) {
    for (const s of countModel(ctx.doc).statements) {
      const checked = checkedTotal(s, ctx.doc.text);
      // Only a breakdown whose every part was read and whose sum fits the total it compares.
      if (!checked || s.checks.sum.verdict !== 'ok' || s.parts.some((p) => !p.category)) continue;
      const { section } = checked;
      if (!section.tallyComplete || section.count !== checked.total.number.value) continue;
      const stated = statedByCategory(s);
      const tally = section.tally;
      const statedKeys = CATEGORIES.filter((c) => stated[c] !== undefined);
      const tallyKeys = CATEGORIES.filter((c) => (tally[c] ?? 0) > 0);
      const onlyStated = statedKeys.filter((c) => !tallyKeys.includes(c) && (stated[c] ?? 0) > 0);
      const onlyTally = tallyKeys.filter((c) => !statedKeys.includes(c));
      if (onlyStated.length > 0 && onlyTally.length > 0) continue; // other status words: not comparable
      const covers = Object.values(stated).reduce((a, b) => a + (b ?? 0), 0) === checked.total.number.value;
      const compared: StatusCategory[] = covers ? CATEGORIES.filter((c) => statedKeys.includes(c) || tallyKeys.includes(c)) : statedKeys;
      if (compared.every((c) => (stated[c] ?? 0) === (tally[c] ?? 0))) continue;
      const show = (m: Partial<Record<StatusCategory, number>>) =>
        tallyText(ctx.t, Object.fromEntries(compared.map((c) => [c, m[c] ?? 0])), true);
      // The fix rewrites the numbers only: each category written once, every tallied category named.
      const edits: TextEdit[] = [];
      const once = statedKeys.every((c) => s.parts.filter((p) => p.category === c).length === 1);
      if (once && onlyTally.length === 0 && s.parts.every((p) => p.number)) {
        for (const p of s.parts) {
          const n = p.category ? (tally[p.category] ?? 0) : 0;
          if (p.number && p.number.value !== n) edits.push({ span: p.number, newText: formatLike(n, p.number) });
        }
      }
      ctx.report({
        span: { start: s.parts[0].span.start, end: s.parts[s.parts.length - 1].span.end },
        message: ctx.t('count-status.mismatch', { stated: show(stated), tally: show(tally) }),
        fixes: edits.length > 0 ? [{ title: ctx.t('count-status.fix', { tally: show(tally) }), edits }] : [],
      });
    }
  },
};
