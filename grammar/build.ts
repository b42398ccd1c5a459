// From the parser's line records to the typed tree: headings nested by level, paragraphs with
// their labelled fields and inline enumerations, and the roles of the lines around the
// sections (title, web-page residue, preamble, closing invitation, signature, date line).
import type { IToken } from 'chevrotain';
import { InlineEnum, InlineNumber, isSpaceCode, Level1Marker, Level2Marker, Level3Marker, Level4Marker, Level5Marker } from './lexer.js';
import { chineseToNumber, circledToNumber } from './numerals.js';
import type { LineRecord } from './parser.js';
import type {
  Comment,
  Field,
  FieldLabel,
  Heading,
  HeadingLevel,
  HeadingMarker,
  InlineMark,
  NoticeDocument,
  Paragraph,
  ParagraphRole,
  Span,
  TextSpan,
} from './tree.js';

const STATUS_RE =
  /^[ \t\u3000]*(阶段性完成|基本完成|已完成|未完成|完成|长期坚持|长期整改|持续推进|持续整改|正在整改|整改中|已整改到位|未整改到位)/;
const TITLE_RE = /(关于.{0,60}(整改|巡视|巡察).{0,30}(通报|报告|情况)|(巡视|巡察).{0,20}整改.{0,12}(通报|报告))[ \t\u3000]*$/;
const ISSUER_RE = /^(中共|中国共产党)[^，,。:：]{1,60}$|^[^，,。:：]{2,40}(委|工委|委员会|党组|党委|政府)$/;
const PREAMBLE_RE = /^(根据|按照|依据|为)|巡视组|巡察组|巡视意见|巡察意见/;
const CLOSING_RE = /^(欢迎(广大)?(干部群众|社会各界|群众)|欢迎.{0,20}监督)/;
const DATE_LINE_RE = /^([0-9０-９]{2,4}|[〇零一二三四五六七八九]{4})年[0-9０-９〇零一二三四五六七八九十]{1,3}月[0-9０-９〇零一二三四五六七八九十]{1,4}日?$/;

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function levelOf(t: IToken): HeadingLevel {
  switch (t.tokenType) {
    case Level1Marker:
      return 1;
    case Level2Marker:
      return 2;
    case Level3Marker:
      return 3;
    case Level4Marker:
      return 4;
    case Level5Marker:
      return 5;
    default:
      throw new Error('not a marker');
  }
}

function span(t: IToken): TextSpan {
  return { start: t.startOffset, end: t.startOffset + t.image.length, text: t.image };
}

/** Where a marker's number ends: before its closing `）` `)` `、` `.` `．`. */
function isMarkerClose(c: string): boolean {
  return c === '）' || c === ')' || c === '、' || c === '.' || c === '．';
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The value of the ASCII digits s[from, to), or NaN when that is empty or holds anything else. */
function arabicValue(s: string, from: number, to: number): number {
  if (from >= to) return NaN;
  let v = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (!isAsciiDigit(c)) return NaN;
    v = v * 10 + (c - 0x30);
  }
  return v;
}

export function readMarker(t: IToken): HeadingMarker {
  const level = levelOf(t);
  const s = t.image;
  const start = t.startOffset;
  const end = start + s.length;
  if (level === 5) {
    return { start, end, text: s, level, value: circledToNumber(s), digits: span(t), numeral: 'circled', open: '', close: '', extra: '' };
  }
  let i = 0;
  let open = '';
  if (s[0] === '（' || s[0] === '(') {
    open = s[0];
    i = 1;
  }
  let j = i;
  while (j < s.length && !isMarkerClose(s[j])) j++;
  const digitsText = s.slice(i, j);
  const close = s[j] ?? '';
  const extra = s.slice(j + 1);
  const digits: TextSpan = { start: start + i, end: start + j, text: digitsText };
  if (level === 1 || level === 2) {
    return { start, end, text: s, level, value: chineseToNumber(digitsText), digits, numeral: 'chinese', open, close, extra };
  }
  // `35` or `35-1` (also －, —): read by hand, as the regex ^([0-9]+)(?:[-－—]([0-9]+))?$ would.
  let k = 0;
  while (k < digitsText.length && isAsciiDigit(digitsText.charCodeAt(k))) k++;
  let value = k > 0 ? arabicValue(digitsText, 0, k) : NaN;
  let part: number | undefined;
  if (k > 0 && k < digitsText.length) {
    const dash = digitsText[k];
    part = dash === '-' || dash === '－' || dash === '—' ? arabicValue(digitsText, k + 1, digitsText.length) : NaN;
    if (Number.isNaN(part)) {
      value = NaN;
      part = undefined;
    }
  }
  return { start, end, text: s, level, value, part, digits, numeral: 'arabic', open, close, extra };
}

