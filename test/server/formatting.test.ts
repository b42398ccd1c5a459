// The formatter is safe: on the corpus and on random text it is idempotent, and once
// punctuation width and whitespace are set aside (and, when numbering punctuation is
// normalised, the punctuation right after a heading's number), output equals input character
// for character. On the corpus it leaves no half-width punctuation in Chinese context, the
// outline unchanged and no new warning or error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';
import { formatEdits, formatOptions, formatText, type FormatOptions } from '../../server/features/formatting.js';
import { HALF_WIDTH, halfWidthPunctuation } from '../../server/model/punctuation.js';
import { CORPUS, corpus } from '../helpers.js';

const opts = (over: Partial<FormatOptions> = {}): FormatOptions => ({ ...formatOptions(), ...over });
const MARKER_PUNCT = /^([（(]?[0-9一二三四五六七八九十]+(?:[-－—][0-9]+)?[）)]?)[、.．]*/;

/** The text with whitespace removed and punctuation width folded; `markers`: also the punctuation after heading numbers. */
function fold(text: string, markers: boolean): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => {
      const t = l.replace(/^[\s\u3000]+/, '');
      return markers ? t.replace(MARKER_PUNCT, '$1') : t;
    })
    .join('')
    .replace(/[\s\u3000]/g, '')
    .replace(/[，：；？！（）“”‘’]/g, (c) => HALF_WIDTH[c]);
}

/** The outline as level, number and width-folded title. */
const outline = (text: string) => parseNotice(text).headings.map((h) => `${h.level} ${h.marker.value}/${h.marker.part ?? ''} ${fold(h.title.text, false)}`);
/**
 * Warnings and errors as rule@the Chinese characters of their line: formatting changes neither,
 * while messages may quote markers (whose punctuation it changes) and blank lines may move lines.
 */
const serious = (text: string) => {
  const a = analyze(text);
  return a.results
    .filter((r) => r.severity === 'error' || r.severity === 'warning')
    .map((r) => {
      const start = text.lastIndexOf('\n', r.span.start - 1) + 1;
      const end = text.indexOf('\n', r.span.start);
      return `${r.rule}@${(text.slice(start, end < 0 ? undefined : end).match(/[\u4e00-\u9fff]/g) ?? []).join('')}`;
    });
};

describe('formatting the real notices', () => {
  it.each(CORPUS)('%s: full-width throughout, same outline, no new warning, a second format is a no-op', (name) => {
    const text = corpus(name);
    const out = formatText(text);
    expect(formatText(out)).toBe(out);
    expect(out.split(/\r\n|\r|\n/).filter((l) => halfWidthPunctuation(l).length > 0)).toEqual([]);
    expect(analyze(out).results.filter((r) => r.rule === 'punctuation')).toEqual([]);
    expect(outline(out)).toEqual(outline(text));
    expect(serious(out)).toEqual(serious(text));
    expect(fold(out, true)).toBe(fold(text, true));
    expect(out).not.toMatch(/[ \t\u3000]+$/m);
  });

  it('turns lusong’s ASCII markers and `2. ` into the dominant forms, and keeps 7:2:1 and 11:50', () => {
    const out = formatText(corpus('lusong-district-2021'));
    expect(out).toContain('  （一）强化领导抓整改。');
    expect(out).toContain('（35-1）');
    expect(out).not.toMatch(/^\s*2\. /m);
    expect(out).toContain('发表时间：2021-09-17 11:50');
    expect(formatText(corpus('changsha-county-2021'))).toContain('7:2:1比例');
  });
});

