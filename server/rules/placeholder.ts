// placeholder: text left from a template or a snippet — `××`, `XX`/`xx` in names (`党的XX大`),
// `${1:…}` / `$1`, and `……` standing alone as the value of a contact field. `……` in running
// text is an ellipsis and never reported; a lone `×` between digits is a multiplication.
import { closingBlock } from '../model/closing.js';
import { linesHolding, writtenLines } from '../model/lines.js';
import type { Rule } from './types.js';

const PLACEHOLDER = /[×╳]+|[Ｘｘ]{2,}|(?<![A-Za-z])(?:XX+|xx+)(?![A-Za-z])|\$\{[^}\r\n]*\}|(?<![A-Za-z])\$[0-9](?![0-9])/g;
/** Every placeholder starts with one of these. */
const PLACEHOLDER_START = ['×', '╳', 'Ｘ', 'ｘ', 'X', 'x', '$'];
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60“”]/u;
const DIGIT = /[0-9０-９]/;
const LATIN_TAIL = /[A-Za-z0-9_\-.@]/;
/** A contact value that is nothing but dots, ellipses or underscores. */
const EMPTY_VALUE = /^[…\.。·_＿\s\u3000-]*[…_＿][…\.。·_＿\s\u3000-]*$/;

export const placeholder: Rule = {
  id: 'placeholder',
  severity: 'warning',
  tags: ['writing'],
  check(ctx) {
    const { doc } = ctx;
    // Most lines hold none of the characters a placeholder starts with: the text is searched for each of them once.
    const lines = writtenLines(doc);
    for (const k of linesHolding(doc.text, lines, PLACEHOLDER_START)) {
      const line = lines[k];
      const s = doc.text.slice(line.start, line.end);
      for (const m of s.matchAll(PLACEHOLDER)) {
        const text = m[0];
        const i = m.index ?? 0;
        const before = s[i - 1] ?? '';
        const after = s[i + text.length] ?? '';
        if (text[0] === '×' || text[0] === '╳') {
          if (text.length === 1 && DIGIT.test(before) && DIGIT.test(after)) continue; // 3×4
        } else if (text[0] === 'X' || text[0] === 'x') {
          // In a Chinese name (党的XX大, XX县), not Latin text or a model number (xx-100A).
          const name = (CJK.test(before) && !LATIN_TAIL.test(after)) || (CJK.test(after) && !LATIN_TAIL.test(before));
          if (!name) continue;
        }
        const snippet = text[0] === '$';
        ctx.report({
          span: { start: line.start + i, end: line.start + i + text.length },
          message: ctx.t(snippet ? 'placeholder.snippet' : 'placeholder.template', { text }),
        });
      }
    }
    for (const f of closingBlock(doc)?.fields ?? []) {
      if (EMPTY_VALUE.test(f.value.text)) {
        ctx.report({ span: f.value, message: ctx.t('placeholder.contact', { label: f.label.text, text: f.value.text }) });
      }
    }
  },
};
