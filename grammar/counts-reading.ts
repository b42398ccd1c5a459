// The reading of a count sentence (NOTICE-FORMAT.md §6, §6a): what the count grammar
// (`counts-grammar.ts`) parsed, turned into totals, parts, notes, rates and shares, with the
// pieces it could not read marked as gaps. The checks (server/rules/count-*) and the hover use
// this one reading. Only sentences holding a candidate total are parsed: a counted number next
// to a scope word (`60个问题`, `发现问题44个`) or a verb that gives a total (`交办8件`).
import type { IToken } from 'chevrotain';
import {
  CN_DIGITS,
  SCOPE_END,
  SCOPE_KINDS,
  STATUS_WORDS,
  parseCountSentence,
  type Clause,
  type Piece,
  type StatusCategory,
  type TotalKind,
} from './counts-grammar.js';
import { chineseToNumber } from './numerals.js';
import type { Span, TextSpan } from './tree.js';

export { statusCategory, type StatusCategory, type TotalKind } from './counts-grammar.js';

export interface CountNumber extends TextSpan {
  value: number;
  numeral: 'arabic' | 'chinese';
  /** The unit as written: 个 项 件 条 宗 处 (方面 for aspects). */
  unit: string;
  /** `20余件`, `30多个`: not an exact count. */
  approximate: boolean;
}

export interface CountTotal {
  number: CountNumber;
  /** What is counted, as written: 问题, 具体问题, 整改事项, 信访件 … ('' for `交办8件`). */
  scope: string;
  kind: TotalKind;
}

/** A bracketed note: `（含立行立改问题2个）` — inside the part (or total) before it, never a part itself. */
export interface CountNote extends TextSpan {
  /** Its number, when it holds exactly one. */
  number?: CountNumber;
}

export interface CountPart {
  /** Undefined for `已全部办结` / `均已完成` (all of the total). */
  number?: CountNumber;
  all: boolean;
  /** `其余6项`: the rest of the total. */
  rest: boolean;
  /** The status word as written (the first one when qualifiers follow); undefined for a bare `其余×项`. */
  status?: TextSpan;
  category?: StatusCategory;
  /** The clause the part is written in. */
  span: Span;
  notes: CountNote[];
}

export type Hedge = 'below' | 'about' | 'atLeast';

export interface CountRate extends TextSpan {
  /** 完成率, 整改落实率 …; `占` for a share. */
  kind: string;
  value: number;
  decimals: number;
  /** Where the number itself is written (without the % sign). */
  digits: TextSpan;
  /** `近60%` below, `约60%` / `60%左右` about, `达60%以上` / `超过60%` at least; undefined: exact. */
  hedge?: Hedge;
  hedgeText?: string;
  /** For a share (`已完成31个，占51.7%`): the index of the part it is the share of. */
  part?: number;
}

/** A piece the reader could not place, and what it stops: a gap in the parts stops the sum. */
export interface CountGap extends TextSpan {
  /** part: a number that may be a part; note: an unclosed bracket; rate/share: no percentage; nested: a breakdown of a part. */
  piece: 'part' | 'note' | 'rate' | 'share' | 'nested' | 'repeat';
}

export interface CountSentence {
  /** From the statement's first clause (its date, if any) to the end of its sentence. */
  span: Span;
  date?: TextSpan;
  /** The body the statement speaks of: `长沙县` in `巡视反馈长沙县的60个问题`. */
  subject?: string;
  /** `三个方面` of a chain. */
  aspects?: CountNumber;
  /** The totals as written, outermost first; the breakdown usually refers to the last. */
  chain: CountTotal[];
  /** Notes on the total itself (`60个问题（含立行立改问题5个）`). */
  notes: CountNote[];
  parts: CountPart[];
  rate?: CountRate;
  shares: CountRate[];
  gaps: CountGap[];
  /** Why the parts are no breakdown of the total: a subset chain (其中), other units, earlier dates' progress, an unclear piece. */
  notBreakdown?: 'subset' | 'mixed' | 'dated' | 'unclear';
  /** A total that follows another statement in the same sentence: likely a subset. */
  secondary?: boolean;
  /** The total speaks of an earlier round, an audit or another inspection (`上轮巡视反馈的16个问题`). */
  foreign?: boolean;
  /** The total is the inspection's own feedback (`巡视反馈的60个问题`), wherever it stands. */
  inspected?: boolean;
  /** Every counted number of the statement (totals, aspects, parts, notes) in text order. */
  numbers: CountNumber[];
}

