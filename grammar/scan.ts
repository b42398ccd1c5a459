// The fast path from text to line records: one pass over the lines, trying the lexer's own
// token patterns (lexer.ts) only where the Chevrotain lexer would try them — heading markers,
// labels and comments at a line's start, 一是 and （1） where they can really start — and
// skipping body text without making tokens for it. It yields the records the Chevrotain
// lexer + parser (parser.ts, the reference grammar) yield, less what the tree does not read
// (indentation and body-text tokens); test/grammar/scan.test.ts checks that both give the same
// tree on the corpus and on random text. Several times faster, few allocations: one record per
// line and one token per marker, label, comment and inline mark.
import type { CustomPatternMatcherFunc, IToken, TokenType } from 'chevrotain';
import { Comment, InlineEnum, InlineNumber, isSpaceCode, Label, MARKER_TYPES } from './lexer.js';
import type { LineRecord } from './parser.js';

/** The token patterns of labels and 一是 (custom matchers in lexer.ts). */
const pattern = (t: TokenType) => t.PATTERN as CustomPatternMatcherFunc;
const matchLabel = pattern(Label);
const matchEnum = pattern(InlineEnum);

/** Character codes a label may start with (numbers, not strings: CJK one-character strings would be allocated). */
const labelStarts = new Set((Label.START_CHARS_HINT as string[]).map((c) => c.charCodeAt(0)));

/** The line-head tokens (Comment, then the markers) by the character codes they may start with, in the lexer's order. */
const HEADS = new Map<number, TokenType[]>();
for (const type of [Comment, ...MARKER_TYPES]) {
  for (const c of type.START_CHARS_HINT as string[]) {
    const code = c.charCodeAt(0);
    const types = HEADS.get(code);
    if (types) types.push(type);
    else HEADS.set(code, [type]);
  }
}

/** Passed to the matchers, which read but never change them: no array or object made per call. */
const NO_TOKENS: IToken[] = [];
const NO_GROUPS = {};

function token(type: TokenType, image: string, startOffset: number): IToken {
  return { image, startOffset, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! } as IToken;
}

/** The line-head token at `p` (after the indentation): only the tokens that may start with the character there are tried. */
function lineHead(text: string, p: number): IToken | undefined {
  const types = HEADS.get(text.charCodeAt(p));
  if (types === undefined) return undefined;
  for (let k = 0; k < types.length; k++) {
    const m = pattern(types[k])(text, p, NO_TOKENS, NO_GROUPS);
    if (m !== null) return token(types[k], m[0], p);
  }
  return undefined;
}

/**
 * Where an inline token may be: （1）/（一） (InlineNumber's pattern) or 一是 (InlineEnum's,
 * whose boundary check — the character before — is made by its matcher on each hit). Neither
 * contains a line break, so a match never crosses a line end. The Chevrotain lexer tries the
 * inline tokens at every character that may start one, left to right, and goes on after a
 * token; a global search from the same place finds the same first match, because every
 * position it skips is one where neither pattern matches.
 */
const INLINE_RE = /[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)]|(?:十[一二三四五六七八九]?|[一二三四五六七八九])是/g;

/**
 * Line breaks, for texts that have a CR (others are split with indexOf, which is faster). Whether
 * there is one is asked of a regex: text.indexOf('\r') and includes('\r') were measured at 0.9 ms
 * on the 70 KB notice inside this function (node 20), the regex at a few microseconds.
 */
const HAS_CR = /\r/;
const BREAK_RE = /[\r\n]/g;

/** The line records of `text`, as the Chevrotain parser's `document` rule builds them. */
export function scanLines(text: string): LineRecord[] {
  const lines: LineRecord[] = [];
  const n = text.length;
  const hasCR = HAS_CR.test(text);
  BREAK_RE.lastIndex = 0;
  // The first inline candidate at or after the last search's start (null: none to the end of the
  // text). It is kept across lines, so that text without candidates is searched once, not once
  // per line; it is searched again only when the scan has passed it.
  let cand: RegExpExecArray | null = null;
  let searched = false;
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
      if (line.comment === undefined && p < le && labelStarts.has(text.charCodeAt(p))) {
        const m = matchLabel(text, p, line.marker ? [line.marker] : NO_TOKENS, NO_GROUPS);
        if (m !== null) {
          line.label = token(Label, m[0], p);
          p += m[0].length;
        }
      }
      if (line.comment === undefined) {
        // The inline tokens in text[p, le).
        let from = p;
        for (;;) {
          if (!searched || (cand !== null && cand.index < from)) {
            INLINE_RE.lastIndex = from;
            cand = INLINE_RE.exec(text);
            searched = true;
          }
          if (cand === null || cand.index >= le) break;
          const i = cand.index;
          const image = cand[0];
          const paren = image.charCodeAt(0) === 0xff08 || image.charCodeAt(0) === 0x28;
          if (paren || matchEnum(text, i, NO_TOKENS, NO_GROUPS) !== null) {
            if (line.inline === NO_TOKENS) line.inline = [];
            line.inline.push(token(paren ? InlineNumber : InlineEnum, image, i));
            from = i + image.length;
          } else {
            from = i + 1; // 一是 without a boundary before it: the lexer goes on at the next character
          }
        }
      }
    }
    lines.push(line);
    ls = next;
  }
  return lines;
}
