// The count-statement grammar (NOTICE-FORMAT.md §6, §6a): its own tokens and its own Chevrotain
// parser, built once. A count sentence is a run of clauses separated by commas; a clause is a run
// of pieces — a total or chain of totals (`三个方面14个具体问题49项分项任务`, `发现问题44个`), a
// status word, a counted number, a rate or share with its hedge (`完成率近60%`, `占…的51.6%`), a
// bracketed note (`（含立行立改问题2个）`), a date, other figures (money, people …) and plain
// text. The parser recovers from a piece it cannot complete (a rate without its percentage, a
// note without its closing bracket) and marks it; `counts-reading.ts` turns the clauses into a
// reading. Pure text in, clauses of pieces out: nothing of the notice tree or of LSP.
import { createToken, EmbeddedActionsParser, Lexer, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';

/** The numerals a count is written with: Arabic (ASCII or full-width) or Chinese. */
export const CN_DIGITS = '零〇一二两三四五六七八九十百千';
const NUM = `(?:[0-9０-９]+|[${CN_DIGITS}]+)`;
const DIGIT_STARTS = [...'0123456789０１２３４５６７８９', ...CN_DIGITS];

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const firsts = (words: readonly string[]) => [...new Set(words.map((w) => w[0]))];
/** Every keyword written as a word (status words, scope words, verbs …): where a run of other text must stop. */
const KEYWORDS: string[] = [];
/**
 * The tokens that make a piece on their own (a status word, a date, other text …): the parser
 * takes any of them in one alternative, and the reading finds the token under one name.
 */
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });
/** A keyword token: one of `words` (longest first), hinted by their first characters for the lexer's first-char table. */
const words = (name: string, list: readonly string[], after = '', categories: TokenType[] = [Word]) => {
  KEYWORDS.push(...list);
  return createToken({ name, pattern: new RegExp(`(?:${alt(list)})${after}`), start_chars_hint: firsts(list), categories });
};

// ---- status words (§6, §6a) and the category each stands for ----------------------------------

export type StatusCategory = 'done' | 'basic' | 'stage' | 'ongoing' | 'notdone' | 'longterm';

export const STATUS_WORDS: Readonly<Record<string, StatusCategory>> = {
  已完成整改: 'done', 完成整改: 'done', 已整改完成: 'done', 整改完成: 'done', 已整改到位: 'done', 整改到位: 'done',
  已全面完成: 'done', 已办结: 'done', 办结: 'done', 已销号: 'done', 整改销号: 'done', 已整改销号: 'done',
  已完成: 'done', 完成: 'done', 已整改: 'done', 已落实: 'done', 落实到位: 'done', 已回复: 'done', 回复: 'done', 已化解: 'done', 化解: 'done',
  已结案: 'done', 结案: 'done', 已解决: 'done', 整改完毕: 'done', 已整改完毕: 'done', 办结销号: 'done', 已办结销号: 'done',
  基本完成整改: 'basic', 基本完成: 'basic', 基本整改到位: 'basic', 基本办结: 'basic', 基本解决: 'basic',
  阶段性完成整改: 'stage', 阶段性完成: 'stage', 阶段性办结: 'stage', 取得阶段性成效: 'stage', 取得阶段性成果: 'stage', 阶段性整改: 'stage',
  正在整改: 'ongoing', 正在办理: 'ongoing', 正在推进: 'ongoing', 正在核查: 'ongoing', 正在核实: 'ongoing', 正在落实: 'ongoing',
  持续整改: 'ongoing', 持续推进: 'ongoing', 整改中: 'ongoing', 推进中: 'ongoing', 办理中: 'ongoing', 部分整改: 'ongoing',
  序时推进: 'ongoing', 按时序推进: 'ongoing', 正按时序推进: 'ongoing', 按序时推进: 'ongoing', 积极推进: 'ongoing',
  有序推进: 'ongoing', 稳步推进: 'ongoing', 按计划推进: 'ongoing', 扎实推进: 'ongoing', 达到序时进度: 'ongoing', 正在办理中: 'ongoing',
  销号: 'done', 整改到位并销号: 'done', 正在初核: 'ongoing', 正在调查: 'ongoing', 正在审查: 'ongoing', 初核中: 'ongoing',
  已处置: 'done', 处置到位: 'done', 已清理: 'done', 正在处置: 'ongoing', 正在推进中: 'ongoing', 常态化推进: 'longterm', 尚未启动: 'notdone',
  未完成整改: 'notdone', 未完成: 'notdone', 尚未完成: 'notdone', 未整改到位: 'notdone', 尚未整改到位: 'notdone', 未整改: 'notdone',
  未启动整改: 'notdone', 未启动: 'notdone', 未办结: 'notdone', 申请延期整改: 'notdone', 延期整改: 'notdone', 未销号: 'notdone',
  长期整改: 'longterm', 长期坚持: 'longterm', 需长期坚持: 'longterm', 长期推进: 'longterm', 持续深化: 'longterm',
};

