// The numbering model of a document: for each heading level, whether numbers restart under
// every parent or run on across parents within a level-1 section (NOTICE-FORMAT.md §3), and
// the sequences that follow from it. Rules (numbering checks) and completions (the next
// marker) read this; it is computed once per tree (memoised).
import { arabicLike, numberToChinese, numberToCircled, type Heading, type HeadingLevel, type HeadingMarker, type NoticeDocument } from '../../grammar/index.js';
import { memo } from './memo.js';

export type SequenceMode = 'restart' | 'continuous';

export interface NumberSequence {
  level: HeadingLevel;
  mode: SequenceMode;
  /**
   * What the sequence runs under: the parent heading (restart), the level-1 section
   * (continuous), or null for the document (level 1, or headings outside any section).
   */
  scope: Heading | null;
  /** The headings of the sequence in document order (split items each appear). */
  items: Heading[];
}

export interface LevelMode {
  mode: SequenceMode;
  /** Whether the mode was forced by a setting, inferred from evidence, or a default. */
  source: 'setting' | 'inferred' | 'default';
  /** Boundaries between parents that support each mode. */
  votes: { restart: number; continuous: number };
}

export interface NumberingModel {
  modes: Record<HeadingLevel, LevelMode>;
  sequences: NumberSequence[];
  /** The sequence each heading belongs to. */
  sequenceOf: Map<Heading, NumberSequence>;
  /**
   * Headings whose marker inverts the order of levels (a `（一）` run nested in a `1.` item),
   * mapped to the item they sit in. They belong to no sequence.
   */
  inverted: Map<Heading, Heading>;
}

/** The level-1 heading a heading sits in (itself for a level-1 heading). */
export function sectionOf(h: Heading): Heading | null {
  let x: Heading | undefined = h;
  while (x && x.level !== 1) x = x.parent;
  return x ?? null;
}

/** Group the headings of `level` by a key, keeping document order inside each group. */
function groupBy(items: Heading[], key: (h: Heading) => Heading | null): Map<Heading | null, Heading[]> {
  const groups = new Map<Heading | null, Heading[]>();
  for (const h of items) {
    const k = key(h);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(h);
  }
  return groups;
}

function inferLevel(items: Heading[], parentOf: (h: Heading) => Heading | null): LevelMode['votes'] {
  const votes = { restart: 0, continuous: 0 };
  // Per level-1 section. The headings of a section are one run in document order (a level-1
  // heading closes every open heading), so the section changes only between runs: no grouping.
  let section: Heading | null | undefined;
  let prevLast = 0;
  let prevParent: Heading | null | undefined;
  for (const h of items) {
    const sec = sectionOf(h);
    if (sec !== section) {
      section = sec;
      prevLast = 0;
      prevParent = undefined;
    }
    const parent = parentOf(h);
    if (prevParent !== undefined && parent !== prevParent && prevLast > 0) {
      // The first item under a new parent: 1 again, or one more than the last.
      if (h.marker.value === 1 && (h.marker.part ?? 1) === 1) votes.restart++;
      else if (h.marker.value === prevLast + 1) votes.continuous++;
    }
    prevParent = parent;
    prevLast = h.marker.value;
  }
  return votes;
}

export function numberingModel(doc: NoticeDocument, forced: 'auto' | SequenceMode = 'auto'): NumberingModel {
  return memo(doc, `numbering:${forced}`, () => readNumbering(doc, forced));
}

function readNumbering(doc: NoticeDocument, forced: 'auto' | SequenceMode): NumberingModel {
  // An inversion is only evidence where the deeper level restarts under each parent: where it
  // runs on across parents, `1.` … `（一）` … `2.` is a new parent, and a repeated （一） a slip.
  const candidates = findInverted(doc);
  let model = buildModel(doc, forced, candidates);
  if (candidates.size === 0) return model;
  const restarts = (level: HeadingLevel) => level === 2 || level === 5 || model.modes[level].mode === 'restart';
  const kept = new Map<Heading, Heading>();
  for (const [h, host] of candidates) if (restarts(host.level)) kept.set(h, host);
  if (kept.size !== candidates.size) model = buildModel(doc, forced, kept);
  return model;
}

