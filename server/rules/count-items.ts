// count-items: a stated total against the problem items the notice lists for it — the overall
// statement against its problems section (each body's section in a two-body notice), a
// per-section statement against its level-2 section, N个方面 against the level-2 headings.
// Split items count once; when it is unclear which level a total counts, nothing is said.
import { checkedTotal, countModel, itemRange, sectionName } from '../model/counts.js';
import { scopeWord } from '../l10n/index.js';
import type { Rule } from './types.js';

export const countItems: Rule = {
  id: 'count-items',
  severity: 'warning',
  tags: ['count'],
  check(ctx) {
    for (const s of countModel(ctx.doc).statements) {
      // N个方面 of an overall statement (with or without a breakdown) against the level-2 headings.
      const section = s.describes;
      if (s.aspects && s.kind === 'overall' && section?.heading.level === 1 && !s.foreign && !s.secondary) {
        const level2 = section.heading.children.filter((c) => c.level === 2).length;
        if (level2 > 0 && level2 !== s.aspects.value) {
          const name = sectionName(section.heading, ctx.doc.text);
          ctx.report({ span: s.aspects, message: ctx.t('count-items.aspects', { stated: s.aspects.value, section: name, listed: level2 }) });
        }
      }
      const checked = checkedTotal(s);
      if (!checked) continue;
      const { total } = checked;
      const stated = total.number.value;
      // Whichever level the notice counts at, a total that matches one of them holds.
      if (stated !== checked.section.perLevel[3] && stated !== checked.section.perLevel[4]) {
        const name = sectionName(checked.section.heading, ctx.doc.text);
        ctx.report({
          span: total.number,
          message: ctx.t('count-items.mismatch', { stated, scope: scopeWord(ctx.t, total.scope, stated), section: name, listed: checked.section.count, range: itemRange(checked.section) }),
        });
      }
    }
  },
};