/** The category of a status as written in a `整改结果：` field or a count sentence. */
export function statusCategory(word: string): StatusCategory | undefined {
  const w = word.replace(/^已/, '');
  return STATUS_WORDS[word] ?? STATUS_WORDS[w] ?? STATUS_WORDS['已' + w];
}

// ---- what a total counts ------------------------------------------------------------------------

/** The kind of thing a total counts: problems, 整改事项, tasks and measures can be set against a section's list. */
export type TotalKind = 'problem' | 'item' | 'task' | 'measure' | 'other';

export const SCOPE_KINDS: Readonly<Record<string, TotalKind>> = {
  问题: 'problem', 具体问题: 'problem', 反馈问题: 'problem', 整改问题: 'problem',
  整改事项: 'item', 事项: 'item',
  分项任务: 'task', 整改任务: 'task', 任务: 'task',
  整改措施: 'measure', 措施: 'measure',
  具体任务: 'task', 具体整改任务: 'task', 具体整改事项: 'item',
  立行立改问题: 'other', 问题线索: 'other', 信访件: 'other', 信访举报: 'other', 信访举报件: 'other', 举报件: 'other', 信访问题: 'other', 信访事项: 'other',
  问题清单: 'other', 反馈意见: 'other',
};
/**
 * A scope word must end a word: `6个问题楼盘` counts buildings. These may follow it (a number,
 * punctuation, or a word that starts the rest of the clause).
 */
export const SCOPE_END =
  '(?=(?![\\s\\S])|[0-9０-９零〇一二两三四五六七八九十百，,。；;、：:（()）\\s]|中|已|均|全|整改|完成|正在|仍|未|尚|基本|阶段|长期|办结|的|和|及|与|为|共|按|逐|细化|分解|纳入|列入|进行|实行|建立|形成|涉及|清单|总数|其|目前|现|如期|全部|得到|取得|持续|结合)';

// ---- tokens -------------------------------------------------------------------------------------

