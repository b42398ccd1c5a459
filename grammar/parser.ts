// The notice parser: a Chevrotain parser over the lexer's tokens that yields one record per
// line: its indentation, what heads it (a comment or a heading marker), a label, and its inline
// tokens. One instance, built on first use (`performSelfAnalysis`) and reused with
// `parser.input = tokens`. The heading hierarchy is built from these records in `build.ts`:
// levels in real notices are skipped and mixed, so nesting is decided by the markers, not by
// grammar rules.
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { allTokens, Comment, Inline, Label, LineHead, Newline, noticeLexer, Space } from './lexer.js';

export interface LineRecord {
  /** Offset of the first character of the line (its indentation included). */
  start: number;
  /** Offset just past the last character before the line break. */
  end: number;
  /** Offset just past the line break (equals `end` on the last line without one). */
  next: number;
  /** The indentation, if any. */
  indent?: IToken;
  marker?: IToken;
  label?: IToken;
  comment?: IToken;
  /** Inline tokens after the marker/label: text runs, spaces, 一是, （1）. */
  inline: IToken[];
}

class NoticeParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  /** document := line (Newline line)* — the lines in order; an empty last line (after a final break) is no line. */
  public document = this.RULE('document', () => {
    const lines: LineRecord[] = [];
    let line = this.SUBRULE(this.line, { ARGS: [0] });
    this.MANY(() => {
      const nl = this.CONSUME(Newline);
      this.ACTION(() => {
        line.next = nl.startOffset + nl.image.length;
        lines.push(line);
      });
      line = this.SUBRULE2(this.line, { ARGS: [nl.startOffset + nl.image.length] });
    });
    this.ACTION(() => {
      if (line.end > line.start) lines.push(line);
    });
    return lines;
  });

  /** line := Space? LineHead? Label? Inline* — everything of one line that starts at `at`, up to its line break. */
  private line = this.RULE('line', (at: number) => {
    const line: LineRecord = { start: at, end: at, next: at, inline: [] };
    this.OPTION(() => {
      const t = this.CONSUME(Space);
      this.ACTION(() => (line.indent = t));
    });
    this.OPTION2(() => {
      const t = this.CONSUME(LineHead);
      this.ACTION(() => (t.tokenType === Comment ? (line.comment = t) : (line.marker = t)));
    });
    this.OPTION3(() => {
      const t = this.CONSUME(Label);
      this.ACTION(() => (line.label = t));
    });
    this.MANY(() => {
      const t = this.CONSUME(Inline);
      this.ACTION(() => line.inline.push(t));
    });
    this.ACTION(() => {
      const last = line.inline.at(-1) ?? line.label ?? line.marker ?? line.comment ?? line.indent;
      if (last !== undefined) line.end = line.next = last.startOffset + last.image.length;
    });
    return line;
  });
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
  return { records, errors };
}
