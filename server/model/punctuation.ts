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

const NUMBER_MARK = /^[0-9一二三四五六七八九十]{1,4}(?:[-－—][0-9]{1,2})?$/;

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

function protectedMask(s: string): Uint8Array {
  const mask = new Uint8Array(s.length);
  PROTECTED.lastIndex = 0;
  for (let m = PROTECTED.exec(s); m; m = PROTECTED.exec(s)) mask.fill(1, m.index, m.index + m[0].replace(URL_END, '').length);
  return mask;
}

/**
 * The half-width punctuation of `s` (one line of text) that Chinese context calls full-width.
 * Brackets and quotes are decided as pairs first; then `, : ; ? !` by their neighbours.
 */
export function halfWidthPunctuation(s: string): WidthChange[] {
  if (!/[,:;?!()"']/.test(s)) return [];
  const mask = protectedMask(s);
  const changes = new Map<number, string>();
  const cjkAt = (i: number) => i >= 0 && i < s.length && (isCjk(s.charCodeAt(i)) || changes.has(i));
  const hanAt = (i: number) => i >= 0 && i < s.length && isHan(s.charCodeAt(i));
  const latinAt = (i: number) => i >= 0 && i < s.length && isLatinAlnum(s.charCodeAt(i));
  const prevNonSpace = (i: number) => {
    let j = i - 1;
    while (j >= 0 && isSpace(s.charCodeAt(j))) j--;
    return j;
  };
  const nextNonSpace = (i: number) => {
    let j = i + 1;
    while (j < s.length && isSpace(s.charCodeAt(j))) j++;
    return j;
  };
  const hasCjk = (from: number, to: number) => {
    for (let k = Math.max(0, from); k < to; k++) if (isCjk(s.charCodeAt(k))) return true;
    return false;
  };

  /** `i` ends a number (`0.52%`, `15`) that follows Chinese text: `占0.52%;15个`. */
  const afterChineseNumber = (i: number) => {
    let j = i;
    while (j >= 0 && /[0-9.%‰％]/.test(s[j])) j--;
    return j < i && j >= 0 && isCjk(s.charCodeAt(j));
  };

  // 1. Brackets, as pairs (either width may open or close: `（一)` is a pair).
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  const lone: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (!(c === '(' || c === '（' || c === ')' || c === '）') || mask[i]) continue;
    if (c === '(' || c === '（') stack.push(i);
    else if (c === ')' || c === '）') {
      const o = stack.pop();
      if (o === undefined) lone.push(i);
      else pairs.push([o, i]);
    }
  }
  lone.push(...stack);
  for (const [o, c] of pairs) {
    if (s[o] === '（' && s[c] === '）') continue;
    // An enumeration mark `(2)` `(一)` `(35-1)`: Chinese unless it follows Latin text (`f(1)`).
    const enumeration = NUMBER_MARK.test(s.slice(o + 1, c)) && !latinAt(o - 1);
    const chinese =
      enumeration || s[o] === '（' || s[c] === '）' || hasCjk(o + 1, c) || cjkAt(prevNonSpace(o)) || hanAt(nextNonSpace(c));
    if (!chinese) continue;
    if (s[o] === '(') changes.set(o, '（');
    if (s[c] === ')') changes.set(c, '）');
  }
  for (const i of lone) {
    if ((s[i] === '(' || s[i] === ')') && hanAt(i - 1) && hanAt(i + 1)) changes.set(i, FULL_WIDTH[s[i]]);
  }

  // 2. Straight quotes, paired in order; curly quotes set the state (`“…"` closes with ”).
  for (const q of ['"', "'"]) {
    if (!s.includes(q)) continue;
    const [open, close] = q === '"' ? ['“', '”'] : ['‘', '’'];
    let openAt = -1;
    let curlyOpen = false;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (!(c === q || c === open || c === close) || mask[i]) continue;
      if (c === open) curlyOpen = true;
      else if (c === close) curlyOpen = false;
      else if (c === q) {
        if (curlyOpen) {
          if (q === '"' || hasCjk(i - 1, i)) changes.set(i, close);
          curlyOpen = false;
        } else if (openAt < 0) openAt = i;
        else {
          const content = hasCjk(openAt + 1, i);
          const latinAround = latinAt(openAt - 1) || latinAt(i + 1);
          if (q === '"' ? content || hanAt(openAt - 1) || hanAt(i + 1) : content && !latinAround) {
            changes.set(openAt, open);
            changes.set(i, close);
          }
          openAt = -1;
        }
      }
    }
  }

  // 3. , : ; ? ! after Chinese text or before it; never between two Latin letters or digits.
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (!(c === ',' || c === ':' || c === ';' || c === '?' || c === '!') || mask[i]) continue;
    if (latinAt(i - 1) && latinAt(i + 1)) continue;
    const before = prevNonSpace(i);
    if (cjkAt(before) || cjkAt(nextNonSpace(i)) || (afterChineseNumber(before) && !/[A-Za-z]/.test(s[i + 1] ?? ''))) changes.set(i, FULL_WIDTH[c]);
  }

  return [...changes.entries()].sort((a, b) => a[0] - b[0]).map(([index, to]) => ({ index, from: s[index], to }));
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
