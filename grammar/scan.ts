// The fast path from text to lines: one pass over the lines, trying the lexer's own token
// patterns (lexer.ts) only where the Chevrotain lexer would try them — heading markers, labels
// and comments at a line's start, 一是 before a 是 and （1） at a bracket — and skipping body text
// without making tokens for it. It yields what the Chevrotain lexer + parser (parser.ts, the
// reference grammar) yield, less what the tree does not read (indentation and body-text tokens);
// test/grammar/scan.test.ts checks that both give the same tree on the corpus and on random text.
// What it finds goes into the columns of a typed array (`Lines`), not into objects: no record
// per line nor token per marker, label or inline mark (the tree cuts out the text it keeps).
import type { TokenType } from 'chevrotain';
import {
  Comment,
  enumMayStartAt,
  InlineEnum,
  InlineNumber,
  labelEnd,
  Label,
  Level1Marker,
  Level2Marker,
  Level3Marker,
  Level4Marker,
  Level5Marker,
  LINE_START_END,
  MARKER_TYPES,
  afterSpaces,
  beforeSpaces,
  type MatchEnd,
} from './lexer.js';
import type { LineRecord } from './parser.js';

/** What a line starts with (Lines.head): nothing, a heading marker of level 1 … 5 (the level itself), or a comment. */
export const HEAD_NONE = 0;
export const HEAD_COMMENT = 6;

/** The kind of an inline mark (Lines.marks): 一是 (InlineEnum) or （1） (InlineNumber). */
export const MARK_SHI = 0;
export const MARK_PAREN = 1;

/**
 * The lines of a text as the tree reads them, one column per field (views of one Int32Array,
 * line i at index i): what the Chevrotain parser's line records hold, without an object per line.
 */
export interface Lines {
  count: number;
  /** Offsets of the first character of each line, then the text's length if the last line ends in a break: the tree's lineStarts. */
  lineStarts: number[];
  /** Offset just past the last character before the line break. */
  end: Int32Array;
  /** The line without its indentation and trailing spaces: [contentStart, contentEnd). */
  contentStart: Int32Array;
  contentEnd: Int32Array;
  /** HEAD_NONE, a marker's level (1 … 5) or HEAD_COMMENT, at [contentStart, headEnd) (headEnd is contentStart for none). */
  head: Int32Array;
  headEnd: Int32Array;
  /** A label at [headEnd, labelEnd) (right after the marker, or at the content's start), or labelEnd -1. */
  labelEnd: Int32Array;
  /** Line i's inline marks are marks [marksTo[i - 1], marksTo[i]) (from 0 for the first line). */
  marksTo: Int32Array;
  /** Three numbers per inline mark, in document order: its kind (MARK_SHI, MARK_PAREN), start and end. */
  marks: Int32Array;
  /**
   * One more column, for the tree's roles by line (build.ts): made in the same buffer, as one
   * ArrayBuffer costs over a microsecond to make (outside the heap), a view a tenth of that.
   */
  scratch: Int32Array;
}

/** The number of Int32Array columns of Lines, its scratch included. */
const COLUMNS = 8;

function newLines(capacity: number, markCapacity: number): Lines {
  const lines: Lines = {
    count: 0,
    lineStarts: [],
    end: EMPTY,
    contentStart: EMPTY,
    contentEnd: EMPTY,
    head: EMPTY,
    headEnd: EMPTY,
    labelEnd: EMPTY,
    marksTo: EMPTY,
    marks: new Int32Array(3 * markCapacity),
    scratch: EMPTY,
  };
  setColumns(lines, capacity, 0);
  return lines;
}

const EMPTY = new Int32Array(0);

/**
 * Cuts the columns (and the scratch) out of one new buffer of `capacity` lines, keeping the first
 * `keep`: one ArrayBuffer (each takes over a microsecond to make, outside the heap), a view per column.
 */
function setColumns(lines: Lines, capacity: number, keep: number): void {
  const all = new Int32Array(COLUMNS * capacity);
  const column = (k: number, old: Int32Array): Int32Array => {
    const c = all.subarray(k * capacity, (k + 1) * capacity);
    c.set(old.subarray(0, keep));
    return c;
  };
  lines.end = column(0, lines.end);
  lines.contentStart = column(1, lines.contentStart);
  lines.contentEnd = column(2, lines.contentEnd);
  lines.head = column(3, lines.head);
  lines.headEnd = column(4, lines.headEnd);
  lines.labelEnd = column(5, lines.labelEnd);
  lines.marksTo = column(6, lines.marksTo);
  lines.scratch = all.subarray(7 * capacity);
}

