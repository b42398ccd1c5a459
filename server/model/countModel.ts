// The count model of a document (NOTICE-FORMAT.md §6): every count statement with the section
// it describes, and for every problems section and level-2 heading in it, the problem items it
// lists and the tally of their `整改结果：` statuses. Rules (count-*) and editor features
// (hover, code lens) read this; it is computed once per tree (memoised).
import { numberToChinese, type Heading, type NoticeDocument, type Paragraph } from '../../grammar/index.js';
import {
  readCountStatements,
  statusCategory,
  totalOf,
  type CountNote,
  type CountNumber,
  type CountPart,
  type CountRate,
  type CountSentence,
  type CountTotal,
  type StatusCategory,
} from '../../grammar/counts-reading.js';
import type { Translator } from '../l10n/index.js';
import { memo } from './memo.js';

export type { CountSentence, CountPart, CountTotal, CountNumber, CountRate, CountNote, StatusCategory } from '../../grammar/counts-reading.js';
export { totalOf } from '../../grammar/counts-reading.js';

/** The categories in the order messages list them. */
export const CATEGORIES: StatusCategory[] = ['done', 'basic', 'stage', 'ongoing', 'notdone', 'longterm'];

export interface SectionItems {
  /** The level-1 problems section or a level-2 heading inside one. */
  heading: Heading;
  /** The heading level the problem items are numbered at (3 or 4); undefined when none. */
  level?: 3 | 4;
  /** The item headings in document order (each part of a split item appears). */
  items: Heading[];
  /** Items counted once (a split item `（35-1）…（35-4）` is one). */
  count: number;
  /** How many distinct headings each level 3 and 4 has under the heading (split items once). */
  perLevel: Record<3 | 4, number>;
  /** False when some part of the section numbers its items at another level: which level a total counts is unclear. */
  clear: boolean;
  tally: Partial<Record<StatusCategory, number>>;
  /** Every item carries a status. */
  tallyComplete: boolean;
}

export type StatementKind = 'overall' | 'section' | 'item';

export interface CountStatement extends CountSentence {
  /** What the checks compared (rules, hover and code lens all read this). */
  checks: StatementChecks;
  /** 0-based line. */
  line: number;
  /** The heading whose line or direct paragraphs hold the statement (undefined before the first heading). */
  owner?: Heading;
  kind: StatementKind;
  /** The section the statement describes, when it is clear (overall and per-section statements). */
  describes?: SectionItems;
}

export interface CountModel {
  statements: CountStatement[];
  /** Problems sections (level 1) and their level-2 headings, in document order. */
  sections: SectionItems[];
  sectionOf: Map<Heading, SectionItems>;
}

const countOnce = (items: Heading[]): number => {
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const h = items[i];
    const prev = items[i - 1];
    if (h.marker.part !== undefined && prev && prev.marker.value === h.marker.value && prev.marker.part !== undefined) continue;
    n++;
  }
  return n;
};


function ownStatus(h: Heading): StatusCategory | undefined {
  for (const p of h.blocks) {
    if (p.field?.status) return statusCategory(p.field.status);
  }
  return undefined;
}

const BIT: Record<StatusCategory, number> = { done: 1, basic: 2, stage: 4, ongoing: 8, notdone: 16, longterm: 32 };

/** The own statuses of every heading under `h`, one bit per category (no arrays, no Set). */
function statusesBelow(h: Heading): number {
  let bits = 0;
  for (const c of h.children) {
    const s = ownStatus(c);
    if (s) bits |= BIT[s];
    if (c.children.length > 0) bits |= statusesBelow(c);
  }
  return bits;
}

/** The item's own status, else the one status its sub-items agree on. */
function itemStatus(h: Heading): StatusCategory | undefined {
  const own = ownStatus(h);
  if (own) return own;
  if (h.children.length === 0) return undefined;
  const bits = statusesBelow(h);
  if (bits === 0 || (bits & (bits - 1)) !== 0) return undefined; // none, or more than one
  for (const c of CATEGORIES) if (BIT[c] === bits) return c;
  return undefined;
}

/** The level-3 and level-4 headings under `h`, depth first in document order. */
function itemsBelow(h: Heading, l3: Heading[], l4: Heading[]): void {
  for (const c of h.children) {
    if (c.level === 3) l3.push(c);
    else if (c.level === 4) l4.push(c);
    if (c.children.length > 0) itemsBelow(c, l3, l4);
  }
}

/**
 * Whether numbered items are problems, not the measures of an organisation section (`1.加强组织领导`):
 * their section's title speaks of problems, feedback or 整改事项, or an item carries a labelled field (§4).
 */
