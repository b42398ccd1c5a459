// Count sentences (NOTICE-FORMAT.md §6): a small Chevrotain lexer for the words that carry
// totals — numbers with their units (`60个`, `十四个`, `49项`), groupings (`三个方面`), scope
// words (`问题`, `具体问题`, `信访件` …), status words, 全部/均, rates (`完成率`) with their
// percentages, dates (`截至6月30日`) and 其中 — and a recogniser that reads one sentence into
// count statements: a total (or a chain of totals), parts with a status each, an optional rate
// and date. Pure text in, offsets out: it knows nothing of the tree or of LSP.
import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from 'chevrotain';
import { chineseToNumber } from './numerals.js';
import type { Span, TextSpan } from './tree.js';

const CN_NUM = '零〇一二两三四五六七八九十百';
const NUM = `(?:[0-9０-９]+|[${CN_NUM}]+)`;

/** Status words and the category each stands for; longest first. */
export type StatusCategory = 'done' | 'basic' | 'stage' | 'ongoing' | 'notdone' | 'longterm';
const STATUS_WORDS: [string, StatusCategory][] = [
  ['尚未整改到位', 'notdone'],
  ['未整改到位', 'notdone'],
  ['未完成整改', 'notdone'],
  ['未完成', 'notdone'],
  ['未整改', 'notdone'],
  ['基本完成整改', 'basic'],
  ['基本完成', 'basic'],
  ['阶段性完成整改', 'stage'],
  ['阶段性完成', 'stage'],
  ['已完成整改', 'done'],
  ['完成整改', 'done'],
  ['已整改完成', 'done'],
  ['整改完成', 'done'],
  ['已整改到位', 'done'],
  ['整改到位', 'done'],
  ['已办结', 'done'],
  ['办结', 'done'],
  ['已销号', 'done'],
  ['已完成', 'done'],
  ['完成', 'done'],
  ['正在整改', 'ongoing'],
  ['正在办理', 'ongoing'],
  ['持续整改', 'ongoing'],
  ['持续推进', 'ongoing'],
  ['整改中', 'ongoing'],
  ['长期整改', 'longterm'],
  ['长期坚持', 'longterm'],
];
const STATUS_OF = new Map(STATUS_WORDS);

/** The category of a status as written in a `整改结果：` field or a count sentence. */
export function statusCategory(word: string): StatusCategory | undefined {
  const w = word.replace(/^已/, '');
  return STATUS_OF.get(word) ?? STATUS_OF.get(w) ?? STATUS_OF.get('已' + w);
}

/** Scope words: what a total counts. A scope word must end a word (`6个问题楼盘` is no scope). */
export const SCOPES = ['立行立改问题', '具体问题', '反馈问题', '问题线索', '分项任务', '整改任务', '整改事项', '信访件', '信访举报', '问题'];
const SCOPE_END = /^(?:[0-9０-９零〇一二两三四五六七八九十百，,。；;、：:）)\s]|$|中|已|均|全|整改|完成|正在|仍|未|尚|基本|阶段|长期|办结|的|和|及|与|为|共|按|逐|细化|分解|纳入|列入|进行|实行|建立|形成|涉及)/;

const alt = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

function sticky(re: RegExp, after?: (m: RegExpExecArray, text: string) => boolean): CustomPatternMatcherFunc {
  const y = new RegExp(re.source, 'y');
  return (text, offset) => {
    y.lastIndex = offset;
    const m = y.exec(text);
    return m && (!after || after(m, text)) ? m : null;
  };
}

