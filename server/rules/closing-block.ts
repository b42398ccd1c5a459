// closing-block: the contact details of the closing invitation (NOTICE-FORMAT.md §2.5) — a
// phone number (联系电话, often written 联系方式), a postal address (邮政信箱) and an e-mail
// address (电子邮箱) — and whether the phone numbers and e-mail addresses are well formed.
// A field that is there but unfilled (`……`, `××`, with or without its colon) is not missing:
// `placeholder` reports it. A phone number written without a label counts as the phone.
import { closingBlock, holdsPlaceholder, isPlaceholderValue, type ContactKind } from '../model/closing.js';
import type { MessageKey } from '../l10n/index.js';
import type { Rule } from './types.js';

const PHONE = /(?:[(（][0-9]{3,4}[)）])?[0-9０-９][0-9０-９\-－— ]*[0-9０-９]/g;
const EMAIL_LIKE = /[A-Za-z0-9._%+\-@＠]*[@＠][A-Za-z0-9._%+\-@＠]*|[A-Za-z0-9._%+-]+\.(?:com|cn|net|org|gov)[A-Za-z.]*/gi;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** Digits only, with an extension (`-8001`, `转8001`) dropped. */
function phoneDigits(token: string): string {
  const groups = token.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)).split(/[^0-9]+/).filter(Boolean);
  if (groups.length >= 3 && groups[groups.length - 1].length <= 5 && groups[0].startsWith('0')) groups.pop();
  return groups.join('');
}

function validPhone(token: string): boolean {
  const d = phoneDigits(token);
  return (
    /^0[1-9][0-9]{8,10}$/.test(d) || // area code + local number: 010-12345678, 0731-84012157, 0737-6204888
    /^1[3-9][0-9]{9}$/.test(d) || // mobile
    /^1[0-9]{4}$/.test(d) || // service numbers: 12345, 12388, 12380
    /^9[0-9]{4,5}$/.test(d) ||
    /^[48]00[0-9]{7}$/.test(d) ||
    /^[2-9][0-9]{6,7}$/.test(d) // local number without area code
  );
}

const KINDS: ContactKind[] = ['phone', 'postal', 'email'];

export const closingBlockRule: Rule = {
  id: 'closing-block',
  severity: 'information',
  tags: ['writing'],
  check(ctx) {
    const block = closingBlock(ctx.doc);
    if (!block) return;
    const text = block.paragraphs.map((p) => p.text).join('\n');
    const present = new Set(block.fields.map((f) => f.kind));
    if (/[@＠]/.test(text)) present.add('email');
    if (!present.has('phone') && [...text.matchAll(PHONE)].some((m) => phoneDigits(m[0]).length >= 7 && validPhone(m[0].trim()))) present.add('phone');
    const closing = block.paragraphs[0];
    for (const kind of KINDS) {
      if (present.has(kind)) continue;
      const last = block.paragraphs[block.paragraphs.length - 1];
      ctx.report({
        span: { start: closing.start, end: last.end },
        message: ctx.t('closing-block.missing', { field: ctx.t(`closing-block.field.${kind}` as MessageKey) }),
      });
    }
    for (const f of block.fields) {
      const v = f.value;
      if (v.text.length === 0) {
        ctx.report({ span: f.label, message: ctx.t('closing-block.emptyField', { label: f.label.text }) });
        continue;
      }
      if (isPlaceholderValue(v.text) || holdsPlaceholder(v.text)) continue;
      if (f.kind === 'phone') {
        for (const m of v.text.matchAll(PHONE)) {
          const token = m[0].trim();
          if (validPhone(token)) continue;
          const start = v.start + (m.index ?? 0);
          ctx.report({ span: { start, end: start + m[0].length }, message: ctx.t('closing-block.badPhone', { text: token }) });
        }
      } else if (f.kind === 'email') {
        const candidates = [...v.text.matchAll(EMAIL_LIKE)];
        if (candidates.length === 0 && /[A-Za-z0-9]/.test(v.text)) {
          ctx.report({ span: v, message: ctx.t('closing-block.badEmail', { text: v.text }) });
        }
        for (const m of candidates) {
          if (EMAIL.test(m[0])) continue;
          const start = v.start + (m.index ?? 0);
          ctx.report({ span: { start, end: start + m[0].length }, message: ctx.t('closing-block.badEmail', { text: m[0] }) });
        }
      }
    }
  },
};
