// The count model of a document (NOTICE-FORMAT.md §6): every count statement with the section
// it describes, and for every problems section and level-2 heading in it, the problem items it
// lists and the tally of their `整改结果：` statuses. Rules (count-*) and editor features
// (hover, code lens) read this; it is computed once per tree (memoised).
import { numberToChinese, type Heading, type NoticeDocument } from '../../grammar/index.js';
import {
  partValue,
  CountReader,
  statusCategory,
  totalOf,
  type CountNumber,
  type CountRate,
  type CountSentence,
  type CountTotal,
  type StatusCategory,
} from '../../grammar/counts.js';
import type { Translator } from '../l10n/index.js';
import { memo } from './memo.js';

export type { CountSentence, CountPart, CountTotal, CountNumber, CountRate, StatusCategory } from '../../grammar/counts.js';
export { totalOf, partValue } from '../../grammar/counts.js';

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

function sectionItems(heading: Heading): SectionItems | undefined {
  const l3: Heading[] = [];
  const l4: Heading[] = [];
  itemsBelow(heading, l3, l4);
  const level: 3 | 4 | undefined = l4.length > 0 ? 4 : l3.length > 0 ? 3 : undefined;
  if (level === undefined) return undefined; // no problems section
  const items = level === 4 ? l4 : l3;
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
  const found: CountSentence[] = [];
  const add = (line: number, owner: Heading | undefined) => {
    for (const f of found) {
      // The sentence is fresh: it becomes the statement in place (a spread of many shapes is slow).
      const st = f as CountStatement;
      st.line = line;
      st.owner = owner;
      st.kind = 'overall';
      if (owner && owner.level >= 3) st.kind = 'item';
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
    found.length = 0;
  };
  // Heading lines (after the marker) and paragraphs in document order, so that the reader's
  // anchor search passes over the text once.
  const reader = new CountReader(doc.text);
  const { headings, paragraphs } = doc;
  let hi = 0;
  for (let pi = 0; hi < headings.length || pi < paragraphs.length; ) {
    if (pi === paragraphs.length || (hi < headings.length && headings[hi].line < paragraphs[pi].line)) {
      const h = headings[hi++];
      reader.read(h.marker.end, h.lineSpan.end, found);
      if (found.length > 0) add(h.line, h);
      continue;
    }
    const p = paragraphs[pi++];
    if (p.role === 'residue' || p.role === 'title' || p.role === 'signature' || p.role === 'date') continue;
    reader.read(p.start, p.end, found);
    // The owner is the heading whose blocks hold the paragraph: only ever the heading right
    // before it (buildTree puts a body paragraph in the blocks of the newest heading).
    const prev = headings[hi - 1];
    if (found.length > 0) add(p.line, prev !== undefined && prev.blocks.includes(p) ? prev : undefined);
  }
  statements.sort((a, b) => a.span.start - b.span.start);
  return { statements, sections, sectionOf };
}

/** The statement whose sentence holds `offset`, if any. */
export function statementAt(model: CountModel, offset: number): CountStatement | undefined {
  return model.statements.find((s) => s.span.start <= offset && offset <= s.span.end);
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

/** Scopes that count the problem items a notice lists (not 立行立改问题, 信访件, 问题线索 …). */
export const PROBLEM_SCOPES = new Set(['问题', '具体问题', '反馈问题']);

/** The stated parts summed per status category (全部 counts as the total). */
export function statedByCategory(s: CountSentence): Partial<Record<StatusCategory, number>> {
  const out: Partial<Record<StatusCategory, number>> = {};
  for (const p of s.parts) out[p.category] = (out[p.category] ?? 0) + partValue(s, p);
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

export interface RateCandidate {
  label: string;
  numerator: number;
}

/** The numerators a notice may mean by 完成率/落实率: done only; done plus 基本完成/阶段性完成; total minus the unfinished. */
export function rateCandidates(t: Translator, s: CountSentence): RateCandidate[] {
  const by = statedByCategory(s);
  const total = totalOf(s).number.value;
  const out: RateCandidate[] = [];
  const label = (cats: StatusCategory[]) => cats.map((c) => t(`count.status.${c}`)).join('+');
  if (by.done !== undefined) {
    out.push({ label: label(['done']), numerator: by.done });
    if (by.basic !== undefined) out.push({ label: label(['done', 'basic']), numerator: by.done + by.basic });
    if (by.stage !== undefined) out.push({ label: label(['done', 'stage']), numerator: by.done + by.stage });
    if (by.basic !== undefined && by.stage !== undefined) out.push({ label: label(['done', 'basic', 'stage']), numerator: by.done + by.basic + by.stage });
  }
  if (by.notdone !== undefined || by.ongoing !== undefined) {
    const rest = total - (by.notdone ?? 0) - (by.ongoing ?? 0);
    if (!out.some((c) => c.numerator === rest)) out.push({ label: t('count.numerator.rest'), numerator: rest });
  }
  return out;
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

/** The item section a statement's total can be checked against, and the total's chain member. */
export function checkedTotal(s: CountStatement): { section: SectionItems; total: CountTotal } | undefined {
  const section = s.describes;
  if (!section || !section.clear || s.kind === 'item' || s.secondary || s.foreign) return undefined;
  const total = [...s.chain].reverse().find((c) => PROBLEM_SCOPES.has(c.scope));
  if (!total || total.number.approximate) return undefined;
  // Without a breakdown, only a per-section `反馈问题11项` surely counts the section's items.
  if (s.parts.length === 0 && (s.kind === 'overall' || total.scope !== '反馈问题')) return undefined;
  return { section, total };
}

/** The heading as the outline names it, for messages. */
export function sectionName(h: Heading, text: string): string {
  return (text.slice(h.marker.start, h.marker.end) + h.title.text).trim();
}