export const Percent = createToken({ name: 'Percent', pattern: /[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]/ });
export const DateTok = createToken({
  name: 'Date',
  pattern: /(?:[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?|[0-9]{1,2}月(?:[0-9]{1,2}日)?)(?:底|末|初|中旬|上旬|下旬)?/,
});
export const AsOf = createToken({ name: 'AsOf', pattern: /截至|截止到?/ });
export const Aspect = createToken({ name: 'Aspect', pattern: new RegExp(`${NUM}个?方面`) });
export const Count = createToken({ name: 'Count', pattern: new RegExp(`${NUM}(?:多|余)?[个项件条宗处]`) });
/** Numbers of other things: people, meetings, money, areas … (a statement holding one is no breakdown). */
export const OtherQty = createToken({
  name: 'OtherQty',
  pattern: new RegExp(
    `${NUM}(?:[.．][0-9]+)?(?:多|余)?(?:万元|亿元|元|人次|人|名|次|家|户|份|场|起|栋|台|套|公顷|亩|平方米|万|亿|批|轮|个(?:月|百分点|小时|工作日|季度))`,
  ),
});
export const Scope = createToken({
  name: 'Scope',
  pattern: sticky(new RegExp(alt(SCOPES)), (m, text) => SCOPE_END.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2))),
  start_chars_hint: Array.from(new Set(SCOPES.map((s) => s[0]))),
  line_breaks: false,
});
export const NotAll = createToken({ name: 'NotAll', pattern: /(?:尚|还)?(?:未|没有)全部/ });
export const All = createToken({ name: 'All', pattern: /已?全部|均已?/ });
export const Status = createToken({ name: 'Status', pattern: new RegExp(alt(STATUS_WORDS.map(([w]) => w))) });
export const Rate = createToken({ name: 'Rate', pattern: /(?:整改)?(?:完成率|落实率|办结率|销号率)/ });
export const Subset = createToken({ name: 'Subset', pattern: /其中/ });
export const Comma = createToken({ name: 'Comma', pattern: /[，,、]/ });

const COUNT_TOKENS: TokenType[] = [Percent, DateTok, AsOf, Aspect, OtherQty, Count, Scope, NotAll, All, Rate, Status, Subset, Comma];
const STARTS = new Set<string>([
  ...'0123456789０１２３４５６７８９',
  ...CN_NUM,
  ...'截其全均已尚还未没整完落办销，,、',
  ...SCOPES.map((s) => s[0]),
  ...STATUS_WORDS.map(([w]) => w[0]),
]);
export const CountText = createToken({
  name: 'CountText',
  pattern: new RegExp(`[^${Array.from(STARTS).join('').replace(/[\]\\^-]/g, '\\$&')}]+`),
});
export const CountChar = createToken({ name: 'CountChar', pattern: /[^]/, line_breaks: true });

export const countLexer = new Lexer([...COUNT_TOKENS, CountText, CountChar], { positionTracking: 'onlyOffset' });

/**
 * The count lexer's tokens without Chevrotain's machinery (its complement sets turn its
 * first-character optimization off, so it tried all 15 patterns at every offset): the same
 * patterns in the same order, the first that matches wins — but only those that can start with
 * the character at hand (FIRSTS, from the patterns above), and by `test`, which spares a match
 * array per try. Where no count token can start (a character outside STARTS) only CountText can
 * match; where none of the tried ones matches, CountChar takes the character. Scope's check of
 * what follows the word is a lookahead here; the word itself is captured in a lookahead and
 * consumed by a backreference, because a lookahead is atomic: a word that fails the check does
 * not fall back to a shorter word (`问题线索` to `问题`), as the custom pattern does not.
 * test/grammar/counts-lexer.test.ts checks it against `countLexer.tokenize`.
 */
const DIGITS = '0123456789０１２３４５６７８９';
const isArabicDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/**
 * The character classes the reader tests most, one bit each, by character code: a typed-array
 * read instead of a Set lookup or a chain of comparisons.
 */
const CLASS_OF = new Uint8Array(0x10000);
const CN_DIGIT = 1;
const SCOPE_FIRST = 2;
const SCOPE_LAST = 4;
const SENTENCE_END = 8;
for (const c of CN_NUM) CLASS_OF[c.charCodeAt(0)] |= CN_DIGIT;
for (const w of SCOPES) {
  CLASS_OF[w.charCodeAt(0)] |= SCOPE_FIRST;
  CLASS_OF[w.charCodeAt(w.length - 1)] |= SCOPE_LAST;
}
for (const c of '。；;！？!?') CLASS_OF[c.charCodeAt(0)] |= SENTENCE_END;
/** Whether `c` (a code unit, not NaN) is of `cls`. */
const isOf = (c: number, cls: number) => (CLASS_OF[c] & cls) !== 0;
const FIRSTS: [TokenType, string][] = [
  [Percent, DIGITS],
  [DateTok, '0123456789'],
  [AsOf, '截'],
  [Aspect, DIGITS + CN_NUM],
  [OtherQty, DIGITS + CN_NUM],
  [Count, DIGITS + CN_NUM],
  [Scope, SCOPES.map((w) => w[0]).join('')],
  [NotAll, '尚还未没'],
  [All, '已全均'],
  [Rate, '整完落办销'],
  [Status, STATUS_WORDS.map(([w]) => w[0]).join('')],
  [Subset, '其'],
  [Comma, '，,、'],
];
const SCOPE_WORD = new RegExp(`(?=(${alt(SCOPES)}))\\1(?=${SCOPE_END.source.slice(1)})`, 'y');
type Tries = { type: TokenType; y: RegExp }[];
/** For each character a count token can start with, the tokens to try, in the lexer's order. */
const BY_FIRST = new Map<number, Tries>();
for (const [type, firsts] of FIRSTS) {
  const y = type === Scope ? SCOPE_WORD : new RegExp((type.PATTERN as RegExp).source, 'y');
  for (const c of new Set(firsts)) {
    const code = c.charCodeAt(0);
    if (!BY_FIRST.has(code)) BY_FIRST.set(code, []);
    BY_FIRST.get(code)!.push({ type, y });
  }
}
/**
 * BY_FIRST as a table by character code (index + 1 into FIRST_TRIES; 0: no count token starts
 * with it, which is CountText's class): a typed-array read per character instead of a Map
 * lookup, and other text is skipped by a loop over it instead of a regex call per run.
 */
