// The notice lexer: Chevrotain tokens for the line structure of a notice.
//
// Headings, labels and comments are only tokens at the start of a line (after indentation),
// which Chevrotain cannot express with `^`; they are custom patterns that look at the tokens
// matched before them (`atLineStart`). Body text is lexed as long runs (`Text`): a run ends at
// the line end or where an inline token (一是 enumerations, （1） inline numbers) starts.
import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from 'chevrotain';

export const CIRCLED_NUMBERS =
  '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';

/**
 * Indentation and spaces: ASCII space, tab, U+3000, NBSP and a BOM (the `Space` token's
 * characters), by code (`text[i]` would make a string of each Chinese character it looks at).
 */
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0xfeff;

/** text[from, to) without the spaces at its start and end, as offsets. */
export function trimmed(text: string, from: number, to: number): { start: number; end: number } {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return { start: from, end: to };
}

/** True when the tokens so far end with a line break (or there are none), perhaps followed by indentation. */
function atLineStart(tokens: IToken[]): boolean {
  let k = tokens.length - 1;
  if (k >= 0 && tokens[k].tokenType === Space) k--;
  return k < 0 || tokens[k].tokenType === Newline;
}

/** A custom pattern that only matches at the start of a line (Chevrotain has no `^` for that); `accept` may reject a match. */
function lineStart(re: RegExp, accept?: (match: string, text: string, end: number) => boolean): CustomPatternMatcherFunc {
  const sticky = new RegExp(re.source, 'y');
  return (text, offset, tokens) => {
    if (!atLineStart(tokens)) return null;
    sticky.lastIndex = offset;
    const m = sticky.exec(text);
    return m !== null && (accept === undefined || accept(m[0], text, offset + m[0].length)) ? m : null;
  };
}

const chars = (s: string): string[] => Array.from(s);

// Two token categories the parser reads a line with: what may head a line (a comment or a heading
// marker), and what may follow (text runs, spaces, 一是, （1）).
export const LineHead = createToken({ name: 'LineHead', pattern: Lexer.NA });
export const Inline = createToken({ name: 'Inline', pattern: Lexer.NA });

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });
export const Space = createToken({ name: 'Space', pattern: /[ \t\u3000\u00a0\ufeff]+/, categories: [Inline] });

/** `<!-- … -->` on a line of its own: never part of the published text (see docs). */
export const Comment = createToken({
  name: 'Comment',
  pattern: lineStart(/<!--[^\r\n]*?-->(?=[ \t\u3000]*(?:\r|\n|$))/),
  start_chars_hint: ['<'],
  line_breaks: false,
  categories: [LineHead],
});

// Level 1: 一、 十一、 (Chinese numeral and 、)
export const Level1Marker = createToken({
  name: 'Level1Marker',
  pattern: lineStart(/[一二三四五六七八九十]{1,4}[、]/),
  start_chars_hint: chars('一二三四五六七八九十'),
  line_breaks: false,
  categories: [LineHead],
});

// Level 2: （一） (一) （一) and the doubled （一）、
export const Level2Marker = createToken({
  name: 'Level2Marker',
  pattern: lineStart(/[（(][一二三四五六七八九十]{1,4}[）)]、?/),
  start_chars_hint: ['（', '('],
  line_breaks: false,
  categories: [LineHead],
});

// Level 4: （1） (1) and split items (35-1); the doubled （1）、
export const Level4Marker = createToken({
  name: 'Level4Marker',
  pattern: lineStart(/[（(][0-9０-９]{1,3}(?:[-－—][0-9０-９]{1,2})?[）)]、?/),
  start_chars_hint: ['（', '('],
  line_breaks: false,
  categories: [LineHead],
});

/** Units after a decimal number: `94.5%`, `1.2万`, `8.5岁` are not headings (`3.1名…`, `5.2022年…` are). */
const DECIMAL_UNIT = /^[0-9０-９]+(?:[%％‰万亿千元岁倍米吨亩℃]|个百分点|公里|公顷|平方|立方|小时)/;

