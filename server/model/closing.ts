// The closing invitation and its contact fields (NOTICE-FORMAT.md §2.5): 欢迎广大干部群众…监督。
// 联系电话：…；邮政信箱：…；电子邮箱：…。 The fields may follow on lines of their own. Read by
// `closing-block` (missing or malformed fields) and `placeholder` (`……` left in a field).
//
// A label is read with its colon, or without one where the writer left the colon out and the
// value follows at once (`联系方式：电话……；邮政信箱……`, `电话0737-6204888`): a template left in
// a notice must show as unfilled fields, not as missing ones. A label without a colon counts
// only at a field boundary (the line's start, after `；` `，` `。` or another label's colon), so
// that prose such as `请通过电话、邮政信箱反映` names no field.
import type { NoticeDocument, Paragraph, TextSpan } from '../../grammar/index.js';
import { memo } from './memo.js';

export type ContactKind = 'phone' | 'postal' | 'email';

export interface ContactField {
  kind: ContactKind;
  /** The label without its colon: `联系电话`, `联系方式`, `邮政信箱` … */
  label: TextSpan;
  /** The value after the colon (or right after a label written without one), up to `；` `。` or the next label (trimmed). */
  value: TextSpan;
  /** Whether the label was written with its colon. */
  colon: boolean;
}

export interface ClosingBlock {
  paragraphs: Paragraph[];
  fields: ContactField[];
}

const LABEL_KIND: [RegExp, ContactKind][] = [
  [/^(联系电话|联系方式|举报电话|监督电话|电话|手机)$/, 'phone'],
  [/^(邮政信箱|通信地址|通讯地址|邮寄地址|来信地址|邮政地址)$/, 'postal'],
  [/^(电子邮箱|电子信箱|电子邮件|邮箱|e-?mail)$/i, 'email'],
];
const LABEL =
  /(联系电话|联系方式|举报电话|监督电话|电话|手机|邮政信箱|通信地址|通讯地址|邮寄地址|来信地址|邮政地址|电子邮箱|电子信箱|电子邮件|邮箱|[Ee]-?mail)[ \t\u3000]*([:：])?/g;