const FIRST_TRIES: Tries[] = [];
const FIRST_OF = new Uint8Array(0x10000);
for (const [code, tries] of BY_FIRST) {
  FIRST_TRIES.push(tries);
  FIRST_OF[code] = FIRST_TRIES.length;
}

/**
 * At a numeral only the number tokens can start (Percent DateTok Aspect OtherQty Count), and
 * each needs a certain character right after the numeral run it starts with: none of these
 * characters is a numeral, so a shorter run (regex backtracking) never matches and the character
 * after the longest run tells which of them to try. Most numerals in a count sentence are
 * counts, and most of the other tries would fail: this spares about four regex calls a number.
 * The sets below are read off the patterns above (test/grammar/counts-lexer.test.ts checks
 * the result against the Chevrotain lexer).
 */
const FOLLOWS: [TokenType, string][] = [
  [Percent, '.．%％'], // after [0-9０-９]+
  [Aspect, '个方'], // NUM 个?方面
  [OtherQty, '.．多余万亿元人名次家户份场起栋台套公亩平批轮个'], // NUM ([.．]…)? (多|余)? unit
  [Count, '多余个项件条宗处'], // NUM (多|余)? [个项件条宗处]
];
/**
 * DateTok: ASCII digits followed by 年 or 月. These end an arabic run too, and no other number
 * token may follow its run with them.
 */
const isDateFollow = (c: number) => c === 0x5e74 /* 年 */ || c === 0x6708; /* 月 */
/** After 个, Aspect needs 方 (个方面) and OtherQty 月 百 小 工 季 (个月, 个百分点 …): else only a Count can match. */
const AFTER_GE = new Set(Array.from('方月百小工季', (c) => c.charCodeAt(0)));
/** The number tokens to try at a numeral, by the character after its run. */
const BY_FOLLOW_ARABIC = new Map<number, Tries>();
const BY_FOLLOW_CHINESE = new Map<number, Tries>();
const arabicTries = (): Tries => BY_FIRST.get(0x30)!; // as at any ASCII digit
const chineseTries = (): Tries => BY_FIRST.get(CN_NUM.charCodeAt(0))!;
for (const c of new Set(FOLLOWS.flatMap(([, f]) => Array.from(f)))) {
  const fits = (t: { type: TokenType }) => FOLLOWS.some(([type, f]) => type === t.type && f.includes(c));
  BY_FOLLOW_ARABIC.set(c.charCodeAt(0), arabicTries().filter(fits));
  BY_FOLLOW_CHINESE.set(c.charCodeAt(0), chineseTries().filter(fits));
}
const DATE_ONLY: Tries = arabicTries().filter((t) => t.type === DateTok);
const COUNT_ARABIC: Tries = arabicTries().filter((t) => t.type === Count);
const COUNT_CHINESE: Tries = chineseTries().filter((t) => t.type === Count);
const NO_TRIES: Tries = [];

