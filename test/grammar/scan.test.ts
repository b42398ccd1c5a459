// The fast line scanner (grammar/scan.ts) against the reference grammar (the Chevrotain lexer
// and parser): the same tree, field for field, on the real notices, on random edits of them
// and on random text full of markers, labels, comments and odd characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice, parseNoticeReference, type NoticeDocument } from '../../grammar/index.js';
import { corpus, CORPUS, randomEdits } from '../helpers.js';

/** The tree as plain data (parents as line numbers, so it can be compared). */
function plain(doc: NoticeDocument): unknown {
  return JSON.parse(JSON.stringify(doc, (key, value: unknown) => (key === 'parent' ? (value as { line: number }).line : value)));
}

const bits = fc.constantFrom(
  ...['一、', '十一、', '（一）', '(二)', '（三)、', '1.', '2. ', '3.1名', '5.2022年', '94.5%', '13、', '（1）', '(35-1)', '（2）、', '①', '②'],
  ...['一是', '十二是', '统一是', '。二是', '，三是', '（一）是', '整改结果：完成', '反馈问题:', '整改结果及整改情况：', '<!-- 注 -->', '<!-- x --> y'],
  ...['\n', '\r\n', '\r', ' ', '\t', '\u3000', '\u00a0', '\ufeff', '\u0000', '\ud800', '。', '，', '：', '）', '(', '（', '十', '一', '是', '中', 'a', '9'],
);
const noticeLike = fc.array(bits, { maxLength: 200 }).map((a) => a.join(''));
const anyText = fc.oneof(noticeLike, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('the line scanner reads as the Chevrotain grammar does', () => {
  it('on the real notices', () => {
    for (const c of CORPUS) {
      const text = corpus(c);
      expect(plain(parseNotice(text))).toEqual(plain(parseNoticeReference(text)));
      expect(parseNotice(text).errors).toEqual([]);
    }
  });

  it('on random text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(plain(parseNotice(text))).toEqual(plain(parseNoticeReference(text)));
      }),
      { numRuns: 1500 },
    );
  });

  it('on text dense in 一是 and bracket candidates', () => {
    // The scanner looks for 是 and brackets apart (scan.ts); the lexer tries every character.
    const dense = fc.array(fc.constantFrom(...'十一二九是（(）)1２。，、中 \n'), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(dense, (text) => {
        expect(plain(parseNotice(text))).toEqual(plain(parseNoticeReference(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('on random edits of the real notices', () => {
    const texts = CORPUS.map((c) => corpus(c));
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 100 }), insert: noticeLike.map((s) => s.slice(0, 30)) });
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, edits) => {
        const text = randomEdits(texts[which], edits);
        expect(plain(parseNotice(text))).toEqual(plain(parseNoticeReference(text)));
      }),
      { numRuns: 40 },
    );
  });
});
