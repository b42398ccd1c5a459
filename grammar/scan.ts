// The fast path from text to line records: one pass over the lines, trying the lexer's own
// token patterns (lexer.ts) only where the Chevrotain lexer would try them — heading markers,
// labels and comments at a line's start, 一是 before a 是 and （1） at a bracket — and
// skipping body text without making tokens for it. It yields the records the Chevrotain
// lexer + parser (parser.ts, the reference grammar) yield, less what the tree does not read
// (indentation and body-text tokens); test/grammar/scan.test.ts checks that both give the same
// tree on the corpus and on random text. Several times faster, few allocations: one record per
// line and one token per marker, label, comment and inline mark.
import type { IToken, TokenType } from 'chevrotain';
import { Comment, enumMayStartAt, InlineEnum, InlineNumber, isSpaceCode, Label, labelEnd, LINE_START_END, MARKER_TYPES, type MatchEnd } from './lexer.js';
import type { LineRecord } from './parser.js';

/**
 * What a character (by code) may start or be, as bits in one table: an array read is several
 * times cheaper than a Set or Map lookup, and these are asked at every line and every 是.
 */
const CLASS = new Uint8Array(0x10000);
const LABEL_START = 1;
const HEAD_START = 2;
/** A digit before 是 in 一是 … 十九是 (InlineEnum: 十, or 十 and one of these, or one of these). */
const ENUM_DIGIT = 4;
for (const c of Label.START_CHARS_HINT as string[]) CLASS[c.charCodeAt(0)] |= LABEL_START;
for (const c of '一二三四五六七八九') CLASS[c.charCodeAt(0)] |= ENUM_DIGIT;

/** A line-head token type and the end of its match at an offset (lexer.ts: the same pattern, by test()). */
interface Head {
  type: TokenType;
  end: MatchEnd;
}

/** The line-head tokens (Comment, then the markers) by the character codes they may start with, in the lexer's order. */
const HEADS = new Map<number, Head[]>();
for (const type of [Comment, ...MARKER_TYPES]) {
  const head: Head = { type, end: LINE_START_END.get(type.name)! };
  for (const c of type.START_CHARS_HINT as string[]) {
    const code = c.charCodeAt(0);
    CLASS[code] |= HEAD_START;
    const heads = HEADS.get(code);
    if (heads) heads.push(head);
    else HEADS.set(code, [head]);
  }
}

/** The inline tokens of a line without any (shared: never pushed to, see the scan). */
const NO_TOKENS: IToken[] = [];

function token(type: TokenType, image: string, startOffset: number): IToken {
  return { image, startOffset, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! } as IToken;
}

/** The line-head token at `p` (after the indentation): only the tokens that may start with the character there are tried. */
function lineHead(text: string, p: number): IToken | undefined {
  const c = text.charCodeAt(p);
  if ((CLASS[c] & HEAD_START) === 0) return undefined;
  const heads = HEADS.get(c)!;
  for (let k = 0; k < heads.length; k++) {
    const end = heads[k].end(text, p);
    if (end >= 0) return token(heads[k].type, text.slice(p, end), p);
  }
  return undefined;
}

/** InlineNumber's pattern (（1）, (一)), tried where a bracket is. */
const NUMBER_RE = new RegExp((InlineNumber.PATTERN as RegExp).source, 'y');
const TEN = 0x5341; // 十

