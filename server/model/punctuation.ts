// Half-width punctuation in Chinese context (GB/T 15834-2011): which `, : ; ? ! ( ) " '` of a
// line should be full-width. Shared by the `punctuation` rule (reports) and the formatter
// (rewrites), so both always agree. Never inside numbers (1,000  11:50), URLs, e-mail
// addresses or Latin text (`PPP,EPC`, `f(x)`).

import { Buffer } from 'node:buffer';

/** A half-width character that should become `to`. `index` is relative to the scanned string. */
export interface WidthChange {
  index: number;
  from: string;
  to: string;
}

/** Han characters (the CJK blocks; a high surrogate of the supplementary ideograph planes). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf);
}
/** Chinese context: Han characters and CJK / full-width punctuation. */
export function isCjk(c: number): boolean {
  return (
    isHan(c) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff60) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2026 ||
    c === 0x2014 ||
    c === 0xb7
  );
}
const isLatinAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;

export const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Full-width punctuation back to its half-width form (quotes to straight quotes): for comparing texts. */
export const HALF_WIDTH: Record<string, string> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
};

/** URLs and e-mail addresses: their punctuation is never touched. */
const PROTECTED = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[\x21-\x7e]+|www\.[A-Za-z0-9-]+\.[\x21-\x7e]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g;
/** Brackets and quotes around a URL, and a sentence mark after it, are not part of it. */
const URL_END = /[()"',.:;?!]+$|[()"'].*$/;

/** The protected characters of the line `s` (it holds `://`, `www.` or `@`). */
function protectedMask(s: string): Uint8Array {
  const mask = new Uint8Array(s.length);
  PROTECTED.lastIndex = 0;
  for (let m = PROTECTED.exec(s); m; m = PROTECTED.exec(s)) mask.fill(1, m.index, m.index + m[0].replace(URL_END, '').length);
  return mask;
}

// The full-width forms a change may put in, by code (0: no change).
const TARGETS = ['', '，', '：', '；', '？', '！', '（', '）', '“', '”', '‘', '’'];
const T_OPEN = 6;
const T_CLOSE = 7;
const T_DOUBLE = 8; // “ then ”
const T_SINGLE = 10; // ‘ then ’
const COLON = 0x3a;
const OPEN = 0x28;
const CLOSE = 0x29;
const FW_OPEN = 0xff08;
const FW_CLOSE = 0xff09;
const SLASH = 0x2f;
const DOT = 0x2e;
const W = 0x77;
/** `0-9 . % ‰ ％`: the characters of a number ending before a mark. */
const isNumberChar = (c: number) => (c >= 48 && c <= 57) || c === 0x2e || c === 0x25 || c === 0x2030 || c === 0xff05;
const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * What the scan does with each ASCII character: K_MARK (`, : ; ? !`: its TARGETS code is
 * `ASCII_TARGET`), K_BRACKET `( )`, K_QUOTE `" '`, K_HINT (`@`, and `w` of `www.`: the line may
 * hold a URL or an e-mail address); 0 for the rest.
 */
const K_MARK = 1;
const K_BRACKET = 2;
const K_QUOTE = 3;
const K_HINT = 4;
const ASCII_KIND = new Uint8Array(128);
const ASCII_TARGET = new Uint8Array(128);
for (const [k, c] of Array.from(',:;?!').entries()) {
  ASCII_KIND[c.charCodeAt(0)] = K_MARK;
  ASCII_TARGET[c.charCodeAt(0)] = k + 1;
}
ASCII_KIND[OPEN] = ASCII_KIND[CLOSE] = K_BRACKET;
ASCII_KIND[0x22] = ASCII_KIND[0x27] = K_QUOTE;
ASCII_KIND[0x40] = ASCII_KIND[W] = K_HINT;
/** An enumeration mark's content, `2` `一` `35-1`: matched sticky from after `(`, it must end at the `)`. */
const NUMBER_MARK = /[0-9一二三四五六七八九十]{1,4}(?:[-－—][0-9]{1,2})?/y;

/**
 * The code units of the text `loadText` was last given. The scan reads them from a typed array:
 * one copy of the text per check (Buffer's utf16le write is a memcpy) makes the loop over its
 * characters about twice as fast as `charCodeAt` (which checks the string's representation at
 * every character), and a loop is faster than a regex call per candidate (a notice has a
 * thousand of them). `codeBytes` is a Buffer over the same memory.
 */
let codes = new Uint16Array(4096);
let codeBytes = Buffer.from(codes.buffer);
/** The same memory as 32-bit words of two characters (in either order: the scan tests both alike). */
let words = new Uint32Array(codes.buffer);
/** utf16le is the order a Uint16Array reads on a little-endian machine (all of Node's targets but a few). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Loads `text` for `findChanges` (every call of findChanges until the next load reads it). */
export function loadText(text: string): void {
  const n = text.length;
  if (n > codes.length) {
    codes = new Uint16Array(Math.max(n + (n & 1), 2 * codes.length)); // even: whole words
    codeBytes = Buffer.from(codes.buffer);
    words = new Uint32Array(codes.buffer);
  }
  if (LITTLE_ENDIAN) codeBytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(i);
}

// Work buffers shared by every line (sized up on demand, never shrunk): the rule runs on every
// line of every version the writer types, and per-line arrays were most of its garbage.
// `changeBuffer` holds the change at each index of the line (from its start), a TARGETS code;
// it is all zeros between calls (only candidates are ever set, and they are cleared again
// before the call returns).
let changeBuffer = new Uint8Array(1024);
let scanned = new Int32Array(1024); // what the scan found: the marks, brackets and quotes of either width, in order
let candidates = new Int32Array(1024); // the half-width characters, in order
let stack = new Int32Array(1024); // open brackets (either width) waiting for their close
let pairs = new Int32Array(1024); // open, close, open, close … in the order they close
let lone = new Int32Array(1024); // brackets without a partner
let quotes = new Int32Array(1024); // straight and curly
/** The changes of the last `findChanges`: indexes and TARGETS codes. */
let changeIndex = new Int32Array(1024);
let changeCode = new Uint8Array(1024);

// The line being read: [lineStart, lineEnd) of the loaded text. The neighbourhood tests below
// look only inside it (module functions and variables: no closures made per line).
let lineStart = 0;
let lineEnd = 0;
const cjkAt = (i: number) => i >= lineStart && i < lineEnd && (changeBuffer[i - lineStart] !== 0 || isCjk(codes[i]));
const hanAt = (i: number) => i >= lineStart && i < lineEnd && isHan(codes[i]);
const latinAt = (i: number) => i >= lineStart && i < lineEnd && isLatinAlnum(codes[i]);
function prevNonSpace(i: number): number {
  let j = i - 1;
  while (j >= lineStart && isSpace(codes[j])) j--;
  return j;
}
function nextNonSpace(i: number): number {
  let j = i + 1;
  while (j < lineEnd && isSpace(codes[j])) j++;
  return j;
}
function hasCjk(from: number, upto: number): boolean {
  for (let k = Math.max(lineStart, from); k < upto; k++) if (isCjk(codes[k])) return true;
  return false;
}
/** `i` ends a number (`0.52%`, `15`) that follows Chinese text: `占0.52%;15个`. */
function afterChineseNumber(i: number): boolean {
  let j = i;
  while (j >= lineStart && isNumberChar(codes[j])) j--;
  return j < i && j >= lineStart && isCjk(codes[j]);
}

/** The buffers hold a line of `n` characters (no buffer can need more entries than that). */
function reserve(n: number): void {
  if (n <= changeBuffer.length) return;
  const size = Math.max(n, 2 * changeBuffer.length);
  changeBuffer = new Uint8Array(size);
  scanned = new Int32Array(size);
  candidates = new Int32Array(size);
  stack = new Int32Array(size);
  pairs = new Int32Array(size);
  lone = new Int32Array(size);
  quotes = new Int32Array(size);
  changeIndex = new Int32Array(size);
  changeCode = new Uint8Array(size);
}

/**
 * Finds the half-width punctuation of the line [start, end) of `text` that Chinese context calls
 * full-width; returns how many, and leaves them in `changeIndex` / `changeCode` (read them with
 * `changeAt` / `changeTarget` before the next call). `text` must be the text last given to
 * `loadText`. Brackets and quotes are decided as pairs first; then `, : ; ? !` by their neighbours.
 */
export function findChanges(text: string, start: number, end: number): number {
  reserve(end - start);
  lineStart = start;
  lineEnd = end;
  const to = changeBuffer;
  // 1. The scan: marks, brackets and quotes (curly ones too: they set the state in which a
  // straight quote is read), and whether the line may hold a URL or an e-mail address
  // (`://`, `www.`, `@`). Most characters are Han: one test sends them on.
  let nf = 0;
  let nc = 0;
  let hint = false;
  let straightQuote = false;
  // Locals: TurboFan reloads and rechecks a module variable at each use (a third slower here).
  const cs = codes;
  const ws = words;
  const sc = scanned;
  const cd = candidates;
  let i = start;
  while (i < end) {
    // Two characters at a time (a 32-bit word from an even index), passed over while both are
    // at or above U+3000 (Han, CJK punctuation) and neither is `（` `）`. The tests are the
    // classic "some 16-bit lane is zero / below n" bit tricks: no false negatives, and a false
    // positive only sends the pair to the per-character tests below.
    if ((i & 1) === 0) {
      let w = i >> 1;
      const wordsEnd = end >> 1; // the last whole word ends at or before `end`
      while (w < wordsEnd) {
        const x = ws[w];
        const y = (x | 0x00010001) ^ 0xff09ff09; // a lane is 0 where x holds （ or ）
        if ((((x - 0x30003000) & ~x) | ((y - 0x00010001) & ~y)) & 0x80008000) break;
        w++;
      }
      i = w << 1;
      if (i >= end) break;
    }
    const c = cs[i];
    if (c >= 0x3000) {
      if (c === FW_OPEN || c === FW_CLOSE) sc[nf++] = i;
    } else if (c >= 0x80) {
      if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) sc[nf++] = i;
    } else {
      const kind = ASCII_KIND[c];
      if (kind === K_HINT) {
        if (c !== W || (i + 3 < end && cs[i + 1] === W && cs[i + 2] === W && cs[i + 3] === DOT)) hint = true;
      } else if (kind !== 0) {
        if (kind === K_MARK && c === COLON && i + 2 < end && cs[i + 1] === SLASH && cs[i + 2] === SLASH) hint = true;
        else if (kind === K_QUOTE) straightQuote = true;
        sc[nf++] = i;
        cd[nc++] = i;
      }
    }
    i++;
  }
  if (nc === 0) return 0;
  const mask = hint ? protectedMask(text.slice(start, end)) : undefined;

  // 2. Brackets paired (either width may open or close: `（一)` is a pair), quotes in order;
  // neither inside a URL or an e-mail address. Curly quotes only matter to a straight one.
  let ns = 0;
  let np = 0;
  let nl = 0;
  let nq = 0;
  for (let k = 0; k < nf; k++) {
    const i = scanned[k];
    const c = codes[i];
    if (c < 0x80 && ASCII_KIND[c] === K_MARK) continue;
    if (mask !== undefined && mask[i - start]) continue;
    if (c === OPEN || c === FW_OPEN) stack[ns++] = i;
    else if (c === CLOSE || c === FW_CLOSE) {
      if (ns === 0) lone[nl++] = i;
      else {
        pairs[np++] = stack[--ns];
        pairs[np++] = i;
      }
    } else if (straightQuote) quotes[nq++] = i;
  }

  // 3. Brackets, as pairs.
  for (let k = 0; k < ns; k++) lone[nl++] = stack[k];
  for (let k = 0; k < np; k += 2) {
    const o = pairs[k];
    const c = pairs[k + 1];
    const halfOpen = codes[o] === OPEN;
    const halfClose = codes[c] === CLOSE;
    if (!halfOpen && !halfClose) continue;
    // An enumeration mark `(2)` `(一)` `(35-1)`: Chinese unless it follows Latin text (`f(1)`).
    // (It cannot run past the close: `)` and `）` are not in it.)
    let enumeration = false;
    if (c - o - 1 <= 7 && !latinAt(o - 1)) {
      NUMBER_MARK.lastIndex = o + 1;
      enumeration = NUMBER_MARK.test(text) && NUMBER_MARK.lastIndex === c;
    }
    const chinese = enumeration || !halfOpen || !halfClose || hasCjk(o + 1, c) || cjkAt(prevNonSpace(o)) || hanAt(nextNonSpace(c));
    if (!chinese) continue;
    if (halfOpen) to[o - start] = T_OPEN;
    if (halfClose) to[c - start] = T_CLOSE;
  }
  for (let k = 0; k < nl; k++) {
    const i = lone[k];
    const c = codes[i];
    if ((c === OPEN || c === CLOSE) && hanAt(i - 1) && hanAt(i + 1)) to[i - start] = c === OPEN ? T_OPEN : T_CLOSE;
  }

  // 4. Straight quotes, paired in order; curly quotes set the state (`“…"` closes with ”).
  for (let pass = 0; pass < 2 && nq > 0; pass++) {
    const double = pass === 0;
    const q = double ? 0x22 : 0x27;
    const openCode = double ? 0x201c : 0x2018;
    const closeCode = double ? 0x201d : 0x2019;
    const tOpen = double ? T_DOUBLE : T_SINGLE;
    let openAt = -1;
    let curlyOpen = false;
    for (let k = 0; k < nq; k++) {
      const i = quotes[k];
      const c = codes[i];
      if (c === openCode) curlyOpen = true;
      else if (c === closeCode) curlyOpen = false;
      else if (c !== q) continue;
      else if (curlyOpen) {
        if (double || hasCjk(i - 1, i)) to[i - start] = tOpen + 1;
        curlyOpen = false;
      } else if (openAt < 0) openAt = i;
      else {
        const content = hasCjk(openAt + 1, i);
        const latinAround = latinAt(openAt - 1) || latinAt(i + 1);
        if (double ? content || hanAt(openAt - 1) || hanAt(i + 1) : content && !latinAround) {
          to[openAt - start] = tOpen;
          to[i - start] = tOpen + 1;
        }
        openAt = -1;
      }
    }
  }

  // 5. , : ; ? ! after Chinese text or before it; never between two Latin letters or digits.
  for (let k = 0; k < nc; k++) {
    const i = candidates[k];
    const c = codes[i];
    const t = c < 0x80 ? ASCII_TARGET[c] : 0;
    if (t === 0 || (mask !== undefined && mask[i - start])) continue;
    if (latinAt(i - 1) && latinAt(i + 1)) continue;
    const before = prevNonSpace(i);
    if (cjkAt(before) || cjkAt(nextNonSpace(i)) || (afterChineseNumber(before) && !(i + 1 < end && isLatinLetter(codes[i + 1])))) to[i - start] = t;
  }

  // The changes, in order; the change buffer back to zeros for the next line.
  let changes = 0;
  for (let k = 0; k < nc; k++) {
    const i = candidates[k];
    const t = to[i - start];
    if (t === 0) continue;
    changeIndex[changes] = i;
    changeCode[changes++] = t;
    to[i - start] = 0;
  }
  return changes;
}