/** The tokens worth trying at the numeral `text[i]` (code `c`). */
function numberTries(text: string, i: number, c: number): Tries {
  const n = text.length;
  const arabic = isArabicDigit(c);
  let j = i + 1;
  if (arabic) while (j < n && isArabicDigit(text.charCodeAt(j))) j++;
  else while (j < n && isOf(text.charCodeAt(j), CN_DIGIT)) j++;
  const f = text.charCodeAt(j);
  if (f === 0x4e2a /* 个 */ && !AFTER_GE.has(text.charCodeAt(j + 1))) return arabic ? COUNT_ARABIC : COUNT_CHINESE;
  if (arabic && isDateFollow(f)) return c <= 0x39 ? DATE_ONLY : NO_TRIES; // DateTok is no full-width digit's
  return (arabic ? BY_FOLLOW_ARABIC : BY_FOLLOW_CHINESE).get(f) ?? NO_TRIES;
}

export function countTokens(text: string): IToken[] {
  const out: IToken[] = [];
  lexCount(text, false, out);
  return out;
}

/**
 * The count tokens of `text` into `out[0, n)`, returning n; with `merge`, each run of CountText
 * and CountChar tokens becomes one CountText token without its text (image ''): what the
 * recogniser needs of other text is where it lies and which count tokens it separates, not how
 * many tokens it makes. Token objects already in `out` are overwritten: the reader lexes its
 * sentences one after the other into the same tokens (nothing it returns holds a token).
 */
function lexCount(text: string, merge: boolean, out: IToken[]): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const first = FIRST_OF[c];
    let type: TokenType = CountChar;
    let end = i + 1;
    if (first === 0) {
      while (end < n && FIRST_OF[text.charCodeAt(end)] === 0) end++;
      type = CountText;
    } else if (c === 0xff0c /* ， */ || c === 0x2c /* , */ || c === 0x3001 /* 、 */) {
      type = Comma; // Comma's pattern is these characters, and no other token starts with them
    } else {
      const tries = isArabicDigit(c) || isOf(c, CN_DIGIT) ? numberTries(text, i, c) : FIRST_TRIES[first - 1];
      for (const t of tries) {
        t.y.lastIndex = i;
        if (t.y.test(text)) {
          type = t.type;
          end = t.y.lastIndex;
          break;
        }
      }
    }
    let image = '';
    if (merge && (type === CountText || type === CountChar)) {
      const last = count > 0 ? out[count - 1] : undefined;
      if (last !== undefined && last.tokenType === CountText) {
        last.endOffset = end - 1;
        i = end;
        continue;
      }
      type = CountText;
    } else {
      image = text.slice(i, end);
    }
    const t = out[count];
    if (t === undefined) out.push({ image, startOffset: i, endOffset: end - 1, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! } as IToken);
    else {
      t.image = image;
      t.startOffset = i;
      t.endOffset = end - 1;
      t.tokenType = type;
      t.tokenTypeIdx = type.tokenTypeIdx!;
    }
    count++;
    i = end;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// The statement recogniser

export interface CountNumber extends TextSpan {
  value: number;
  numeral: 'arabic' | 'chinese';
  /** The unit as written: 个 项 件 条 宗 处. */
  unit: string;
  approximate: boolean;
}

export interface CountTotal {
  number: CountNumber;
  /** What is counted: 问题, 具体问题, 信访件 … */
  scope: string;
}

export interface CountPart {
  /** Undefined for `已全部办结` / `均已完成` (all of the total). */
  number?: CountNumber;
  all: boolean;
  status: TextSpan;
  category: StatusCategory;
  /** The clause the part is written in. */
  span: Span;
}

export interface CountRate extends TextSpan {
  /** 完成率, 整改落实率 … */
  kind: string;
  value: number;
  decimals: number;
  /** Where the number itself is written (without the % sign). */
  digits: TextSpan;
}

export interface CountSentence {
  /** From the first token of the statement to the end of its sentence. */
  span: Span;
  date?: TextSpan;
  /** The body the statement speaks of: `长沙县` in `巡视反馈长沙县的60个问题`. */
  subject?: string;
  /** `三个方面` of a chain. */
  aspects?: CountNumber;
  /** The totals as written, outermost first; the breakdown refers to the last. */
  chain: CountTotal[];
  parts: CountPart[];
  rate?: CountRate;
  /**
   * Why the statement is no breakdown (its parts must not be summed): a subset chain (其中),
   * numbers of other things, earlier dates' progress, approximate or unclear numbers.
   */
  notBreakdown?: 'subset' | 'mixed' | 'dated' | 'unclear';
  /** A total that follows another in the same sentence (`60个问题中，涉及县直单位的42个问题`): likely a subset. */
  secondary?: boolean;
  /** The total speaks of an earlier round, an audit or another inspection (`上轮巡视反馈的16个问题`). */
  foreign?: boolean;
}