/** The last total of the chain: what the parts usually break down. */
export function totalOf(s: CountSentence): CountTotal | undefined {
  return s.chain[s.chain.length - 1];
}

// ---- finding the sentences worth parsing ----------------------------------------------------------

const SCOPES = Object.keys(SCOPE_KINDS);
const UNIT = /[个项件条宗处]/g;
const NUMERALS = new Set(Array.from(`0123456789０１２３４５６７８９${CN_DIGITS}`, (c) => c.charCodeAt(0)));
const APPROX = new Set(Array.from('多余', (c) => c.charCodeAt(0)));
/** A scope word after the number, ending a word as the Scope token requires (`6个问题楼盘` counts buildings). */
const SCOPE_AFTER = new RegExp(`(?:${SCOPES.join('|')})${SCOPE_END}`, 'y');

/** Words that may stand right before a total's number: a scope word (`发现问题44个`), a verb (`交办8件`), or the aspects (`共4个方面15个`). */
const BEFORE_TOTAL = [...SCOPES, '交办', '移交', '转办', '反馈', '发现', '受理', '收到', '梳理出', '查摆出', '共有', '共计', '合计', '总计', '共', '个方面'];

// By character code: indexing a CJK string by position makes a new string each time.
const SCOPE_FIRSTS = new Set(SCOPES.map((w) => w.charCodeAt(0)));
const BEFORE_LASTS = new Set(BEFORE_TOTAL.map((w) => w.charCodeAt(w.length - 1)));

/** Whether the counted number `text[start, end)` is a candidate total: a scope word right after it, or a scope word or verb right before. */
function anchorsTotal(text: string, start: number, end: number): boolean {
  // One character tells most numbers apart: what may start a scope word after, or end a word before.
  if (SCOPE_FIRSTS.has(text.charCodeAt(end))) {
    SCOPE_AFTER.lastIndex = end;
    if (SCOPE_AFTER.test(text)) return true;
  }
  return BEFORE_LASTS.has(text.charCodeAt(start - 1)) && BEFORE_TOTAL.some((w) => text.startsWith(w, start - w.length));
}

/** Where the counted number whose unit stands at `unit` starts (`60个`, `20余件`); -1 without a numeral before the unit. */
function countStart(line: string, unit: number): number {
  let n = unit;
  if (n > 0 && APPROX.has(line.charCodeAt(n - 1))) n--;
  let k = n;
  while (k > 0 && NUMERALS.has(line.charCodeAt(k - 1))) k--;
  return k === n ? -1 : k;
}

/**
 * Whether `line[from, to)`, after a ；, goes on with the statement before it: it starts with
 * 其余/剩余/余下, or it counts something and none of its numbers is a total of its own.
 */
function continuesAfterSemicolon(line: string, from: number, to: number): boolean {
  if (/^\s*(?:其余|剩余|余下)/.test(line.slice(from, to))) return true;
  let counted = false;
  for (let unit = from; unit < to; unit++) {
    if (!'个项件条宗处'.includes(line[unit])) continue;
    const k = countStart(line, unit);
    if (k < from) continue;
    if (anchorsTotal(line, k, unit + 1)) return false;
    counted = true;
  }
  return counted;
}

/** A sentence's end mark (it belongs to the sentence). */
const END_MARK = /[。；;！？!?]/g;

/**
 * Every count statement in `text[start, end)` (one line of a notice). Only the sentence around a
 * candidate total is parsed, and the search goes on after that sentence.
 */
