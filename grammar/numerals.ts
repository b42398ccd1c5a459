// Chinese numerals as written in notices: 一 … 九十九, 两, 〇/零, and the circled ① … ㊿.
import { CIRCLED_NUMBERS } from './lexer.js';

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * DIGIT and the units 十 百 千 by character code, in one table: a digit as its value + 1 (1 … 10),
 * a unit as its index in UNIT_VALUE (11 … 13), 0 for neither. The parser reads every marker and
 * 一是 with it; codes make no one-character strings, and an array read is several times cheaper
 * than a Map lookup.
 */
const NUMERAL_CODE = new Uint8Array(0x10000);
const UNIT_VALUE = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 100, 1000];
const FIRST_UNIT = 11;
for (const [ch, v] of Object.entries(DIGIT)) NUMERAL_CODE[ch.charCodeAt(0)] = v + 1;
NUMERAL_CODE['十'.charCodeAt(0)] = 11;
NUMERAL_CODE['百'.charCodeAt(0)] = 12;
NUMERAL_CODE['千'.charCodeAt(0)] = 13;

/** The value of a Chinese numeral up to 9999 (`十四` → 14, `四十九` → 49, `一百零五` → 105), or NaN. */
export function chineseToNumber(s: string): number {
  return chineseValue(s, 0, s.length);
}

/** chineseToNumber of s[from, to), read in place (the parser reads every marker and 一是 with it: no substring made). */
export function chineseValue(s: string, from: number, to: number): number {
  if (from >= to) return NaN;
  let total = 0;
  let current = 0;
  let seenDigit = false;
  // By UTF-16 unit: a surrogate is neither a digit nor a unit, as a whole astral character is not.
  for (let k = from; k < to; k++) {
    const code = NUMERAL_CODE[s.charCodeAt(k)];
    if (code === 0) return NaN;
    if (code < FIRST_UNIT) {
      current = code - 1;
      seenDigit = true;
    } else {
      total += (seenDigit ? current : 1) * UNIT_VALUE[code];
      current = 0;
      seenDigit = false;
    }
  }
  return total + current;
}

const UNITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 14 → 十四, 20 → 二十, 105 → 一百零五 (as section numbers are written). */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n === 0) return '〇';
  if (n < 10) return UNITS[n];
  if (n < 20) return '十' + UNITS[n - 10];
  if (n < 100) return UNITS[Math.floor(n / 10)] + '十' + UNITS[n % 10];
  if (n < 1000) {
    const rest = n % 100;
    const head = UNITS[Math.floor(n / 100)] + '百';
    if (rest === 0) return head;
    return head + (rest < 10 ? '零' + UNITS[rest] : rest < 20 ? '一' + numberToChinese(rest) : numberToChinese(rest));
  }
  return String(n);
}

/** ① → 1 … ㊿ → 50, or NaN. */
export function circledToNumber(ch: string): number {
  // Every circled number is one UTF-16 unit (U+2460 …, U+3251 …, U+32B1 …): no array of them is made.
  const i = ch.length === 1 ? CIRCLED_NUMBERS.indexOf(ch) : -1;
  return i < 0 ? NaN : i + 1;
}

export function numberToCircled(n: number): string {
  const all = Array.from(CIRCLED_NUMBERS);
  return n >= 1 && n <= all.length ? all[n - 1] : `(${n})`;
}
