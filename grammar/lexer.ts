// The notice lexer: Chevrotain tokens for the line structure of a notice.
//
// Headings, labels and comments are only tokens at the start of a line (after indentation),
// which Chevrotain cannot express with `^`; they are custom patterns that check their offset
// (see `atLineStart`). Body text is lexed as long runs (`Text`); only the characters that can
// start an inline token (一是 enumerations, （1） inline numbers) break a run, and fall back to
// `Char` when no inline token matches there.
import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from 'chevrotain';

export const CN_DIGITS = '〇零一二两三四五六七八九十百';
const CIRCLED =
  '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
export const CIRCLED_NUMBERS = CIRCLED;

/** Indentation and spaces: ASCII space, tab, U+3000, NBSP, and a BOM (by code: no string is made). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** Past the spaces (isSpaceCode) that start text[from, to): its first other character, or `to`. */
export function afterSpaces(text: string, from: number, to: number): number {
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  return from;
}

/** Before the spaces that end text[from, to): just after its last other character, or `from`. */
export function beforeSpaces(text: string, from: number, to: number): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}

/** True when everything between the previous line break (or the text start) and `offset` is indentation. */
function atLineStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (!isSpaceCode(c)) return false;
  }
  return true;
}

/** Whether a match text[offset, end) of a line-start pattern is taken (Level3Marker rejects some). */
type Accept = (text: string, offset: number, end: number) => boolean;

/**
 * The end of the match of `re` at `offset`, or -1: by test() and lastIndex, so that no result
 * array or substring is made (the fast scanner, scan.ts, calls this at each line's start).
 */
export type MatchEnd = (text: string, offset: number) => number;

function matchEnd(re: RegExp, accept?: Accept): MatchEnd {
  const sticky = new RegExp(re.source, 'y');
  return (text, offset) => {
    sticky.lastIndex = offset;
    if (!sticky.test(text)) return -1;
    const end = sticky.lastIndex;
    return accept === undefined || accept(text, offset, end) ? end : -1;
  };
}

/** The line-start tokens' match ends (offset at a line's start, after the indentation), by token name. */
export const LINE_START_END = new Map<string, MatchEnd>();

/** A custom pattern that only matches at the start of a line; its MatchEnd goes to LINE_START_END under `name`. */
function lineStart(name: string, re: RegExp, accept?: Accept): CustomPatternMatcherFunc {
  LINE_START_END.set(name, matchEnd(re, accept));
  const sticky = new RegExp(re.source, 'y');
  return (text, offset) => {
    if (!atLineStart(text, offset)) return null;
    sticky.lastIndex = offset;
    const m = sticky.exec(text);
    if (m === null) return null;
    if (accept && !accept(text, offset, offset + m[0].length)) return null;
    return m;
  };
}

const chars = (s: string): string[] => Array.from(s);

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });
export const Space = createToken({ name: 'Space', pattern: /[ \t\u3000\u00a0\ufeff]+/ });

/** `<!-- … -->` on a line of its own: never part of the published text (see docs). */
export const Comment = createToken({
  name: 'Comment',
  pattern: lineStart('Comment', /<!--[^\r\n]*?-->(?=[ \t\u3000]*(?:\r|\n|$))/),
  start_chars_hint: ['<'],
  line_breaks: false,
});

// Level 1: 一、 十一、 (Chinese numeral and 、)
export const Level1Marker = createToken({
  name: 'Level1Marker',
  pattern: lineStart('Level1Marker', /[一二三四五六七八九十]{1,4}[、]/),
  start_chars_hint: chars('一二三四五六七八九十'),
  line_breaks: false,
});

// Level 2: （一） (一) （一) and the doubled （一）、
export const Level2Marker = createToken({
  name: 'Level2Marker',
  pattern: lineStart('Level2Marker', /[（(][一二三四五六七八九十]{1,4}[）)]、?/),
  start_chars_hint: ['（', '('],
  line_breaks: false,
});

// Level 4: （1） (1) and split items (35-1); the doubled （1）、
export const Level4Marker = createToken({
  name: 'Level4Marker',
  pattern: lineStart('Level4Marker', /[（(][0-9]{1,3}(?:[-－—][0-9]{1,2})?[）)]、?/),
  start_chars_hint: ['（', '('],
  line_breaks: false,
});

/** Units after a decimal number: `94.5%`, `1.2万`, `8.5岁` are not headings (`3.1名…`, `5.2022年…` are). Sticky: tried at an offset. */
const DECIMAL_UNIT_AT = /[0-9]*(?:[%％‰万亿千元岁倍米吨亩℃]|个百分点|公里|公顷|平方|立方|小时)/y;