/** Adds an inline mark (the marks array doubled when full). */
function addMark(lines: Lines, count: number, kind: number, start: number, end: number): void {
  if (3 * count + 3 > lines.marks.length) {
    const more = new Int32Array(2 * lines.marks.length + 48);
    more.set(lines.marks);
    lines.marks = more;
  }
  lines.marks[3 * count] = kind;
  lines.marks[3 * count + 1] = start;
  lines.marks[3 * count + 2] = end;
}

/** HEAD_NONE … HEAD_COMMENT for a line-head token type. */
export function headOf(type: TokenType | undefined): number {
  switch (type) {
    case Level1Marker:
      return 1;
    case Level2Marker:
      return 2;
    case Level3Marker:
      return 3;
    case Level4Marker:
      return 4;
    case Level5Marker:
      return 5;
    case Comment:
      return HEAD_COMMENT;
    default:
      return HEAD_NONE;
  }
}

/**
 * What a character (by code) may start or be, as bits in one table: an array read is several
 * times cheaper than a Set or Map lookup, and these are asked at every line and every 是.
 */
const CLASS = new Uint8Array(0x10000);
const LABEL_START = 1;
/** A digit before 是 in 一是 … 十九是 (InlineEnum: 十, or 十 and one of these, or one of these). */
const ENUM_DIGIT = 2;
for (const c of Label.START_CHARS_HINT as string[]) CLASS[c.charCodeAt(0)] |= LABEL_START;
for (const c of '一二三四五六七八九') CLASS[c.charCodeAt(0)] |= ENUM_DIGIT;

/** A line-head token (its Lines.head) and the end of its match at an offset (lexer.ts: the same pattern, by test()). */
interface Head {
  head: number;
  end: MatchEnd;
}

/**
 * The line-head tokens (Comment, then the markers) that may start with a character, in the
 * lexer's order: HEAD_LISTS[HEAD_LIST[code]] (an array read at every line, not a Map lookup;
 * index 0 is the empty list).
 */
const HEAD_LIST = new Uint8Array(0x10000);
const HEAD_LISTS: Head[][] = [[]];
for (const type of [Comment, ...MARKER_TYPES]) {
  const head: Head = { head: headOf(type), end: LINE_START_END.get(type.name)! };
  for (const c of type.START_CHARS_HINT as string[]) {
    const code = c.charCodeAt(0);
    if (HEAD_LIST[code] === 0) HEAD_LIST[code] = HEAD_LISTS.push([]) - 1;
    HEAD_LISTS[HEAD_LIST[code]].push(head);
  }
}
if (HEAD_LISTS.length > 256) throw new Error('HEAD_LIST holds list indices under 256'); // 74 today

/** InlineNumber's pattern (（1）, (一)), tried where a bracket is. */
const NUMBER_RE = new RegExp((InlineNumber.PATTERN as RegExp).source, 'y');
const TEN = 0x5341; // 十

