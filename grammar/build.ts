// From the parser's line records (parser.ts) to the typed tree: headings nested by level,
// paragraphs with their labelled fields and inline enumerations, and the roles of the lines
// around the sections (title, web-page residue, preamble, closing invitation, signature, date).
import type { IToken, TokenType } from 'chevrotain';
import { InlineEnum, InlineNumber, Level1Marker, Level2Marker, Level3Marker, Level4Marker, Level5Marker, trimmed } from './lexer.js';
import { arabicToNumber, chineseToNumber, circledToNumber } from './numerals.js';
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
  TextSpan,
} from './tree.js';

const STATUS_RE =
  /^[ \t\u3000]*(阶段性完成|基本完成|已完成|未完成|完成|长期坚持|长期整改|持续推进|持续整改|正在整改|整改中|已整改到位|未整改到位)/;
const TITLE_RE = /(关于.{0,60}(整改|巡视|巡察).{0,30}(通报|报告|情况)|(巡视|巡察).{0,20}整改.{0,12}(通报|报告))[ \t\u3000]*$/;
const ISSUER_RE = /^(中共|中国共产党)[^，,。:：]{1,60}$|^[^，,。:：]{2,40}(委|工委|委员会|党组|党委|政府)$/;
const PREAMBLE_RE = /^(根据|按照|依据|为)|巡视组|巡察组|巡视意见|巡察意见/;
const CLOSING_RE = /^(欢迎(广大)?(干部群众|社会各界|群众)|欢迎.{0,20}监督)/;
const DATE_LINE_RE = /^([0-9０-９]{2,4}|[〇零一二三四五六七八九]{4})年[0-9０-９〇零一二三四五六七八九十]{1,3}月[0-9０-９〇零一二三四五六七八九十]{1,4}日?$/;
const SENTENCE_END = /[。！？!?]/;
const ARABIC_MARKER_RE = /^([0-9０-９]+)(?:[-－—]([0-9０-９]+))?$/;

const LEVELS = new Map<TokenType, HeadingLevel>([
  [Level1Marker, 1],
  [Level2Marker, 2],
  [Level3Marker, 3],
  [Level4Marker, 4],
  [Level5Marker, 5],
]);

/** One line as the tree reads it. */
interface Line {
  /** Offset of the line's first character and just past its last (before the line break). */
  start: number;
  end: number;
  /** The line without its indentation and trailing spaces. */
  content: TextSpan;
  marker?: IToken;
  comment?: IToken;
  label?: IToken;
  /** 一是 and （1） tokens. */
  marks: IToken[];
}

function lineOf(text: string, r: LineRecord): Line {
  const { start, end } = trimmed(text, r.start, r.end);
  return { start: r.start, end: r.end, content: { start, end, text: text.slice(start, end) }, marker: r.marker, comment: r.comment, label: r.label, marks: r.marks };
}