function listsProblems(heading: Heading, items: Heading[]): boolean {
  if (/问题|反馈|事项/.test(heading.title.text)) return true;
  return items.some((it) => it.label !== undefined || it.blocks.some((p) => p.field !== undefined));
}

function sectionItems(heading: Heading): SectionItems | undefined {
  const l3: Heading[] = [];
  const l4: Heading[] = [];
  itemsBelow(heading, l3, l4);
  const level: 3 | 4 | undefined = l4.length > 0 ? 4 : l3.length > 0 ? 3 : undefined;
  if (level === undefined) return undefined; // no problems section
  const items = level === 4 ? l4 : l3;
  if (!listsProblems(heading, items)) return undefined;
  // With level-4 items, every level-3 heading must hold some: else the section counts at two levels.
  let clear = true;
  if (level === 4) {
    for (const h of l3) {
      let holds = false;
      for (const c of h.children) if (c.level === 4) holds = true;
      if (!holds) clear = false;
    }
  }
  const tally: SectionItems['tally'] = {};
  let complete = items.length > 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const s = itemStatus(it);
    if (s === undefined) {
      complete = false;
      continue;
    }
    const prev = items[i - 1];
    // A split item is tallied once, under its first part.
    if (it.marker.part !== undefined && prev && prev.marker.value === it.marker.value && prev.marker.part !== undefined) continue;
    tally[s] = (tally[s] ?? 0) + 1;
  }
  const count = countOnce(items);
  return { heading, level, items, count, perLevel: { 3: level === 3 ? count : countOnce(l3), 4: level === 4 ? count : 0 }, clear, tally, tallyComplete: complete };
}

export function countModel(doc: NoticeDocument): CountModel {
  return memo(doc, 'counts', () => readCountModel(doc));
}

function readCountModel(doc: NoticeDocument): CountModel {
  const sections: SectionItems[] = [];
  const sectionOf = new Map<Heading, SectionItems>();
  for (const h of doc.headings) {
    if (h.level !== 1) continue;
    const s = sectionItems(h);
    if (s === undefined) continue;
    sections.push(s);
    sectionOf.set(h, s);
    for (const c of h.children) {
      if (c.level !== 2) continue;
      const cs = sectionItems(c);
      if (cs === undefined) continue;
      sections.push(cs);
      sectionOf.set(c, cs);
    }
  }
  const problemSections = sections.filter((s) => s.heading.level === 1);

  const statements: CountStatement[] = [];
  const add = (found: CountSentence[], line: number, owner: Heading | undefined) => {
    for (const f of found) {
      const st = f as CountStatement;
      st.line = line;
      st.owner = owner;
      st.kind = 'overall';
      const root = owner ? rootOf(owner) : undefined;
      const rootSection = root ? sectionOf.get(root) : undefined;
      if (owner && owner.level >= 3 && rootSection && summarises(st, rootSection)) {
        // `巡视反馈的12个问题，…` after a section's items speaks of the whole section, not of the item.
        st.describes = rootSection;
      } else if (owner && owner.level >= 3) st.kind = 'item';
      else if (owner && owner.level === 2 && sectionOf.has(owner)) {
        st.kind = 'section';
        st.describes = sectionOf.get(owner);
      } else if (owner && sectionOf.has(owner)) st.describes = sectionOf.get(owner);
      else {
        // In the organisation section or the preamble: the problems section of the body it names, or the only one.
        const named = st.subject ? problemSections.filter((s) => s.heading.title.text.includes(st.subject as string)) : [];
        if (named.length === 1) st.describes = named[0];
        else if (!st.subject && problemSections.length === 1) st.describes = problemSections[0];
        else if (st.subject && named.length === 0 && problemSections.length === 1) st.describes = problemSections[0];
      }
      statements.push(st);
    }
  };
  // Heading lines (after the marker), then paragraphs; a paragraph's owner is the heading whose blocks hold it.
  const ownerOf = new Map<Paragraph, Heading>();
  for (const h of doc.headings) {
    add(readCountStatements(doc.text, h.marker.end, h.lineSpan.end), h.line, h);
    for (const p of h.blocks) ownerOf.set(p, h);
  }
  // A short notice has no numbered headings: its body lines (title, one or two paragraphs, the
  // invitation) are read as residue by the tree, but between the title and the closing they are its text.
  const short = doc.headings.length === 0;
  let titleEnd = -1;
  let closingStart = Infinity;
  if (short) {
    for (const p of doc.paragraphs) {
      if (p.role === 'title') titleEnd = Math.max(titleEnd, p.line);
      else if (p.role === 'closing' || p.role === 'signature' || p.role === 'date') closingStart = Math.min(closingStart, p.line);
    }
  }
  for (const p of doc.paragraphs) {
    const shortBody = short && p.role === 'residue' && p.line > titleEnd && p.line < closingStart;
    if ((p.role === 'residue' && !shortBody) || p.role === 'title' || p.role === 'signature' || p.role === 'date') continue;
    add(readCountStatements(doc.text, p.start, p.end), p.line, ownerOf.get(p));
  }
  statements.sort((a, b) => a.span.start - b.span.start);
  for (const s of statements) s.checks = checkStatement(s);
  return { statements, sections, sectionOf };
}