function buildModel(doc: NoticeDocument, forced: 'auto' | SequenceMode, inverted: Map<Heading, Heading>): NumberingModel {
  // Without inversions (most documents) a heading is numbered under its parent in the tree.
  const parentOf = inverted.size === 0 ? treeParent : effectiveParent(inverted);
  const modes = {} as Record<HeadingLevel, LevelMode>;
  const sequences: NumberSequence[] = [];
  const sequenceOf = new Map<Heading, NumberSequence>();
  // The numbered headings of each level, in document order, from one pass over the headings.
  const byLevel: Heading[][] = [[], [], [], [], []];
  for (const h of doc.headings) {
    if (Number.isNaN(h.marker.value) || (inverted.size > 0 && inverted.has(h))) continue;
    byLevel[h.level - 1].push(h);
  }
  for (let l = 1; l <= 5; l++) {
    const level = l as HeadingLevel;
    const items = byLevel[l - 1];
    const votes = level === 1 ? { restart: 0, continuous: 0 } : inferLevel(items, parentOf);
    let lm: LevelMode;
    if (level === 1) lm = { mode: 'continuous', source: 'default', votes };
    else if (forced !== 'auto') lm = { mode: forced, source: 'setting', votes };
    else if (votes.continuous > votes.restart) lm = { mode: 'continuous', source: 'inferred', votes };
    else if (votes.restart > votes.continuous) lm = { mode: 'restart', source: 'inferred', votes };
    else lm = { mode: 'restart', source: 'default', votes };
    modes[level] = lm;

    // Level 1 runs through the document; level 2 always restarts under its section; the
    // other levels follow their mode. Circled numbers (level 5) restart under their item.
    if (level === 1) {
      if (items.length > 0) addSequence(sequences, sequenceOf, { level, mode: 'continuous', scope: null, items });
      continue;
    }
    const key = level === 2 || level === 5 || lm.mode === 'restart' ? parentOf : sectionOf;
    for (const [scope, group] of groupBy(items, key)) addSequence(sequences, sequenceOf, { level, mode: lm.mode, scope, items: group });
  }
  sequences.sort((a, b) => a.items[0].start - b.items[0].start);
  return { modes, sequences, sequenceOf, inverted };
}

function addSequence(sequences: NumberSequence[], sequenceOf: Map<Heading, NumberSequence>, seq: NumberSequence): void {
  sequences.push(seq);
  for (const h of seq.items) sequenceOf.set(h, seq);
}

const treeParent = (h: Heading): Heading | null => h.parent ?? null;

/**
 * Runs of markers that invert the order of levels: a run `（一）（二）…` (values 1…r, one level)
 * that sits between two consecutive items P and Q of a deeper level (`1.` … `2.`), with only
 * P's own sub-items between P and the run, and that restarts its level under a parent that
 * already has headings of that level. Each heading of the run maps to P.
 */
function findInverted(doc: NoticeDocument): Map<Heading, Heading> {
  const out = new Map<Heading, Heading>();
  const hs = doc.headings;
  for (let k = 1; k < hs.length; k++) {
    const r0 = hs[k];
    if (r0.marker.value !== 1 || r0.marker.part !== undefined) continue;
    let r = 1;
    while (k + r < hs.length && hs[k + r].level === r0.level && hs[k + r].marker.value === r + 1 && hs[k + r].marker.part === undefined) r++;
    const q = hs[k + r];
    if (!q || q.level <= r0.level) continue;
    // P: the last heading of Q's level before the run, with only deeper headings between.
    let p: Heading | undefined;
    for (let i = k - 1; i >= 0; i--) {
      if (hs[i].level === q.level) p = hs[i];
      if (hs[i].level <= q.level) break;
    }
    if (!p || q.marker.value !== p.marker.value + 1 || (q.marker.part ?? 1) !== 1) continue;
    // The run restarts its level in the middle of a parent (a first （一） under a section is a new parent, not an inversion).
    const parent = r0.parent;
    let earlier = false;
    for (let i = 0; i < k && !earlier; i++) earlier = hs[i].level === r0.level && hs[i].parent === parent;
    if (!earlier) continue;
    for (let i = 0; i < r; i++) out.set(hs[k + i], p);
    k += r - 1;
  }
  return out;
}

/** The parent a heading is numbered under: a heading after an inverted run keeps the parent of the item the run sits in. */
function effectiveParent(inverted: Map<Heading, Heading>): (h: Heading) => Heading | null {
  const memo = new Map<Heading, Heading | null>();
  const of = (h: Heading): Heading | null => {
    const hit = memo.get(h);
    if (hit !== undefined) return hit;
    let parent = h.parent ?? null;
    const host = parent ? inverted.get(parent) : undefined;
    if (host && h.level <= host.level) parent = of(host);
    memo.set(h, parent);
    return parent;
  };
  return of;
}

