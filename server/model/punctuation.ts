// Half-width punctuation in Chinese context (GB/T 15834-2011): which `, : ; ? ! ( ) " '` of a
// line should be full-width. Shared by the `punctuation` rule (reports) and the formatter
// (rewrites), so both always agree. Never inside numbers (1,000  11:50), URLs, e-mail
// addresses or Latin text (`PPP,EPC`, `f(x)`).

/** A half-width character that should become `to`. `index` is an offset in the scanned text. */
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
const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
/** `0-9 . % ‰ ％`: the characters of a number ending before a mark. */
const isNumberChar = (c: number) => (c >= 48 && c <= 57) || c === 0x2e || c === 0x25 || c === 0x2030 || c === 0xff05;

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

/** `, : ; ? ! ( ) " '`: the half-width candidates. */
const isHalfMark = (c: number) => c === 44 || c === 58 || c === 59 || c === 63 || c === 33 || c === 40 || c === 41 || c === 34 || c === 39;
/** `( ) " '`: the candidates decided as pairs. */
const isPaired = (c: number) => c === 40 || c === 41 || c === 34 || c === 39;
/** The curly quotes the straight ones pair with (and the full-width brackets, tested apart). */
const isCurlyQuote = (c: number) => c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
/** The marks decided by their neighbours, after brackets and quotes. */
const isSentenceMark = (c: number) => c === 44 || c === 58 || c === 59 || c === 63 || c === 33;
const QUOTES = [
  ['"', '“', '”'],
  ["'", '‘', '’'],
] as const;
/** The full-width forms of a line without half-width brackets or quotes: none. */
const NO_PAIRS: ReadonlyMap<number, string> = new Map();
/** URLs and e-mail addresses: their punctuation is never touched. */
const PROTECTED = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[\x21-\x7e]+|www\.[A-Za-z0-9-]+\.[\x21-\x7e]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g;
/** Brackets and quotes around a URL, and a sentence mark after it, are not part of it. */
const URL_END = /[()"',.:;?!]+$|[()"'].*$/;
/** An enumeration mark's content, `2` `一` `35-1`, filling a bracket pair. */
const NUMBER_MARK = /^[0-9一二三四五六七八九十]{1,4}(?:[-－—][0-9]{1,2})?$/;

// The neighbours of a mark at offset `i` of `line` (out of the line: no character).
const code = (line: string, i: number) => (i >= 0 && i < line.length ? line.charCodeAt(i) : -1);
const hanAt = (line: string, i: number) => isHan(code(line, i));
const latinAt = (line: string, i: number) => isLatinAlnum(code(line, i));
/** Chinese context at `i`: a CJK character, or a mark already made full-width (in `to`). */
const cjkAt = (line: string, to: ReadonlyMap<number, string>, i: number) => to.has(i) || isCjk(code(line, i));
function prevNonSpace(line: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSpace(line.charCodeAt(j))) j--;
  return j;
}
function nextNonSpace(line: string, i: number): number {
  let j = i + 1;
  while (j < line.length && isSpace(line.charCodeAt(j))) j++;
  return j;
}
function hasCjk(line: string, from: number, upto: number): boolean {
  for (let k = Math.max(0, from); k < upto; k++) if (isCjk(line.charCodeAt(k))) return true;
  return false;
}
/** `i` ends a number (`0.52%`, `15`) that follows Chinese text: `占0.52%;15个`. */
function afterChineseNumber(line: string, i: number): boolean {
  let j = i;
  while (j >= 0 && isNumberChar(line.charCodeAt(j))) j--;
  return j < i && j >= 0 && isCjk(line.charCodeAt(j));
}

/**
 * The half-width punctuation of the line `text[start, end)` that Chinese context calls
 * full-width, in text order (indexes are offsets in `text`). Brackets and quotes are decided as
 * pairs first; then `, : ; ? !` by their neighbours (a bracket or quote just made full-width
 * counts as Chinese context).
 */