describe('formatter options', () => {
  const doc = ['关于巡察整改进展情况的通报', '一、组织整改落实情况  ', '（一）、强化领导', '1.学习', '', '', '2、研讨', '3.调研', '（1）(甲)', ''].join('\n');

  it('numbering: the dominant variant per level, or GB/T 9704, or as written', () => {
    expect(formatText(doc, opts({ blankLines: 'keep' })).split('\n')).toEqual([
      '关于巡察整改进展情况的通报',
      '一、组织整改落实情况',
      '（一）、强化领导',
      '1.学习',
      '',
      '',
      '2.研讨',
      '3.调研',
      '（1）（甲）',
      '',
    ]);
    expect(formatText(doc, opts({ numbering: 'gbt9704', blankLines: 'keep' })).split('\n')[2]).toBe('（一）强化领导');
    expect(formatText(doc, opts({ numbering: 'keep', blankLines: 'keep' })).split('\n')[6]).toBe('2、研讨');
    // Without full-width punctuation, bracket width follows the document too.
    const ascii = '一、情况\n(一)甲\n(二)乙\n（三)丙\n';
    expect(formatText(ascii, opts({ punctuation: false }))).toBe('一、情况\n(一)甲\n(二)乙\n(三)丙\n');
    expect(formatText(ascii, opts({ punctuation: false, numbering: 'gbt9704' }))).toBe('一、情况\n（一）甲\n（二）乙\n（三）丙\n');
  });

  it('never turns a heading into a decimal: 3、5%… stays', () => {
    const text = '一、情况\n1.甲\n2.乙\n3、5%的干部未参训\n';
    expect(formatText(text)).toContain('3、5%的干部');
    expect(parseNotice(formatText(text)).headings).toHaveLength(4);
  });

  it('blank lines: one between paragraphs when most are separated, else runs collapsed', () => {
    expect(formatText('甲。\n\n乙。\n\n\n丙。\n丁。\n\n\n')).toBe('甲。\n\n乙。\n\n丙。\n\n丁。\n');
    expect(formatText('甲。\n乙。\n丙。\n\n\n丁。\n')).toBe('甲。\n乙。\n丙。\n\n丁。\n');
    expect(formatText('甲。\n乙。\n', opts({ blankLines: 'single' }))).toBe('甲。\n\n乙。\n');
    expect(formatText('甲。\r\n\r\n乙。 \r\n丙。\r\n')).toBe('甲。\r\n\r\n乙。\r\n\r\n丙。\r\n');
  });

  it('punctuation and trailing spaces can be switched off', () => {
    expect(formatText('甲,乙。  \n', opts({ punctuation: false, trailingSpaces: false }))).toBe('甲,乙。  \n');
  });

  it('range formatting touches only the lines of the range', () => {
    const text = '甲,乙。\n\n丙,丁。\n\n戊,己。\n';
    const d = parseNotice(text);
    const start = text.indexOf('丙');
    const edits = formatEdits(d, opts(), { start, end: start + 2 });
    expect(edits).toEqual([{ span: { start: start + 1, end: start + 2 }, newText: '，' }]);
  });

  it('reads the client settings, ignoring wrong values', () => {
    expect(formatOptions({ numbering: 'gbt9704', punctuation: 'yes', blankLines: 'single' })).toEqual({
      punctuation: true,
      numbering: 'gbt9704',
      trailingSpaces: true,
      blankLines: 'single',
    });
  });
});

const noticeChars = fc.constantFrom(
  ...Array.from('一二三四五六七八九十（）()、.．:：;；,，。?？!！"“”\'是整改结果情况反馈问题巡视组abcXY①0123456789- \t\u3000\n\n\n\r\ufeff<!->年月日%@/'),
);
const noticeText = fc.array(noticeChars, { maxLength: 300 }).map((a) => a.join(''));
const anyText = fc.oneof(noticeText, noticeText, fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('formatter safety (property)', () => {
  const modes: FormatOptions['numbering'][] = ['keep', 'dominant', 'gbt9704'];

  it('random text: idempotent, same outline, only punctuation width and whitespace change', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...modes), fc.constantFrom('auto', 'single', 'keep' as const), fc.boolean(), (text, numbering, blankLines, punctuation) => {
        const o = opts({ numbering, blankLines, punctuation });
        const out = formatText(text, o);
        expect(formatText(out, o)).toBe(out);
        expect(fold(out, numbering !== 'keep')).toBe(fold(text, numbering !== 'keep'));
        expect(outline(out).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(outline(text).map((l) => l.split(' ').slice(0, 2).join(' ')));
      }),
      { numRuns: 500 },
    );
  });

  it('random edits of the corpus: idempotent and only punctuation width and whitespace change', () => {
    const texts = CORPUS.map((c) => corpus(c));
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 100 }), insert: noticeText });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(edit, { maxLength: 3 }), fc.constantFrom(...modes), (d, edits, numbering) => {
        let text = texts[d];
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
        }
        const o = opts({ numbering });
        const out = formatText(text, o);
        expect(formatText(out, o)).toBe(out);
        expect(fold(out, numbering !== 'keep')).toBe(fold(text, numbering !== 'keep'));
      }),
      { numRuns: 40 },
    );
  });
});
