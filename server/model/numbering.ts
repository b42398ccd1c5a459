// The numbering model of a document: for each heading level, whether numbers restart under
// every parent or run on across parents within a level-1 section (NOTICE-FORMAT.md §3), and
// the sequences that follow from it. Rules (numbering checks) and completions (the next
// marker) read this; it is computed once per tree (memoised).
import type { Heading, HeadingLevel, NoticeDocument } from '../../grammar/index.js';

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

function inferLevel(items: Heading[]): LevelMode['votes'] {
  const votes = { restart: 0, continuous: 0 };
  for (const group of groupBy(items, sectionOf).values()) {
    let prevLast = 0;
    let prevParent: Heading | null | undefined;
    for (const h of group) {
      const parent = h.parent ?? null;
      if (prevParent !== undefined && parent !== prevParent && prevLast > 0) {
        // The first item under a new parent: 1 again, or one more than the last.
        if (h.marker.value === 1 && (h.marker.part ?? 1) === 1) votes.restart++;
        else if (h.marker.value === prevLast + 1) votes.continuous++;
      }
      prevParent = parent;
      prevLast = h.marker.value;
    }
  }
  return votes;
}

const cache = new WeakMap<NoticeDocument, Map<string, NumberingModel>>();

export function numberingModel(doc: NoticeDocument, forced: 'auto' | SequenceMode = 'auto'): NumberingModel {
  let byMode = cache.get(doc);
  if (!byMode) cache.set(doc, (byMode = new Map()));
  const hit = byMode.get(forced);
  if (hit) return hit;

  const modes = {} as Record<HeadingLevel, LevelMode>;
  const sequences: NumberSequence[] = [];
  const sequenceOf = new Map<Heading, NumberSequence>();
  for (const level of [1, 2, 3, 4, 5] as HeadingLevel[]) {
    const items = doc.headings.filter((h) => h.level === level);
    const votes = level === 1 ? { restart: 0, continuous: 0 } : inferLevel(items);
    let lm: LevelMode;
    if (level === 1) lm = { mode: 'continuous', source: 'default', votes };
    else if (forced !== 'auto') lm = { mode: forced, source: 'setting', votes };
    else if (votes.continuous > votes.restart) lm = { mode: 'continuous', source: 'inferred', votes };
    else if (votes.restart > votes.continuous) lm = { mode: 'restart', source: 'inferred', votes };
    else lm = { mode: 'restart', source: 'default', votes };
    modes[level] = lm;

    // Level 1 runs through the document; level 2 always restarts under its section; the
    // other levels follow their mode. Circled numbers (level 5) restart under their item.
    const key =
      level === 1
        ? () => null
        : level === 2 || level === 5 || lm.mode === 'restart'
          ? (h: Heading) => h.parent ?? null
          : sectionOf;
    for (const [scope, group] of groupBy(items, key)) {
      const seq: NumberSequence = { level, mode: level === 1 ? 'continuous' : lm.mode, scope, items: group };
      sequences.push(seq);
      for (const h of group) sequenceOf.set(h, seq);
    }
  }
  sequences.sort((a, b) => a.items[0].start - b.items[0].start);
  const model = { modes, sequences, sequenceOf };
  byMode.set(forced, model);
  return model;
}
