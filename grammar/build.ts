// From the lines (scan.ts: the scanner's, or the Chevrotain parser's records through linesOf)
// to the typed tree: headings nested by level, paragraphs with their labelled fields and inline
// enumerations, and the roles of the lines around the sections (title, web-page residue,
// preamble, closing invitation, signature, date line).
import type { IToken } from 'chevrotain';
import { LABELS, afterSpaces, beforeSpaces } from './lexer.js';
import { chineseValue, circledToNumber, numberToChinese } from './numerals.js';
import { HEAD_COMMENT, HEAD_NONE, headOf, MARK_SHI, type Lines } from './scan.js';
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
  const head = headOf(t.tokenType);
  if (head === HEAD_NONE || head === HEAD_COMMENT) throw new Error('not a marker');
  return head as HeadingLevel;
}

/** Where a marker's number ends: before its closing `）` `)` `、` `.` `．`: that punctuation as a string ('' for none). */
function markerClose(c: number): string | undefined {
  switch (c) {
    case 0xff09:
      return '）';
    case 0x29:
      return ')';
    case 0x3001:
      return '、';
    case 0x2e:
      return '.';
    case 0xff0e:
      return '．';
    default:
      return undefined;
  }
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
  const m = markerOf(t.image, 0, t.image.length, levelOf(t));
  const at = t.startOffset;
  m.start += at;
  m.end += at;
  m.digits.start += at;
  m.digits.end += at;
  return m;
}

/**
 * The marker text[start, end). Its one-character parts (open, close) are taken from constants by
 * code, not cut out (a string of one CJK character is a new object each time), and its text and
 * digits too when they are written as most are (writtenAs).
 */
function markerOf(text: string, start: number, end: number, level: HeadingLevel): HeadingMarker {
  if (level === 5) {
    const s = text.slice(start, end);
    return { start, end, text: s, level, value: circledToNumber(s), digits: { start, end, text: s }, numeral: 'circled', open: '', close: '', extra: '' };
  }
  const first = text.charCodeAt(start);
  const open = first === 0xff08 ? '（' : first === 0x28 ? '(' : '';
  const i = open === '' ? start : start + 1;
  let j = i;
  let close: string | undefined;
  while (j < end && (close = markerClose(text.charCodeAt(j))) === undefined) j++;
  const extra = j + 1 < end ? text.slice(j + 1, end) : '';
  if (level === 1 || level === 2) {
    const value = chineseValue(text, i, j);
    const s = writtenAs(level === 1 ? LEVEL1_MARKERS : open === '（' ? FULL_CHINESE_PARENS : HALF_CHINESE_PARENS, value, text, start, end);
    const digits: TextSpan = { start: i, end: j, text: writtenAs(CHINESE_NUMBERS, value, text, i, j) };
    return { start, end, text: s, level, value, digits, numeral: 'chinese', open, close: close ?? '', extra };
  }
  // `35` or `35-1` (also －, —): read by hand, as the regex ^([0-9]+)(?:[-－—]([0-9]+))?$ would.
  let k = i;
  while (k < j && isAsciiDigit(text.charCodeAt(k))) k++;
  let value = k > i ? arabicValue(text, i, k) : NaN;
  let part: number | undefined;
  if (k > i && k < j) {
    const dash = text.charCodeAt(k);
    part = dash === 0x2d /* - */ || dash === 0xff0d /* － */ || dash === 0x2014 /* — */ ? arabicValue(text, k + 1, j) : NaN;
    if (Number.isNaN(part)) {
      value = NaN;
      part = undefined;
    }
  }
  // A split item (35-1) is no form of one number: cut out.
  const whole = part === undefined ? value : NaN;
  const forms = level === 4 ? (open === '（' ? FULL_ARABIC_PARENS : HALF_ARABIC_PARENS) : close === '.' ? DOT_MARKERS : close === '．' ? FULL_DOT_MARKERS : COMMA_MARKERS;
  const digits: TextSpan = { start: i, end: j, text: writtenAs(ARABIC_NUMBERS, whole, text, i, j) };
  return { start, end, text: writtenAs(forms, whole, text, start, end), level, value, part, digits, numeral: 'arabic', open, close: close ?? '', extra };
}