// Level 3: 1. 1． 1、 (full-width digits too: １．) — `3.1名…` is heading 3; years and decimals with units are not headings.
export const Level3Marker = createToken({
  name: 'Level3Marker',
  pattern: lineStart(/[0-9０-９]{1,3}(?:[.．、](?![.．、]))/, (match, text, end) => match.endsWith('、') || !DECIMAL_UNIT.test(text.slice(end, end + 8))),
  start_chars_hint: chars('0123456789０１２３４５６７８９'),
  line_breaks: false,
  categories: [LineHead],
});

// Level 5: ① ② … (circled numbers)
export const Level5Marker = createToken({
  name: 'Level5Marker',
  pattern: lineStart(new RegExp(`[${CIRCLED_NUMBERS}]`)),
  start_chars_hint: chars(CIRCLED_NUMBERS),
  line_breaks: false,
  categories: [LineHead],
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

// A label at the start of a line or right after a heading marker.
export const Label = createToken({
  name: 'Label',
  pattern: ((text: string, offset: number, tokens: IToken[]) => {
    const prev = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
    const afterMarker =
      prev !== undefined && prev.startOffset + prev.image.length === offset && isMarkerType(prev.tokenType);
    if (!afterMarker && !atLineStart(tokens)) return null;
    LABEL_RE.lastIndex = offset;
    return LABEL_RE.exec(text);
  }) as CustomPatternMatcherFunc,
  start_chars_hint: Array.from(new Set(LABELS.map((l) => l[0]))),
  line_breaks: false,
});

/** The characters after which an inline 一是 may begin (or at the text's start): not inside a word as in 统一是. */
const ENUM_BOUNDARY = '。；;：:，,！!？?）)”」 \t\u3000\n\r';
const ENUM_RE = /(?:十[一二三四五六七八九]?|[一二三四五六七八九])是/y;

// 一是 二是 … inside a paragraph
export const InlineEnum = createToken({
  name: 'InlineEnum',
  pattern: ((text: string, offset: number) => {
    if (offset > 0 && !ENUM_BOUNDARY.includes(text[offset - 1])) return null;
    ENUM_RE.lastIndex = offset;
    return ENUM_RE.exec(text);
  }) as CustomPatternMatcherFunc,
  start_chars_hint: chars('一二三四五六七八九十'),
  line_breaks: false,
  categories: [Inline],
});

const INLINE_NUMBER_RE = /[（(](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[）)]/;

// （1） inside a paragraph (an inline enumeration part)
export const InlineNumber = createToken({
  name: 'InlineNumber',
  pattern: INLINE_NUMBER_RE,
  start_chars_hint: ['（', '('],
  categories: [Inline],
});

/** The characters that may start an inline token (一是, （1）). */
const BREAK_CHARS = '（(一二三四五六七八九十';

/** A character class of every UTF-16 unit but `excluded`, as ranges: Chevrotain cannot optimise a negated class (`[^…]`). */
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

/** Where an inline token starts: 一是 after a boundary character, or （1）. */
const INLINE_START = `(?<=[${ENUM_BOUNDARY}])${ENUM_RE.source}|${INLINE_NUMBER_RE.source}`;

// A run of body text, to the line end or to where an inline token starts: one token for most
// lines' text. Its first character is any (the inline tokens are tried before it); a break
// character further on ends the run only where an inline token starts. (Only the first
// character's class matters to Chevrotain's first-character optimisation, hence ranges there.)
export const Text = createToken({
  name: 'Text',
  pattern: new RegExp(`${rangeClassExcluding('\r\n')}(?:[^\r\n${BREAK_CHARS}]+|(?!${INLINE_START})[${BREAK_CHARS}])*`),
  categories: [Inline],
});

const MARKER_TYPES: TokenType[] = [Level1Marker, Level2Marker, Level4Marker, Level3Marker, Level5Marker];
function isMarkerType(t: TokenType): boolean {
  return MARKER_TYPES.includes(t);
}

export const allTokens: TokenType[] = [
  LineHead,
  Inline,
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
];

// The token definitions are checked by the tests (test/grammar/lexers.test.ts), not at every
// start of the server: Chevrotain's validations cost several milliseconds of its start-up.
export const noticeLexer = new Lexer(allTokens, {
  ensureOptimizations: true,
  positionTracking: 'onlyOffset',
  skipValidations: true,
});