function readLabel(t: IToken): FieldLabel {
  const image = t.image;
  const colon = image[image.length - 1];
  const name = image.slice(0, -1).trimEnd();
  return { start: t.startOffset, end: t.startOffset + image.length, text: image, name, colon };
}

/**
 * The inline marks of a heading or paragraph without any: one array for all of them (most
 * lines have none). Nothing writes to a tree's `inline` arrays (test/grammar/shared-empty.test.ts
 * freezes this one and runs every feature over the corpus).
 */
export const NO_INLINE: InlineMark[] = [];

function readInline(tokens: IToken[], from: number): InlineMark[] {
  let marks: InlineMark[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const type = t.tokenType;
    if ((type !== InlineEnum && type !== InlineNumber) || t.startOffset < from) continue;
    const image = t.image;
    const start = t.startOffset;
    let mark: InlineMark;
    if (type === InlineEnum) {
      mark = { start, end: start + image.length, text: image, kind: 'shi', value: chineseToNumber(image.slice(0, -1)), numeral: 'chinese' };
    } else {
      const inner = image.slice(1, -1);
      const arabic = /^[0-9]+$/.test(inner);
      const value = arabic ? parseInt(inner, 10) : chineseToNumber(inner);
      mark = { start, end: start + image.length, text: image, kind: 'paren', value, numeral: arabic ? 'arabic' : 'chinese' };
    }
    (marks ??= []).push(mark);
  }
  return marks ?? NO_INLINE;
}