// Level 3: 1. 1． 1、 — `3.1名…` is heading 3; years and decimals with units are not headings.
export const Level3Marker = createToken({
  name: 'Level3Marker',
  pattern: lineStart('Level3Marker', /([0-9]{1,3})(?:[.．、](?![.．、]))/, (text, offset, end) => {
    if (text.charCodeAt(end - 1) === 0x3001 /* 、 */) return true;
    // Not a heading when the next 8 characters start with a digit and read as a number with a unit
    // (as /^[0-9]*(?:units)/ on text.slice(end, end + 8) would): tested in place, no slice made;
    // no unit starts with a digit, so the match is the same as long as it ends within the 8.
    const c = text.charCodeAt(end);
    if (!(c >= 0x30 && c <= 0x39)) return true;
    DECIMAL_UNIT_AT.lastIndex = end;
    return !(DECIMAL_UNIT_AT.test(text) && DECIMAL_UNIT_AT.lastIndex <= end + 8);
  }),
  start_chars_hint: chars('0123456789'),
  line_breaks: false,
});

// Level 5: ① ② … (circled numbers)
export const Level5Marker = createToken({
  name: 'Level5Marker',
  pattern: lineStart('Level5Marker', new RegExp(`[${CIRCLED}]`)),
  start_chars_hint: chars(CIRCLED),
  line_breaks: false,
});

/** The labels of §4, longest first so that 整改结果及整改情况 wins over 整改结果. */
export const LABELS = [
  '整改结果及整改情况',
  '整改情况及整改结果',
  '反馈问题',
  '存在问题',
  '问题表现',
  '整改情况',
  '整改措施',
  '整改进展',
  '整改结果',
  '整改时限',
  '整改目标',
  '完成时限',
  '责任单位',
  '责任领导',
  '牵头单位',
  '配合单位',
  '整改成效',
];
const LABEL_RE = new RegExp(`(?:${LABELS.join('|')})[ \\t\\u3000]*[:：]`, 'y');

/** The end of a label at `offset` (where one may be: at a line's start or right after a marker), or -1; no result array made. */
export const labelEnd: MatchEnd = matchEnd(LABEL_RE);

// A label at the start of a line or right after a heading marker.
export const Label = createToken({
  name: 'Label',
  pattern: ((text: string, offset: number, tokens: IToken[]) => {
    const prev = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
    const afterMarker =
      prev !== undefined && prev.startOffset + prev.image.length === offset && isMarkerType(prev.tokenType);
    if (!afterMarker && !atLineStart(text, offset)) return null;
    LABEL_RE.lastIndex = offset;
    return LABEL_RE.exec(text);
  }) as CustomPatternMatcherFunc,
  start_chars_hint: Array.from(new Set(LABELS.map((l) => l[0]))),
  line_breaks: false,
});

/** Characters (as codes) before which an inline 一是 may begin. */
const ENUM_BOUNDARY = new Set(Array.from('。；;：:，,！!？?）)”」 \t\u3000\n\r', (c) => c.charCodeAt(0)));
const ENUM_RE = /(?:十[一二三四五六七八九]?|[一二三四五六七八九])是/y;

/** Whether an inline 一是 may begin at `offset`: at the text's start or after a boundary character. */
export function enumMayStartAt(text: string, offset: number): boolean {
  return offset === 0 || ENUM_BOUNDARY.has(text.charCodeAt(offset - 1));
}

// 一是 二是 … inside a paragraph
export const InlineEnum = createToken({
  name: 'InlineEnum',
  pattern: ((text: string, offset: number) => {
    if (!enumMayStartAt(text, offset)) return null;
    ENUM_RE.lastIndex = offset;
    return ENUM_RE.exec(text);
  }) as CustomPatternMatcherFunc,
  start_chars_hint: chars('一二三四五六七八九十'),
  line_breaks: false,
});

// （1） inside a paragraph (an inline enumeration part)
export const InlineNumber = createToken({
  name: 'InlineNumber',
  pattern: /[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)]/,
  start_chars_hint: ['（', '('],
});

/** The characters that end a `Text` run because an inline token may start there. */
const BREAK_CHARS = '\r\n（(一二三四五六七八九十';

function rangeClassExcluding(excluded: string): string {
  const codes = Array.from(new Set(Array.from(excluded).map((c) => c.charCodeAt(0)))).sort((a, b) => a - b);
  const hex = (n: number) => '\\u' + n.toString(16).padStart(4, '0');
  let from = 0;
  let out = '';
  for (const c of codes) {
    if (c > from) out += c - 1 > from ? `${hex(from)}-${hex(c - 1)}` : hex(from);
    from = c + 1;
  }
  if (from <= 0xffff) out += `${hex(from)}-\\uffff`;
  return `[${out}]`;
}

export const Text = createToken({ name: 'Text', pattern: new RegExp(rangeClassExcluding(BREAK_CHARS) + '+') });
/** A single break character that starts no inline token. */
export const Char = createToken({ name: 'Char', pattern: /[（(一二三四五六七八九十]/ });

export const MARKER_TYPES: TokenType[] = [Level1Marker, Level2Marker, Level4Marker, Level3Marker, Level5Marker];
function isMarkerType(t: TokenType): boolean {
  return MARKER_TYPES.includes(t);
}

export const allTokens: TokenType[] = [
  Newline,
  Comment,
  Level1Marker,
  Level2Marker,
  Level4Marker,
  Level3Marker,
  Level5Marker,
  Label,
  Space,
  InlineEnum,
  InlineNumber,
  Text,
  Char,
];

export const noticeLexer = new Lexer(allTokens, {
  ensureOptimizations: true,
  positionTracking: 'onlyOffset',
});
