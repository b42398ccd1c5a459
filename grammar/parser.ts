// The notice parser: a Chevrotain parser over the lexer's tokens that yields one record per
// line (its indentation, its heading marker or label, its inline tokens). One instance, built
// on first use (`performSelfAnalysis`) and reused with `parser.input = tokens`.
// The heading hierarchy is built from these records in `build.ts`: levels in real notices
// are skipped and mixed, so nesting is decided by the markers, not by grammar rules.
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import {
  allTokens,
  noticeLexer,
  Char,
  Comment,
  InlineEnum,
  InlineNumber,
  Label,
  Level1Marker,
  Level2Marker,
  Level3Marker,
  Level4Marker,
  Level5Marker,
  Newline,
  Space,
  Text,
} from './lexer.js';

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

  public document = this.RULE('document', () => {
    const lines: LineRecord[] = [];
    let current: LineRecord | undefined;
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            const nl = this.CONSUME(Newline);
            this.ACTION(() => {
              const line = current ?? emptyLine(nl.startOffset);
              line.end = nl.startOffset;
              line.next = nl.startOffset + nl.image.length;
              lines.push(line);
              current = undefined;
            });
          },
        },
        {
          ALT: () => {
            const part = this.SUBRULE(this.lineContent);
            this.ACTION(() => {
              current = part;
            });
          },
        },
      ]);
    });
    this.ACTION(() => {
      if (current !== undefined) lines.push(current);
    });
    return lines;
  });

  /** Everything of one line up to (not including) its line break. */
  private lineContent = this.RULE('lineContent', () => {
    const line: LineRecord = { start: 0, end: 0, next: 0, inline: [] };
    this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(Space);
          // Indentation: what follows may still be a marker, a label or a comment.
          this.ACTION(() => (line.indent = s));
          this.OPTION(() => this.SUBRULE(this.lineHead, { ARGS: [line] }));
        },
      },
      { ALT: () => this.SUBRULE2(this.lineHead, { ARGS: [line] }) },
    ]);
    this.MANY(() => {
      const t = this.SUBRULE(this.inlineToken);
      this.ACTION(() => line.inline.push(t));
    });
    this.ACTION(() => {
      const first = line.indent ?? line.comment ?? line.marker ?? line.label ?? line.inline[0];
      const last = line.inline.at(-1) ?? line.label ?? line.marker ?? line.comment ?? line.indent!;
      line.start = first.startOffset;
      line.end = last.startOffset + last.image.length;
      line.next = line.end;
    });
    return line;
  });

  /** What a line starts with after its indentation: a comment, a marker (and label), a label, or text. */
  private lineHead = this.RULE('lineHead', (line: LineRecord) => {
    this.OR([
      {
        ALT: () => {
          const c = this.CONSUME(Comment);
          this.ACTION(() => (line.comment = c));
        },
      },
      {
        ALT: () => {
          const m = this.OR2([
            { ALT: () => this.CONSUME(Level1Marker) },
            { ALT: () => this.CONSUME(Level2Marker) },
            { ALT: () => this.CONSUME(Level3Marker) },
            { ALT: () => this.CONSUME(Level4Marker) },
            { ALT: () => this.CONSUME(Level5Marker) },
          ]);
          this.ACTION(() => (line.marker = m));
          this.OPTION(() => {
            const l = this.CONSUME(Label);
            this.ACTION(() => (line.label = l));
          });
        },
      },
      {
        ALT: () => {
          const l = this.CONSUME2(Label);
          this.ACTION(() => (line.label = l));
        },
      },
      {
        ALT: () => {
          const t = this.OR3([
            { ALT: () => this.CONSUME(Text) },
            { ALT: () => this.CONSUME(InlineEnum) },
            { ALT: () => this.CONSUME(InlineNumber) },
            { ALT: () => this.CONSUME(Char) },
          ]);
          this.ACTION(() => line.inline.push(t));
        },
      },
    ]);
  });

  private inlineToken = this.RULE('inlineToken', () =>
    this.OR([
      { ALT: () => this.CONSUME(Text) },
      { ALT: () => this.CONSUME(Space) },
      { ALT: () => this.CONSUME(InlineEnum) },
      { ALT: () => this.CONSUME(InlineNumber) },
      { ALT: () => this.CONSUME(Char) },
    ]),
  );
}

function emptyLine(at: number): LineRecord {
  return { start: at, end: at, next: at, inline: [] };
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