export function readCountStatements(text: string, start = 0, end = text.length): CountSentence[] {
  const out: CountSentence[] = [];
  // The line alone: a search in the whole text would run on past the line's end to the next number.
  const line = start === 0 && end === text.length ? text : text.slice(start, end);
  /** Where the sentence after the last one parsed may start: end marks are searched once, forwards. */
  let from = 0;
  // Units are rarer than other characters: find each, then the numerals before it (`60个`, `20余件`).
  // `test`, not `exec`: no match object for each unit (most are no count: 项目, 文件, 处理).
  UNIT.lastIndex = 0;
  while (UNIT.test(line)) {
    const unit = UNIT.lastIndex - 1;
    const k = countStart(line, unit);
    if (k < 0 || !anchorsTotal(line, k, unit + 1)) continue;
    // The sentence: after the last end mark before the number, up to and with the first after it.
    let s = from;
    END_MARK.lastIndex = from;
    let mark = END_MARK.exec(line);
    while (mark && mark.index < k) {
      s = mark.index + 1;
      mark = END_MARK.exec(line);
    }
    let e = mark ? mark.index + 1 : line.length;
    // `已完成整改33个；正在整改4个。`: after ；, parts with no total of their own go on with the statement.
    while (mark && (mark[0] === '；' || mark[0] === ';')) {
      const next = END_MARK.exec(line);
      const after = next ? next.index + 1 : line.length;
      if (!continuesAfterSemicolon(line, e, after)) break;
      e = after;
      mark = next;
    }
    readSentence(line.slice(s, e), start + s, out);
    UNIT.lastIndex = e;
    from = e;
  }
  return out;
}

// ---- numbers ----------------------------------------------------------------------------------------

const isArabic = (c: string) => /[0-9０-９]/.test(c);
const FULL_WIDTH = /[０-９．]/;
const toAscii = (s: string) => (FULL_WIDTH.test(s) ? s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)).replace('．', '.') : s);

/** The number of a Count or Aspect token (offsets from `base`). */
function readNumber(t: IToken, base: number): CountNumber {
  const img = t.image;
  const arabic = isArabic(img[0]);
  let k = 1;
  while (k < img.length && (arabic ? isArabic(img[k]) : CN_DIGITS.includes(img[k]))) k++;
  const digits = img.slice(0, k);
  const value = arabic ? Number(toAscii(digits)) : chineseToNumber(digits);
  const approximate = img[k] === '多' || img[k] === '余';
  const u = approximate ? k + 1 : k;
  const start = base + t.startOffset;
  return { start, end: start + k, text: digits, value, numeral: arabic ? 'arabic' : 'chinese', unit: img.endsWith('方面') ? '方面' : img.slice(u), approximate };
}

const HEDGES: Record<string, Hedge> = {
  接近: 'below', 近: 'below', 大约: 'about', 约为: 'about', 约: 'about', 左右: 'about',
  超过: 'atLeast', 超: 'atLeast', 逾: 'atLeast', 以上: 'atLeast', 之多: 'atLeast', 多: 'atLeast',
};

/** A rate or share piece, read (undefined when it is incomplete or holds no percentage). */
function readRate(p: Piece, base: number, sentence: string): CountRate | undefined {
  const word = p.tokens[0];
  const pct = p.tokens.find((t) => t.tokenType.name === 'Percent');
  if (p.broken || !pct) return undefined;
  const num = /^([0-9０-９]+)(?:[.．]([0-9０-９]+))?/.exec(pct.image) as RegExpExecArray;
  let hedge: Hedge | undefined;
  let hedgeText: string | undefined;
  for (const t of p.tokens) {
    if (t.tokenType.name !== 'HedgeBefore' && t.tokenType.name !== 'HedgeAfter') continue;
    const h = HEDGES[t.image];
    if (h === undefined) continue; // 达 / 为 / 是 state the figure as it is
    // `达70%以上`: at least; `近70%左右`: the looser one is kept.
    if (hedge === undefined || h === 'about') {
      hedge = h;
      hedgeText = t.image;
    }
  }
  const start = base + word.startOffset;
  const end = base + p.end;
  const pStart = base + pct.startOffset;
  return {
    start,
    end,
    text: sentence.slice(word.startOffset, p.end),
    kind: word.tokenType.name === 'Share' ? '占' : word.image,
    value: Number(toAscii(num[0])),
    decimals: num[2]?.length ?? 0,
    digits: { start: pStart, end: pStart + num[0].length, text: num[0] },
    hedge,
    hedgeText,
  };
}

function readNote(p: Piece, base: number, sentence: string): CountNote {
  const counts = p.tokens.filter((t) => t.tokenType.name === 'Count');
  const note: CountNote = { start: base + p.start, end: base + p.end, text: sentence.slice(p.start, p.end) };
  if (counts.length === 1) note.number = readNumber(counts[0], base);
  return note;
}

