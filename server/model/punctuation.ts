// Half-width punctuation in Chinese context (GB/T 15834-2011): which `, : ; ? ! ( ) " '` of a
// line should be full-width. Shared by the `punctuation` rule (reports) and the formatter
// (rewrites), so both always agree. Never inside numbers (1,000  11:50), URLs, e-mail
// addresses or Latin text (`PPP,EPC`, `f(x)`).

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
/** What every URL or e-mail address holds. */
const PROTECTED_HINT = /@|:\/\/|www\./;
/** Brackets and quotes around a URL, and a sentence mark after it, are not part of it. */
const URL_END = /[()"',.:;?!]+$|[()"'].*$/;

/** The protected characters of `s`; undefined when there are none (no `://`, `www.` or `@`). */
function protectedMask(s: string): Uint8Array | undefined {
  if (!PROTECTED_HINT.test(s)) return undefined;
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
const COMMA = 0x2c;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const QUESTION = 0x3f;
const EXCLAMATION = 0x21;
const OPEN = 0x28;
const CLOSE = 0x29;
const FW_OPEN = 0xff08;
const FW_CLOSE = 0xff09;
const AT = 0x40;
const W = 0x77;
/** The target of `, : ; ? !` (0 for any other character). */
const markTarget = (c: number) => (c === COMMA ? 1 : c === COLON ? 2 : c === SEMICOLON ? 3 : c === QUESTION ? 4 : c === EXCLAMATION ? 5 : 0);
/** `0-9 . % ‰ ％`: the characters of a number ending before a mark. */
const isNumberChar = (c: number) => (c >= 48 && c <= 57) || c === 0x2e || c === 0x25 || c === 0x2030 || c === 0xff05;
const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * Every character a step looks at: the half-width marks, the full-width brackets, the curly
 * quotes; and `@` and `w`, which tell (with `:` of `://`) that the line may hold a URL or an
 * e-mail address (PROTECTED_HINT, without a second pass over the line).
 */
const CANDIDATE = /[,:;?!()"'\uff08\uff09\u2018\u2019\u201c\u201d@w]/g;
/**
 * CANDIDATE without the curly quotes, for the first scan of a line: they only set the state in
 * which a straight quote is read, so a line without straight quotes needs no call for each of
 * them (a notice has hundreds of “”; its straight quotes are rare).
 */
const CANDIDATE_NO_CURLY = /[,:;?!()"'\uff08\uff09@w]/g;
/** An enumeration mark's content, `2` `一` `35-1`: matched sticky from after `(`, it must end at the `)`. */
const NUMBER_MARK = /[0-9一二三四五六七八九十]{1,4}(?:[-－—][0-9]{1,2})?/y;

// Work buffers shared by every line (sized up on demand, never shrunk): the rule runs on every
// line of every version the writer types, and per-line arrays were most of its garbage.
// `changeBuffer` holds the change at each index, a TARGETS code; it is all zeros between calls
// (only candidates are ever set, and they are cleared again before the call returns).
let changeBuffer = new Uint8Array(1024);
let candidates = new Int32Array(1024); // the half-width characters, in order
let stack = new Int32Array(1024); // open brackets (either width) waiting for their close
let pairs = new Int32Array(1024); // open, close, open, close … in the order they close
let lone = new Int32Array(1024); // brackets without a partner
let quotes = new Int32Array(1024); // straight and curly
/** The changes of the last `findChanges`: indexes and TARGETS codes. */
let changeIndex = new Int32Array(1024);
let changeCode = new Uint8Array(1024);

// The neighbourhood tests of one line `s` (module functions: no closures made per line).
const cjkAt = (s: string, i: number) => i >= 0 && i < s.length && (changeBuffer[i] !== 0 || isCjk(s.charCodeAt(i)));
const hanAt = (s: string, i: number) => i >= 0 && i < s.length && isHan(s.charCodeAt(i));
const latinAt = (s: string, i: number) => i >= 0 && i < s.length && isLatinAlnum(s.charCodeAt(i));
function prevNonSpace(s: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSpace(s.charCodeAt(j))) j--;
  return j;
}
function nextNonSpace(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  return j;
}
function hasCjk(s: string, from: number, upto: number): boolean {
  for (let k = Math.max(0, from); k < upto; k++) if (isCjk(s.charCodeAt(k))) return true;
  return false;
}
/** `i` ends a number (`0.52%`, `15`) that follows Chinese text: `占0.52%;15个`. */
function afterChineseNumber(s: string, i: number): boolean {
  let j = i;
  while (j >= 0 && isNumberChar(s.charCodeAt(j))) j--;
  return j < i && j >= 0 && isCjk(s.charCodeAt(j));
}
/** `s` has `://` at `i`. */
const schemeAt = (s: string, i: number) => s.charCodeAt(i) === COLON && s.charCodeAt(i + 1) === 0x2f && s.charCodeAt(i + 2) === 0x2f;

/** The buffers hold a line of `n` characters (no buffer can need more entries than that). */
function reserve(n: number): void {
  if (n <= changeBuffer.length) return;
  const size = Math.max(n, 2 * changeBuffer.length);
  changeBuffer = new Uint8Array(size);
  candidates = new Int32Array(size);
  stack = new Int32Array(size);
  pairs = new Int32Array(size);
  lone = new Int32Array(size);
  quotes = new Int32Array(size);
  changeIndex = new Int32Array(size);
  changeCode = new Uint8Array(size);
}

/**
 * Finds the half-width punctuation of `s` (one line of text) that Chinese context calls
 * full-width; returns how many, and leaves them in `changeIndex` / `changeCode` (read them with
 * `changeAt` / `changeTarget` before the next call). Brackets and quotes are decided as pairs
 * first; then `, : ; ? !` by their neighbours. One regex finds the characters the steps look
 * at (it skips the Chinese text between them far faster than a charCodeAt loop).
 */
export function findChanges(s: string): number {
  const n = s.length;
  reserve(n);
  const to = changeBuffer;
  let mask: Uint8Array | undefined;
  let nc = 0;
  let ns = 0;
  let np = 0;
  let nl = 0;
  let nq = 0;
  // The candidates, the bracket pairs (either width may open or close: `（一)` is a pair) and the
  // quotes. A line is scanned again with its protected mask when it may hold a URL or an e-mail
  // address, and again with the curly quotes when it has a straight quote (each at most once).
  let candidate = CANDIDATE_NO_CURLY;
  let maskRead = false;
  for (;;) {
    let hint = false;
    let straightQuote = false;
    nc = ns = np = nl = nq = 0;
    candidate.lastIndex = 0;
    while (candidate.test(s)) {
      const i = candidate.lastIndex - 1; // every match is one character
      const c = s.charCodeAt(i);
      if (c === COMMA || c === COLON || c === SEMICOLON || c === QUESTION || c === EXCLAMATION) {
        candidates[nc++] = i;
        if (c === COLON && schemeAt(s, i)) hint = true;
        continue;
      }
      if (c === AT || c === W) {
        if (c === AT || s.startsWith('ww.', i + 1)) hint = true;
        continue;
      }
      if (c === OPEN || c === CLOSE) candidates[nc++] = i;
      else if (c === 0x22 || c === 0x27) {
        candidates[nc++] = i;
        straightQuote = true;
      }
      if (mask !== undefined && mask[i]) continue;
      if (c === OPEN || c === FW_OPEN) stack[ns++] = i;
      else if (c === CLOSE || c === FW_CLOSE) {
        if (ns === 0) lone[nl++] = i;
        else {
          pairs[np++] = stack[--ns];
          pairs[np++] = i;
        }
      } else quotes[nq++] = i;
    }
    if (nc === 0) return 0;
    let again = false;
    if (straightQuote && candidate !== CANDIDATE) {
      candidate = CANDIDATE;
      again = true;
    }
    if (hint && !maskRead) {
      maskRead = true;
      mask = protectedMask(s);
      if (mask !== undefined) again = true;
    }
    if (!again) break;
  }

  // 1. Brackets, as pairs.
  for (let k = 0; k < ns; k++) lone[nl++] = stack[k];
  for (let k = 0; k < np; k += 2) {
    const o = pairs[k];
    const c = pairs[k + 1];
    const halfOpen = s.charCodeAt(o) === OPEN;
    const halfClose = s.charCodeAt(c) === CLOSE;
    if (!halfOpen && !halfClose) continue;
    // An enumeration mark `(2)` `(一)` `(35-1)`: Chinese unless it follows Latin text (`f(1)`).
    let enumeration = false;
    if (c - o - 1 <= 7 && !latinAt(s, o - 1)) {
      NUMBER_MARK.lastIndex = o + 1;
      enumeration = NUMBER_MARK.test(s) && NUMBER_MARK.lastIndex === c;
    }
    const chinese = enumeration || !halfOpen || !halfClose || hasCjk(s, o + 1, c) || cjkAt(s, prevNonSpace(s, o)) || hanAt(s, nextNonSpace(s, c));
    if (!chinese) continue;
    if (halfOpen) to[o] = T_OPEN;
    if (halfClose) to[c] = T_CLOSE;
  }
  for (let k = 0; k < nl; k++) {
    const i = lone[k];
    const c = s.charCodeAt(i);
    if ((c === OPEN || c === CLOSE) && hanAt(s, i - 1) && hanAt(s, i + 1)) to[i] = c === OPEN ? T_OPEN : T_CLOSE;
  }

  // 2. Straight quotes, paired in order; curly quotes set the state (`“…"` closes with ”).
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
      const c = s.charCodeAt(i);
      if (c === openCode) curlyOpen = true;
      else if (c === closeCode) curlyOpen = false;
      else if (c !== q) continue;
      else if (curlyOpen) {
        if (double || hasCjk(s, i - 1, i)) to[i] = tOpen + 1;
        curlyOpen = false;
      } else if (openAt < 0) openAt = i;
      else {
        const content = hasCjk(s, openAt + 1, i);
        const latinAround = latinAt(s, openAt - 1) || latinAt(s, i + 1);
        if (double ? content || hanAt(s, openAt - 1) || hanAt(s, i + 1) : content && !latinAround) {
          to[openAt] = tOpen;
          to[i] = tOpen + 1;
        }
        openAt = -1;
      }
    }
  }

  // 3. , : ; ? ! after Chinese text or before it; never between two Latin letters or digits.
  for (let k = 0; k < nc; k++) {
    const i = candidates[k];
    const t = markTarget(s.charCodeAt(i));
    if (t === 0 || (mask !== undefined && mask[i])) continue;
    if (latinAt(s, i - 1) && latinAt(s, i + 1)) continue;
    const before = prevNonSpace(s, i);
    if (cjkAt(s, before) || cjkAt(s, nextNonSpace(s, i)) || (afterChineseNumber(s, before) && !(i + 1 < n && isLatinLetter(s.charCodeAt(i + 1))))) to[i] = t;
  }

  // The changes, in order; the change buffer back to zeros for the next line.
  let found = 0;
  for (let k = 0; k < nc; k++) {
    const i = candidates[k];
    if (to[i] === 0) continue;
    changeIndex[found] = i;
    changeCode[found++] = to[i];
    to[i] = 0;
  }
  return found;
}

/** The index of change `k` of the last `findChanges` (relative to the line). */
export const changeAt = (k: number): number => changeIndex[k];
/** The full-width form change `k` of the last `findChanges` puts in. */
export const changeTarget = (k: number): string => TARGETS[changeCode[k]];

/** The changes of `findChanges` as objects (the formatter's form). */
export function halfWidthPunctuation(s: string): WidthChange[] {
  const found = findChanges(s);
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
