// Chinese numerals as written in notices: 一 … 九十九, 两, 〇/零, and the circled ① … ㊿.
import { CIRCLED_NUMBERS } from './lexer.js';

const DIGITS = new Map(Object.entries({ 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }));
const UNIT = new Map(Object.entries({ 十: 10, 百: 100, 千: 1000 }));

/** The value of a Chinese numeral up to 9999 (`十四` → 14, `四十九` → 49, `一百零五` → 105), or NaN. */
export function chineseToNumber(s: string): number {
  if (s === '') return NaN;
  let total = 0;
  let current = 0;
  let seenDigit = false;
  for (let i = 0; i < s.length; i++) {
    const digit = DIGITS.get(s[i]);
    const unit = UNIT.get(s[i]);
    if (digit !== undefined) {
      current = digit;
      seenDigit = true;
    } else if (unit !== undefined) {
      total += (seenDigit ? current : 1) * unit;
      current = 0;
      seenDigit = false;
    } else {
      return NaN;
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
  // Every circled number is one UTF-16 unit (U+2460 …, U+3251 …, U+32B1 …).
  const i = ch.length === 1 ? CIRCLED_NUMBERS.indexOf(ch) : -1;
  return i < 0 ? NaN : i + 1;
}

export function numberToCircled(n: number): string {
  const all = Array.from(CIRCLED_NUMBERS);
  return n >= 1 && n <= all.length ? all[n - 1] : `(${n})`;
}

/** Arabic digits as written, half- or full-width (`12`, `１２`), as a number; NaN for anything else. */
export function arabicToNumber(s: string): number {
  if (!/^[0-9０-９]+$/.test(s)) return NaN;
  return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** `n` in Arabic digits, full-width when `like` is written in full-width digits (`１２` → `１３`). */
export function arabicLike(n: number, like: string): string {
  return /[０-９]/.test(like) ? String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))) : String(n);
}