// ---- reading a sentence --------------------------------------------------------------------------------

const SUBJECT = /(?:反馈|移交|交办)([^，,。；;]{1,20}?)的$/;
/** Words before a total that make it another exercise's count, not this inspection's. */
const FOREIGN = /上轮|上一轮|上次|历次|以前|此前|往年|去年|审计|督察|督查|环保|信访局|纪委/;
const INSPECTED = /(?:巡视|巡察)(?:组|工作)?[^。；;]{0,12}?(?:反馈|交办|移交|指出)/;
/** Units of one family may be summed (个/项/条 are used for the same problems); 件, 宗, 处 stand apart. */
const UNIT_FAMILY: Record<string, string> = { 个: 'g', 项: 'g', 条: 'g', 件: 'j', 宗: 'z', 处: 'c' };

const isTotalPiece = (p: Piece) => p.kind === 'chain' || p.kind === 'scopeTotal';
const named = (p: Piece, ...kinds: string[]) => kinds.includes(p.kind);

/** The totals of a total piece (and the aspects before a chain). */
function totalsOf(p: Piece, base: number): { aspects?: CountNumber; totals: CountTotal[] } {
  let aspects: CountNumber | undefined;
  const totals: CountTotal[] = [];
  for (let i = 0; i < p.tokens.length; i++) {
    const t = p.tokens[i];
    if (t.tokenType.name === 'Aspect') aspects = readNumber(t, base);
    if (t.tokenType.name !== 'Count') continue;
    const scope = p.kind === 'chain' ? p.tokens[i + 1] : p.tokens[0];
    totals.push({ number: readNumber(t, base), scope: scope?.image ?? '', kind: SCOPE_KINDS[scope?.image ?? ''] ?? 'other' });
  }
  return { aspects, totals };
}

/** Whether a piece holds a counted number outside notes. */
const holdsCount = (p: Piece) => p.kind === 'Count' || (isTotalPiece(p) && p.tokens.some((t) => t.tokenType.name === 'Count'));

/** The counted numbers a piece holds outside notes (a chain's last one is what a part counts). */
function countsOf(p: Piece): IToken[] {
  if (p.kind === 'Count') return p.tokens;
  if (isTotalPiece(p)) {
    const counts = p.tokens.filter((t) => t.tokenType.name === 'Count');
    return counts.length > 0 ? [counts[counts.length - 1]] : [];
  }
  return [];
}

function newStatement(sentenceEnd: number): CountSentence {
  return { span: { start: 0, end: sentenceEnd }, chain: [], notes: [], parts: [], shares: [], gaps: [], numbers: [] };
}

