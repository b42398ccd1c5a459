// Completions at the start of a line: the next marker of every level that can continue here
// (numbered as the document numbers that level, in the punctuation it uses; the next one at
// the level of the item just written comes first and is preselected), the standard sections
// the notice does not have yet with the next level-1 number, the next problem item, and —
// inside an item — the labels 整改情况：/整改结果： and the status values after 整改结果：.
// The sections are offered here only (the static snippets keep the whole-notice skeleton,
// the count statement, the closing and the signature), written the way the notice writes:
// its 巡视/巡察, its brackets and dots per level, its label colon, its indentation and blank lines.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import { numberToChinese, numberToCircled, type Heading, type HeadingLevel, type NoticeDocument } from '../../grammar/index.js';
import type { MessageKey, Translator } from '../l10n/index.js';
import { numberingModel, sectionOf, type NumberingModel } from '../model/numbering.js';
import { inspectionKind, problemSections, type ProblemsSection } from '../model/sections.js';
import type { PositionMapper } from '../positions.js';
import type { NumberingMode } from '../rules/types.js';
import { KIND_CHOICE, snippetById, STATUS_CHOICE, type SnippetId } from './snippetData.js';
import { expandSnippet } from './snippetSyntax.js';

export const COMPLETION_TRIGGERS = ['（', '(', '：', ':'];

/** The next marker of one level at a point of the document. */
export interface NextMarker {
  level: HeadingLevel;
  value: number;
  part?: number;
  /** The marker as it would be written: `（4）`, `11.`, `三、`, `(35-3)`. */
  text: string;
  /** The heading it follows in its sequence, if any. */
  prev?: Heading;
}

interface Style {
  open: string;
  close: string;
}

const STANDARD: Record<HeadingLevel, Style> = {
  1: { open: '', close: '、' },
  2: { open: '（', close: '）' },
  3: { open: '', close: '.' },
  4: { open: '（', close: '）' },
  5: { open: '', close: '' },
};

