// inspection-term: a notice about a 巡察 that calls it 巡视 in its title or a section title
// (level 1), or the other way round. Which one the notice is about is read from the preamble
// (the 组 that inspected, 进行了…, 反馈了…意见), else from a title that names only one; the
// preamble itself may name both (根据省委巡视工作部署…市委巡察组…), and the compound 巡视巡察
// is never flagged. When the evidence is not clear, nothing is said.
//
// In a 巡察 notice the body is checked too (NOTICE-FORMAT.md §8): the notice's own inspection
// named 巡视 (`巡视组`, `巡视反馈`, `巡视移交`, `巡视整改`, `巡视意见` …), in headings and body alike.
// 巡视 that names something else is left alone: a higher body's inspection (`省委巡视`, `中央第三
// 巡视组`, `上级巡视`, and what the same paragraph says of 巡视 after naming one), another
// committee's (`市委巡视…` in a notice a 县委巡察组 wrote), fixed names (`巡视工作条例`, `关于巡视
// 工作的重要论述`, anything inside 《》 or “”), and pairs (`巡视巡察`, `巡视、巡察`).
// Not the other way round: in a 巡视 notice the body rightly speaks of the body's own 巡察 work.
import type { Heading, NoticeDocument, Span, TextSpan } from '../../grammar/index.js';
import { linesHolding, writtenLines } from '../model/lines.js';
import type { Rule, RuleContext } from './types.js';

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

/** What follows 巡视 when it names the notice's own inspection. */
const OWN = /^巡视(?:组|反馈|移交|整改|意见|发现|指出)/;
/** A pair of the two terms around `i`: 巡视巡察, 巡察巡视, 巡视、巡察, 巡视整改和巡察整改, 巡察和巡视. */
const PAIR_AFTER = /^(?:巡视|巡察)(?:[^，。；,;：:]{0,4}?[、和与及/])?(?:巡视|巡察)/;
const PAIR_BEFORE = /(?:巡视|巡察)(?:[^，。；,;：:]{0,4}?[、和与及/])?$/;
/** A body above a county's or city's committee, or another round (`上一轮`, `2019年`): its 巡视 is not the notice's. */
const HIGHER = /中央|国家|国务院|省|自治区|兵团|上级|上轮|上一轮|历次|以往|前期|部党组|[0-9０-９]{4}年/;
/** A committee that may run 巡察 itself (县委, 区委, 市委, 州委, 旗委) named just before. */
const LOCAL = /([县区市州旗盟])委[^，。；,;]{0,8}$/;
/** The committee whose 巡察组 inspected, from the preamble: 县委第一巡察组 → 县. */
const INSPECTOR = /([县区市州旗盟])委(?:第[一二三四五六七八九十0-9]+)?(?:专项)?巡察组/;

/** Who inspected (the level of the committee), when the preamble says. */
function inspector(doc: NoticeDocument): string | undefined {
  for (const p of doc.preamble) {
    const m = INSPECTOR.exec(p.text);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Whether a position is inside 《》 or “” of `s`, asked at positions in increasing order (each
 * character is counted once: linear in the line however many terms it holds).
 */
function quoteTracker(s: string): (i: number) => boolean {
  let k = 0;
  let book = 0;
  let quote = 0;
  return (i) => {
    for (; k < i; k++) {
      const c = s.charCodeAt(k);
      if (c === 0x300a /* 《 */) book++;
      else if (c === 0x300b /* 》 */) book = Math.max(0, book - 1);
      else if (c === 0x201c /* “ */) quote++;
      else if (c === 0x201d /* ” */) quote = Math.max(0, quote - 1);
    }
    return book > 0 || quote > 0;
  };
}

/**
 * Whether the term at `i` of `s` names another body's inspection, not the notice's. 巡视 after a
 * higher body; after a county's or city's committee (`市委巡视整改` may be that committee's own
 * rectification after a 巡视 it underwent), unless it is `X委巡视组` with X the committee whose
 * 巡察组 inspected (`own`): no such committee has a 巡视组, so that is the notice's own team
 * misnamed. 巡察 after any committee (a 巡视 notice's body speaks of its own 巡察 work: 县委巡察).
 */
function namedBody(s: string, i: number, term: Term, own: string | undefined): boolean {
  // The twelve characters before, within the clause.
  const before = s.slice(Math.max(0, i - 12), i).replace(/^.*[，。；,;]/, '');
  if (term === '巡察') return LOCAL.test(before) || /党委|党组|工委/.test(before);
  if (HIGHER.test(before)) return true;
  const local = LOCAL.exec(before);
  return local !== null && !(local[1] === own && s.startsWith('巡视组', i));
}

/** Whether the term at `i` of `s` is one of a pair (巡视巡察, 巡视、巡察): never a slip. */
const paired = (s: string, i: number) => PAIR_AFTER.test(s.slice(i, i + 12)) || PAIR_BEFORE.test(s.slice(Math.max(0, i - 8), i));

function report(ctx: RuleContext, span: Span, found: { kind: Term; at: Span }): void {
  const term: Term = found.kind === '巡视' ? '巡察' : '巡视';
  ctx.report({
    span,
    message: ctx.t('inspection-term.mismatch', { kind: found.kind, term }),
    related: [{ span: found.at, message: ctx.t('inspection-term.evidence', { kind: found.kind }) }],
    fixes: [{ title: ctx.t('inspection-term.fix', { kind: found.kind }), preferred: true, edits: [{ span, newText: found.kind }] }],
  });
}

/** 巡视 naming a 巡察 notice's own inspection in its preamble, headings and body (the section titles are checked with the title). */
function checkBody(ctx: RuleContext, found: { kind: Term; at: Span }, own: string | undefined): void {
  const { doc } = ctx;
  const lines = writtenLines(doc);
  for (const k of linesHolding(doc.text, lines, ['巡'])) {
    const line = lines[k];
    if ((line as { role?: string }).role === 'title') continue;
    const heading = (line as Heading).type === 'heading' ? (line as Heading) : undefined;
    const from = heading ? (heading.level === 1 ? heading.title.end : heading.marker.end) : line.start;
    const s = doc.text.slice(from, line.end);
    // Once a line names a higher body's 巡视, what it says of 巡视 after that may refer back to it.
    let higher = false;
    const quoted = quoteTracker(s);
    for (const m of s.matchAll(/巡视/g)) {
      const i = m.index ?? 0;
      if (namedBody(s, i, '巡视', own)) higher = true;
      if (quoted(i) || higher || !OWN.test(s.slice(i, i + 4)) || paired(s, i)) continue;
      report(ctx, { start: from + i, end: from + i + 2 }, found);
    }
  }
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
    const own = inspector(doc);
    // In the notice's title the committee named first is the issuer, not another inspection's body.
    const titles: [TextSpan, boolean][] = [
      ...(fromPreamble ? doc.title : []).map((t): [TextSpan, boolean] => [t, false]),
      ...doc.headings.filter((h) => h.level === 1).map((h): [TextSpan, boolean] => [h.title, true]),
    ];
    for (const [t, heading] of titles) {
      const quoted = quoteTracker(t.text);
      for (const m of t.text.matchAll(TERM)) {
        const i = m.index ?? 0;
        if (quoted(i) || m[0] !== other || paired(t.text, i) || (heading && namedBody(t.text, i, other, own))) continue;
        report(ctx, { start: t.start + i, end: t.start + i + 2 }, found);
      }
    }
    // The body only of a 巡察 notice whose title does not say 巡视.
    if (found.kind === '巡察' && titleKind(doc.title)?.kind !== '巡视') checkBody(ctx, found, own);
  },
};
