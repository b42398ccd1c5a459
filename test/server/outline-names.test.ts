// The outline's names and positions (server/features/documentSymbols.ts) take shortcuts: a
// name as one slice of the text when the title follows the marker, positions on the heading's
// line without a search. They must give what the plain definitions give: the marker and title
// concatenated and trimmed, and PositionMapper.positionAt of each offset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice, type Heading } from '../../grammar/index.js';
import { documentSymbols, headingName } from '../../server/features/documentSymbols.js';
import { PositionMapper } from '../../server/positions.js';
import type { DocumentSymbol } from 'vscode-languageserver-types';

const bits = fc.constantFrom(
  ...['一、', '（一）', '(二)、', '1.', '3、', '（1）', '(35-1)', '①', '反馈问题：', '整改结果:', '标题', '。正文', '一是', '（2）'],
  ...['\n', '\r\n', '\r', ' ', '\t', '\u3000', '\u00a0', '\ufeff', '\u2003', '\u200b', '\u205f', '\v', '\f', '。', 'a', ' x ', '中'],
);
const noticeLike = fc.array(bits, { maxLength: 120 }).map((a) => a.join(''));

function flat(symbols: DocumentSymbol[], out: DocumentSymbol[] = []): DocumentSymbol[] {
  for (const s of symbols) {
    out.push(s);
    flat(s.children ?? [], out);
  }
  return out;
}

describe('outline', () => {
  it('names and ranges as the plain definitions give them', () => {
    fc.assert(
      fc.property(noticeLike, (text) => {
        const doc = parseNotice(text);
        const pos = new PositionMapper(text, doc.lineStarts);
        const symbols = flat(documentSymbols(doc, pos));
        const headings: Heading[] = [];
        const walk = (hs: Heading[]) => hs.forEach((h) => (headings.push(h), walk(h.children)));
        walk(doc.roots);
        expect(symbols.length).toBe(headings.length);
        headings.forEach((h, k) => {
          const name = (text.slice(h.marker.start, h.marker.end) + h.title.text).trim() || h.marker.text;
          expect(headingName(h, text)).toBe(name);
          expect(symbols[k].name).toBe(name);
          expect(symbols[k].range).toEqual(pos.range(h.section));
          expect(symbols[k].selectionRange).toEqual(pos.range({ start: h.start, end: h.end }));
        });
      }),
      { numRuns: 1500 },
    );
  });
});