/** The body a total speaks of, at the end of the text before it: `反馈长沙县的`. */
const SUBJECT = /(?:反馈|移交|交办)(.{1,20}?)的$/;
/** Words before a total that make it another exercise's count, not this inspection's. */
const FOREIGN = /上轮|上一轮|上次|历次|以前|此前|往年|去年|审计|督察/;

const UNIT_FAMILY: Record<string, string> = { 个: 'g', 项: 'g', 条: 'g', 件: 'j', 宗: 'z', 处: 'c' };

/**
 * The number of a Count or Aspect token, read by character codes (no match array, substrings or
 * replace callback per number): a run of numerals of one kind as NUM reads them, 多/余 or not,
 * then the unit.
 */
function readNumber(t: IToken, base: number): CountNumber {
  const img = t.image;
  const arabic = isArabicDigit(img.charCodeAt(0));
  let k = 1;
  while (k < img.length && (arabic ? isArabicDigit(img.charCodeAt(k)) : isOf(img.charCodeAt(k), CN_DIGIT))) k++;
  const digits = img.slice(0, k);
  let value: number;
  if (!arabic) value = chineseToNumber(digits);
  else if (k > 15) value = Number(digits.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))); // beyond exact integers: as Number rounds
  else {
    value = 0;
    for (let i = 0; i < k; i++) {
      const c = img.charCodeAt(i);
      value = value * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
    }
  }
  const c = img.charCodeAt(k);
  const approximate = c === 0x591a /* 多 */ || c === 0x4f59; /* 余 */
  const u = approximate ? k + 1 : k;
  const start = base + t.startOffset;
  return {
    start,
    end: start + k,
    text: digits,
    value,
    numeral: arabic ? 'arabic' : 'chinese',
    unit: t.tokenType === Aspect ? '方面' : u < img.length ? img[u] : '',
    approximate,
  };
}

/**
 * A counted number's unit (`60个`, `十四项`, `20余件`): every total has one, and most sentences
 * none. The unit is never a numeral, so one left-to-right scan finds each of them.
 */
const ANCHOR = new RegExp(`[0-9０-９${CN_NUM}](?:多|余)?[个项件条宗处]`, 'g');
/**
 * The same anchors found by their unit, with the numeral checked behind it: the scan tries one
 * small class at each offset instead of the numeral class first (~30 % faster over a notice).
 * It can find an anchor whose numeral lies before where the search began; CountReader.next
 * skips those, so the anchors found are ANCHOR's. With the u flag the scan is ~10 % faster and
 * finds the same (units and numerals are BMP characters). One regex for every reader: each search
 * sets lastIndex first.
 */
const ANCHOR_BY_UNIT = new RegExp(`[个项件条宗处](?<=[0-9０-９${CN_NUM}](?:多|余)?.)`, 'gu');

/** Every count statement in `text[start, end)` (one line of a notice). */
export function readCountStatements(text: string, start = 0, end = text.length): CountSentence[] {
  const out: CountSentence[] = [];
  new CountReader(text).read(start, end, out);
  return out;
}


/**
 * CANDIDATE at one counted number of a sentence `text[s, e)`: the number (digit at `digit`,
 * unit at `unit`) with a scope word right after its unit, or right before its run of numerals
 * (of one kind, as NUM reads them). Every match of CANDIDATE holds an ANCHOR match, so testing
 * each anchor of a sentence so answers what `CANDIDATE.test(sentence)` answers, without the
 * substring and without the regex's long alternation at every offset.
 */
function totalAt(text: string, digit: number, unit: number, s: number, e: number): boolean {
  // Most counted numbers have no scope word on either side: one character tells.
  if (unit + 1 < e && isOf(text.charCodeAt(unit + 1), SCOPE_FIRST)) {
    for (const w of SCOPES) if (unit + 1 + w.length <= e && text.startsWith(w, unit + 1)) return true;
  }
  const arabic = isArabicDigit(text.charCodeAt(digit));
  let k = digit;
  while (k > s) {
    const c = text.charCodeAt(k - 1);
    if (arabic ? !isArabicDigit(c) : !isOf(c, CN_DIGIT)) break;
    k--;
  }
  if (k === s || !isOf(text.charCodeAt(k - 1), SCOPE_LAST)) return false; // a scope word must fit in [s, k)
  for (const w of SCOPES) if (k - w.length >= s && text.startsWith(w, k - w.length)) return true;
  return false;
}

