// The number of a total as the count reader reads it (by character codes): its digits, value,
// numeral kind, unit and 多/余, against the regex reading it replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCountStatements } from '../../grammar/counts-reading.js';
import { chineseToNumber } from '../../grammar/numerals.js';

const arabic = fc.array(fc.constantFrom(...'0123456789０１２３４５６７８９'), { minLength: 1, maxLength: 20 }).map((a) => a.join(''));
const chinese = fc.array(fc.constantFrom(...'零〇一二两三四五六七八九十百'), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

describe('the count reader reads a total’s number', () => {
  it('as the regex reading did, for Arabic (half and full width, long too) and Chinese numerals', () => {
    fc.assert(
      fc.property(fc.oneof(arabic, chinese), fc.constantFrom('', '多', '余'), fc.constantFrom(...'个项件条宗处'), (digits, approx, unit) => {
        const text = `巡视反馈的${digits}${approx}${unit}问题。`;
        const [st] = readCountStatements(text);
        const m = /^([0-9０-９]+|[零〇一二两三四五六七八九十百]+)(多|余)?(.)?/.exec(`${digits}${approx}${unit}`) as RegExpExecArray;
        const isArabic = /^[0-9０-９]/.test(m[1]);
        const value = isArabic ? Number(m[1].replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))) : chineseToNumber(m[1]);
        expect(st.chain[0].number).toEqual({
          start: 5,
          end: 5 + m[1].length,
          text: m[1],
          value,
          numeral: isArabic ? 'arabic' : 'chinese',
          unit: m[3] ?? '',
          approximate: m[2] !== undefined,
        });
      }),
      { numRuns: 3000 },
    );
  });
});