/**
 * Whether a statement inside an item is the section's summary written after its items: the
 * inspection's own feedback, broken down, and of the order of the items listed (an item that
 * cites `巡视反馈的3个问题` of its own is no summary).
 */
function summarises(s: CountSentence, section: SectionItems): boolean {
  const total = totalOf(s);
  return s.inspected === true && s.parts.length > 0 && total !== undefined && total.number.value * 2 >= section.count;
}

function rootOf(h: Heading): Heading {
  let r = h;
  while (r.parent) r = r.parent;
  return r;
}

/** The statement whose sentence holds `offset`, if any. */
export function statementAt(model: CountModel, offset: number): CountStatement | undefined {
  // The last that starts at or before it: a statement ends where the next one of its sentence starts.
  let found: CountStatement | undefined;
  for (const s of model.statements) if (s.span.start <= offset && offset <= s.span.end) found = s;
  return found;
}

/** `（1）–（50）`: the first and last item markers as written. */
export function itemRange(s: SectionItems): string {
  if (s.items.length === 0) return '';
  const first = s.items[0].marker.text.replace(/[、.．]$/, '');
  const last = s.items[s.items.length - 1].marker.text.replace(/[、.．]$/, '');
  return first === last ? first : `${first}–${last}`;
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the count rules and the editor features.

/** The value each part stands for (全部 stands for the total it is compared with). */
export function partValue(s: CountSentence, p: CountPart): number {
  return p.number ? p.number.value : (totalOf(s)?.number.value ?? 0);
}

/** The stated parts summed per status category (全部 counts as the total; a bare 其余 has no category). */
export function statedByCategory(s: CountSentence): Partial<Record<StatusCategory, number>> {
  const out: Partial<Record<StatusCategory, number>> = {};
  for (const p of s.parts) if (p.category) out[p.category] = (out[p.category] ?? 0) + partValue(s, p);
  return out;
}

/** `完成 13 · 阶段性完成 18`, in the fixed category order. */
export function tallyText(t: Translator, tally: Partial<Record<StatusCategory, number>>, withZeros = false): string {
  return CATEGORIES.filter((c) => tally[c] !== undefined && (withZeros || (tally[c] as number) > 0))
    .map((c) => t('count.tally.item', { label: t(`count.status.${c}`), n: tally[c] as number }))
    .join(t('count.tally.sep'));
}

/** A number written the way `like` is written (Chinese numerals stay Chinese, full-width digits stay full-width). */
export function formatLike(n: number, like: CountNumber): string {
  if (like.numeral === 'chinese') return n === 2 ? '两' : numberToChinese(n); // 两个, never 二个
  if (/[０-９]/.test(like.text)) return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  return String(n);
}

// ---------------------------------------------------------------------------------------------
// The checks of a statement, worked out once from its reading: the rules report what fails,
// the hover shows all of it, so both always say the same.

/** A numerator a rate may stand for: the categories summed, or `rest` (the total less the unfinished), or one part (a share). */
export interface RateCandidate {
  categories: StatusCategory[] | 'rest' | 'part';
  numerator: number;
}

export type SkipReason = 'noParts' | 'noTotal' | 'gap' | 'subset' | 'mixed' | 'dated' | 'unclear' | 'noNumerator';

export interface SumCheck {
  verdict: 'ok' | 'mismatch' | 'exceeds' | 'skipped';
  reason?: SkipReason;
  /** The total the parts were compared with: the one that fits, else the one expected (the chain's last). */
  total?: CountTotal;
  values: number[];
  sum: number;
}

export interface NoteCheck {
  note: CountNote;
  /** The value of the part (or total) the note is inside. */
  within: number;
  ok: boolean;
}

export interface RateCheck {
  rate: CountRate;
  verdict: 'ok' | 'mismatch' | 'skipped';
  reason?: SkipReason;
  total?: number;
  candidates: RateCandidate[];
}

export interface StatementChecks {
  sum: SumCheck;
  notes: NoteCheck[];
  /** The rate, then each share. */
  rates: RateCheck[];
}

/** Gaps that leave a part unread: the sum is not checked then. */
const BLOCKS_SUM = new Set(['part', 'note', 'nested', 'repeat']);

function checkSum(s: CountSentence): SumCheck {
  const values = s.parts.map((p) => partValue(s, p));
  const sum = values.reduce((a, b) => a + b, 0);
  const last = totalOf(s);
  const skipped = (reason: SkipReason): SumCheck => ({ verdict: 'skipped', reason, total: last, values, sum });
  if (s.parts.length === 0) return skipped('noParts');
  if (!last) return skipped('noTotal');
  if (s.notBreakdown) return skipped(s.notBreakdown);
  if (s.gaps.some((g) => BLOCKS_SUM.has(g.piece))) return skipped('gap');
  // In a chain, the total the parts add up to (the last one first: the breakdown usually refers to it).
  const fit = [...s.chain].reverse().find((c) => c.number.value === sum);
  if (fit) return { verdict: 'ok', total: fit, values, sum };
  // One part alone may be fewer than the total (`仍有26个未整改到位`).
  if (s.parts.length < 2 && sum < last.number.value) return { verdict: 'ok', total: last, values, sum };
  return { verdict: sum > last.number.value ? 'exceeds' : 'mismatch', total: last, values, sum };
}

function checkNotes(s: CountSentence): NoteCheck[] {
  const out: NoteCheck[] = [];
  const total = totalOf(s);
  for (const note of s.notes) if (note.number && total) out.push({ note, within: total.number.value, ok: note.number.value <= total.number.value });
  for (const p of s.parts) {
    for (const note of p.notes) if (note.number) out.push({ note, within: partValue(s, p), ok: note.number.value <= partValue(s, p) });
  }
  return out;
}

/** The numerators a notice may mean by 完成率/落实率: done only; done plus 基本完成/阶段性完成; total minus the unfinished. */
export function rateCandidates(s: CountSentence, total: number): RateCandidate[] {
  const by = statedByCategory(s);
  const out: RateCandidate[] = [];
  if (by.done !== undefined) {
    out.push({ categories: ['done'], numerator: by.done });
    if (by.basic !== undefined) out.push({ categories: ['done', 'basic'], numerator: by.done + by.basic });
    if (by.stage !== undefined) out.push({ categories: ['done', 'stage'], numerator: by.done + by.stage });
    if (by.basic !== undefined && by.stage !== undefined) out.push({ categories: ['done', 'basic', 'stage'], numerator: by.done + by.basic + by.stage });
  }
  if (by.notdone !== undefined || by.ongoing !== undefined) {
    const rest = total - (by.notdone ?? 0) - (by.ongoing ?? 0);
    if (!out.some((c) => c.numerator === rest)) out.push({ categories: 'rest', numerator: rest });
  }
  return out;
}

/** A candidate's name for messages: `完成+基本完成`, `总数−未完成`, or the part's status. */
export function candidateLabel(t: Translator, c: RateCandidate, s?: CountSentence, rate?: CountRate): string {
  if (c.categories === 'rest') return t('count.numerator.rest');
  if (c.categories === 'part') {
    const p = rate?.part !== undefined ? s?.parts[rate.part] : undefined;
    return p?.status?.text ?? t('count.numerator.part');
  }
  return c.categories.map((k) => t(`count.status.${k}`)).join('+');
}

function checkRate(s: CountSentence, rate: CountRate, sum: SumCheck): RateCheck {
  const skipped = (reason: SkipReason): RateCheck => ({ rate, verdict: 'skipped', reason, candidates: [] });
  if (s.notBreakdown === 'subset' || s.notBreakdown === 'dated' || s.notBreakdown === 'mixed') return skipped(s.notBreakdown);
  // The denominator: the total the parts fit, else the last total; with 其余 and no total, the parts' sum.
  const total = sum.verdict === 'ok' ? sum.total?.number.value : (totalOf(s)?.number.value ?? (s.parts.some((p) => p.rest) ? sum.sum : undefined));
  if (!total || total <= 0) return skipped('noTotal');
  let candidates: RateCandidate[];
  if (rate.part !== undefined) {
    const p = s.parts[rate.part];
    candidates = p.number ? [{ categories: 'part', numerator: p.number.value }] : [];
  } else candidates = rateCandidates(s, total);
  if (candidates.length === 0) return { ...skipped('noNumerator'), total };
  const ok = candidates.some((c) => rateHolds(c.numerator, total, rate));
  return { rate, verdict: ok ? 'ok' : 'mismatch', total, candidates };
}

function checkStatement(s: CountSentence): StatementChecks {
  const sum = checkSum(s);
  const rates = [...(s.rate ? [s.rate] : []), ...s.shares].map((r) => checkRate(s, r, sum));
  return { sum, notes: checkNotes(s), rates };
}

/** `num ÷ total` as a percentage with `decimals` places (rounded). */
export function percent(num: number, total: number, decimals: number): string {
  return (Math.round((num * 100 * 10 ** decimals) / total + 1e-9) / 10 ** decimals).toFixed(decimals);
}

/** Whether `num ÷ total` gives the stated rate at its precision (rounded or cut off). */
export function reproduces(num: number, total: number, rate: CountRate): boolean {
  const scale = 10 ** rate.decimals;
  const exact = (num * 100 * scale) / total;
  const stated = Math.round(rate.value * scale);
  return Math.round(exact + 1e-9) === stated || Math.floor(exact + 1e-9) === stated;
}

/** How far a loosely rounded figure (`约60%`, `60%左右`) may lie from the truth, in percentage points. */
const ABOUT_POINTS = 3;
/** How far below its figure `近60%` may lie. */
const BELOW_POINTS = 5;

/**
 * Whether `num ÷ total` agrees with the rate as written: exact to its precision, or within its
 * hedge — `近X%` a little below X, `约X%` / `X%左右` near X, `超过X%` / `X%以上` at least X.
 */
export function rateHolds(num: number, total: number, rate: CountRate): boolean {
  if (!rate.hedge) return reproduces(num, total, rate);
  const actual = (num * 100) / total;
  const half = 0.5 / 10 ** rate.decimals + 1e-9;
  if (rate.hedge === 'below') return actual <= rate.value + half && actual >= rate.value - BELOW_POINTS;
  if (rate.hedge === 'about') return Math.abs(actual - rate.value) <= ABOUT_POINTS + half;
  return actual >= rate.value - half;
}

/** Kinds of totals a section's list of items may count. */
const LISTED_KINDS = new Set(['problem', 'item', 'task']);
/** Before a total without parts: words that make it the headline total (`共有`, `巡视反馈的`, `梳理出`). */
const HEADLINE = /共有|共计|合计|总计|梳理|细化|分解/;

/** The item section a statement's totals can be checked against, and the totals that may count its items. */
export function checkedTotals(s: CountStatement, text: string): { section: SectionItems; totals: CountTotal[] } | undefined {
  const section = s.describes;
  if (!section || !section.clear || s.kind === 'item' || s.secondary || s.foreign) return undefined;
  const totals = s.chain.filter((c) => LISTED_KINDS.has(c.kind) && !c.number.approximate && c.number.value > 1);
  if (totals.length === 0) return undefined;
  if (s.parts.length === 0) {
    // A headline total without parts: only when the sentence says it is the inspection's or the whole.
    const first = totals[0].number.start;
    // Right before the total: `共有3个方面28项整改事项`, `细化分解为42项具体问题`.
    const before = text.slice(Math.max(s.span.start, first - 10), first);
    if (!s.inspected && !HEADLINE.test(before) && totals[0].scope !== '反馈问题') return undefined;
  }
  return { section, totals };
}

export interface ItemsCheck {
  section: SectionItems;
  /** The stated totals that may count the section's items (a chain's problems, 事项, 任务). */
  totals: CountTotal[];
  /** One of them matches the items listed at level 3 or 4. */
  ok: boolean;
}

/** The stated totals against the items listed (count-items reports it, the code lens shows it). */
export function itemsCheck(s: CountStatement, text: string): ItemsCheck | undefined {
  const c = checkedTotals(s, text);
  if (!c) return undefined;
  // Any total of the chain that matches a listed level holds (a notice may number its measures or tasks).
  const matches = (t: CountTotal) => t.number.value === c.section.perLevel[3] || t.number.value === c.section.perLevel[4];
  const ok = c.totals.some(matches) || s.chain.some((t) => t.kind === 'measure' && matches(t));
  return { ...c, ok };
}

/** The one total count-status compares (the breakdown's, when it is a problems total). */
export function checkedTotal(s: CountStatement, text: string): { section: SectionItems; total: CountTotal } | undefined {
  const c = checkedTotals(s, text);
  const total = s.checks.sum.total;
  if (!c || !total || !c.totals.includes(total)) return undefined;
  return { section: c.section, total };
}

/** The heading as the outline names it, for messages. */
export function sectionName(h: Heading, text: string): string {
  return (text.slice(h.marker.start, h.marker.end) + h.title.text).trim();
}
