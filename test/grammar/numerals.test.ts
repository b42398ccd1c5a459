// chineseToNumber reads by character code (it runs for every marker and 一是 of a notice); the
// values writers see must be those of the plain reading by characters, kept here as the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseToNumber } from '../../grammar/index.js';

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

function byCharacters(s: string): number {
  if (s.length === 0) return NaN;
  let total = 0;
  let current = 0;
  let seenDigit = false;
  for (const ch of s) {
    if (ch in DIGIT) {
      current = DIGIT[ch];
      seenDigit = true;
    } else if (ch in UNIT) {
      total += (seenDigit ? current : 1) * UNIT[ch];
      current = 0;
      seenDigit = false;
    } else {
      return NaN;
    }
  }
  return total + current;
}

describe('chineseToNumber', () => {
  it('reads section numbers', () => {
    expect([chineseToNumber('十四'), chineseToNumber('四十九'), chineseToNumber('一百零五'), chineseToNumber('两千')]).toEqual([14, 49, 105, 2000]);
    expect(chineseToNumber('')).toBeNaN();
    expect(chineseToNumber('1')).toBeNaN();
  });

  it('reads any string as the reading by characters does', () => {
    const unit = fc.constantFrom(...'〇零一二两三四五六七八九十百千万1a是', '\ud800', '\udc00', '\u{20000}');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(chineseToNumber(s)).toEqual(byCharacters(s));
      }),
      { numRuns: 2000 },
    );
  });
});