export function buildTree(text: string, records: LineRecord[], errors: NoticeDocument['errors']): NoticeDocument {
  const lines = records.map((r) => lineOf(text, r));
  const n = lines.length;
  const lineStarts = [0];
  for (const r of records) if (r.next > r.end) lineStarts.push(r.next);

  const comments: Comment[] = [];
  for (let i = 0; i < n; i++) {
    const comment = lines[i].comment;
    if (comment === undefined) continue;
    const { startOffset: start, image } = comment;
    comments.push({ start, end: start + image.length, text: image, line: i, content: image.slice(4, -3).trim() });
  }
  const isMarker = (i: number) => lines[i].marker !== undefined;
  const isBlank = (i: number) => lines[i].content.text === '' || lines[i].comment !== undefined;
  const content = (i: number) => lines[i].content.text;
  const firstMarker = lines.findIndex((l) => l.marker !== undefined);

  // 1. Where the sections end: a closing invitation, else a trailing signature + date line.
  let closingIdx = -1;
  let dateIdx = -1;
  if (firstMarker >= 0) {
    for (let i = firstMarker + 1; i < n; i++) {
      if (!isMarker(i) && CLOSING_RE.test(content(i))) {
        closingIdx = i;
        break;
      }
    }
  }
  const searchFrom = closingIdx >= 0 ? closingIdx + 1 : Math.max(firstMarker + 1, 0);
  for (let i = searchFrom; i < n; i++) {
    if (!isMarker(i) && DATE_LINE_RE.test(content(i))) {
      dateIdx = i; // after a closing, the first date line; without one, the last
      if (closingIdx >= 0) break;
    }
  }
  // Signature lines: short lines without sentence punctuation just before the date line.
  const signatureIdx: number[] = [];
  if (dateIdx >= 0) {
    for (let i = dateIdx - 1; i > (closingIdx >= 0 ? closingIdx : firstMarker) && signatureIdx.length < 4; i--) {
      if (isBlank(i)) continue;
      if (isMarker(i) || lines[i].label !== undefined || content(i).length > 40 || /[。，,；;:：！？]/.test(content(i))) break;
      signatureIdx.unshift(i);
    }
  }
  // The sections end at the closing invitation, else at the signature, else at the date line.
  let sectionsEndLine = n;
  if (closingIdx >= 0) sectionsEndLine = closingIdx;
  else if (signatureIdx.length > 0) sectionsEndLine = signatureIdx[0];
  else if (dateIdx >= 0) sectionsEndLine = dateIdx;

  // 2. The lines before the first heading: title, residue, preamble.
  const roles: ParagraphRole[] = new Array<ParagraphRole>(n).fill('body');
  const headLines = firstMarker >= 0 ? firstMarker : sectionsEndLine;
  let titleIdx = -1;
  for (let i = 0; i < headLines && i < 40; i++) {
    if (isBlank(i)) continue;
    const c = content(i);
    if (c.length <= 100 && !c.includes('。') && TITLE_RE.test(c)) {
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
  for (let i = 0; i < headLines; i++) {
    if (isBlank(i) || roles[i] !== 'body') continue;
    const c = content(i);
    const sentence = c.length >= 20 && c.includes('。');
    const afterTitle = titleIdx < 0 || i > titleIdx;
    roles[i] = afterTitle && sentence && (PREAMBLE_RE.test(c) || firstMarker >= 0) ? 'preamble' : 'residue';
  }
  // 3. After the sections.
  if (closingIdx >= 0) roles[closingIdx] = 'closing';
  for (const i of signatureIdx) roles[i] = 'signature';
  if (dateIdx >= 0) roles[dateIdx] = 'date';
  for (let i = sectionsEndLine; i < n; i++) {
    if (!isBlank(i) && roles[i] === 'body') roles[i] = 'residue';
  }

  // 4. Headings and paragraphs. A heading's section runs to the last content line before the
  // next heading of the same or a higher level: the heading that pops it off the stack.
  const sectionEnd = (h: Heading, stopLine: number): number => {
    for (let i = stopLine - 1; i >= h.line; i--) if (!isBlank(i)) return lines[i].end;
    return h.end;
  };
  const headings: Heading[] = [];
  const roots: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const stack: Heading[] = [];
  for (let i = 0; i < n; i++) {
    if (isBlank(i)) continue;
    const line = lines[i];
    const inSections = firstMarker >= 0 && i >= firstMarker && i < sectionsEndLine;
    if (inSections && line.marker !== undefined) {
      const h = readHeading(text, line, i);
      while (stack.length > 0 && stack[stack.length - 1].level >= h.level) {
        const done = stack.pop()!;
        done.section.end = sectionEnd(done, i);
      }
      const parent = stack[stack.length - 1];
      if (parent !== undefined) {
        h.parent = parent;
        parent.children.push(h);
      } else {
        roots.push(h);
      }
      stack.push(h);
      headings.push(h);
      continue;
    }
    const { start, end, text: pText } = line.content;
    const p: Paragraph = { type: 'paragraph', role: roles[i], line: i, start, end, text: pText, inline: readInline(text, line.marks, start) };
    if (line.label !== undefined) p.field = readField(text, line.label, line.end);
    paragraphs.push(p);
    // A heading's blocks are the paragraphs under it before its first child heading.
    const owner = stack[stack.length - 1];
    if (p.role === 'body' && owner !== undefined && owner.children.length === 0) owner.blocks.push(p);
  }
  // The headings still open run to the end of the sections.
  for (const h of stack) h.section.end = sectionEnd(h, sectionsEndLine);

  const withRole = (role: ParagraphRole) => paragraphs.filter((p) => p.role === role);
  return {
    text,
    lineStarts,
    title: withRole('title'),
    residue: withRole('residue'),
    preamble: withRole('preamble'),
    headings,
    roots,
    paragraphs,
    closing: withRole('closing')[0],
    signature: withRole('signature'),
    date: withRole('date')[0],
    comments,
    errors,
  };
}

/** The heading of line i (its section's end is set when the next heading of its level or higher comes). */
function readHeading(text: string, line: Line, i: number): Heading {
  const marker = readMarker(line.marker!);
  const label = line.label ? readLabel(line.label) : undefined;
  // The title runs to the first sentence end; the rest of the line is the body.
  const found = text.slice(marker.end, line.end).search(SENTENCE_END);
  const titleEnd = found >= 0 ? marker.end + found : line.end;
  const title = trimSpan(text, marker.end, titleEnd);
  const bodySpan = found >= 0 ? trimSpan(text, titleEnd + 1, line.end) : undefined;
  const body = bodySpan && bodySpan.text.length > 0 ? bodySpan : undefined;
  const { level, start } = marker;
  const end = line.end;
  return {
    type: 'heading',
    level,
    line: i,
    start,
    end,
    lineSpan: { start: line.start, end },
    marker,
    label,
    title,
    body,
    inline: body ? readInline(text, line.marks, body.start) : [],
    section: { start, end },
    children: [],
    blocks: [],
  };
}

/** A heading marker: `一、` `（一）` `3.` `（35-1）` `①`, and the doubled `（一）、`. */
function readMarker(token: IToken): HeadingMarker {
  const level = LEVELS.get(token.tokenType)!;
  const { image, startOffset: start } = token;
  const end = start + image.length;
  if (level === 5) {
    return { start, end, text: image, level, value: circledToNumber(image), digits: { start, end, text: image }, numeral: 'circled', open: '', close: '', extra: '' };
  }
  const open = image[0] === '（' || image[0] === '(' ? image[0] : '';
  // The number runs from after the bracket to the first closing punctuation; a second one is `extra`.
  let closeAt = open.length;
  while (closeAt < image.length && !'）)、.．'.includes(image[closeAt])) closeAt++;
  const close = image.slice(closeAt, closeAt + 1);
  const extra = image.slice(closeAt + 1);
  const digits = { start: start + open.length, end: start + closeAt, text: image.slice(open.length, closeAt) };
  if (level <= 2) return { start, end, text: image, level, value: chineseToNumber(digits.text), digits, numeral: 'chinese', open, close, extra };
  // `35` or a split item `35-1` (also －, —).
  const m = ARABIC_MARKER_RE.exec(digits.text);
  const value = m ? arabicToNumber(m[1]) : NaN;
  const part = m?.[2] !== undefined ? arabicToNumber(m[2]) : undefined;
  return { start, end, text: image, level, value, part, digits, numeral: 'arabic', open, close, extra };
}

/** A label `整改结果：` (spaces may stand before the colon). */
function readLabel(token: IToken): FieldLabel {
  const { image, startOffset: start } = token;
  const colon = image.slice(-1);
  return { start, end: start + image.length, text: image, name: image.slice(0, -1).trimEnd(), colon };
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

/** The inline marks (一是, （1）, （一）) among a line's tokens at or after `from`. */
function readInline(text: string, marks: IToken[], from: number): InlineMark[] {
  const out: InlineMark[] = [];
  for (const t of marks) {
    if (t.startOffset < from) continue;
    const start = t.startOffset;
    const end = start + t.image.length;
    if (t.tokenType === InlineEnum) {
      out.push({ start, end, text: t.image, kind: 'shi', value: chineseToNumber(t.image.slice(0, -1)), numeral: 'chinese' });
    } else {
      // （12） or （十二）
      const inner = t.image.slice(1, -1);
      const arabic = /^[0-9０-９]+$/.test(inner);
      out.push({ start, end, text: t.image, kind: 'paren', value: arabic ? arabicToNumber(inner) : chineseToNumber(inner), numeral: arabic ? 'arabic' : 'chinese' });
    }
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): TextSpan {
  const t = trimmed(text, start, end);
  return { start: t.start, end: t.end, text: text.slice(t.start, t.end) };
}