/** Reads `sentence` (found at offset `base` of the text) into statements appended to `out`. */
function readSentence(sentence: string, base: number, out: CountSentence[]): void {
  const { clauses } = parseCountSentence(sentence);
  const sentenceEnd = base + sentence.length;
  let stmt: CountSentence | undefined;
  let date: TextSpan | undefined;
  /** The clause a total came with a status after it and no number (`2个问题整改到位`): a part if `其余×个` follows. */
  let totalStatus: { status: IToken; clause: Clause } | undefined;
  /** A status alone before `、` (`基本完成、取得阶段性成果并持续整改问题3个`): the next part's category. */
  let pendingStatus: IToken | undefined;
  const gap = (s: CountSentence, c: Clause, piece: CountGap['piece']) =>
    s.gaps.push({ start: base + c.start, end: base + c.end, text: sentence.slice(c.start, c.end), piece });

  for (let ci = 0; ci < clauses.length; ci++) {
    const c = clauses[ci];
    const body = c.pieces.filter((p) => p.kind !== 'note');
    const notes = c.pieces.filter((p) => p.kind === 'note');
    const statuses = body.filter((p) => p.kind === 'Status');
    const hasRest = body.some((p) => p.kind === 'Rest');
    const totalPieces = body.filter(isTotalPiece);
    // `交办8件`: a verb right before a bare count gives a total without a scope word.
    const verbTotal = totalPieces.length === 0 && statuses.length === 0 ? body.findIndex((p, i) => p.kind === 'Count' && body[i - 1]?.kind === 'TotalVerb' && body[i - 1].end === p.start) : -1;

    if (stmt && body.some((p) => p.kind === 'Subset') && body.some(holdsCount)) {
      if (stmt.parts.length > 0) {
        // `已完成整改40个，其中按期完成35个`: inside the part before, as a bracketed note would be.
        const note = readNote({ ...c.pieces[0], tokens: body.flatMap((p) => p.tokens), start: c.start, end: c.end }, base, sentence);
        stmt.parts[stmt.parts.length - 1].notes.push(note);
        continue;
      }
      if (statuses.length === 0) {
        // `其中受理…37件，立案20件`: a subset chain, not a breakdown.
        stmt.notBreakdown ??= 'subset';
        continue;
      }
    }
    const current = stmt ? totalOf(stmt) : undefined;
    if (stmt && current && stmt.parts.length > 0 && statuses.length === 0 && !hasRest && totalPieces.length > 0) {
      // `有10个问题因客观原因暂缓` after the parts: fewer of the same thing without a status is an unread part, not a new total.
      const t = mergeTotals(totalPieces, base).totals[0];
      if (t && t.kind === current.kind && t.number.value < current.number.value) {
        gap(stmt, c, 'part');
        readRates(stmt, c, body, base, sentence, gap);
        continue;
      }
    }
    if (!stmt && totalPieces.length > 0 && statuses.some((p) => p.start < totalPieces[0].start)) {
      // `已完成整改问题55个，…`: a part of a total the sentence does not state.
      stmt = newStatement(sentenceEnd);
      stmt.span.start = base + (date ? date.start - base : c.start);
      stmt.date = date;
      readPart(stmt, c, body, notes, base, sentence, pendingStatus, gap);
      readRates(stmt, c, body, base, sentence, gap);
      continue;
    }
    if ((totalPieces.length > 0 || verbTotal >= 0) && (!stmt || (statuses.length === 0 && !hasRest))) {
      const firstTotal = verbTotal >= 0 ? body[verbTotal] : totalPieces[0];
      const read: { aspects?: CountNumber; totals: CountTotal[] } =
        verbTotal >= 0 ? { totals: [{ number: readNumber(body[verbTotal].tokens[0], base), scope: '', kind: 'other' }] } : mergeTotals(totalPieces, base);
      // `3个方面共60个问题`: the aspects apart from the chain.
      const aspectPiece = body.find((p) => p.kind === 'Aspect' && p.start < firstTotal.start);
      if (aspectPiece) read.aspects ??= readNumber(aspectPiece.tokens[0], base);
      const last = stmt ? totalOf(stmt) : undefined;
      if (stmt && last && stmt.parts.length === 0 && !stmt.rate && stmt.gaps.length === 0 && read.totals[0].number.value >= last.number.value) {
        // `反馈问题12个，细化为42项具体问题`: a further total of the same statement (a smaller one is a subset).
        stmt.chain.push(...read.totals);
        stmt.aspects ??= read.aspects;
        addNumbers(stmt, read);
      } else {
        if (stmt) {
          stmt.span.end = base + c.start;
          out.push(stmt);
        }
        const before = sentence.slice(0, firstTotal.start);
        const st = newStatement(sentenceEnd);
        st.span.start = base + (date && date.start - base < c.start ? date.start - base : c.start);
        st.date = date;
        st.chain = read.totals;
        st.aspects = read.aspects;
        addNumbers(st, read);
        const subject = SUBJECT.exec(sentence.slice(c.start, firstTotal.start));
        if (subject) st.subject = subject[1].replace(/^(?:省委|市委|县委|区委)?(?:第.{1,3})?(?:巡视组|巡察组)?/, '') || undefined;
        if (FOREIGN.test(before)) st.foreign = true;
        else if (INSPECTED.test(before)) st.inspected = true;
        if (stmt) st.secondary = true;
        if (read.totals.some((t) => t.number.approximate)) st.notBreakdown = 'unclear';
        stmt = st;
        totalStatus = undefined;
      }
      for (const n of notes) stmt.notes.push(readNote(n, base, sentence));
      if (notes.some((n) => n.broken)) gap(stmt, c, 'note');
      // `44个问题已整改完成27个`: a part in the same clause, after the total.
      const lastTotal = verbTotal >= 0 ? verbTotal : body.lastIndexOf(totalPieces[totalPieces.length - 1]);
      const after = body.slice(lastTotal + 1);
      if (after.some((p) => p.kind === 'Count' || isTotalPiece(p))) readPart(stmt, c, after, [], base, sentence, pendingStatus, gap);
      else if (after.some((p) => p.kind === 'Status') && after.some((p) => p.kind === 'All')) {
        // `12个问题已全部完成整改`: all of the total, in the total's own clause.
        const st = after.find((p) => p.kind === 'Status')!.tokens[0];
        stmt.parts.push({ all: true, rest: false, status: spanOf(st, base), category: STATUS_WORDS[st.image], span: { start: base + c.start, end: base + c.end }, notes: [] });
      } else if (after.some((p) => p.kind === 'Status')) totalStatus = { status: after.find((p) => p.kind === 'Status')!.tokens[0], clause: c };
      readRates(stmt, c, body, base, sentence, gap);
      pendingStatus = undefined;
      continue;
    }
    if (!stmt) {
      // Before any total: the date of the statement to come (`截至6月30日`, `截至目前`).
      if (body.some((p) => named(p, 'AsOf', 'Date'))) date = { start: base + c.start, end: base + c.end, text: sentence.slice(c.start, c.end) };
      continue;
    }
    if (body.some((p) => p.kind === 'NotAll')) stmt.notBreakdown ??= 'unclear';
    // `基本完成、取得阶段性成果并持续整改问题3个`: a status alone before 、 qualifies the next part.
    if (statuses.length > 0 && c.sepAfter === '、' && !body.some((p) => holdsCount(p) || p.kind === 'All')) {
      pendingStatus ??= statuses[0].tokens[0];
      continue;
    }
    if (hasRest && totalStatus && stmt.parts.length === 0 && stmt.chain.length === 1) {
      // `2个问题整改到位，其余4个…`: the first total was a part; the whole is not stated.
      const t = stmt.chain[0];
      stmt.parts.push({ number: t.number, all: false, rest: false, status: spanOf(totalStatus.status, base), category: STATUS_WORDS[totalStatus.status.image], span: { start: base + totalStatus.clause.start, end: base + totalStatus.clause.end }, notes: [] });
      stmt.chain = [];
    }
    // `剩余5个问题中，3个已基本完成，2个正在推进`: after `其余…中` the parts break the rest down, as notes of it.
    const last = stmt.parts[stmt.parts.length - 1];
    if (last?.rest && sentence[last.span.end - base - 1] === '中' && body.some(holdsCount)) {
      last.notes.push(readNote({ ...c.pieces[0], tokens: body.flatMap((p) => p.tokens), start: c.start, end: c.end }, base, sentence));
      continue;
    }
    readPart(stmt, c, body, notes, base, sentence, pendingStatus, gap);
    readRates(stmt, c, body, base, sentence, gap);
    pendingStatus = undefined;
  }
  if (stmt) out.push(stmt);
}