/** The numbers 1 … 99 as notices write them, made once: most markers and inline marks are one of these forms, and need no new string. */
const CHINESE_NUMBERS: string[] = [];
const ARABIC_NUMBERS: string[] = [];
for (let v = 1; v < 100; v++) {
  CHINESE_NUMBERS[v] = numberToChinese(v);
  ARABIC_NUMBERS[v] = String(v);
}
/** `${before}${n}${after}` for each of `numbers` (flat strings: under 13 characters, a concatenation is not a rope). */
function framed(numbers: string[], before: string, after: string): string[] {
  return numbers.map((n) => before + n + after);
}
const LEVEL1_MARKERS = framed(CHINESE_NUMBERS, '', '、');
const FULL_CHINESE_PARENS = framed(CHINESE_NUMBERS, '（', '）');
const HALF_CHINESE_PARENS = framed(CHINESE_NUMBERS, '(', ')');
const DOT_MARKERS = framed(ARABIC_NUMBERS, '', '.');
const FULL_DOT_MARKERS = framed(ARABIC_NUMBERS, '', '．');
const COMMA_MARKERS = framed(ARABIC_NUMBERS, '', '、');
const FULL_ARABIC_PARENS = framed(ARABIC_NUMBERS, '（', '）');
const HALF_ARABIC_PARENS = framed(ARABIC_NUMBERS, '(', ')');
const SHI_MARKS = framed(CHINESE_NUMBERS, '', '是');

/** s[from, to), where `value` is the number written in it: the string of `forms` for it when it is written so, else cut out. */
function writtenAs(forms: string[], value: number, s: string, from: number, to: number): string {
  const known = value > 0 && value < 100 ? forms[value] : undefined;
  return known !== undefined && known.length === to - from && s.startsWith(known, from) ? known : s.slice(from, to);
}

/**
 * LABELS by their first and last character and their length, which tell them apart (a clash
 * would only cost the fallback in readLabel): a label's name is found with one lookup and one
 * comparison. With the label as most are written (name and colon): the strings are constants.
 */
const LABEL_BY_ENDS = new Map<number, { name: string; full: string; half: string }>();
function labelKey(first: number, last: number, length: number): number {
  return (((first << 5) ^ last) << 4) + length; // within a small integer: codes are 16 bits, lengths under 16
}
for (const name of LABELS) {
  const key = labelKey(name.charCodeAt(0), name.charCodeAt(name.length - 1), name.length);
  if (!LABEL_BY_ENDS.has(key)) LABEL_BY_ENDS.set(key, { name, full: name + '：', half: name + ':' });
}

/** The label text[start, end): its name is the entry of LABELS it is (without the spaces and colon), as LABEL_RE (lexer.ts) took it. */
function readLabel(text: string, start: number, end: number): FieldLabel {
  const colonAt = end - 1;
  const colon = text.charCodeAt(colonAt) === 0xff1a ? '：' : ':';
  const nameEnd = beforeSpaces(text, start, colonAt);
  const known = LABEL_BY_ENDS.get(labelKey(text.charCodeAt(start), text.charCodeAt(nameEnd - 1), nameEnd - start));
  if (known !== undefined && text.startsWith(known.name, start)) {
    const written = nameEnd < colonAt ? text.slice(start, end) : colon === '：' ? known.full : known.half;
    return { start, end, text: written, name: known.name, colon };
  }
  return { start, end, text: text.slice(start, end), name: text.slice(start, colonAt).trimEnd(), colon };
}

/**
 * The inline marks of a heading or paragraph without any: one array for all of them (most
 * lines have none). Nothing writes to a tree's `inline` arrays (test/grammar/shared-empty.test.ts
 * freezes this one and runs every feature over the corpus).
 */
export const NO_INLINE: InlineMark[] = [];