export function lineChanges(text: string, start: number, end: number): WidthChange[] {
  // Most lines of a notice hold no half-width mark, and end here (nothing is collected first).
  let first = start;
  while (first < end && !isHalfMark(text.charCodeAt(first))) first++;
  if (first === end) return [];
  // One pass over the codes: the marks, brackets and quotes of either width (offsets in the
  // line), and whether a URL or an e-mail address may be there (`@`, `/`, `w`).
  let marks: number[] = [];
  let pairs = false;
  let maybeUrl = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x3000) {
      if (c === 0xff08 || c === 0xff09) marks.push(k - start); // （ ）; Han and the other CJK marks pass
    } else if (c >= 0x80) {
      if (isCurlyQuote(c)) marks.push(k - start);
    } else if (isHalfMark(c)) {
      marks.push(k - start);
      pairs ||= isPaired(c);
    } else if (c === 0x40 || c === 0x2f || c === 0x77) maybeUrl = true;
  }
  const line = text.slice(start, end);
  // URLs and e-mail addresses: their characters are left out of every decision.
  if (maybeUrl && (line.includes('@') || line.includes('://') || line.includes('www.'))) {
    const prot = protectedOffsets(line);
    marks = marks.filter((i) => !prot.has(i));
  }

  // The brackets and quotes made full-width: offset in `line` → full-width form (most lines have none).
  const to = pairs ? pairedMarks(line, marks) : NO_PAIRS;

  // 3. , : ; ? ! after Chinese text or before it (a mark just made full-width is Chinese
  // context); never between two Latin letters or digits.
  const out: WidthChange[] = [];
  let lastFull: number | undefined;
  for (const i of marks) {
    const c = line.charCodeAt(i);
    let target: string | undefined;
    if (!isSentenceMark(c)) target = to.get(i);
    else if (!(latinAt(line, i - 1) && latinAt(line, i + 1))) {
      const before = prevNonSpace(line, i);
      if (before === lastFull || cjkAt(line, to, before) || cjkAt(line, to, nextNonSpace(line, i)) || (afterChineseNumber(line, before) && !isLatinLetter(code(line, i + 1)))) {
        target = FULL_WIDTH[line[i]];
      }
    }
    if (target === undefined) continue;
    lastFull = i;
    if (c < 0x80) out.push({ index: start + i, from: line[i], to: target });
  }
  return out;
}

/**
 * The half-width brackets and quotes of `line` that become full-width (offset → form), decided
 * as pairs: steps 1 and 2 of `lineChanges`.
 */
function pairedMarks(line: string, marks: readonly number[]): Map<number, string> {
  const to = new Map<number, string>();
  // 1. Brackets paired (either width may open or close: `（一)` is a pair).
  const stack: number[] = [];
  const lone: number[] = [];
  for (const i of marks) {
    const c = line[i];
    if (c === '(' || c === '（') stack.push(i);
    else if (c === ')' || c === '）') {
      const o = stack.pop();
      if (o === undefined) {
        lone.push(i);
        continue;
      }
      const halfOpen = line[o] === '(';
      const halfClose = c === ')';
      if (!halfOpen && !halfClose) continue;
      // An enumeration mark `(2)` `(一)` `(35-1)`: Chinese unless it follows Latin text (`f(1)`).
      const enumeration = !latinAt(line, o - 1) && NUMBER_MARK.test(line.slice(o + 1, i));
      const chinese = enumeration || !halfOpen || !halfClose || hasCjk(line, o + 1, i) || cjkAt(line, to, prevNonSpace(line, o)) || hanAt(line, nextNonSpace(line, i));
      if (!chinese) continue;
      if (halfOpen) to.set(o, '（');
      if (halfClose) to.set(i, '）');
    }
  }
  for (const i of [...lone, ...stack]) {
    const c = line[i];
    if ((c === '(' || c === ')') && hanAt(line, i - 1) && hanAt(line, i + 1)) to.set(i, c === '(' ? '（' : '）');
  }

  // 2. Straight quotes, paired in order; a curly quote sets the state (`“…"` closes with ”).
  for (const [q, open, close] of QUOTES) {
    if (!line.includes(q)) continue;
    const double = q === '"';
    let openAt = -1;
    let curlyOpen = false;
    for (const i of marks) {
      const c = line[i];
      if (c === open) curlyOpen = true;
      else if (c === close) curlyOpen = false;
      else if (c !== q) continue;
      else if (curlyOpen) {
        if (double || hasCjk(line, i - 1, i)) to.set(i, close);
        curlyOpen = false;
      } else if (openAt < 0) openAt = i;
      else {
        const content = hasCjk(line, openAt + 1, i);
        const latinAround = latinAt(line, openAt - 1) || latinAt(line, i + 1);
        if (double ? content || hanAt(line, openAt - 1) || hanAt(line, i + 1) : content && !latinAround) {
          to.set(openAt, open);
          to.set(i, close);
        }
        openAt = -1;
      }
    }
  }
  return to;
}

/** The offsets of `line` inside a URL or an e-mail address. */
function protectedOffsets(line: string): Set<number> {
  const prot = new Set<number>();
  for (const m of line.matchAll(PROTECTED)) {
    const len = m[0].replace(URL_END, '').length;
    for (let k = m.index; k < m.index + len; k++) prot.add(k);
  }
  return prot;
}

/** The changes of a single line `s` (indexes in `s`): the formatter's form. */
export function halfWidthPunctuation(s: string): WidthChange[] {
  return lineChanges(s, 0, s.length);
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
