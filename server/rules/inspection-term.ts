// inspection-term: a notice about a 巡察 that calls it 巡视 in its title or a section title
// (level 1), or the other way round. Which one the notice is about is read from the preamble
// (the 组 that inspected, 进行了…, 反馈了…意见), else from a title that names only one; the
// preamble itself may name both (根据省委巡视工作部署…市委巡察组…), and the compound 巡视巡察
// is never flagged. When the evidence is not clear, nothing is said.
import type { Span, TextSpan } from '../../grammar/index.js';
import type { Rule } from './types.js';

type Term = '巡视' | '巡察';
const EVIDENCE = /(巡视|巡察)组|进行了(?:专项|常规)?(巡视|巡察)|开展了?[^，。,]{0,8}?(巡视|巡察)(?!工作)|反馈了[^，。,]{0,8}?(巡视|巡察)意见/g;
const TERM = /巡视|巡察/g;

/** The term the preamble gives the inspection, with the place that says so; undefined when it says nothing. */
function inspectionKind(preamble: TextSpan[]): { kind: Term; at: Span } | 'unclear' | undefined {
  const votes: Record<Term, { n: number; at?: Span }> = { 巡视: { n: 0 }, 巡察: { n: 0 } };
  for (const p of preamble) {
    for (const m of p.text.matchAll(EVIDENCE)) {
      const term = (m[1] ?? m[2] ?? m[3] ?? m[4]) as Term;
      const i = (m.index ?? 0) + m[0].indexOf(term);
      votes[term].n++;
      votes[term].at ??= { start: p.start + i, end: p.start + i + 2 };
    }
  }
  const [a, b] = votes.巡视.n >= votes.巡察.n ? (['巡视', '巡察'] as const) : (['巡察', '巡视'] as const);
  if (votes[a].n === 0) return undefined;
  if (votes[a].n < 3 * votes[b].n) return 'unclear';
  return { kind: a, at: votes[a].at! };
}

/** The term of a title that names only one of the two (never the compound 巡视巡察). */
function titleKind(title: TextSpan[]): { kind: Term; at: Span } | undefined {
  const found: { kind: Term; at: Span }[] = [];
  for (const t of title) {
    if (/巡视巡察|巡察巡视/.test(t.text)) return undefined;
    for (const m of t.text.matchAll(TERM)) {
      const i = t.start + (m.index ?? 0);
      found.push({ kind: m[0] as Term, at: { start: i, end: i + 2 } });
    }
  }
  return found.length > 0 && found.every((f) => f.kind === found[0].kind) ? found[0] : undefined;
}

export const inspectionTerm: Rule = {
  id: 'inspection-term',
  severity: 'warning',
  tags: ['writing'],
  check(ctx) {
    const { doc } = ctx;
    // The preamble decides; without evidence there, a title that names one of the two terms
    // decides for the section titles.
    const fromPreamble = inspectionKind(doc.preamble);
    if (fromPreamble === 'unclear') return;
    const found = fromPreamble ?? titleKind(doc.title);
    if (!found) return;
    const other: Term = found.kind === '巡视' ? '巡察' : '巡视';
    const titles: TextSpan[] = [...(fromPreamble ? doc.title : []), ...doc.headings.filter((h) => h.level === 1).map((h) => h.title)];
    for (const t of titles) {
      for (const m of t.text.matchAll(TERM)) {
        const i = m.index ?? 0;
        if (m[0] !== other) continue;
        const around = t.text.slice(Math.max(0, i - 2), i + 4);
        if (/巡视巡察|巡察巡视/.test(around)) continue;
        const span = { start: t.start + i, end: t.start + i + 2 };
        ctx.report({
          span,
          message: ctx.t('inspection-term.mismatch', { kind: found.kind, term: other }),
          related: [{ span: found.at, message: ctx.t('inspection-term.evidence', { kind: found.kind }) }],
          fixes: [{ title: ctx.t('inspection-term.fix', { kind: found.kind }), preferred: true, edits: [{ span, newText: found.kind }] }],
        });
      }
    }
  },
};