/** Whether `text[s, e)` holds a total's number next to a scope word (the reader's test, for tests). */
export function holdsTotal(text: string, s = 0, e = text.length): boolean {
  const y = new RegExp(ANCHOR.source, 'g');
  y.lastIndex = s;
  for (let a = y.exec(text); a !== null && a.index + a[0].length <= e; a = y.exec(text)) {
    if (totalAt(text, a.index, a.index + a[0].length - 1, s, e)) return true;
  }
  return false;
}

/**
 * Reads the count statements of the lines of one text, lines given in document order. The
 * anchor search runs over the text itself (no line substrings) and remembers the next anchor
 * it found past a line's end, so the lines together cost about one pass of ANCHOR over the
 * text. Lines may come in any order; out of order only costs a fresh search.
 */
export class CountReader {
  /** Where the first anchor at or after `searched` ends (-1: none to the end of the text). */
  private pendingEnd = -1;
  private pendingStart = -1;
  private searched = -1;
  /** The tokens of the sentence being read, reused from one sentence to the next. */
  private readonly tokens: IToken[] = [];

  constructor(private readonly text: string) {}

  /**
   * The end of the first anchor at or after `from` (-1: none); its start is `pendingStart`. An
   * anchor match does not depend on where the search began, so the one found stays good for any
   * `from` up to its start. `test` spares the match array: the start follows from the end (a
   * numeral, 多/余 or not, and the unit; 多/余 is no numeral).
   */
  private next(from: number): number {
    if (this.searched < 0 || from < this.searched || (this.pendingEnd >= 0 && from > this.pendingStart)) {
      const y = ANCHOR_BY_UNIT;
      y.lastIndex = from;
      this.searched = from;
      this.pendingEnd = -1;
      while (y.test(this.text)) {
        const end = y.lastIndex;
        const c = this.text.charCodeAt(end - 2);
        const start = c === 0x591a /* 多 */ || c === 0x4f59 /* 余 */ ? end - 3 : end - 2;
        if (start < from) continue; // its numeral lies before the search: no ANCHOR match from `from`
        this.pendingEnd = end;
        this.pendingStart = start;
        break;
      }
    }
    return this.pendingEnd;
  }

  /** Appends the count statements of `text[start, end)` (one line) to `out`. */
  read(start: number, end: number, out: CountSentence[]): void {
    const text = this.text;
    // Only the sentences holding a total are worth the lexer: a counted number right before or
    // after a scope word. Neither holds a sentence end, so the line's bounds serve as the
    // sentence's for that test, and only a sentence that passes it is looked for. A sentence is a
    // run of text up to and with its end mark (。；;！？!?), as the line splits. An anchor reaching
    // past the line's end is not in the line (and none follows inside it).
    for (let aEnd = this.next(start); aEnd >= 0 && aEnd <= end; ) {
      const unit = aEnd - 1;
      if (!totalAt(text, this.pendingStart, unit, start, end)) {
        aEnd = this.next(aEnd);
        continue;
      }
      let s = unit;
      while (s > start && !isOf(text.charCodeAt(s - 1), SENTENCE_END)) s--;
      let e = unit + 1;
      while (e < end && !isOf(text.charCodeAt(e), SENTENCE_END)) e++;
      if (e < end) e++; // the end mark belongs to the sentence
      readSentence(this.tokens, lexCount(text.slice(s, e), true, this.tokens), s, e, text, out);
      aEnd = this.next(e); // the next sentence
    }
  }
}

/** Whether `tokens[k]` lies in `[from, to)` and is of `type`. */
const isTokIn = (tokens: IToken[], k: number, from: number, to: number, type: TokenType) => k >= from && k < to && tokens[k].tokenType === type;
const significant = (t: IToken) => t.tokenType !== CountText && t.tokenType !== CountChar;
/**
 * Whether `tokens[from, to)` holds a token of a count type. The clause's tokens are looked at
 * in place (no array of its significant tokens): other text never has a count type.
 */