/** The offset of the next `ch` at or after `from`, or the text's length when there is none. */
function nextOf(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

/**
 * Line breaks, for texts that have a CR (others are split with indexOf, which is faster). Whether
 * there is one is asked of a regex: text.indexOf('\r') and includes('\r') were measured at 0.9 ms
 * on the 70 KB notice inside this function (node 20), the regex at a few microseconds.
 */
const HAS_CR = /\r/;
const BREAK_RE = /[\r\n]/g;

/** The line records of `text`, as the Chevrotain parser's `document` rule builds them. */
export function scanLines(text: string): LineRecord[] {
  const n = text.length;
  // Made at a guess of its length (real notices average over 40 characters a line) and cut to
  // the count at the end: grown by push from empty it is copied some eight times on the way.
  // (Capped: a very long new Array would be made a dictionary.)
  const lines: LineRecord[] = new Array(Math.min((n >> 5) + 16, 1 << 14));
  let count = 0;
  const hasCR = HAS_CR.test(text);
  // Where the inline tokens may be: 一是 ends at a 是, （1） starts at a bracket. The next of each
  // at or after the scan's position, kept across lines so that the text is searched once (by
  // indexOf, several times faster here than a regex for the tokens: measured).
  let shi = -1;
  let fullOpen = -1;
  let halfOpen = -1;
  let ls = 0;
  while (ls < n) {
    // The line's end and the next line's start.
    let le: number;
    if (hasCR) {
      BREAK_RE.lastIndex = ls;
      le = BREAK_RE.exec(text)?.index ?? n;
    } else {
      le = text.indexOf('\n', ls);
      if (le < 0) le = n;
    }
    const next = le >= n ? le : text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
    const line: LineRecord = { start: ls, end: le, next, marker: undefined, label: undefined, comment: undefined, inline: NO_TOKENS };
    let p = ls;
    while (p < le && isSpaceCode(text.charCodeAt(p))) p++;
    if (p < le) {
      const head = lineHead(text, p);
      if (head !== undefined) {
        if (head.tokenType === Comment) line.comment = head;
        else line.marker = head;
        p += head.image.length;
      }
      if (line.comment === undefined && p < le && (CLASS[text.charCodeAt(p)] & LABEL_START) !== 0) {
        // A label is taken here (at the line's start or right after the marker) wherever its pattern matches.
        const end = labelEnd(text, p);
        if (end >= 0) {
          line.label = token(Label, text.slice(p, end), p);
          p = end;
        }
      }
      if (line.comment === undefined) {
        // The inline tokens in text[p, le). The lexer tries them left to right at each character
        // that may start one and goes on after a token; a bracket match holds no 是 and a 一是 no
        // bracket, so the two can be looked for apart and met in the order of their offsets.
        let from = p;
        for (;;) {
          if (shi < from) shi = nextOf(text, '是', from);
          if (fullOpen < from) fullOpen = nextOf(text, '（', from);
          if (halfOpen < from) halfOpen = nextOf(text, '(', from);
          const open = fullOpen < halfOpen ? fullOpen : halfOpen;
          // The 一是 ending at `shi` (when there is a 是) starts at its 十 or its digit (or nowhere), not before `from`.
          let enumStart = -1;
          if (shi < n && shi - 1 >= from) {
            const before = text.charCodeAt(shi - 1);
            if (before === TEN) enumStart = shi - 1;
            else if ((CLASS[before] & ENUM_DIGIT) !== 0) enumStart = shi - 2 >= from && text.charCodeAt(shi - 2) === TEN ? shi - 2 : shi - 1;
          }
          if (enumStart < 0 && shi < open) {
            // A 是 without digits before it: look at the next one.
            if (shi >= le) break;
            shi = nextOf(text, '是', shi + 1);
          } else if (enumStart >= 0 && enumStart < open) {
            if (enumStart >= le) break;
            // The 一是 is text[enumStart, shi]: InlineEnum's pattern matches it wherever a 一是 may
            // start. When that fails at a 十, the lexer's try at the digit after it fails too (十 is no boundary).
            if (enumMayStartAt(text, enumStart)) {
              if (line.inline === NO_TOKENS) line.inline = [];
              line.inline.push(token(InlineEnum, text.slice(enumStart, shi + 1), enumStart));
            }
            from = shi + 1;
          } else {
            if (open >= le) break;
            // test, not exec: the match's end is lastIndex, and no result array is made.
            NUMBER_RE.lastIndex = open;
            if (NUMBER_RE.test(text)) {
              if (line.inline === NO_TOKENS) line.inline = [];
              line.inline.push(token(InlineNumber, text.slice(open, NUMBER_RE.lastIndex), open));
              from = NUMBER_RE.lastIndex;
            } else {
              from = open + 1;
            }
          }
        }
      }
    }
    lines[count++] = line;
    ls = next;
  }
  lines.length = count;
  return lines;
}
