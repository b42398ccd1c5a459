// The notice parser: a Chevrotain parser over the lexer's tokens that yields one record per
// line: where it starts and ends, what heads it (a comment or a heading marker), a label, and
// its inline enumeration marks. One instance, built on first use (`performSelfAnalysis`) and reused with
// `parser.input = tokens`. The heading hierarchy is built from these records in `build.ts`:
// levels in real notices are skipped and mixed, so nesting is decided by the markers, not by
// grammar rules.
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { allTokens, Comment, Inline, InlineEnum, InlineNumber, Label, LineHead, Newline, noticeLexer, Space } from './lexer.js';

export interface LineRecord {
  /** Offset of the first character of the line (its indentation included). */
  start: number;
  /** Offset just past the last character before the line break. */
  end: number;
  /** Offset just past the line break (equals `end` on the last line without one). */
  next: number;
  marker?: IToken;
  label?: IToken;
  comment?: IToken;
  /** The inline enumeration marks (一是, （1）) after the marker/label; text runs and spaces are not kept. */
  marks: IToken[];
}

class NoticeParser extends EmbeddedActionsParser {
  /** The line being read. */
  private line: LineRecord = { start: 0, end: 0, next: 0, marks: [] };

  constructor() {
    // No error recovery: the grammar takes every token sequence the lexer makes, and were the parser
    // ever to fail, the lines would be read as plain text (index.ts).
    super(allTokens, { recoveryEnabled: false, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  /**
   * document := line*, where line := Space? LineHead? Label? Inline* Newline? — the lines in
   * order, each with its line break. Every line consumes a token, so an empty text has no line,
   * nor has the empty end after a final break. The line is written inside this one rule (a
   * subrule would cost a rule invocation per line), and its parts are the methods below rather
   * than closures made afresh for every line.
   */
  public document = this.RULE('document', () => {
    const lines: LineRecord[] = [];
    this.MANY(() => {
      const at = lines.length > 0 ? lines[lines.length - 1].next : 0;
      this.line = { start: at, end: at, next: at, marks: [] };
      this.OPTION(this.indentation);
      this.OPTION2(this.lineHead);
      this.OPTION3(this.label);
      this.MANY2(this.inline);
      this.line.next = this.line.end;
      this.OPTION4(this.lineBreak);
      lines.push(this.line);
    });
    return lines;
  });

  // The parts of a line. Each stores what it read in `this.line` (the semantic code runs while
  // the grammar is recorded too, on placeholder tokens: it only stores them).
  private readonly indentation = () => this.read(this.CONSUME(Space));
  private readonly lineHead = () => {
    const t = this.CONSUME(LineHead);
    if (t.tokenType === Comment) this.line.comment = t;
    else this.line.marker = t;
    this.read(t);
  };
  private readonly label = () => this.read((this.line.label = this.CONSUME(Label)));
  private readonly inline = () => {
    const t = this.CONSUME(Inline);
    if (t.tokenType === InlineEnum || t.tokenType === InlineNumber) this.line.marks.push(t);
    this.read(t);
  };
  private readonly lineBreak = () => {
    const nl = this.CONSUME(Newline);
    if (!this.RECORDING_PHASE) this.line.next = nl.startOffset + nl.image.length;
  };

  /**
   * The line runs at least to the end of `t`. Offsets are not stored while the grammar is recorded:
   * the placeholder token's are boxed numbers, and V8 would then box every offset of every tree.
   */
  private read(t: IToken): void {
    if (!this.RECORDING_PHASE) this.line.end = t.startOffset + t.image.length;
  }
}

let parser: NoticeParser | undefined;

/** The lines of `text` through the Chevrotain lexer and parser, with what either reported. */
export function parseLines(text: string): { records: LineRecord[]; errors: { offset: number; message: string }[] } {
  const lexed = noticeLexer.tokenize(text);
  parser ??= new NoticeParser();
  parser.input = lexed.tokens;
  const records = parser.document();
  const errors = [
    ...lexed.errors.map((e) => ({ offset: e.offset, message: e.message })),
    ...parser.errors.map((e) => ({ offset: e.token.startOffset, message: e.message })),
  ];
  // The parser holds its input until the next one: let the tokens die with this parse.
  parser.input = [];
  return { records, errors };
}