const has = (tokens: IToken[], from: number, to: number, type: TokenType) => {
  for (let k = from; k < to; k++) if (tokens[k].tokenType === type) return true;
  return false;
};

/** Reads the sentence whose count tokens are `tokens[0, n)` (offsets from `base`). */
function readSentence(tokens: IToken[], n: number, base: number, sentenceEnd: number, text: string, out: CountSentence[]): void {
  let stmt: CountSentence | undefined;
  let date: TextSpan | undefined;
  // Clauses: runs of tokens between commas, `tokens[from, to)`.
  for (let from = 0, to = 0; from < n; from = to + 1) {
    to = from;
    while (to < n && tokens[to].tokenType !== Comma) to++;
    if (to === from) continue;
    const cStart = base + tokens[from].startOffset;
    const cEnd = base + tokens[to - 1].endOffset! + 1;
    if (has(tokens, from, to, Subset)) {
      if (stmt) {
        stmt.notBreakdown ??= 'subset';
        out.push(stmt);
      }
      return;
    }
    // A total: Count Scope (…Count Scope), or Scope Count (`发现问题44个`).
    const totalAt = findTotal(tokens, from, to);
    // The parts after the total: `tokens[rest, to)`.
    const rest = totalAt ? totalAt.last + 1 : to;
    // After a total, `17个问题正在整改` and `已完成整改31个问题` are parts, not new totals.
    let statusBefore = false;
    if (totalAt) for (let k = from; k < totalAt.first; k++) if (tokens[k].tokenType === Status) statusBefore = true;
    let statusAfter = false;
    for (let k = rest; k < to; k++) {
      const type = tokens[k].tokenType;
      if (type === Status || type === Count) {
        statusAfter = type === Status;
        break;
      }
    }
    if (totalAt && (!stmt || (!statusAfter && !statusBefore))) {
      // A second total in the sentence (`其余6个问题正按时序推进`): the first one's parts may not be all.
      const secondary = stmt !== undefined;
      if (stmt) {
        stmt.notBreakdown ??= 'unclear';
        stmt.span.end = cStart;
        out.push(stmt);
      }
      const firstAt = base + tokens[totalAt.first].startOffset;
      const before = text.slice(cStart, firstAt);
      const subj = SUBJECT.exec(before);
      const chain: CountTotal[] = [];
      for (const [c, sc] of totalAt.chain) chain.push({ number: readNumber(c, base), scope: sc.image });
      const st: CountSentence = {
        span: { start: cStart, end: sentenceEnd },
        date,
        subject: subj ? subj[1] : undefined,
        aspects: totalAt.aspects ? readNumber(totalAt.aspects, base) : undefined,
        chain,
        parts: [],
      };
      if (secondary) st.secondary = true;
      if (FOREIGN.test(text.slice(base, firstAt))) st.foreign = true;
      if (date && date.start < cStart) st.span.start = date.start;
      for (const c of chain) if (c.number.approximate) st.notBreakdown = 'unclear';
      // `44个问题已整改完成27个` / `2件已办结`: parts in the same clause, after the total.
      let restHolds = false;
      for (let k = rest; k < to; k++) if (significant(tokens[k])) restHolds = true;
      if (restHolds) readPart(tokens, rest, to, cStart, cEnd, st, base);
      stmt = st;
      continue;
    }
    if (!stmt) {
      // Before any total: the date of the statement to come (`截至6月30日`, `截至目前`).
      if (has(tokens, from, to, AsOf)) date = { start: cStart, end: cEnd, text: text.slice(cStart, cEnd) };
      continue;
    }
    if (has(tokens, from, to, DateTok) && has(tokens, from, to, Status)) {
      stmt.notBreakdown ??= 'dated';
    }
    // The first rate, and the significant token after it.
    let rateAt = from;
    while (rateAt < to && tokens[rateAt].tokenType !== Rate) rateAt++;
    let after = rateAt + 1;
    while (after < to && !significant(tokens[after])) after++;
    if (rateAt < to && after < to && tokens[after].tokenType === Percent) {
      const r = tokens[rateAt];
      const p = tokens[after];
      const rStart = base + r.startOffset;
      const pStart = base + p.startOffset;
      const pEnd = pStart + p.image.length;
      const num = /^([0-9０-９]+)(?:[.．]([0-9０-９]+))?/.exec(p.image) as RegExpExecArray;
      const digitsText = num[0];
      const norm = digitsText.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)).replace('．', '.');
      stmt.rate = {
        start: rStart,
        end: pEnd,
        text: text.slice(rStart, pEnd),
        kind: r.image,
        value: Number(norm),
        decimals: num[2]?.length ?? 0,
        digits: { start: pStart, end: pStart + digitsText.length, text: digitsText },
      };
      continue;
    }
    readPart(tokens, from, to, cStart, cEnd, stmt, base);
  }
  if (stmt) out.push(stmt);
}