// ---------------------------------------------------------------------------------------
// Slips and renumbering (numbering-sequence, the renumber fixes and 「重新编号全文」).

export type SlipKind = 'gap' | 'repeat' | 'back' | 'start' | 'part';

export interface Slip {
  seq: NumberSequence;
  /** Index in `seq.items` of the heading that breaks the sequence. */
  index: number;
  kind: SlipKind;
  expected: { value: number; part?: number };
  /** The item before it in the sequence, if any. */
  previous?: Heading;
}

/** True when `m` is the next part of the split item `prev` (`(35-2)` after `(35-1)`). */
function sameSplit(prev: HeadingMarker | undefined, m: HeadingMarker): boolean {
  return prev !== undefined && m.part !== undefined && prev.part !== undefined && prev.value === m.value;
}

/**
 * The headings that break a sequence. A split item `(35-1)…(35-4)` counts as one number.
 * After a slip the next item is judged against the number found (2. 4. 5. is one slip); an
 * item that is back on its place in the sequence (1. 3. 2. 4.: the 4.; 6. 8. 8. 9.: the second
 * 8., after one mistyped number) is not a slip either.
 */
export function sequenceSlips(seq: NumberSequence): Slip[] {
  const slips: Slip[] = [];
  let prev: Heading | undefined;
  let prevSlipped = false;
  let units = 0;
  seq.items.forEach((h, index) => {
    const m = h.marker;
    const before = slips.length;
    if (prev && sameSplit(prev.marker, m)) {
      const want = (prev.marker.part as number) + 1;
      if (m.part !== want) slips.push({ seq, index, kind: 'part', expected: { value: m.value, part: want }, previous: prev });
    } else {
      units++;
      const pv = prev?.marker.value ?? 0;
      const ok = m.value === pv + 1 || (prev !== undefined && m.value === units && (m.value > pv || prevSlipped));
      const part = m.part === undefined ? undefined : 1;
      if (!ok) {
        const kind: SlipKind = !prev ? 'start' : m.value === pv ? 'repeat' : m.value < pv ? 'back' : 'gap';
        slips.push({ seq, index, kind, expected: { value: pv + 1, part }, previous: prev });
      } else if (m.part !== part) {
        slips.push({ seq, index, kind: 'part', expected: { value: m.value, part }, previous: prev });
      }
    }
    prevSlipped = slips.length > before;
    prev = h;
  });
  return slips;
}

/** The digits a marker gets for a number (and part): `十一`, `36-2`, `③`, keeping its numeral and separator. */
export function markerDigits(m: HeadingMarker, value: number, part?: number): string {
  if (m.numeral === 'chinese') return numberToChinese(value);
  if (m.numeral === 'circled') return numberToCircled(value);
  // Full-width digits (`１２．`) stay full-width.
  if (part === undefined) return arabicLike(value, m.digits.text);
  const sep = /[-－—]/.exec(m.digits.text)?.[0] ?? '-';
  return `${arabicLike(value, m.digits.text)}${sep}${arabicLike(part, m.digits.text)}`;
}

/** A marker as written, with other digits (no trailing double punctuation): `（三）`, `3.`. */
export function markerLabel(m: HeadingMarker, value = m.value, part = m.part): string {
  return m.open + markerDigits(m, value, part) + m.close;
}

export interface DigitEdit {
  heading: Heading;
  span: { start: number; end: number };
  newText: string;
}

/**
 * Renumber `seq` from item `from` to its end: each item follows the one before it (split
 * parts keep their group and count 1, 2, …). Only markers whose digits change get an edit.
 */
export function renumberFrom(seq: NumberSequence, from: number): DigitEdit[] {
  const edits: DigitEdit[] = [];
  const before = seq.items[from - 1]?.marker;
  let value = before?.value ?? 0;
  let part = before?.part;
  for (let j = from; j < seq.items.length; j++) {
    const m = seq.items[j].marker;
    if (j > 0 && sameSplit(seq.items[j - 1].marker, m)) {
      part = (part ?? 0) + 1;
    } else {
      value++;
      part = m.part === undefined ? undefined : 1;
    }
    const digits = markerDigits(m, value, part);
    if (digits !== m.digits.text) edits.push({ heading: seq.items[j], span: { start: m.digits.start, end: m.digits.end }, newText: digits });
  }
  return edits;
}