/** The aspects and totals read into the statement's numbers. */
function addNumbers(stmt: CountSentence, read: { aspects?: CountNumber; totals: CountTotal[] }): void {
  if (read.aspects) stmt.numbers.push(read.aspects);
  for (const t of read.totals) stmt.numbers.push(t.number);
}

function mergeTotals(pieces: Piece[], base: number): { aspects?: CountNumber; totals: CountTotal[] } {
  let aspects: CountNumber | undefined;
  const totals: CountTotal[] = [];
  for (const p of pieces) {
    const r = totalsOf(p, base);
    aspects ??= r.aspects;
    totals.push(...r.totals);
  }
  return { aspects, totals };
}

const spanOf = (t: IToken, base: number): TextSpan => ({ start: base + t.startOffset, end: base + t.startOffset + t.image.length, text: t.image });

/** A part in the clause's `body` pieces (notes attach to it), or a gap, or nothing (a figure of something else). */
function readPart(
  stmt: CountSentence,
  c: Clause,
  body: Piece[],
  notes: Piece[],
  base: number,
  sentence: string,
  pendingStatus: IToken | undefined,
  gap: (s: CountSentence, c: Clause, piece: CountGap['piece']) => void,
): void {
  const statuses = body.filter((p) => p.kind === 'Status');
  const counts: IToken[] = [];
  for (const p of body) counts.push(...countsOf(p));
  const rest = body.some((p) => p.kind === 'Rest');
  const all = body.some((p) => p.kind === 'All');
  const other = body.some((p) => named(p, 'OtherQty', 'NonPart'));
  const readNotes = notes.map((n) => readNote(n, base, sentence));
  if (notes.some((n) => n.broken)) gap(stmt, c, 'note');
  const span = { start: base + c.start, end: base + c.end };
  const target = (): CountNote[] => (stmt.parts.length > 0 ? stmt.parts[stmt.parts.length - 1].notes : stmt.notes);
  if (counts.length === 0) {
    // `…，5个正在整改，均达到序时进度`: 均 after counted parts speaks of those parts, not of the total.
    const eachOfThose = stmt.parts.some((p) => !p.all) && body.some((p) => p.kind === 'All' && p.tokens[0].image.startsWith('均'));
    if (statuses.length > 0 && all && !other && !eachOfThose) {
      const st = statuses[0].tokens[0];
      stmt.parts.push({ all: true, rest: false, status: spanOf(st, base), category: STATUS_WORDS[st.image], span, notes: readNotes });
    } else target().push(...readNotes);
    return;
  }
  const total = totalOf(stmt);
  const sameFamily = (t: IToken) => total === undefined || UNIT_FAMILY[readNumber(t, base).unit] === UNIT_FAMILY[total.number.unit];
  if (statuses.length === 0 && !rest && !pendingStatus) {
    // A number without a status: another thing's figure (money, people, systems, or another unit), else an unread part.
    if (other || counts.every((t) => !sameFamily(t))) target().push(...readNotes);
    else gap(stmt, c, 'part');
    return;
  }
  if (counts.length > 1) {
    gap(stmt, c, 'part');
    return;
  }
  const number = readNumber(counts[0], base);
  const first = pendingStatus ?? statuses[0]?.tokens[0];
  const category = first ? STATUS_WORDS[first.image] : undefined;
  if (stmt.parts.some((p) => p.rest)) gap(stmt, c, 'nested'); // parts after 其余: a breakdown of the rest
  else if (category !== undefined && stmt.parts.some((p) => p.category === category && !p.rest)) gap(stmt, c, 'repeat');
  // `2019年10月完成整改25项`: progress at a date of its own (`截至2023年底已完成…` is the statement's date).
  if (body.some((p) => p.kind === 'Date') && !body.some((p) => p.kind === 'AsOf')) stmt.notBreakdown ??= 'dated';
  if (!sameFamily(counts[0])) stmt.notBreakdown ??= 'mixed';
  if (number.approximate) stmt.notBreakdown ??= 'unclear';
  // `8个问题已全部整改到位，需要长期坚持的3个问题…`: a group named anew after 全部 is another group, not a part.
  if (stmt.parts.some((p) => p.all) && body.some(isTotalPiece)) stmt.notBreakdown ??= 'unclear';
  stmt.parts.push({ number, all: false, rest, status: first ? spanOf(first, base) : undefined, category, span, notes: readNotes });
  stmt.numbers.push(number);
  for (const n of readNotes) if (n.number) stmt.numbers.push(n.number);
}

/** The rates and shares of a clause: a share belongs to the part before it. */
function readRates(stmt: CountSentence, c: Clause, body: Piece[], base: number, sentence: string, gap: (s: CountSentence, c: Clause, piece: CountGap['piece']) => void): void {
  if (!body.some((p) => p.kind === 'rate' || p.kind === 'share')) return;
  // Two percentages in one clause (`由40%提高到60%`): which one is the rate is unclear.
  let percents = 0;
  for (const p of c.pieces) for (const t of p.tokens) if (t.tokenType.name === 'Percent') percents++;
  for (const p of body) {
    if (p.kind !== 'rate' && p.kind !== 'share') continue;
    const r = percents === 1 ? readRate(p, base, sentence) : undefined;
    if (!r) {
      gap(stmt, c, p.kind);
      continue;
    }
    if (p.kind === 'rate') stmt.rate ??= r;
    else if (stmt.parts.length > 0) stmt.shares.push({ ...r, part: stmt.parts.length - 1 });
  }
}
