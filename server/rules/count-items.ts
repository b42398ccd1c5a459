// count-items: a stated total against the problem items the notice lists for it — the overall
// statement (or a headline total such as `共有3个方面28项整改事项`, or a statement after the
// items) against its problems section (each body's section in a two-body notice), a
// per-section statement against its level-2 section, N个方面 against the level-2 headings. A
// chain of totals (`4个方面12个问题…42项具体问题`) holds when one of them matches a listed level;
// when none does, the message names what was compared. Split items count once; when it is
// unclear which level a total counts, nothing is said.
import { countModel, itemRange, itemsCheck, sectionName } from '../model/countModel.js';
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
      // Whichever level the notice counts at, a total that matches one of them holds.
      const checked = itemsCheck(s, ctx.doc.text);
      if (!checked || checked.ok) continue;
      const { section: listed, totals } = checked;
      const total = totals[totals.length - 1];
      const name = sectionName(listed.heading, ctx.doc.text);
      const args = { stated: total.number.value, scope: scopeWord(ctx.t, total.scope, total.number.value), section: name, listed: listed.count, range: itemRange(listed) };
      const message =
        totals.length > 1
          ? ctx.t('count-items.structure', {
              ...args,
              statedAll: totals.map((t) => `${t.number.value}${t.number.unit}${t.scope}`).join('、'),
              level3: listed.perLevel[3],
              level4: listed.perLevel[4],
            })
          : ctx.t('count-items.mismatch', args);
      ctx.report({ span: total.number, message });
    }
  },
};