export const Percent = createToken({ name: 'Percent', pattern: /[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]/, categories: [Word] });
export const DateTok = createToken({
  name: 'Date',
  categories: [Word],
  pattern: /(?:[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?|[0-9]{1,2}月(?:[0-9]{1,2}日)?)(?:底|末|初|中旬|上旬|下旬)?/,
});
export const Aspect = createToken({ name: 'Aspect', pattern: new RegExp(`${NUM}个?方面`), start_chars_hint: DIGIT_STARTS });
/** Numbers of other things: money, people, meetings, time, areas … never parts of a breakdown. */
export const OtherQty = createToken({
  name: 'OtherQty',
  pattern: new RegExp(
    `${NUM}(?:[.．][0-9０-９]+)?(?:多|余)?(?:万元|亿元|元|人次|人|名|次|家|户|份|场|起|栋|台|套|公顷|亩|平方米|万|亿|批|轮|篇|期|天|所|座|个(?:月|百分点|小时|工作日|季度|单位|部门|乡镇|村|社区))`,
  ),
  start_chars_hint: DIGIT_STARTS,
  categories: [Word],
});
export const Count = createToken({ name: 'Count', pattern: new RegExp(`${NUM}(?:多|余)?[个项件条宗处]`), start_chars_hint: DIGIT_STARTS });
export const Scope = words('Scope', Object.keys(SCOPE_KINDS), SCOPE_END, []);
export const LParen = createToken({ name: 'LParen', pattern: /[（(]/ });
export const RParen = createToken({ name: 'RParen', pattern: /[）)]/, categories: [Word] });
export const Sep = createToken({ name: 'Sep', pattern: /[，,、：:；;]/ });
export const AsOf = words('AsOf', ['截至', '截止到', '截止', '到目前', '目前']);
export const Subset = words('Subset', ['其中']);
export const Contains = words('Contains', ['含', '包含', '包括']);
export const Rest = words('Rest', ['其余', '剩余', '余下']);
export const NotAll = words('NotAll', ['尚未全部', '还未全部', '未全部', '没有全部']);
export const All = words('All', ['已全部', '全部', '均已', '均']);
/** Rate words: 完成率, 整改落实率 …; `率` in any other word is text. */
const RATE_WORDS = [
  ...['完成率', '落实率', '办结率', '结案率', '销号率', '回复率', '化解率', '整改率', '到位率'].flatMap((w) => [w, '整改' + w]),
  '完成整改率', '按期完成率', '总体完成率', '问题整改率',
];
export const RateWord = words('RateWord', RATE_WORDS, '', []);
export const Share = words('Share', ['占比', '占'], '', []);
/** Hedges written before a figure: `近` / `接近` (a little below), `约` (about), `超过` / `逾` (at least); `达` / `为` state it. */
export const HedgeBefore = words('HedgeBefore', ['接近', '近', '大约', '约为', '约', '超过', '超', '逾', '已达到', '已达', '达到', '高达', '达', '为', '是']);
/** Hedges written after a figure: `左右` (about), `以上` / `多` (at least). */
export const HedgeAfter = words('HedgeAfter', ['左右', '以上', '之多', '多']);
/** Verbs that give a total without a scope word: `交办8件`, `移交3件`. */
export const TotalVerb = words('TotalVerb', ['交办', '移交', '转办', '反馈', '发现', '受理', '收到', '梳理出', '梳理', '查摆出', '查摆', '共有', '共计', '合计', '总计', '共']);
/** Words that make a clause's number a figure of something else: `建章立制18项`, `问责5人`, `召开会议3次`. */
export const NonPart = words('NonPart', ['建章立制', '制定', '出台', '修订', '完善', '建立', '召开', '开展', '约谈', '问责', '追责', '处理', '处分', '追回', '挽回', '清退', '收缴', '资金', '制度', '机制', '文件', '会议', '培训', '台账', '涉及', '立案', '谈话', '函询']);
/** A status word; not in a noun such as 完成时限 (`明确了责任领导和完成时限`) or 整改情况. */
export const Status = words('Status', Object.keys(STATUS_WORDS), '(?!时限|时间|期限|节点|情况)');

/**
 * Where a run of other text stops: a character that always may start a token (a numeral, a
 * bracket, a separator, a one-character keyword such as `近` or `共`), or the first two
 * characters of a longer keyword (`已完`, `问题`). Text that merely shares a first character
 * with a keyword (`已经`, `问责`) stays in the run: fewer, longer tokens for the parser. A token
 * not made by `words` must start with a character listed here.
 */
const ALWAYS_STARTS = new Set<number>(Array.from('0123456789０１２３４５６７８９（()）,，、：:；;' + CN_DIGITS, (c) => c.charCodeAt(0)));
const SECOND_CHARS = new Map<number, Set<number>>();
for (const w of KEYWORDS) {
  const first = w.charCodeAt(0);
  if (w.length === 1) ALWAYS_STARTS.add(first);
  else {
    let seconds = SECOND_CHARS.get(first);
    if (seconds === undefined) SECOND_CHARS.set(first, (seconds = new Set()));
    seconds.add(w.charCodeAt(1));
  }
}
const mayStartToken = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return ALWAYS_STARTS.has(c) || SECOND_CHARS.get(c)?.has(text.charCodeAt(i + 1)) === true;
};

