// Document and range formatting. Cleans pasted text without touching the wording:
// - full-width punctuation in Chinese context (the detector the `punctuation` rule uses);
// - numbering punctuation to the document's dominant variant per level (`1.` / `1．` / `1、`,
//   `（一）、` or `（一）`, a space after the marker or none), or to GB/T 9704's forms
//   (`一、` `（一）` `1.` `（1）`) when `notice.format.numbering` is `gbt9704`;
// - trailing spaces removed, blank lines between paragraphs normalised.
// Only punctuation and whitespace ever change (test/features/formatting.test.ts proves it on
// the corpus and on random text, and that a second format changes nothing).
import { parseNotice, type Heading, type HeadingLevel, type NoticeDocument, type Span } from '../../grammar/index.js';
import { fullWidthLine } from '../model/punctuation.js';
import type { Range, TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { PositionMapper } from '../positions.js';
import type { TextEdit } from '../rules/types.js';
import { applyEdits } from './codeActions.js';

export interface FormatOptions {
  /** Half-width punctuation in Chinese context becomes full-width. */
  punctuation: boolean;
  /** Numbering punctuation: the document's dominant variant, GB/T 9704's forms, or as written. */
  numbering: 'dominant' | 'gbt9704' | 'keep';
  trailingSpaces: boolean;
  /** Blank lines between paragraphs: `auto` follows the document (one everywhere if most paragraphs are separated, else at most one). */
  blankLines: 'auto' | 'single' | 'keep';
}

const defaultFormatOptions = (): FormatOptions => ({ punctuation: true, numbering: 'dominant', trailingSpaces: true, blankLines: 'auto' });

interface MarkerStyle {
  /** Closing punctuation of level 3 (`.` `．` `、`). */
  close?: string;
  /** Keep a second `、` after a bracketed marker (`（一）、`). */
  extra?: boolean;
  /** A space between the marker and the title. */
  space?: boolean;
  /** Full-width brackets `（一）` rather than `(一)` (levels 2 and 4). */
  fullBrackets?: boolean;
}

const TRAILING = /[ \t\u3000\u00a0]+$/;
const BLANK = /^[ \t\u3000\u00a0\ufeff]*$/;

/** Whitespace between a heading's marker and its title ('' when none or no title). */
function gapAfterMarker(doc: NoticeDocument, h: Heading): string {
  if (h.title.text.length === 0 && !h.label) return '';
  const to = h.label ? h.label.start : h.title.start;
  return doc.text.slice(h.marker.end, to);
}

function majority<T>(values: T[], tie: T): T | undefined {
  if (values.length === 0) return undefined;
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = tie;
  let n = counts.get(tie) ?? 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** The numbering punctuation each level should have. */
function markerStyles(doc: NoticeDocument, mode: FormatOptions['numbering']): Map<HeadingLevel, MarkerStyle> {
  const styles = new Map<HeadingLevel, MarkerStyle>();
  for (const level of [1, 2, 3, 4] as HeadingLevel[]) {
    if (mode === 'gbt9704') {
      styles.set(level, { close: level === 3 ? '.' : undefined, extra: false, space: false, fullBrackets: true });
      continue;
    }
    const hs = doc.headings.filter((h) => h.level === level);
    styles.set(level, {
      close: level === 3 ? majority(hs.map((h) => h.marker.close), '.') : undefined,
      extra: level === 2 || level === 4 ? majority(hs.map((h) => h.marker.extra !== ''), false) : undefined,
      space: majority(hs.map((h) => gapAfterMarker(doc, h) !== ''), false),
      fullBrackets: level === 2 || level === 4 ? majority(hs.map((h) => h.marker.open === '（'), true) : undefined,
    });
  }
  return styles;
}

/** The heading line with its numbering punctuation restyled, if that keeps it the same heading. */
function restyleMarker(doc: NoticeDocument, h: Heading, line: string, lineStart: number, style: MarkerStyle, fullBrackets: true | undefined): string {
  const m = h.marker;
  const rel = (o: number) => o - lineStart;
  const full = fullBrackets || style.fullBrackets;
  const open = m.open === '' ? '' : full === undefined ? m.open : full ? '（' : '(';
  let close = m.close;
  if (m.open !== '' && full !== undefined) close = full ? '）' : ')';
  else if (h.level === 3 && style.close !== undefined) close = style.close;
  const extra = style.extra === false ? '' : style.extra === true && m.open !== '' ? '、' : m.extra;
  const gap = gapAfterMarker(doc, h);
  const newGap = style.space === false ? '' : style.space === true && gap === '' && h.title.text !== '' ? ' ' : gap;
  const before = line.slice(0, rel(m.start));
  const after = line.slice(rel(m.end) + gap.length);
  const candidate = before + open + m.digits.text + close + extra + newGap + after;
  if (candidate === line) return line;
  // Brackets of either width and `、` are read alike; a new `.` or a dropped space is not:
  // `3、5%…` must not become `3.5%…` (a decimal, no longer a heading), so re-read the line.
  if ((h.level !== 3 || close === m.close) && newGap === gap) return candidate;
  const check = parseNotice(candidate.trimStart()).headings[0];
  if (check && check.level === h.level && check.marker.value === m.value && check.marker.part === m.part && check.line === 0) return candidate;
  return line;
}

function lineEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  return e;
}

/** The smallest edit turning text[start, end) into `next` (common prefix and suffix kept). */
function minimalEdit(text: string, start: number, end: number, next: string): TextEdit | undefined {
  const old = text.slice(start, end);
  if (old === next) return undefined;
  let p = 0;
  while (p < old.length && p < next.length && old[p] === next[p]) p++;
  let s = 0;
  while (s < old.length - p && s < next.length - p && old[old.length - 1 - s] === next[next.length - 1 - s]) s++;
  return { span: { start: start + p, end: end - s }, newText: next.slice(p, next.length - s) };
}

/**
 * The lines a range formats: from the start of its first line to the end of its last (without
 * the line break). A range ending at the start of a line (a selection of whole lines) ends on
 * the line before.
 */
function rangeLines(doc: NoticeDocument, range: Span): Span {
  const { text, lineStarts } = doc;
  let first = 0;
  let last = 0;
  for (let lo = 0, hi = lineStarts.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (lineStarts[mid] <= range.start) (first = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  for (let lo = 0, hi = lineStarts.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (lineStarts[mid] <= range.end) (last = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  if (last > first && lineStarts[last] === range.end) last--;
  const next = last + 1 < lineStarts.length ? lineStarts[last + 1] : text.length;
  return { start: lineStarts[first], end: lineEnd(text, lineStarts[first], next) };
}

/**
 * The edits that format `doc`; with `range`, only edits inside the lines of the range (the
 * blank lines and line breaks around them stay as they are).
 */
export function formatEdits(doc: NoticeDocument, options: FormatOptions = defaultFormatOptions(), range?: Span): TextEdit[] {
  if (range) {
    const lines = rangeLines(doc, range);
    return formatAll(doc, options, lines).filter((e) => e.span.start >= lines.start && e.span.end <= lines.end);
  }
  return formatAll(doc, options);
}

function formatAll(doc: NoticeDocument, options: FormatOptions, range?: Span): TextEdit[] {
  const { text, lineStarts } = doc;
  const headingAt = new Map<number, Heading>(doc.headings.map((h) => [h.line, h]));
  const commentLines = new Set(doc.comments.map((c) => c.line));
  const styles = options.numbering === 'keep' ? undefined : markerStyles(doc, options.numbering);
  const inRange = (start: number, end: number) => !range || (start <= range.end && end >= range.start);
  const edits: TextEdit[] = [];

  // Content lines: [start, end) without the line break.
  const content: { start: number; end: number; next: number }[] = [];
  for (let k = 0; k < lineStarts.length; k++) {
    const start = lineStarts[k];
    const next = k + 1 < lineStarts.length ? lineStarts[k + 1] : text.length;
    const end = lineEnd(text, start, next);
    const line = text.slice(start, end);
    if (BLANK.test(line)) continue;
    content.push({ start, end, next });
    if (commentLines.has(k) || !inRange(start, end)) continue;
    let out = line;
    const h = headingAt.get(k);
    if (h && h.level <= 4 && (styles || options.punctuation)) {
      const style = styles?.get(h.level) ?? {};
      out = restyleMarker(doc, h, out, start, style, options.punctuation || undefined);
    }
    if (options.punctuation) out = fullWidthLine(out);
    if (options.trailingSpaces) out = out.replace(TRAILING, '');
    const e = minimalEdit(text, start, end, out);
    if (e) edits.push(e);
  }

  // Gaps between content lines: the blank lines, as whole lines.
  let target: ((blank: number) => number) | undefined;
  if (options.blankLines !== 'keep' && content.length > 1) {
    const blanks: number[] = [];
    for (let i = 1; i < content.length; i++) blanks.push(countBreaks(text, content[i - 1].next, content[i].start));
    const separated = blanks.filter((b) => b > 0).length;
    const single = options.blankLines === 'single' || separated >= blanks.length - separated;
    target = single ? () => 1 : (b) => Math.min(b, 1);
  } else if (options.trailingSpaces) {
    target = (b) => b;
  }
  if (target) {
    for (let i = 1; i < content.length; i++) {
      const from = content[i - 1].next;
      const to = content[i].start;
      if (!inRange(from, to)) continue;
      // Blank lines take the previous line's own break (a lone `\r` then `\n` would merge into one break).
      const want = text.slice(content[i - 1].end, from).repeat(target(countBreaks(text, from, to)));
      if (text.slice(from, to) !== want) edits.push({ span: { start: from, end: to }, newText: want });
    }
    // After the last line: no blank lines (the last line keeps its own line break).
    const last = content[content.length - 1];
    if (last && last.next < text.length && inRange(last.next, text.length)) edits.push({ span: { start: last.next, end: text.length }, newText: '' });
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) n++;
  }
  return n;
}

/**
 * The formatter's punctuation pass alone: half-width punctuation in Chinese context made
 * full-width (heading brackets included), nothing else. The `punctuation` rule's fix for the
 * whole document, so that it does exactly what Format Document does to the punctuation.
 */
export function punctuationPass(doc: NoticeDocument): TextEdit[] {
  const edits = formatEdits(doc, { punctuation: true, numbering: 'keep', trailingSpaces: false, blankLines: 'keep' });
  // Every change is a mark for a mark: one edit per mark, so the fix shows as the marks it changes.
  const out: TextEdit[] = [];
  for (const e of edits) {
    if (e.newText.length !== e.span.end - e.span.start) {
      out.push(e);
      continue;
    }
    for (let k = 0; k < e.newText.length; k++) {
      const at = e.span.start + k;
      if (doc.text[at] !== e.newText[k]) out.push({ span: { start: at, end: at + 1 }, newText: e.newText[k] });
    }
  }
  return out;
}

/** Format a whole text (for tests and the CLI). */
export function formatText(text: string, options: FormatOptions = defaultFormatOptions()): string {
  return applyEdits(text, formatEdits(parseNotice(text), options));
}

/** The `notice.format` settings as the client sends them (any field may be missing or wrong). */
export type FormatSettings = Partial<Record<keyof FormatOptions, unknown>>;

export function formatOptions(s: FormatSettings = {}): FormatOptions {
  const d = defaultFormatOptions();
  const pick = <T>(v: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);
  return {
    punctuation: pick(s.punctuation, [true, false], d.punctuation),
    numbering: pick(s.numbering, ['dominant', 'gbt9704', 'keep'] as const, d.numbering),
    trailingSpaces: pick(s.trailingSpaces, [true, false], d.trailingSpaces),
    blankLines: pick(s.blankLines, ['auto', 'single', 'keep'] as const, d.blankLines),
  };
}

/** The LSP provider: document formatting, or range formatting when `range` is given. */
export function formatting(doc: NoticeDocument, pos: PositionMapper, settings?: FormatSettings, range?: Range): LspTextEdit[] {
  const span = range ? { start: pos.offsetAt(range.start), end: pos.offsetAt(range.end) } : undefined;
  return formatEdits(doc, formatOptions(settings), span).map((e) => ({ range: pos.range(e.span), newText: e.newText }));
}