/** The inline marks of line i at or after `from`, read from the text in place, in an array of their number. */
function readInline(text: string, lines: Lines, i: number, from: number): InlineMark[] {
  const all = lines.marks;
  const to = lines.marksTo[i];
  let k = i > 0 ? lines.marksTo[i - 1] : 0;
  while (k < to && all[3 * k + 1] < from) k++;
  if (k === to) return NO_INLINE;
  // At its size: an array grown by push holds room for 17 from the first one.
  const marks = new Array<InlineMark>(to - k);
  for (let m = 0; k < to; k++, m++) {
    const start = all[3 * k + 1];
    const end = all[3 * k + 2];
    if (all[3 * k] === MARK_SHI) {
      const value = chineseValue(text, start, end - 1);
      marks[m] = { start, end, text: writtenAs(SHI_MARKS, value, text, start, end), kind: 'shi', value, numeral: 'chinese' };
    } else {
      // （12） or （十二）: ASCII digits inside are read as a number (arabicValue is NaN for anything else).
      const arabic = arabicValue(text, start + 1, end - 1);
      const isArabic = !Number.isNaN(arabic);
      const value = isArabic ? arabic : chineseValue(text, start + 1, end - 1);
      const full = text.charCodeAt(start) === 0xff08;
      const forms = isArabic ? (full ? FULL_ARABIC_PARENS : HALF_ARABIC_PARENS) : full ? FULL_CHINESE_PARENS : HALF_CHINESE_PARENS;
      marks[m] = { start, end, text: writtenAs(forms, value, text, start, end), kind: 'paren', value, numeral: isArabic ? 'arabic' : 'chinese' };
    }
  }
  return marks;
}

/** Trim spaces (ASCII, tab, U+3000, NBSP, BOM) off both ends of text[start, end). */
function trimSpan(text: string, start: number, end: number): TextSpan {
  start = afterSpaces(text, start, end);
  end = beforeSpaces(text, start, end);
  return { start, end, text: text.slice(start, end) };
}

/**
 * A heading's children and blocks when it has none: one array for all of them, as NO_INLINE
 * (most headings have no children; shared-empty.test.ts freezes these too).
 */
export const NO_HEADINGS: Heading[] = [];
export const NO_PARAGRAPHS: Paragraph[] = [];

/** The first sentence end of a heading line, or the line break after it (the search stops there, not at the text's end). */
const SENTENCE_END_OR_BREAK = /[。！？!?\r\n]/g;

/** The longest line DATE_LINE_RE can match (2024年12月31日, 二〇二一年十二月三十一日): longer lines are not tested. */
const DATE_LINE_MAX = 14;

/** Paragraph roles by code (in Int32Array columns): 0 is body, where no other role is set. */
const ROLES: ParagraphRole[] = ['body', 'title', 'residue', 'preamble', 'closing', 'signature', 'date'];
const TITLE = 1;
const RESIDUE = 2;
const PREAMBLE = 3;
const CLOSING = 4;
const SIGNATURE = 5;
const DATE = 6;