interface TotalAt {
  /** Indices into the sentence's tokens. */
  first: number;
  last: number;
  aspects?: IToken;
  chain: [IToken, IToken][];
}

/** A total in the clause `tokens[from, to)`: its tokens must be adjacent (`60个问题`, `发现问题44个`, `三个方面14个具体问题`). */
function findTotal(tokens: IToken[], from: number, to: number): TotalAt | undefined {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.tokenType === Count && isTokIn(tokens, i + 1, from, to, Scope)) {
      // Count Scope, possibly preceded by an aspect and followed by more Count Scope pairs.
      let first = i;
      const aspects = isTokIn(tokens, i - 1, from, to, Aspect) ? tokens[i - 1] : undefined;
      if (aspects) first = i - 1;
      const chain: [IToken, IToken][] = [];
      let j = i;
      while (isTokIn(tokens, j, from, to, Count) && isTokIn(tokens, j + 1, from, to, Scope)) {
        chain.push([tokens[j], tokens[j + 1]]);
        j += 2;
      }
      return { first, last: j - 1, aspects, chain };
    }
    if (t.tokenType === Scope && isTokIn(tokens, i + 1, from, to, Count) && !isTokIn(tokens, i + 2, from, to, Scope)) {
      return { first: i, last: i + 1, chain: [[tokens[i + 1], t]] };
    }
  }
  return undefined;
}

/** A part in `tokens[from, to)`: one status and one count (`已完成整改31个`, `仍有26个未整改到位`), or 全部/均 and a status. */
function readPart(tokens: IToken[], from: number, to: number, cStart: number, cEnd: number, stmt: CountSentence, base: number): void {
  let st: IToken | undefined; // the first status
  let statusesDiffer = false;
  let count: IToken | undefined; // the first count
  let counts = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.tokenType === Status) {
      if (st === undefined) st = t;
      else if (STATUS_OF.get(t.image) !== STATUS_OF.get(st.image)) statusesDiffer = true;
    } else if (t.tokenType === Count) {
      count ??= t;
      counts++;
    }
  }
  if (has(tokens, from, to, OtherQty)) {
    stmt.notBreakdown ??= 'mixed';
    return;
  }
  if (has(tokens, from, to, NotAll)) {
    stmt.notBreakdown ??= 'unclear';
    return;
  }
  if (st === undefined) {
    if (counts > 0) stmt.notBreakdown ??= 'unclear';
    return;
  }
  const category = STATUS_OF.get(st.image) as StatusCategory;
  const status = { start: base + st.startOffset, end: base + st.startOffset + st.image.length, text: st.image };
  // Two parts of one status (`已完成整改31个，已销号25个`): one may be a subset of the other.
  for (const p of stmt.parts) {
    if (p.category === category) {
      stmt.notBreakdown ??= 'unclear';
      return;
    }
  }
  if (count === undefined) {
    if (has(tokens, from, to, All)) stmt.parts.push({ all: true, status, category, span: { start: cStart, end: cEnd } });
    return;
  }
  if (counts > 1 || statusesDiffer) {
    stmt.notBreakdown ??= 'unclear';
    return;
  }
  const number = readNumber(count, base);
  const unit = stmt.chain[stmt.chain.length - 1].number.unit;
  if (UNIT_FAMILY[number.unit] !== UNIT_FAMILY[unit]) stmt.notBreakdown ??= 'mixed';
  if (number.approximate) stmt.notBreakdown ??= 'unclear';
  stmt.parts.push({ number, all: false, status, category, span: { start: cStart, end: cEnd } });
}

/** The last total of the chain: what the parts break down. */
export function totalOf(s: CountSentence): CountTotal {
  return s.chain[s.chain.length - 1];
}

/** The value each part stands for (全部 stands for the total). */
export function partValue(s: CountSentence, p: CountPart): number {
  return p.number ? p.number.value : totalOf(s).number.value;
}
