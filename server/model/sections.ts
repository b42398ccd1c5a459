// The problems sections of a notice (NOTICE-FORMAT.md §2.4): the level-1 sections that list
// numbered problem items, the level they number their items at, the items counted the way
// the section numbers them (split items `（35-1）…（35-4）` once) and the `整改结果：` status
// of each. Read by the count-statement generator and by completions (the next problem item).
import { descendants, type Heading, type NoticeDocument } from '../../grammar/index.js';
import { memo } from './memo.js';
import type { NumberingModel } from './numbering.js';

export interface ProblemItem {
  /** The number of the item (35 for `（35-1）`). */
  value: number;
  /** The heading or headings (the parts of a split item) that state it. */
  headings: Heading[];
  /** The `整改结果：` statuses found under it, in document order. */
  statuses: string[];
  /** Its status: the least advanced of its statuses, or undefined when it states none. */
  status?: string;
}

export interface ProblemsSection {
  heading: Heading;
  /** The level the section numbers its problems at: the deepest of levels 3 and 4 it uses. */
  itemLevel: 3 | 4;
  items: ProblemItem[];
}

/** Statuses from the least to the most advanced; a split item counts at its least advanced part. */
const PROGRESS = ['未完成', '未整改到位', '正在整改', '整改中', '持续推进', '持续整改', '长期整改', '长期坚持', '阶段性完成', '基本完成', '完成', '已完成', '已整改到位'];

function leastAdvanced(statuses: string[]): string | undefined {
  let best: string | undefined;
  for (const s of statuses) {
    const r = PROGRESS.indexOf(s);
    if (best === undefined || (r >= 0 && r < PROGRESS.indexOf(best))) best = s;
  }
  return best;
}


export function problemSections(doc: NoticeDocument, model: NumberingModel): ProblemsSection[] {
  return memo(model, 'problemSections', () => readProblemSections(doc, model));
}

function readProblemSections(doc: NoticeDocument, model: NumberingModel): ProblemsSection[] {
  const withStatus = doc.paragraphs.filter((p) => p.field?.status !== undefined);
  const out: ProblemsSection[] = [];
  for (const root of doc.roots) {
    if (root.level !== 1) continue;
    const all = descendants(root);
    const itemLevel = all.some((h) => h.level === 4) ? 4 : all.some((h) => h.level === 3) ? 3 : undefined;
    if (itemLevel === undefined) continue;
    const items: ProblemItem[] = [];
    const byKey = new Map<string, ProblemItem>();
    const seqIds = new Map<unknown, number>();
    let k = 0; // sweep over the status paragraphs (both lists are in document order)
    for (const h of all) {
      if (h.level !== itemLevel) continue;
      const seq = model.sequenceOf.get(h);
      if (!seqIds.has(seq)) seqIds.set(seq, seqIds.size);
      const key = `${seqIds.get(seq)}:${h.marker.value}`;
      let item = byKey.get(key);
      if (!item) {
        item = { value: h.marker.value, headings: [], statuses: [] };
        byKey.set(key, item);
        items.push(item);
      }
      item.headings.push(h);
      while (k < withStatus.length && withStatus[k].start < h.section.start) k++;
      for (let j = k; j < withStatus.length && withStatus[j].start <= h.section.end; j++) item.statuses.push(withStatus[j].field!.status!);
    }
    for (const item of items) item.status = leastAdvanced(item.statuses);
    out.push({ heading: root, itemLevel, items });
  }
  return out;
}

/** 巡察 when the section or the notice is about a 巡察, else 巡视. */
export function inspectionKind(doc: NoticeDocument, section?: Heading): '巡视' | '巡察' {
  const look = (s: string): '巡视' | '巡察' | undefined => {
    const a = s.indexOf('巡察');
    const b = s.indexOf('巡视');
    if (a < 0 && b < 0) return undefined;
    return a >= 0 && (b < 0 || a < b) ? '巡察' : '巡视';
  };
  return (
    (section && look(section.title.text)) ??
    look(doc.title.map((p) => p.text).join('')) ??
    look(doc.preamble.map((p) => p.text).join('')) ??
    look(doc.roots.map((h) => h.title.text).join('')) ??
    '巡视'
  );
}
