// inline-sequence: 一是/二是/三是 and inline （1）（2） enumerations inside a paragraph that skip
// or repeat (NOTICE-FORMAT.md §5). An inline （n） part starts a new 一是 sequence; a paragraph
// that opens with 二是 continues the sequence of the paragraph before it (same item). A
// sequence that does not start at 一是/（1） is left alone: it may be a reference, not a list.
import { numberToChinese, type InlineMark } from '../../grammar/index.js';
import type { Rule, RuleContext } from './types.js';

interface Chain {
  prev: InlineMark;
  /** How many numbers the chain has had. */
  count: number;
  /** Whether the chain started at 1 (only then are its slips reported). */
  fromOne: boolean;
}

function shown(m: InlineMark, value = m.value): string {
  if (m.kind === 'shi') return numberToChinese(value) + '是';
  const digits = m.numeral === 'arabic' ? String(value) : numberToChinese(value);
  return m.text[0] + digits + m.text[m.text.length - 1];
}

/** Judge `m` against the chain (after a slip, against the number found) and extend it. */
function step(ctx: RuleContext, chain: Chain | undefined, m: InlineMark): Chain {
  if (!chain) return { prev: m, count: 1, fromOne: m.value === 1 };
  const pv = chain.prev.value;
  const count = chain.count + 1;
  const ok = m.value === pv + 1 || (m.value > pv && m.value === count);
  if (!ok && chain.fromOne) {
    ctx.report({
      span: m,
      message: ctx.t(m.value === pv ? 'inline-sequence.repeat' : 'inline-sequence.gap', { expected: shown(m, pv + 1), found: shown(m) }),
      related: [{ span: chain.prev, message: ctx.t('inline-sequence.previous', { marker: shown(chain.prev) }) }],
    });
  }
  return { prev: m, count, fromOne: chain.fromOne };
}

export const inlineSequence: Rule = {
  id: 'inline-sequence',
  severity: 'warning',
  tags: ['numbering'],
  check(ctx) {
    // Headings (their body part) and paragraphs, in line order; a heading ends the chains.
    const units: { line: number; heading: boolean; marks: InlineMark[] }[] = [
      ...ctx.doc.headings.map((h) => ({ line: h.line, heading: true, marks: h.inline })),
      ...ctx.doc.paragraphs.filter((p) => p.role === 'body').map((p) => ({ line: p.line, heading: false, marks: p.inline })),
    ].sort((a, b) => a.line - b.line);
    let carried: Chain | undefined; // the 一是 chain at the end of the previous paragraph
    for (const u of units) {
      if (u.heading) carried = undefined;
      let shi: Chain | undefined;
      const paren = new Map<string, Chain>();
      u.marks.forEach((m, i) => {
        if (m.kind === 'paren') {
          paren.set(m.numeral, step(ctx, paren.get(m.numeral), m));
          shi = undefined;
          carried = undefined;
          return;
        }
        // A paragraph opening with 二是… continues the previous paragraph's sequence.
        if (!shi && i === 0 && m.value !== 1 && carried) shi = carried;
        shi = step(ctx, shi, m);
      });
      carried = shi;
    }
  },
};
