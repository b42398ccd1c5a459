// numbering-style: within one level of one document, markers written in more than one variant
// (`1.` with `1、`, `（1）` with `(1)`), and the doubled punctuation of `（一）、` (GB/T 15834
// B.3.4). What matters is consistency, so the fix is the level's dominant variant.
import type { Heading, HeadingLevel, HeadingMarker } from '../../grammar/index.js';
import type { Rule, TextEdit } from './types.js';

/** The variant of a marker: its brackets and closing punctuation (`（）`, `()`, `.`, `、`). */
const variantOf = (m: HeadingMarker) => m.open + m.close;

const shown = (m: HeadingMarker, open = m.open, close = m.close) => open + m.digits.text + close;

export const numberingStyle: Rule = {
  id: 'numbering-style',
  severity: 'information',
  tags: ['numbering'],
  check(ctx) {
    const byLevel = new Map<HeadingLevel, Heading[]>();
    for (const h of ctx.doc.headings) {
      if (!byLevel.has(h.level)) byLevel.set(h.level, []);
      byLevel.get(h.level)!.push(h);
    }
    for (const items of byLevel.values()) {
      const counts = new Map<string, { n: number; m: HeadingMarker }>();
      for (const h of items) {
        const c = counts.get(variantOf(h.marker));
        if (c) c.n++;
        else counts.set(variantOf(h.marker), { n: 1, m: h.marker });
      }
      // The dominant variant: the most used one; on a tie, the one used first.
      let dominant: HeadingMarker | undefined;
      let best = 0;
      let tie = false;
      for (const c of counts.values()) {
        if (c.n > best) {
          best = c.n;
          dominant = c.m;
          tie = false;
        } else if (c.n === best) tie = true;
      }
      for (const h of items) {
        const m = h.marker;
        if (dominant && variantOf(m) !== variantOf(dominant)) {
          const edits: TextEdit[] = [];
          if (m.open !== dominant.open) edits.push({ span: { start: m.start, end: m.start + m.open.length }, newText: dominant.open });
          if (m.close !== dominant.close) edits.push({ span: { start: m.digits.end, end: m.digits.end + m.close.length }, newText: dominant.close });
          const fixed = shown(m, dominant.open, dominant.close);
          ctx.report({
            span: m,
            message: ctx.t(tie ? 'numbering-style.mixedFirst' : 'numbering-style.mixed', { dominant: fixed, found: shown(m), count: best }),
            fixes: [{ title: ctx.t('numbering-style.fix', { fixed }), edits, preferred: true }],
          });
        }
        if (m.extra) {
          const at = m.digits.end + m.close.length;
          ctx.report({
            span: m,
            message: ctx.t('numbering-style.double', { found: m.text, fixed: shown(m) }),
            fixes: [{ title: ctx.t('numbering-style.dropExtra', { extra: m.extra }), edits: [{ span: { start: at, end: m.end }, newText: '' }], preferred: true }],
          });
        }
      }
    }
  },
};
