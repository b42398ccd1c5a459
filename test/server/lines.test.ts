// The written lines and the lines holding given characters, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { linesHolding, writtenLines } from '../../server/model/lines.js';

const chars = fc.constantFrom(...Array.from('一二三四（一）1.、整改结果：截至xX×$巡视组问题。 \u3000\n\r'), '<!-- a -->', '\n一、', '\n（二）');
const noticeText = fc.array(chars, { maxLength: 200 }).map((a) => a.join(''));

describe('written lines', () => {
  it('are the headings (from the marker) and the non-residue paragraphs, in order, and linesHolding finds exactly the lines holding a character', () => {
    fc.assert(
      fc.property(noticeText, fc.subarray(['截', 'x', 'X', '×', '$', '。', '整改', '1.']), (text, wanted) => {
        const doc = parseNotice(text);
        const lines = writtenLines(doc);
        const spans = (l: readonly { start: number; end: number }[]) => l.map((x) => `${x.start}-${x.end}`);
        const expectedSpans = [
          ...doc.headings.map((h) => ({ start: h.marker.start, end: h.lineSpan.end })),
          ...doc.paragraphs.filter((p) => p.role !== 'residue'),
        ].sort((a, b) => a.start - b.start);
        expect(spans(lines)).toEqual(spans(expectedSpans));
        for (let k = 1; k < lines.length; k++) expect(lines[k].start).toBeGreaterThanOrEqual(lines[k - 1].end);
        const lineText = (k: number) => doc.text.slice(lines[k].start, lines[k].end);
        const expected = lines.flatMap((l, k) => (wanted.some((c) => lineText(k).includes(c)) ? [k] : []));
        expect(linesHolding(doc.text, lines, wanted)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