/** The punctuation a level is written with in this document: the most common form (ties: the later). */
function styleOf(doc: NoticeDocument, level: HeadingLevel): Style {
  const counts = new Map<string, number>();
  let best: Style = STANDARD[level];
  let bestCount = 0;
  for (const h of doc.headings) {
    if (h.level !== level) continue;
    const key = `${h.marker.open}\u0000${h.marker.close}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n >= bestCount) {
      bestCount = n;
      best = { open: h.marker.open, close: h.marker.close };
    }
  }
  return best;
}

function markerText(level: HeadingLevel, style: Style, value: number, part?: number, sep = '-'): string {
  const digits =
    level <= 2 ? numberToChinese(value) : level === 5 ? numberToCircled(value) : part !== undefined ? `${value}${sep}${part}` : String(value);
  return style.open + digits + style.close;
}

/** The headings before line `line` (document order). */
function headingsBefore(doc: NoticeDocument, line: number): Heading[] {
  let lo = 0;
  let hi = doc.headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.headings[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return doc.headings.slice(0, lo);
}

/**
 * The next marker for each level that can continue at `line`: every level of the open
 * headings (and the levels they skip), and the levels below the deepest that the document
 * uses (or the next level down). Numbers follow the numbering model (restart or continuous
 * per level).
 */
function nextMarkers(doc: NoticeDocument, model: NumberingModel, line: number): NextMarker[] {
  const before = headingsBefore(doc, line);
  const last = before[before.length - 1];
  const chain: Heading[] = [];
  for (let h: Heading | undefined = last; h; h = h.parent) chain.unshift(h);
  const deepest = last?.level ?? 0;
  const used = new Set(doc.headings.map((h) => h.level));
  const nests = new Set(doc.headings.map((h) => `${h.parent?.level ?? 0}>${h.level}`));
  const nestsBelow = (l: number) => [...nests].some((k) => k.startsWith(`${l}>`));
  const section = chain.find((h) => h.level === 1) ?? null;
  const out: NextMarker[] = [];
  for (const level of [1, 2, 3, 4, 5] as HeadingLevel[]) {
    // A level below the deepest open heading: one the document uses (levels may be skipped),
    // or the next level down while the document shows nothing nested under this level;
    // circled numbers only where the document puts them under this level.
    const offered =
      level === 1 ||
      (level <= deepest
        ? level < 5 || deepest === 5
        : level < 5
          ? used.has(level) || (level === deepest + 1 && !nestsBelow(deepest))
          : nests.has(`${deepest}>5`));
    if (!offered) continue;
    let scope: Heading | null = null;
    for (const h of chain) if (h.level < level) scope = h;
    const mode = level === 1 ? 'continuous' : level === 2 || level === 5 ? 'restart' : model.modes[level].mode;
    const seqScope = level === 1 ? null : mode === 'restart' ? scope : section;
    const seq = model.sequences.find((s) => s.level === level && s.scope === seqScope);
    let prev: Heading | undefined;
    if (seq) for (let i = seq.items.length - 1; i >= 0 && !prev; i--) if (seq.items[i].line < line) prev = seq.items[i];
    const style = styleOf(doc, level);
    if (prev && prev.marker.part !== undefined) {
      // After (35-2): the next part (35-3), and the next item (36).
      const sep = prev.marker.digits.text.replace(/^[0-9]+|[0-9]+$/g, '') || '-';
      const part = prev.marker.part + 1;
      out.push({ level, value: prev.marker.value, part, text: markerText(level, style, prev.marker.value, part, sep), prev });
    }
    const value = prev && Number.isFinite(prev.marker.value) ? prev.marker.value + 1 : 1;
    out.push({ level, value, text: markerText(level, style, value), prev });
  }
  return out;
}

/** The colon the document's labels use (full width unless ASCII dominates). */
function labelColon(doc: NoticeDocument): string {
  let ascii = 0;
  let full = 0;
  for (const p of doc.paragraphs) {
    if (p.field?.label.colon === ':') ascii++;
    else if (p.field) full++;
  }
  return ascii > full ? ':' : '：';
}

/** What may be typed at a line start before completing: part of a marker, or a name (after a level-1 number). */
const LINE_START_TYPED = /^(?:[（(]?[0-9一二三四五六七八九十]*(?:[-－][0-9]*)?[）)]?[、.．]?|(?:[一二三四五六七八九十]+、)?[\p{Script=Han}A-Za-z]{0,16})$/u;
const AFTER_RESULT = /^整改结果[ \t\u3000]*[:：][ \t\u3000]*/;
const STATUSES = [...STATUS_CHOICE.split(','), '未完成'];

/** How the notice lays out its lines: the indentation most lines carry, and whether paragraphs are set apart by blank lines. */
interface Layout {
  indent: string;
  blankLines: boolean;
}

function layoutOf(doc: NoticeDocument): Layout {
  const indents = new Map<string, number>();
  let separated = 0;
  let adjacent = 0;
  let prevBlank: boolean | undefined;
  for (let k = 0; k < doc.lineStarts.length; k++) {
    const end = k + 1 < doc.lineStarts.length ? doc.lineStarts[k + 1] : doc.text.length;
    const line = doc.text.slice(doc.lineStarts[k], end).replace(/[\r\n]+$/, '');
    const indent = /^[ \t\u3000\u00a0]*/.exec(line)![0];
    if (indent.length === line.length) {
      if (prevBlank === false) prevBlank = true;
      continue;
    }
    if (prevBlank !== undefined) prevBlank ? separated++ : adjacent++;
    prevBlank = false;
    indents.set(indent, (indents.get(indent) ?? 0) + 1);
  }
  let indent = '';
  let most = 0;
  for (const [i, n] of indents) if (n > most) [indent, most] = [i, n];
  return { indent, blankLines: separated > adjacent };
}

/** The inspection the notice names (title first, then preamble and headings), if it names one. */
function namedKind(doc: NoticeDocument): '巡视' | '巡察' | undefined {
  const text = [...doc.title, ...doc.preamble].map((p) => p.text).join('') + doc.roots.map((h) => h.title.text).join('');
  return /巡视|巡察/.test(text) ? inspectionKind(doc) : undefined;
}

/**
 * A snippet body as this notice writes it: its inspection term in place of the 巡视/巡察
 * choice (and of the choice's mirrors), its brackets and dot for （一） and 1., its label
 * colon, and its indentation and blank lines between the lines.
 */
function asTheNoticeWrites(doc: NoticeDocument, body: string[], kind: '巡视' | '巡察' | undefined, layout: Layout, firstIndent: string): string {
  let text = body.join('\n');
  if (kind) {
    for (const m of [...text.matchAll(KIND_CHOICE)]) {
      const n = m[1];
      text = text.replace(m[0], kind).replace(new RegExp(`\\$\\{${n}\\}|\\$${n}(?![0-9])`, 'g'), kind);
    }
  }
  const l2 = styleOf(doc, 2);
  const l3 = styleOf(doc, 3);
  const colon = labelColon(doc);
  const lines = text.split('\n').map((line) =>
    line
      .replace(/^（([一二三四五六七八九十]+)）/, (_all, n: string) => `${l2.open}${n}${l2.close}`)
      .replace(/^([0-9]+)\.(?=\$\{)/, (_all, n: string) => `${n}${l3.close}`)
      .replace(/^(反馈问题|整改情况|整改结果)：/, `$1${colon}`),
  );
  const sep = layout.blankLines ? '\n\n' : '\n';
  return firstIndent + lines[0] + lines.slice(1).map((l) => (l === '$0' ? l : sep + layout.indent + l)).join('');
}

type SectionId = 'organisation' | 'problems' | 'followUp' | 'nextSteps';
/** Which standard section a level-1 heading is, by its title (a problems section also by the items it lists). */
const PROBLEMS_TITLE = /反馈问题|整改事项|问题整改/;
const CLOSING_PART_TITLE = /继续深化|后续整改|下一步/;
const ORGANISATION_TITLE = /组织|整改落实情况$/;

/** The standard sections the notice already has (继续深化后续整改 and 下一步工作打算 are one part under two names). */
function presentSections(doc: NoticeDocument, problems: ProblemsSection[]): Set<SectionId> {
  const present = new Set<SectionId>();
  for (const h of doc.roots) {
    if (h.level !== 1) continue;
    if (problems.some((p) => p.heading === h) || PROBLEMS_TITLE.test(h.title.text)) present.add('problems');
    else if (CLOSING_PART_TITLE.test(h.title.text)) present.add('followUp').add('nextSteps');
    else if (ORGANISATION_TITLE.test(h.title.text)) present.add('organisation');
  }
  return present;
}

function snippetItem(t: Translator, range: Range, id: SnippetId, marker: string | undefined, detail: string, sort: string, body: (lines: string[]) => string): CompletionItem {
  const s = snippetById(id);
  const lines = marker === undefined ? s.body : [s.body[0].replace(/^\$\{1:[^}]*\}/, marker), ...s.body.slice(1)];
  const newText = body(lines);
  return {
    label: t(`snippet.${id}.name` as MessageKey),
    kind: CompletionItemKind.Snippet,
    detail,
    documentation: { kind: MarkupKind.Markdown, value: t('completion.inserts', { text: expandSnippet(newText).text }) },
    filterText: s.prefix.join(' '),
    sortText: sort,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText },
  };
}

export function completions(doc: NoticeDocument, pos: PositionMapper, position: Position, mode: NumberingMode, t: Translator): CompletionItem[] {
  const line = position.line;
  if (line >= doc.lineStarts.length) return [];
  const lineStart = doc.lineStarts[line];
  const cursor = pos.offsetAt(position);
  const beforeCursor = doc.text.slice(lineStart, cursor);
  const indent = /^[ \t\u3000\u00a0\ufeff]*/.exec(beforeCursor)![0];
  const typed = beforeCursor.slice(indent.length);
  const inserts = (text: string) => ({ kind: MarkupKind.Markdown, value: t('completion.inserts', { text }) });
  const items: CompletionItem[] = [];

  // After `整改结果：`: the status values.
  const result = AFTER_RESULT.exec(typed);
  if (result) {
    const range: Range = { start: pos.positionAt(lineStart + indent.length + result[0].length), end: position };
    STATUSES.forEach((s, i) =>
      items.push({ label: s, kind: CompletionItemKind.EnumMember, detail: t('completion.status.detail'), documentation: inserts(s), sortText: `${i}`, textEdit: { range, newText: s } }),
    );
    return items;
  }
  if (!LINE_START_TYPED.test(typed)) return [];

  const range: Range = { start: pos.positionAt(lineStart + indent.length), end: position };
  const model = numberingModel(doc, mode);
  const last = headingsBefore(doc, line).at(-1);
  const section = last ? sectionOf(last) : null;
  const layout = layoutOf(doc);
  const kind = namedKind(doc);
  const firstIndent = indent === '' ? layout.indent : '';
  const snippet = (id: SnippetId, marker: string | undefined, detail: string, sort: string) =>
    snippetItem(t, range, id, marker, detail, sort, (lines) => asTheNoticeWrites(doc, lines, kind, layout, firstIndent));
  // After the closing invitation nothing is numbered (the signature is a static snippet).
  if (doc.closing && doc.closing.line < line) return [];

  // 1. The next markers: the next one at the level of the last heading first (preselected:
  // after 28、 the writer most often writes 29、), then the deeper levels, then the shallower.
  const markers = nextMarkers(doc, model, line);
  const here = last?.level ?? 1;
  const rank = (l: HeadingLevel) => (l === here ? 0 : l > here ? l - here : 10 + here - l);
  const level = (l: HeadingLevel) => t(`completion.level.${l}` as MessageKey);
  let preselected = false;
  [...markers]
    .sort((a, b) => rank(a.level) - rank(b.level))
    .forEach((m, i) => {
      const key: MessageKey = m.part !== undefined ? 'completion.marker.part' : m.prev ? 'completion.marker.next' : 'completion.marker.first';
      const preselect = !preselected && m.level === here;
      if (preselect) preselected = true;
      items.push({
        label: m.text,
        kind: CompletionItemKind.EnumMember,
        detail: t(key, { level: level(m.level), prev: m.prev?.marker.text ?? '' }),
        documentation: inserts(m.text),
        filterText: m.text,
        sortText: `0${String(i).padStart(2, '0')}`,
        ...(preselect ? { preselect: true } : {}),
        textEdit: { range, newText: m.text },
      });
    });

  // 2. Inside a problems section: the next problem item, at the level the section numbers items.
  const allProblems = problemSections(doc, model);
  const problems = section ? allProblems.find((p) => p.heading === section) : undefined;
  const itemMarker = problems ? markers.find((m) => m.level === problems.itemLevel && m.part === undefined) : undefined;
  if (itemMarker) {
    const detail = itemMarker.prev
      ? t('completion.item.detail', { marker: itemMarker.text, prev: itemMarker.prev.marker.text })
      : t('completion.item.first', { marker: itemMarker.text });
    items.push(snippet('item', itemMarker.text, detail, '10'), snippet('itemWithResult', itemMarker.text, detail, '11'));
  }

  // 3. Inside an item: the labels.
  if (last && last.level >= 3) {
    const colon = labelColon(doc);
    const labels: [string, string][] = [
      [`整改情况${colon}`, `整改情况${colon}$0`],
      [`整改结果${colon}`, `整改结果${colon}\${1|${STATUS_CHOICE}|}`],
    ];
    labels.forEach(([label, newText], i) =>
      items.push({
        label,
        kind: CompletionItemKind.Field,
        detail: t('completion.label.detail'),
        documentation: inserts(expandSnippet(newText).text),
        filterText: label,
        sortText: `2${i}`,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText },
      }),
    );
  }

  // 4. The standard sections the notice does not have yet, with the next level-1 number.
  const l1 = markers.find((m) => m.level === 1);
  if (l1) {
    const present = presentSections(doc, allProblems);
    (['organisation', 'problems', 'followUp', 'nextSteps'] as const).forEach((id, i) => {
      if (present.has(id)) return;
      const name = t(`snippet.${id}.name` as MessageKey);
      const it = snippet(id, numberToChinese(l1.value), t('completion.section.detail', { marker: l1.text, name }), `3${i}`);
      // Also reached by typing the number first: `三、继…`.
      it.filterText += ` ${l1.text}${snippetById(id).prefix[0]}`;
      items.push(it);
    });
  }
  return items;
}