/** Trim spaces (ASCII, tab, U+3000, NBSP, BOM) off both ends of text[start, end). */
function trimSpan(text: string, start: number, end: number): TextSpan {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Placeholders for a heading's children and blocks until they are made (never seen outside buildTree). */
const NO_HEADINGS: Heading[] = [];
const NO_PARAGRAPHS: Paragraph[] = [];

/** The first sentence end of a heading line, or the line break after it (the search stops there, not at the text's end). */
const SENTENCE_END_OR_BREAK = /[。！？!?\r\n]/g;

/** The longest line DATE_LINE_RE can match (2024年12月31日, 二〇二一年十二月三十一日): longer lines are not tested. */
const DATE_LINE_MAX = 14;

export function buildTree(text: string, records: LineRecord[], errors: NoticeDocument['errors']): NoticeDocument {
  const n = records.length;
  // The records cover every line: each one that ends in a break starts the next. Made at its
  // full length (at most one start per record, after the first): no copies as it grows.
  const lineStarts: number[] = new Array(n + 1);
  lineStarts[0] = 0;
  let lineCount = 1;
  // Each line's content (without the indentation and trailing spaces) as offsets: the text of a
  // line is only cut out where it is tested or kept.
  // All the integers kept by line or by heading (at most one heading a line) in one typed array,
  // cut in views: each new Int32Array of this size takes over a microsecond (an ArrayBuffer
  // outside the heap), a view a tenth of that.
  const ints = new Int32Array(7 * n);
  const contentStart = ints.subarray(0, n);
  const contentEnd = ints.subarray(n, 2 * n);
  const comments: Comment[] = [];
  let firstMarker = -1;
  for (let i = 0; i < n; i++) {
    const r = records[i];
    if (r.next > r.end) lineStarts[lineCount++] = r.next;
    let start = r.start;
    let end = r.end;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    contentStart[i] = start;
    contentEnd[i] = end;
    if (r.comment) comments.push({ ...span(r.comment), line: i, content: r.comment.image.slice(4, -3).trim() });
    if (firstMarker < 0 && r.marker !== undefined) firstMarker = i;
  }
  lineStarts.length = lineCount;
  const isBlank = (i: number) => contentStart[i] === contentEnd[i] || records[i].comment !== undefined;
  const content = (i: number) => text.slice(contentStart[i], contentEnd[i]);
  /** Whether line i's content starts with the character code c (a cheap test before a regex). */
  const startsWith = (i: number, c: number) => contentStart[i] < contentEnd[i] && text.charCodeAt(contentStart[i]) === c;

  // 1. Where the sections end: a closing invitation, else a trailing signature + date line.
  let closingIdx = -1;
  let dateIdx = -1;
  if (firstMarker >= 0) {
    for (let i = firstMarker + 1; i < n; i++) {
      if (!records[i].marker && startsWith(i, 0x6b22 /* 欢 */) && CLOSING_RE.test(content(i))) {
        closingIdx = i;
        break;
      }
    }
  }
  const searchFrom = closingIdx >= 0 ? closingIdx + 1 : Math.max(firstMarker + 1, 0);
  for (let i = searchFrom; i < n; i++) {
    if (!records[i].marker && contentEnd[i] - contentStart[i] <= DATE_LINE_MAX && DATE_LINE_RE.test(content(i))) {
      if (closingIdx >= 0) {
        dateIdx = i;
        break;
      }
      dateIdx = i; // without a closing, the last standalone date line wins
    }
  }
  // Signature lines: short lines without sentence punctuation just before the date line.
  const signatureIdx: number[] = [];
  if (dateIdx >= 0) {
    for (let i = dateIdx - 1; i > (closingIdx >= 0 ? closingIdx : firstMarker) && signatureIdx.length < 4; i--) {
      if (isBlank(i)) continue;
      if (records[i].marker || records[i].label || contentEnd[i] - contentStart[i] > 40 || /[。，,；;:：！？]/.test(content(i))) break;
      signatureIdx.unshift(i);
    }
  }
  // The sections end at the closing invitation, else at the signature, else at the date line.
  let sectionsEndLine = n;
  if (closingIdx >= 0) sectionsEndLine = closingIdx;
  else if (signatureIdx.length > 0) sectionsEndLine = signatureIdx[0];
  else if (dateIdx >= 0) sectionsEndLine = dateIdx;

  // 2. The lines before the first heading: title, residue, preamble. Roles by line index (body where unset).
  const headEnd = firstMarker >= 0 ? firstMarker : sectionsEndLine;
  const roles = new Array<ParagraphRole | undefined>(n);
  let titleIdx = -1;
  for (let i = 0; i < headEnd && i < 40; i++) {
    if (isBlank(i)) continue;
    const c = content(i);
    if (c.length <= 100 && !/[。]/.test(c) && TITLE_RE.test(c)) {
      titleIdx = i;
      break;
    }
  }
  if (titleIdx >= 0) {
    roles[titleIdx] = 'title';
    // An issuer line just above (blank lines between allowed): 中共益阳高新区工委
    for (let i = titleIdx - 1; i >= 0; i--) {
      if (isBlank(i)) continue;
      if (ISSUER_RE.test(content(i))) roles[i] = 'title';
      break;
    }
  }
  for (let i = 0; i < headEnd; i++) {
    if (isBlank(i) || roles[i] !== undefined) continue;
    const c = content(i);
    const sentence = c.length >= 20 && /[。]/.test(c);
    const afterTitle = titleIdx < 0 || i > titleIdx;
    roles[i] = afterTitle && sentence && (PREAMBLE_RE.test(c) || firstMarker >= 0) ? 'preamble' : 'residue';
  }
  // 3. After the sections.
  if (closingIdx >= 0) roles[closingIdx] = 'closing';
  for (const i of signatureIdx) roles[i] = 'signature';
  if (dateIdx >= 0) roles[dateIdx] = 'date';
  for (let i = sectionsEndLine; i < n; i++) {
    if (!isBlank(i) && roles[i] === undefined) roles[i] = 'residue';
  }

  // 4. Headings and paragraphs. A heading's section runs to the last content line before the
  // next heading of the same or a higher level: the heading that pops it off the stack.
  const sectionEnd = (h: Heading, stopLine: number): number => {
    for (let i = stopLine - 1; i >= h.line; i--) if (!isBlank(i)) return records[i].end;
    return h.end;
  };
  const headings: Heading[] = [];
  const roots: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const byRole: Record<Exclude<ParagraphRole, 'body'>, Paragraph[]> = { title: [], residue: [], preamble: [], closing: [], signature: [], date: [] };
  const stack: Heading[] = [];
  // A heading's children and blocks are made once they are all known, at their size: arrays
  // grown by push hold room for 17 entries from the first one. By heading index: the number of
  // children, and the blocks as a run of `paragraphs` (a heading's blocks are the body
  // paragraphs from it to its first child heading, which follow each other there: every
  // paragraph within the sections is a body one).
  const childCount = ints.subarray(2 * n, 3 * n);
  const blocksFrom = ints.subarray(3 * n, 4 * n);
  const blocksTo = ints.subarray(4 * n, 5 * n);
  const parentIndex = ints.subarray(5 * n, 6 * n);
  const stackIndex: number[] = [];
  for (let i = 0; i < n; i++) {
    if (isBlank(i)) continue;
    const rec = records[i];
    const inSections = firstMarker >= 0 && i >= firstMarker && i < sectionsEndLine;
    if (rec.marker && inSections) {
      const marker = readMarker(rec.marker);
      const label = rec.label ? readLabel(rec.label) : undefined;
      const afterMarker = marker.end;
      // test, not exec: the one-character match ends at lastIndex, and no result array is made.
      SENTENCE_END_OR_BREAK.lastIndex = afterMarker;
      const found = SENTENCE_END_OR_BREAK.test(text) ? SENTENCE_END_OR_BREAK.lastIndex - 1 : -1;
      const sentenceEnd = found >= 0 && found < rec.end ? found : -1;
      const titleEnd = sentenceEnd >= 0 ? sentenceEnd : rec.end;
      const title = trimSpan(text, afterMarker, titleEnd);
      const bodySpan = sentenceEnd >= 0 ? trimSpan(text, titleEnd + 1, rec.end) : undefined;
      const body = bodySpan && bodySpan.text.length > 0 ? bodySpan : undefined;
      while (stack.length > 0 && stack[stack.length - 1].level >= marker.level) {
        const done = stack.pop()!;
        stackIndex.pop();
        done.section.end = sectionEnd(done, i);
      }
      const h: Heading = {
        type: 'heading',
        level: marker.level,
        line: i,
        start: marker.start,
        end: rec.end,
        lineSpan: { start: rec.start, end: rec.end },
        marker,
        label,
        title,
        body,
        inline: body ? readInline(rec.inline, body.start) : NO_INLINE,
        section: { start: marker.start, end: rec.end },
        children: NO_HEADINGS, // made below
        blocks: NO_PARAGRAPHS, // made below
      };
      const parent = stack[stack.length - 1];
      if (parent) {
        h.parent = parent;
        const pi = stackIndex[stackIndex.length - 1];
        parentIndex[headings.length] = pi;
        childCount[pi]++;
      } else {
        roots.push(h);
      }
      stack.push(h);
      stackIndex.push(headings.length);
      headings.push(h);
      continue;
    }
    const role = roles[i] ?? 'body';
    const start = contentStart[i];
    const p: Paragraph = {
      type: 'paragraph',
      role,
      line: i,
      start,
      end: contentEnd[i],
      text: content(i),
      inline: readInline(rec.inline, start),
    };
    if (rec.label) p.field = readField(text, rec.label, rec.end);
    paragraphs.push(p);
    if (role !== 'body') byRole[role].push(p);
    else if (stack.length > 0) {
      const owner = stackIndex[stackIndex.length - 1];
      if (childCount[owner] === 0) {
        if (blocksTo[owner] === 0) blocksFrom[owner] = paragraphs.length - 1;
        blocksTo[owner] = paragraphs.length;
      }
    }
  }
  // The headings still open run to the end of the sections.
  for (const h of stack) h.section.end = sectionEnd(h, sectionsEndLine);
  // Children in document order (a parent comes before its children), blocks as their run.
  const filled = ints.subarray(6 * n, 7 * n);
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    h.children = childCount[k] > 0 ? new Array<Heading>(childCount[k]) : [];
    h.blocks = blocksTo[k] > 0 ? paragraphs.slice(blocksFrom[k], blocksTo[k]) : [];
    if (h.parent !== undefined) h.parent.children[filled[parentIndex[k]]++] = h;
  }

  return {
    text,
    lineStarts,
    title: byRole.title,
    residue: byRole.residue,
    preamble: byRole.preamble,
    headings,
    roots,
    paragraphs,
    closing: byRole.closing[0],
    signature: byRole.signature,
    date: byRole.date[0],
    comments,
    errors,
  };
}

function readField(text: string, labelToken: IToken, lineEnd: number): Field {
  const label = readLabel(labelToken);
  const value = trimSpan(text, label.end, lineEnd);
  const field: Field = { label, value };
  if (label.name.startsWith('整改结果')) {
    const m = STATUS_RE.exec(value.text);
    if (m) field.status = m[1];
  }
  return field;
}

export type { Span };
