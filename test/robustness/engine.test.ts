// Any text, however broken, through the engine (every registered rule) and every provider:
// random Unicode (CJK, lone surrogates, NUL, control characters), random edits of the real
// notices, mixed line breaks and a BOM. Nothing throws, every range is valid, and fixes never
// take away the writer's words. The checker itself is shown to catch a fix that drops text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';
import type { Rule } from '../../server/rules/types.js';
import { corpus, CORPUS, findingsAt, outlineLines, randomEdits } from '../helpers.js';
import { checkEverything, isSubsequence, writerText } from './check.js';

const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const noticeBits = fc.constantFrom(
  '一、', '（一）', '(二)', '1.', '3.1名', '（1）', '(35-1)', '①', '一是', '二是', '整改结果：完成', '反馈问题：',
  '\n', '\r\n', '\r', '\u3000', '\t', '\ufeff', '\u0000', '。', '，', '60个问题，已完成整改31个', '<!-- x -->', '2021年8月25日',
);
const piece = fc.oneof(cjk, control, surrogate, noticeBits, fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
const brokenText = fc.array(piece, { maxLength: 300 }).map((a) => a.join(''));

describe('the engine and the providers on any text', () => {
  it('never throw on random Unicode; every range is valid; fixes keep the writer text', () => {
    fc.assert(
      fc.property(brokenText, fc.array(fc.nat(), { maxLength: 4 }), (text, probes) => {
        checkEverything(text, undefined, probes.map((p) => p % (text.length + 1)));
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on random edits of the real notices', () => {
    const texts = CORPUS.map((c) => corpus(c));
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 300 }), insert: fc.oneof(brokenText.map((s) => s.slice(0, 40)), noticeBits) });
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
        const text = randomEdits(texts[which], edits);
        checkEverything(text, undefined, edits.map((e) => e.at % (text.length + 1)));
      }),
      { numRuns: 30 },
    );
  });

  it('read CRLF, CR and LF mixes and a BOM as the same notice: same outline, same findings', () => {
    const texts = CORPUS.map((c) => corpus(c));
    const expected = texts.map((t) => ({ outline: outlineLines(t), findings: findingsAt(t) }));
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 50 }), fc.boolean(), (which, breaks, bom) => {
        let k = 0;
        // A CR right before an LF would read as one CRLF break: there, CRLF is used instead.
        const text =
          (bom ? '\ufeff' : '') +
          texts[which].replace(/\n/g, (_, at: number, all: string) => {
            const b = breaks[k++ % breaks.length];
            return b === '\r' && all[at + 1] === '\n' ? '\r\n' : b;
          });
        checkEverything(text);
        expect(outlineLines(text)).toEqual(expected[which].outline);
        expect(findingsAt(text)).toEqual(expected[which].findings);
      }),
      { numRuns: 12 },
    );
  });

  it('catches a fix that drops writer text, and a rule that throws (the checker can fail)', () => {
    const text = corpus('yiyang-hitech-2023');
    const h = parseNotice(text).headings[3];
    const dropping: Rule = {
      id: 'test-dropping',
      severity: 'warning',
      tags: [],
      check: (ctx) => ctx.report({ span: h.title, message: 'x', fixes: [{ title: 'drop', preferred: true, edits: [{ span: h.title, newText: '' }] }] }),
    };
    const renumbering: Rule = {
      id: 'test-renumbering',
      severity: 'warning',
      tags: [],
      check: (ctx) => ctx.report({ span: h.marker.digits, message: 'x', fixes: [{ title: 'renumber', preferred: true, edits: [{ span: h.marker.digits, newText: '十九' }] }] }),
    };
    const throwing: Rule = { id: 'test-throwing', severity: 'warning', tags: [], check: () => { throw new Error('boom'); } };
    expect(() => checkEverything(text, [renumbering])).not.toThrow();
    expect(() => checkEverything(text, [dropping])).toThrow(/drops writer text/);
    expect(() => checkEverything(text, [throwing])).toThrow(/a rule threw/);
    expect(isSubsequence(writerText('（一）反馈问题：学习不够'), writerText('（二）反馈问题：学习不够深入'))).toBe(true);
    expect(isSubsequence(writerText('（一）反馈问题：学习不够'), writerText('（一）反馈：学习不够'))).toBe(false);
  });

  it('runs every rule on the real notices without a rule failure', () => {
    for (const c of CORPUS) expect(analyze(corpus(c)).ruleErrors).toEqual([]);
  });
});