/**
 * Other text: the character at hand (no keyword token matched there) and the run after it up to
 * where a keyword may start. Tried last, so it never hides a keyword; it may start with any
 * character, so its hint is every code unit (built once, with the lexer).
 */
export const Text = createToken({
  name: 'Text',
  pattern: {
    exec(text: string, offset: number) {
      let end = offset + 1;
      while (end < text.length && !mayStartToken(text, end)) end++;
      return [text.slice(offset, end)] as unknown as RegExpExecArray;
    },
  },
  line_breaks: true,
  categories: [Word],
  start_chars_hint: Array.from({ length: 0x10000 }, (_, i) => i),
});

const KEYWORD_TOKENS = [Percent, DateTok, Aspect, OtherQty, Count, RateWord, NotAll, All, AsOf, Subset, Contains, Rest, Scope, Status, Share, HedgeBefore, HedgeAfter, TotalVerb, NonPart, LParen, RParen, Sep];
export const COUNT_TOKENS: TokenType[] = [...KEYWORD_TOKENS, Text];

// The lexer and the parser are built on first use, without Chevrotain's definition checks (tens
// of milliseconds at server start); `checkCountGrammar` runs those checks in the tests.
const LEXER_CONFIG = { positionTracking: 'onlyOffset', ensureOptimizations: true } as const;
let lexer: Lexer | undefined;

/** The one count lexer (built on first use). */
export function countLexer(): Lexer {
  lexer ??= new Lexer(COUNT_TOKENS, { ...LEXER_CONFIG, skipValidations: true });
  return lexer;
}

// ---- the parser ---------------------------------------------------------------------------------

/** One thing a clause says: a total, a status word, a rate, a note … and its tokens. */
export interface Piece {
  /**
   * `chain` (counted numbers with scope words), `scopeTotal` (`问题44个`), `rate`, `share`,
   * `note`; a bare counted number is `Count`, aspects alone `Aspect`, a scope word alone
   * `Scope`; a one-token piece is named by its token (`Status`, `All`, `Text` …).
   */
  kind: string;
  /** Its tokens in text order (tokens inserted by recovery left out). */
  tokens: IToken[];
  /** The parser had to recover inside it: the piece is incomplete. */
  broken: boolean;
  start: number;
  end: number;
}

/** What lies between two commas (or other clause separators). */
export interface Clause {
  pieces: Piece[];
  start: number;
  /** Its end, without the sentence's end mark. */
  end: number;
  /** The separator right after the clause (`，` `、` …), '' at the end. */
  sepAfter: string;
}

/**
 * The parser writes the clauses and pieces as it consumes tokens (embedded actions, no syntax
 * tree). The tokens of a piece recovery cut short stay, and the piece is marked broken, as a
 * syntax tree's recovered node would keep them.
 */
class CountParser extends EmbeddedActionsParser {
  private clauses: Clause[] = [];
  /** The piece being read. */
  private current: Piece | undefined;
  /**
   * Recovery resynchronised in a piece, its clause or the statement (the pieces themselves have
   * nothing after them to resynchronise on): the piece being read was cut short.
   */
  private readonly cutShort = {
    recoveryValueFunc: () => {
      if (this.current) this.current.broken = true;
    },
  };

