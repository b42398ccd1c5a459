// The closing invitation and its contact fields (NOTICE-FORMAT.md §2.5): 欢迎广大干部群众…监督。
// 联系电话：…；邮政信箱：…；电子邮箱：…。 The fields may follow on lines of their own. Read by
// `closing-block` (missing or malformed fields) and `placeholder` (`……` left in a field).
import type { NoticeDocument, Paragraph, TextSpan } from '../../grammar/index.js';
import { memo } from './memo.js';

export type ContactKind = 'phone' | 'postal' | 'email';

export interface ContactField {
  kind: ContactKind;
  /** The label without its colon: `联系电话`, `联系方式`, `邮政信箱` … */
  label: TextSpan;
  /** The value after the colon, up to `；` `。` or the next label (trimmed). */
  value: TextSpan;
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
const LABEL = /(联系电话|联系方式|举报电话|监督电话|电话|手机|邮政信箱|通信地址|通讯地址|邮寄地址|来信地址|邮政地址|电子邮箱|电子信箱|电子邮件|邮箱|[Ee]-?mail)[ \t\u3000]*[:：]/g;
const CONTACT_LINE = /^[^。]{0,6}(联系电话|联系方式|举报电话|电话|邮政信箱|通信地址|通讯地址|电子邮箱|电子信箱|邮箱|[Ee]-?mail)[ \t\u3000]*[:：]/;

/** text[start, end) without the spaces, tabs and ideographic spaces around it. */
function trimmed(text: string, start: number, end: number): TextSpan {
  while (start < end && ' \t\u3000'.includes(text[start])) start++;
  while (end > start && ' \t\u3000'.includes(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

/** The closing invitation, the contact lines right after it, and their fields; undefined without a closing. */
export function closingBlock(doc: NoticeDocument): ClosingBlock | undefined {
  return memo(doc, 'closingBlock', () => readClosingBlock(doc));
}

function readClosingBlock(doc: NoticeDocument): ClosingBlock | undefined {
  let block: ClosingBlock | undefined;
  if (doc.closing) {
    const paragraphs = [doc.closing];
    const at = doc.paragraphs.indexOf(doc.closing);
    for (let i = at + 1; i < doc.paragraphs.length && paragraphs.length < 6; i++) {
      const p = doc.paragraphs[i];
      if (p.role === 'signature' || p.role === 'date' || !CONTACT_LINE.test(p.text)) break;
      paragraphs.push(p);
    }
    const fields: ContactField[] = [];
    for (const p of paragraphs) {
      const labels = [...p.text.matchAll(LABEL)];
      labels.forEach((m, k) => {
        const name = m[1];
        const kind = LABEL_KIND.find(([re]) => re.test(name))?.[1];
        if (!kind) return;
        const labelStart = p.start + (m.index ?? 0);
        const valueStart = labelStart + m[0].length;
        const nextLabel = k + 1 < labels.length ? p.start + (labels[k + 1].index ?? 0) : p.end;
        // The value ends at the next label or at a `；` `;` `。`.
        const end = doc.text.slice(valueStart, nextLabel).search(/[；;。]/);
        const valueEnd = end < 0 ? nextLabel : valueStart + end;
        fields.push({
          kind,
          label: { start: labelStart, end: labelStart + name.length, text: name },
          value: trimmed(doc.text, valueStart, valueEnd),
        });
      });
    }
    block = { paragraphs, fields };
  }
  return block;
}
