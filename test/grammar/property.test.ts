// Any text parses: random Unicode and random edits of the real notices never make the parser
// throw, every range lies inside the text, and children lie inside their parents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice, type NoticeDocument, type Span } from '../../grammar/index.js';
import { corpus, CORPUS } from '../helpers.js';

function checkTree(doc: NoticeDocument): void {
  const n = doc.text.length;
  const inside = (s: Span | undefined) => {
    if (!s) return;
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(n);
    expect(s.start).toBeLessThanOrEqual(s.end);
  };
  for (const h of doc.headings) {
    for (const s of [h, h.lineSpan, h.marker, h.marker.digits, h.title, h.body, h.label, h.section]) inside(s);
    expect(h.section.start).toBeLessThanOrEqual(h.start);
    expect(h.section.end).toBeGreaterThanOrEqual(h.end);
    expect(doc.text.slice(h.marker.start, h.marker.end)).toBe(h.marker.text);
    if (h.parent) {
      expect(h.parent.level).toBeLessThan(h.level);
      expect(h.section.start).toBeGreaterThanOrEqual(h.parent.section.start);
      expect(h.section.end).toBeLessThanOrEqual(h.parent.section.end);
    }
  }
  for (const p of doc.paragraphs) {
    inside(p);
    expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    for (const m of p.inline) inside(m);
    if (p.field) {
      inside(p.field.label);
      inside(p.field.value);
    }
  }
  const starts = doc.lineStarts;
  for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]);
}

const noticeChars = fc.constantFrom(
  ...Array.from('一二三四五六七八九十（）()、.．:：。，是整改结果情况反馈问题①②0123456789- \t\u3000\n\r\ufeff<!->年月日%'),
);
const noticeText = fc.array(noticeChars, { maxLength: 400 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), noticeText);

describe('parser robustness', () => {
  it('never throws on random text, and every range is valid', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = parseNotice(text);
        checkTree(doc);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on random edits of the corpus notices', () => {
    const texts = CORPUS.map((c) => corpus(c));
    const edit = fc.record({
      doc: fc.integer({ min: 0, max: texts.length - 1 }),
      at: fc.nat(),
      del: fc.nat({ max: 200 }),
      insert: fc.oneof(noticeText, fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('\r\n', '\r', '\n（', '3.', '(35-')),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let text = texts[edits[0].doc];
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
        }
        checkTree(parseNotice(text));
      }),
      { numRuns: 60 },
    );
  });
});
