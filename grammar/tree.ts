// The syntax tree of a notice. It knows nothing of LSP: every position is a UTF-16 offset
// into the source text, and every span is half-open [start, end).

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export type Numeral = 'chinese' | 'arabic' | 'circled';

export interface HeadingMarker extends TextSpan {
  level: HeadingLevel;
  /** The number the marker stands for: 3 for `3.`, 11 for `（十一）`, 35 for `(35-1)`. */
  value: number;
  /** The part of a split item: 1 for `(35-1)`; undefined otherwise. */
  part?: number;
  /** Where the number itself is written (`十一`, `35-1`, `3`, `①`): what a renumbering edits. */
  digits: TextSpan;
  numeral: Numeral;
  /** Opening bracket: `（`, `(` or ''. */
  open: string;
  /** Closing punctuation: `、` `.` `．` `）` `)` or '' (circled numbers). */
  close: string;
  /** A second punctuation after the marker, as in `（一）、` (GB/T 15834 frowns on it). */
  extra: string;
}

export interface FieldLabel extends TextSpan {
  /** The label without its colon: `整改结果`. */
  name: string;
  /** The colon as written: `：` or `:`. */
  colon: string;
}

/** 一是/二是 (`shi`) or an inline （1）/（一） (`paren`) inside a paragraph or a heading's body. */
export interface InlineMark extends TextSpan {
  kind: 'shi' | 'paren';
  value: number;
  numeral: Numeral;
}

export type ParagraphRole =
  | 'title'
  | 'residue'
  | 'preamble'
  | 'body'
  | 'closing'
  | 'signature'
  | 'date';

export interface Paragraph extends TextSpan {
  type: 'paragraph';
  role: ParagraphRole;
  /** 0-based line index. */
  line: number;
  /** The labelled field this line starts with (§4), if any. */
  field?: Field;
  inline: InlineMark[];
}

export interface Field {
  label: FieldLabel;
  /** The text after the label's colon to the end of the line. */
  value: TextSpan;
  /** For `整改结果：`: the status word it starts with (`完成`, `阶段性完成` …). */
  status?: string;
}

export interface Heading extends Span {
  type: 'heading';
  level: HeadingLevel;
  /** 0-based line index of the heading line. */
  line: number;
  /** The whole line, indentation included (without the line break). */
  lineSpan: Span;
  marker: HeadingMarker;
  /** A label right after the marker: `（一）反馈问题：…`. */
  label?: FieldLabel;
  /** From after the marker to the first sentence end (excluded) or the line end. */
  title: TextSpan;
  /** The rest of the line after the title's sentence end, if any. */
  body?: TextSpan;
  /** Inline enumerations in the body part of the heading line. */
  inline: InlineMark[];
  /** From the heading to the end of its content (before the next heading of the same or a higher level). */
  section: Span;
  parent?: Heading;
  children: Heading[];
  /** Paragraphs directly under this heading, before its first child heading. */
  blocks: Paragraph[];
}

export interface Comment extends TextSpan {
  line: number;
  /** The text between `<!--` and `-->`, trimmed. */
  content: string;
}

export interface NoticeDocument {
  text: string;
  /** Offsets of the first character of each line. */
  lineStarts: number[];
  /** Title lines (an issuer line and the 关于…的通报 line). */
  title: Paragraph[];
  /** Web-page residue: date/source lines, 字体大小, 附件4, footers. */
  residue: Paragraph[];
  preamble: Paragraph[];
  /** Every heading in document order. */
  headings: Heading[];
  /** The headings that have no parent (normally the level-1 sections). */
  roots: Heading[];
  /** Every non-heading, non-comment line with text, in document order, whatever its role. */
  paragraphs: Paragraph[];
  closing?: Paragraph;
  signature: Paragraph[];
  date?: Paragraph;
  comments: Comment[];
  /** Problems met while reading: never fatal. */
  errors: { offset: number; message: string }[];
}