/** The index in the text of change `k` of the last `findChanges`. */
export const changeAt = (k: number): number => changeIndex[k];
/** The full-width form change `k` of the last `findChanges` puts in. */
export const changeTarget = (k: number): string => TARGETS[changeCode[k]];
/** The half-width marks a change replaces, in the order `changeMark` numbers them. */
export const HALF_MARKS = ',:;?!()"\'';
/** HALF_MARKS index + 1 of each TARGETS code (`“` and `”` both replace `"`). */
const MARK_OF_TARGET = [0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 9];
/** Which half-width mark change `k` of the last `findChanges` replaces: its HALF_MARKS index + 1. */
export const changeMark = (k: number): number => MARK_OF_TARGET[changeCode[k]];

/** The changes of `findChanges` as objects (the formatter's form). */
export function halfWidthPunctuation(s: string): WidthChange[] {
  loadText(s);
  const found = findChanges(s, 0, s.length);
  const out: WidthChange[] = [];
  for (let k = 0; k < found; k++) out.push({ index: changeIndex[k], from: s[changeIndex[k]], to: TARGETS[changeCode[k]] });
  return out;
}

/** Apply width changes to `s` (same length: every change is one UTF-16 unit for one). */
export function applyWidthChanges(s: string, changes: WidthChange[]): string {
  if (changes.length === 0) return s;
  const a = s.split('');
  for (const c of changes) a[c.index] = c.to;
  return a.join('');
}

/** Full-width in Chinese context until nothing changes (a change may put a neighbour in context). */
export function fullWidthLine(s: string): string {
  for (let k = 0; k < 6; k++) {
    const changes = halfWidthPunctuation(s);
    if (changes.length === 0) break;
    s = applyWidthChanges(s, changes);
  }
  return s;
}