  constructor(validate = false) {
    super([...COUNT_TOKENS, Word], { recoveryEnabled: true, maxLookahead: 2, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /** A token of the piece being read (`idx` tells two CONSUMEs of one token type in a rule apart). */
  private take(type: TokenType, idx = 1): void {
    const t = this.consume(idx, type);
    if (this.RECORDING_PHASE) return; // as ACTION does, without a closure made for every token
    const piece = this.current as Piece;
    if (t.isInsertedInRecovery || Number.isNaN(t.startOffset)) piece.broken = true;
    else piece.tokens.push(t);
  }

  /** A new piece of the clause being read (none during Chevrotain's self-analysis, when no sentence is read). */
  private open(kind: string): void {
    if (this.RECORDING_PHASE) return;
    this.current = { kind, tokens: [], broken: false, start: 0, end: 0 };
    this.clauses[this.clauses.length - 1].pieces.push(this.current);
  }

  /** statement: (clause | Sep)* — a sentence up to its end mark. */
  statement = this.RULE(
    'statement',
    () => {
      this.MANY(() => this.OR((this.statementAlts ??= [{ ALT: () => this.SUBRULE(this.clause) }, { ALT: () => this.CONSUME(Sep) }])));
    },
    this.cutShort,
  );
  private statementAlts?: { ALT: () => unknown }[];

  /**
   * clause: (piece | Word)+ — what lies between two commas. Status, All, NotAll, Rest, Subset,
   * Contains, AsOf, Date, OtherQty, NonPart, TotalVerb, HedgeBefore, HedgeAfter, Percent, RParen
   * and Text are a piece of one token, named by it, read here (no rule call for each).
   */
  clause = this.RULE(
    'clause',
    () => {
      if (!this.RECORDING_PHASE) this.clauses.push({ pieces: [], start: 0, end: 0, sepAfter: '' });
      // The alternatives are built once (Chevrotain's advice for an OR run at every token).
      this.AT_LEAST_ONE(() =>
        this.OR((this.clauseAlts ??= [
          { ALT: () => this.SUBRULE(this.piece) },
          {
            ALT: () => {
              this.open('');
              this.take(Word);
            },
          },
        ])),
      );
    },
    this.cutShort,
  );
  private clauseAlts?: { ALT: () => unknown }[];

  /**
   * piece: a piece of several tokens, told by its first. A rule of its own so that recovery
   * resumes right after a piece it had to cut short, in the same clause.
   */
  piece = this.RULE(
    'piece',
    () => {
      this.OR((this.pieceAlts ??= [
        { ALT: () => this.SUBRULE(this.chain) },
        { ALT: () => this.SUBRULE(this.scopeTotal) },
        { ALT: () => this.SUBRULE(this.rate) },
        { ALT: () => this.SUBRULE(this.share) },
        { ALT: () => this.SUBRULE(this.note) },
      ]));
    },
    this.cutShort,
  );
  private pieceAlts?: { ALT: () => unknown }[];

  /**
   * chain: Aspect? Count (Scope (Count Scope)*)? — `三个方面十四个具体问题四十九项分项任务`,
   * `60个问题`; without a scope word, a bare counted number (`31个`) or aspects (`8个方面`).
   */
  chain = this.RULE('chain', () => {
    this.open('chain');
    this.OR([
      {
        ALT: () => {
          this.take(Aspect);
          this.OPTION(() => this.SUBRULE(this.counted));
        },
      },
      { ALT: () => this.SUBRULE2(this.counted) },
    ]);
  });

  /** counted: Count (Scope (Count Scope)*)? */
  counted = this.RULE('counted', () => {
    this.take(Count);
    this.OPTION(() => {
      this.take(Scope);
      this.MANY(() => {
        this.take(Count, 2);
        this.take(Scope, 2);
      });
    });
  });

  /** scopeTotal: Scope (TotalVerb? Count)? — `发现问题44个`, `反馈问题共60个`; a scope word alone otherwise. */
  scopeTotal = this.RULE('scopeTotal', () => {
    this.open('scopeTotal');
    this.take(Scope);
    this.OPTION(() => {
      this.OPTION2(() => this.take(TotalVerb));
      this.take(Count);
    });
  });

  /** rate: RateWord (HedgeBefore | Text)* Percent HedgeAfter? — `整改完成率近60%`, `落实率达70%以上`. */
  rate = this.RULE('rate', () => {
    this.open('rate');
    this.take(RateWord);
    this.MANY(() => this.OR([{ ALT: () => this.take(HedgeBefore) }, { ALT: () => this.take(Text) }]));
    this.take(Percent);
    this.OPTION(() => this.take(HedgeAfter));
  });

  /** share: Share (Scope | HedgeBefore | Text)* Percent HedgeAfter? — `占整改问题总数的51.6%`, `占约30%`. */
  share = this.RULE('share', () => {
    this.open('share');
    this.take(Share);
    this.MANY(() => this.OR([{ ALT: () => this.take(Scope) }, { ALT: () => this.take(HedgeBefore) }, { ALT: () => this.take(Text) }]));
    this.take(Percent);
    this.OPTION(() => this.take(HedgeAfter));
  });

  /** note: LParen (anything but brackets)* RParen — `（含立行立改问题2个）`, `（其中立行立改5个）`. */
  note = this.RULE('note', () => {
    this.open('note');
    this.take(LParen);
    this.MANY(() => this.OR((this.noteAlts ??= NOTE_ALTS.map((t) => ({ ALT: () => this.take(t) })))));
    this.take(RParen);
  });
  private noteAlts?: { ALT: () => unknown }[];

  /** The clauses of the sentence `text` (its tokens already in `input`). */
  read(text: string): Clause[] {
    this.clauses = [];
    this.current = undefined;
    this.statement();
    // No piece is empty: each starts with the token the parser chose it by.
    for (const c of this.clauses) {
      for (const p of c.pieces) finishPiece(p);
      c.start = c.pieces[0].start;
      let end = c.pieces[c.pieces.length - 1].end;
      while (end > c.start && endsSentence(text, end - 1)) end--; // the end mark belongs to the sentence
      c.end = end;
      c.sepAfter = CLAUSE_SEPS.has(text.charCodeAt(end)) ? text[end] : '';
    }
    return this.clauses;
  }
}

const END_OR_SPACE = /[。；;！？!?\s]/y;
const endsSentence = (text: string, i: number) => {
  END_OR_SPACE.lastIndex = i;
  return END_OR_SPACE.test(text);
};
const CLAUSE_SEPS = new Set(Array.from('，,、：:；;', (c) => c.charCodeAt(0)));
const NOTE_ALTS = COUNT_TOKENS.filter((t) => t !== LParen && t !== RParen);

const holds = (p: Piece, type: TokenType) => p.tokens.some((t) => t.tokenType === type);

/**
 * A piece's span and final name: a one-token piece is named by its token, a chain without a
 * scope word is a bare number (`31个`) or aspects — unless it counts after its aspects
 * (`4个方面15个`: a total whose scope is left unsaid) — and a scope word without a number is text.
 */
function finishPiece(p: Piece): void {
  const first = p.tokens[0];
  const last = p.tokens[p.tokens.length - 1];
  if (p.kind === '') p.kind = first.tokenType.name;
  else if (p.kind === 'chain' && !holds(p, Scope) && !(holds(p, Aspect) && holds(p, Count))) p.kind = holds(p, Count) ? 'Count' : 'Aspect';
  else if (p.kind === 'scopeTotal' && !holds(p, Count)) p.kind = 'Scope';
  p.start = first.startOffset;
  p.end = last.startOffset + last.image.length;
}

let parser: CountParser | undefined;

/** The one parser instance (built on first use: its self-analysis runs once per process). */
function countParser(): CountParser {
  parser ??= new CountParser();
  return parser;
}

/** Builds the lexer and a parser with Chevrotain's definition checks on: throws when the grammar is ill-formed. */
export function checkCountGrammar(): void {
  new Lexer(COUNT_TOKENS, LEXER_CONFIG);
  new CountParser(true);
}

export interface CountSyntax {
  /** The sentence's clauses in text order (offsets are into the sentence). */
  clauses: Clause[];
  /** Where the parser had to recover (a piece it could not complete). */
  errors: IRecognitionException[];
}

/** The clauses and pieces of one sentence (`text` is the sentence alone; offsets are into it). */
export function parseCountSentence(text: string): CountSyntax {
  const p = countParser();
  p.input = countLexer().tokenize(text).tokens;
  return { clauses: p.read(text), errors: p.errors };
}