/**
 * `renumberFrom(seq, k).length` for each `k` of `starts`, in one pass over the sequence rather
 * than one per start: a sequence of n repeats has n slips, and n renumberings of O(n) each
 * is what once took a 60 KB notice past a 4 GB heap.
 *
 * From item k on, an item j keeps its digits when its value equals the renumbered one —
 * `value(k-1) + units(k..j)`, i.e. `m.value - units(0..j)` equals `value(k-1) - units(0..k-1)` —
 * and its part is the one renumbering gives. So each start is a count of equal keys in a
 * suffix, answered while sweeping the items from the end.
 */
export function renumberCounts(seq: NumberSequence, starts: readonly number[]): number[] {
  const items = seq.items;
  const n = items.length;
  const cont: boolean[] = new Array(n);
  const units: number[] = new Array(n);
  /** Digits as written are the ones renumbering would write for the item's own value and part. */
  const written: boolean[] = new Array(n);
  const partMatters: boolean[] = new Array(n);
  const ownPart: (number | undefined)[] = new Array(n);
  let u = 0;
  for (let j = 0; j < n; j++) {
    const m = items[j].marker;
    cont[j] = j > 0 && sameSplit(items[j - 1].marker, m);
    if (!cont[j]) u++;
    units[j] = u;
    written[j] = markerDigits(m, m.value, m.part) === m.digits.text;
    partMatters[j] = m.numeral !== 'chinese' && m.numeral !== 'circled';
    // The part renumbering gives when the item's group starts at or after the first renumbered item.
    ownPart[j] = cont[j] ? (ownPart[j - 1] ?? 0) + 1 : m.part === undefined ? undefined : 1;
  }
  const keeps = (j: number) => written[j] && (!partMatters[j] || ownPart[j] === items[j].marker.part);
  // Within the split group a start falls in, parts count on from the item before the start.
  const runEnd: number[] = new Array(n);
  for (let j = n - 1; j >= 0; j--) runEnd[j] = j + 1 < n && cont[j + 1] ? runEnd[j + 1] : j;
  // Items in [k, runEnd] that keep their digits whatever their part (numerals without parts).
  const partFree: number[] = new Array(n + 1).fill(0);
  for (let j = 0; j < n; j++) partFree[j + 1] = partFree[j] + (written[j] && !partMatters[j] ? 1 : 0);

  const kept: number[] = new Array(n + 1).fill(0);
  for (let j = 0; j < n; j++) kept[j + 1] = kept[j] + (keeps(j) ? 1 : 0);

  const byStart = new Map<number, number[]>();
  starts.forEach((k, i) => {
    const list = byStart.get(k);
    if (list) list.push(i);
    else byStart.set(k, [i]);
  });
  const counts = new Array<number>(starts.length).fill(0);
  const suffix = new Map<number, number>(); // key → items from the sweep on that keep their digits
  const group = new Map<number, number>(); // part − index → items of the current split group from the sweep on
  for (let j = n - 1; j >= 0; j--) {
    if (!cont[j] || j === n - 1 || !cont[j + 1]) group.clear();
    if (cont[j] && written[j] && partMatters[j]) {
      const key = (items[j].marker.part ?? 0) - j;
      group.set(key, (group.get(key) ?? 0) + 1);
    }
    if (keeps(j)) {
      const key = items[j].marker.value - units[j];
      suffix.set(key, (suffix.get(key) ?? 0) + 1);
    }
    for (const i of byStart.get(j) ?? []) {
      const before = items[j - 1]?.marker;
      const base = (before?.value ?? 0) - (j > 0 ? units[j - 1] : 0);
      const fromHere = suffix.get(base) ?? 0;
      if (!cont[j]) {
        counts[i] = n - j - fromHere;
        continue;
      }
      // A start inside a split group: the group's items all share the key `base`, and their
      // parts count on from the item before the start; the items after the group as above.
      const end = runEnd[j];
      const inGroup = partFree[end + 1] - partFree[j] + (group.get((before?.part ?? 0) + 1 - j) ?? 0);
      const afterGroup = fromHere - (kept[end + 1] - kept[j]);
      counts[i] = n - j - inGroup - afterGroup;
    }
  }
  return counts;
}

/** Every sequence of the document renumbered from its first slip: what 「重新编号全文」 applies. */
export function renumberAll(model: NumberingModel): DigitEdit[] {
  const edits: DigitEdit[] = [];
  for (const seq of model.sequences) {
    const first = sequenceSlips(seq)[0];
    // One at a time: a spread of a very long list overflows the call stack.
    if (first) for (const e of renumberFrom(seq, first.index)) edits.push(e);
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}