/** The offset of the next `ch` at or after `from`, or the text's length when there is none. */
function nextOf(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

/** The lines of `text`, as the Chevrotain parser's `document` rule reads them. */
export function scanLines(text: string): Lines {
  const n = text.length;
  // Made at a guess of the line count (real notices average over 40 characters a line) and
  // doubled when it is passed. (Capped: a very long new Array would be made a dictionary.)
  let capacity = Math.min((n >> 5) + 16, 1 << 14);
  const lines = newLines(capacity, (n >> 7) + 16);
  const lineStarts: number[] = new Array(capacity + 1);
  let count = 0;
  let markCount = 0;
  // Where the inline tokens may be: 一是 ends at a 是, （1） starts at a bracket. The next of each
  // at or after the scan's position, kept across lines so that the text is searched once (by
  // indexOf, several times faster here than a regex for the tokens: measured).
  let shi = -1;
  let fullOpen = -1;
  let halfOpen = -1;
  // The same for the line breaks: a line ends at the next LF or CR (CRLF ends at its CR). Two
  // searches by indexOf, not one regex for [\r\n] per line, which cost several times more on CRLF text.
  let lf = -1;
  let cr = -1;
  let ls = 0;
  let next = 0;
  while (ls < n) {
    // The line's end and the next line's start.
    let le: number;
    const first = text.charCodeAt(ls);
    if (first === 10 || first === 13) {
      // An empty line (half the lines of a notice): no search for its end.
      le = ls;
    } else {
      if (lf < ls) lf = nextOf(text, '\n', ls);
      if (cr < ls) cr = nextOf(text, '\r', ls);
      le = lf < cr ? lf : cr;
    }
    next = le >= n ? le : text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
    if (count === capacity) {
      capacity *= 2;
      setColumns(lines, capacity, count);
    }
    lineStarts[count] = ls;
    const p = afterSpaces(text, ls, le);
    const e = beforeSpaces(text, p, le);
    lines.end[count] = le;
    lines.contentStart[count] = p;
    lines.contentEnd[count] = e;
    let head = HEAD_NONE;
    let headEnd = p;
    let labelEndAt = -1;
    if (p < le) {
      // Only the tokens that may start with the character there are tried.
      const list = HEAD_LIST[text.charCodeAt(p)];
      if (list !== 0) {
        const heads = HEAD_LISTS[list];
        for (let k = 0; k < heads.length; k++) {
          const end = heads[k].end(text, p);
          if (end >= 0) {
            head = heads[k].head;
            headEnd = end;
            break;
          }
        }
      }
      if (head !== HEAD_COMMENT) {
        let from = headEnd;
        if (from < le && (CLASS[text.charCodeAt(from)] & LABEL_START) !== 0) {
          // A label is taken here (at the line's start or right after the marker) wherever its pattern matches.
          const end = labelEnd(text, from);
          if (end >= 0) {
            labelEndAt = end;
            from = end;
          }
        }
        // The inline tokens in text[from, le). The lexer tries them left to right at each character
        // that may start one and goes on after a token; a bracket match holds no 是 and a 一是 no
        // bracket, so the two can be looked for apart and met in the order of their offsets.
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
            if (enumMayStartAt(text, enumStart)) addMark(lines, markCount++, MARK_SHI, enumStart, shi + 1);
            from = shi + 1;
          } else {
            if (open >= le) break;
            // test, not exec: the match's end is lastIndex, and no result array is made.
            NUMBER_RE.lastIndex = open;
            if (NUMBER_RE.test(text)) {
              addMark(lines, markCount++, MARK_PAREN, open, NUMBER_RE.lastIndex);
              from = NUMBER_RE.lastIndex;
            } else {
              from = open + 1;
            }
          }
        }
      }
    }
    lines.head[count] = head;
    lines.headEnd[count] = headEnd;
    lines.labelEnd[count] = labelEndAt;
    lines.marksTo[count] = markCount;
    count++;
    ls = next;
  }
  lines.count = count;
  // After a break that ends the last line, one more line starts (empty): the text's end.
  let starts = count;
  if (count === 0) lineStarts[starts++] = 0;
  else if (next > lines.end[count - 1]) lineStarts[starts++] = next;
  lineStarts.length = starts;
  lines.lineStarts = lineStarts;
  return lines;
}

/** The same Lines from line records (the Chevrotain parser's, parser.ts; or plain lines). */
export function linesOf(text: string, records: LineRecord[]): Lines {
  const n = records.length;
  const lines = newLines(n, 16);
  const lineStarts: number[] = [0];
  let markCount = 0;
  for (let i = 0; i < n; i++) {
    const r = records[i];
    if (r.next > r.end) lineStarts.push(r.next);
    const start = afterSpaces(text, r.start, r.end);
    const end = beforeSpaces(text, start, r.end);
    lines.end[i] = r.end;
    lines.contentStart[i] = start;
    lines.contentEnd[i] = end;
    const head = r.comment ?? r.marker;
    lines.head[i] = headOf(head?.tokenType);
    const headEnd = head ? head.startOffset + head.image.length : start;
    // Where Lines has no room for them to differ (the grammar puts them there; parseWith reads the text as plain lines if not).
    if ((head && head.startOffset !== start) || (r.label && r.label.startOffset !== headEnd)) throw new Error(`line ${i}: a marker, comment or label out of place`);
    lines.headEnd[i] = headEnd;
    lines.labelEnd[i] = r.label ? r.label.startOffset + r.label.image.length : -1;
    for (const t of r.inline) {
      const kind = t.tokenType === InlineEnum ? MARK_SHI : t.tokenType === InlineNumber ? MARK_PAREN : -1;
      if (kind >= 0) addMark(lines, markCount++, kind, t.startOffset, t.startOffset + t.image.length);
    }
    lines.marksTo[i] = markCount;
  }
  lines.count = n;
  lines.lineStarts = lineStarts;
  return lines;
}