export function buildTree(text: string, lines: Lines, errors: NoticeDocument['errors']): NoticeDocument {
  const n = lines.count;
  // Each line's content (without the indentation and trailing spaces) as offsets: the text of a
  // line is only cut out where it is tested or kept.
  const { contentStart, contentEnd, head, headEnd, labelEnd } = lines;
  const lineEnd = lines.end;
  const comments: Comment[] = [];
  let firstMarker = -1;
  let markers = 0;
  for (let i = 0; i < n; i++) {
    if (head[i] === HEAD_COMMENT) {
      const start = contentStart[i];
      const end = headEnd[i];
      comments.push({ start, end, text: text.slice(start, end), line: i, content: text.slice(start + 4, end - 3).trim() });
    } else if (head[i] !== HEAD_NONE) {
      if (firstMarker < 0) firstMarker = i;
      markers++;
    }
  }
  // The integers kept by heading (at most one a marker line), in one typed array cut in views.
  const ints = new Int32Array(5 * markers);
  const isMarker = (i: number) => head[i] !== HEAD_NONE && head[i] !== HEAD_COMMENT;
  const isBlank = (i: number) => contentStart[i] === contentEnd[i] || head[i] === HEAD_COMMENT;
  const content = (i: number) => text.slice(contentStart[i], contentEnd[i]);
  /** Whether line i's content starts with the character code c (a cheap test before a regex). */
  const startsWith = (i: number, c: number) => contentStart[i] < contentEnd[i] && text.charCodeAt(contentStart[i]) === c;

  // 1. Where the sections end: a closing invitation, else a trailing signature + date line.
  let closingIdx = -1;
  let dateIdx = -1;
  if (firstMarker >= 0) {
    for (let i = firstMarker + 1; i < n; i++) {
      if (!isMarker(i) && startsWith(i, 0x6b22 /* 欢 */) && CLOSING_RE.test(content(i))) {
        closingIdx = i;
        break;
      }
    }
  }
  const searchFrom = closingIdx >= 0 ? closingIdx + 1 : Math.max(firstMarker + 1, 0);
  for (let i = searchFrom; i < n; i++) {
    if (!isMarker(i) && contentEnd[i] - contentStart[i] <= DATE_LINE_MAX && DATE_LINE_RE.test(content(i))) {
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
      if (isMarker(i) || labelEnd[i] >= 0 || contentEnd[i] - contentStart[i] > 40 || /[。，,；;:：！？]/.test(content(i))) break;
      signatureIdx.unshift(i);
    }
  }
  // The sections end at the closing invitation, else at the signature, else at the date line.
  let sectionsEndLine = n;
  if (closingIdx >= 0) sectionsEndLine = closingIdx;
  else if (signatureIdx.length > 0) sectionsEndLine = signatureIdx[0];
  else if (dateIdx >= 0) sectionsEndLine = dateIdx;

  // 2. The lines before the first heading: title, residue, preamble. Roles by line index (body where unset).
  const headLines = firstMarker >= 0 ? firstMarker : sectionsEndLine;
  // In the column the scan made for them (no ArrayBuffer of their own), zeroed as buildTree may be run again on the same lines.
  const roles = lines.scratch.subarray(0, n);
  roles.fill(0);
  let titleIdx = -1;
  for (let i = 0; i < headLines && i < 40; i++) {
    if (isBlank(i)) continue;
    const c = content(i);
    if (c.length <= 100 && !/[。]/.test(c) && TITLE_RE.test(c)) {
      titleIdx = i;
      break;
    }
  }
  if (titleIdx >= 0) {
    roles[titleIdx] = TITLE;
    // An issuer line just above (blank lines between allowed): 中共益阳高新区工委
    for (let i = titleIdx - 1; i >= 0; i--) {
      if (isBlank(i)) continue;
      if (ISSUER_RE.test(content(i))) roles[i] = TITLE;
      break;
    }
  }
  for (let i = 0; i < headLines; i++) {
    if (isBlank(i) || roles[i] !== 0) continue;
    const c = content(i);
    const sentence = c.length >= 20 && /[。]/.test(c);
    const afterTitle = titleIdx < 0 || i > titleIdx;
    roles[i] = afterTitle && sentence && (PREAMBLE_RE.test(c) || firstMarker >= 0) ? PREAMBLE : RESIDUE;
  }
  // 3. After the sections.
  if (closingIdx >= 0) roles[closingIdx] = CLOSING;
  for (const i of signatureIdx) roles[i] = SIGNATURE;
  if (dateIdx >= 0) roles[dateIdx] = DATE;
  for (let i = sectionsEndLine; i < n; i++) {
    if (!isBlank(i) && roles[i] === 0) roles[i] = RESIDUE;
  }

  // 4. Headings and paragraphs. A heading's section runs to the last content line before the
  // next heading of the same or a higher level: the heading that pops it off the stack.
  const sectionEnd = (h: Heading, stopLine: number): number => {
    for (let i = stopLine - 1; i >= h.line; i--) if (!isBlank(i)) return lineEnd[i];
    return h.end;
  };
  const headings: Heading[] = [];
  const roots: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  // The paragraphs of each role but body, by role code.
  const byRole: Paragraph[][] = [NO_PARAGRAPHS /* body: never pushed to */, [], [], [], [], [], []];
  const stack: Heading[] = [];
  // A heading's children and blocks are made once they are all known, at their size: arrays
  // grown by push hold room for 17 entries from the first one. By heading index: the number of
  // children, and the blocks as a run of `paragraphs` (a heading's blocks are the body
  // paragraphs from it to its first child heading, which follow each other there: every
  // paragraph within the sections is a body one).
  const childCount = ints.subarray(0, markers);
  const blocksFrom = ints.subarray(markers, 2 * markers);
  const blocksTo = ints.subarray(2 * markers, 3 * markers);
  const parentIndex = ints.subarray(3 * markers, 4 * markers);
  const stackIndex: number[] = [];
  for (let i = 0; i < n; i++) {
    if (isBlank(i)) continue;
    const end = lineEnd[i];
    const inSections = firstMarker >= 0 && i >= firstMarker && i < sectionsEndLine;
    if (inSections && isMarker(i)) {
      const marker = markerOf(text, contentStart[i], headEnd[i], head[i] as HeadingLevel);
      const label = labelEnd[i] >= 0 ? readLabel(text, headEnd[i], labelEnd[i]) : undefined;
      const afterMarker = marker.end;
      // test, not exec: the one-character match ends at lastIndex, and no result array is made.
      SENTENCE_END_OR_BREAK.lastIndex = afterMarker;
      const found = SENTENCE_END_OR_BREAK.test(text) ? SENTENCE_END_OR_BREAK.lastIndex - 1 : -1;
      const sentenceEnd = found >= 0 && found < end ? found : -1;
      const titleEnd = sentenceEnd >= 0 ? sentenceEnd : end;
      const title = trimSpan(text, afterMarker, titleEnd);
      const bodySpan = sentenceEnd >= 0 ? trimSpan(text, titleEnd + 1, end) : undefined;
      const body = bodySpan && bodySpan.text.length > 0 ? bodySpan : undefined;
      while (stack.length > 0 && stack[stack.length - 1].level >= marker.level) {
        const done = stack.pop()!;
        stackIndex.pop();
        done.section.end = sectionEnd(done, i);
      }
      const { level, start } = marker;
      const lineSpan = { start: lines.lineStarts[i], end };
      const inline = body ? readInline(text, lines, i, body.start) : NO_INLINE;
      const section = { start, end };
      const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
      // Two literals rather than one and `h.parent = parent` after it: a property added to an
      // object later takes a new backing store (an allocation) each time. The same for a
      // paragraph's field. (Children and blocks are made below, if any.)
      const h: Heading =
        parent === undefined
          ? { type: 'heading', level, line: i, start, end, lineSpan, marker, label, title, body, inline, section, children: NO_HEADINGS, blocks: NO_PARAGRAPHS }
          : { type: 'heading', level, line: i, start, end, lineSpan, marker, label, title, body, inline, section, children: NO_HEADINGS, blocks: NO_PARAGRAPHS, parent };
      if (parent !== undefined) {
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
    const role = roles[i];
    const start = contentStart[i];
    const pEnd = contentEnd[i];
    const pText = content(i);
    const inline = readInline(text, lines, i, start);
    const p: Paragraph =
      labelEnd[i] < 0
        ? { type: 'paragraph', role: ROLES[role], line: i, start, end: pEnd, text: pText, inline }
        : { type: 'paragraph', role: ROLES[role], line: i, start, end: pEnd, text: pText, inline, field: readField(text, headEnd[i], labelEnd[i], end) };
    paragraphs.push(p);
    if (role !== 0) byRole[role].push(p);
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
  const filled = ints.subarray(4 * markers, 5 * markers);
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    if (childCount[k] > 0) h.children = new Array<Heading>(childCount[k]);
    if (blocksTo[k] > 0) h.blocks = paragraphs.slice(blocksFrom[k], blocksTo[k]);
    if (h.parent !== undefined) h.parent.children[filled[parentIndex[k]]++] = h;
  }

  return {
    text,
    lineStarts: lines.lineStarts,
    title: byRole[TITLE],
    residue: byRole[RESIDUE],
    preamble: byRole[PREAMBLE],
    headings,
    roots,
    paragraphs,
    closing: byRole[CLOSING][0],
    signature: byRole[SIGNATURE],
    date: byRole[DATE][0],
    comments,
    errors,
  };
}

function readField(text: string, labelStart: number, labelEnd: number, lineEnd: number): Field {
  const label = readLabel(text, labelStart, labelEnd);
  const value = trimSpan(text, label.end, lineEnd);
  const field: Field = { label, value };
  if (label.name.startsWith('整改结果')) {
    const m = STATUS_RE.exec(value.text);
    if (m) field.status = m[1];
  }
  return field;
}

export type { Span };