/** What may start a value right after a label written without its colon: a number, a placeholder, an address in Latin letters. */
const VALUE_START = /^(?:[0-9０-９]|[(（][0-9０-９]|[…⋯×╳＊*_＿Ｘｘ]|XX|xx|\.{2}|[A-Za-z0-9._%+-]*[@＠])/;
const CONTACT_LINE =
  /^[^。]{0,6}(联系电话|联系方式|举报电话|电话|邮政信箱|通信地址|通讯地址|电子邮箱|电子信箱|邮箱|[Ee]-?mail)[ \t\u3000]*(?:[:：]|(?=[0-9０-９…⋯×╳＊*_＿]))/;

/** Space, tab or ideographic space. */
const isBlank = (c: string) => ' \t\u3000'.includes(c);
/** `；` `;` `。`: where a contact value ends. */
const endsValue = (c: string) => '；;。'.includes(c);
/** `；` `;`: the separator between fields, after which even an address in words starts a field. */
const isSemicolon = (c: string) => '；;'.includes(c);
/** `；` `;` `，` `,` `。` `：` `:`: the places a field may start. */
const isBoundary = (c: string) => '；;，,。：:'.includes(c);
/** `，` `,` `、`: a separator left at a value's end when the fields are listed with commas. */
const isComma = (c: string) => '，,、'.includes(c);

function trimmed(text: string, start: number, end: number): TextSpan {
  while (start < end && isBlank(text[start])) start++;
  while (end > start && (isBlank(text[end - 1]) || isComma(text[end - 1]))) end--;
  return { start, end, text: text.slice(start, end) };
}

/** The closing invitation, the contact lines right after it, and their fields; undefined without a closing. */
export function closingBlock(doc: NoticeDocument): ClosingBlock | undefined {
  return memo(doc, 'closingBlock', () => readClosingBlock(doc));
}

interface Label {
  name: string;
  kind: ContactKind;
  start: number;
  /** Where the value starts: after the colon, or after the name when there is none. */
  valueStart: number;
  colon: boolean;
}

/** The labels of one paragraph that stand for a field (see the header for labels without a colon). */
function labelsOf(text: string, p: Paragraph): Label[] {
  const out: Label[] = [];
  for (const m of p.text.matchAll(LABEL)) {
    const name = m[1];
    const kind = LABEL_KIND.find(([re]) => re.test(name))?.[1];
    if (!kind) continue;
    const start = p.start + (m.index ?? 0);
    const colon = m[2] !== undefined;
    const valueStart = start + m[0].length;
    if (!colon) {
      let b = start - 1;
      while (b >= p.start && isBlank(text[b])) b--;
      // The character before the label, or '' at the paragraph's start (a boundary too).
      const before = b < p.start ? '' : text[b];
      if (before !== '' && !isBoundary(before)) continue;
      let v = valueStart;
      while (v < p.end && isBlank(text[v])) v++;
      // After `；` a field's value may be anything, or nothing (`；邮政信箱；`); elsewhere it must look like a value.
      const afterSemicolon = before !== '' && isSemicolon(before);
      const empty = v >= p.end || endsValue(text[v]);
      if (!(afterSemicolon && (empty || !isBoundary(text[v]))) && !VALUE_START.test(text.slice(v, v + 40))) continue;
    }
    out.push({ name, kind, start, valueStart, colon });
  }
  return out;
}

function readClosingBlock(doc: NoticeDocument): ClosingBlock | undefined {
  if (!doc.closing) return undefined;
  const paragraphs = [doc.closing];
  const at = doc.paragraphs.indexOf(doc.closing);
  for (let i = at + 1; i < doc.paragraphs.length && paragraphs.length < 6; i++) {
    const p = doc.paragraphs[i];
    // A contact line without a colon (`电话……`) is short and unpunctuated: the parser may take it for a signature line.
    if (p.role === 'date' || !CONTACT_LINE.test(p.text)) break;
    paragraphs.push(p);
  }
  const fields: ContactField[] = [];
  for (const p of paragraphs) {
    const labels = labelsOf(doc.text, p);
    labels.forEach((l, k) => {
      const nextLabel = k + 1 < labels.length ? labels[k + 1].start : p.end;
      let valueEnd = l.valueStart;
      while (valueEnd < nextLabel && !endsValue(doc.text[valueEnd])) valueEnd++;
      const value = trimmed(doc.text, l.valueStart, valueEnd);
      // `联系方式：电话…`: a label that only heads the next one is no field of its own.
      if (value.text.length === 0 && valueEnd === nextLabel && k + 1 < labels.length && !labels[k + 1].colon) return;
      fields.push({ kind: l.kind, label: { start: l.start, end: l.start + l.name.length, text: l.name }, value, colon: l.colon });
    });
  }
  return { paragraphs, fields };
}

const PLACEHOLDER_CHARS = /^[…⋯.。·_＿×╳XxＸｘ＊*\s\u3000\-－]+$/;
const PLACEHOLDER_MARK = /[…⋯_＿×╳＊*]|XX|xx|ＸＸ|ｘｘ|\.{3}/;

/** A value that is nothing but a template's placeholder: `……`, `××`, `XXXX`, `＊＊`, `___`, `...`. */
export function isPlaceholderValue(value: string): boolean {
  return PLACEHOLDER_CHARS.test(value) && PLACEHOLDER_MARK.test(value);
}

/** Whether a value holds a placeholder among other text (`××××@163.com`): a draft, not a malformed value. */
export function holdsPlaceholder(value: string): boolean {
  return /[…⋯×╳＊]|_{2,}|＿{2,}|\*{2,}|\.{3}/.test(value);
}
