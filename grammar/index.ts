// parseNotice: text in, tree out. Never throws: whatever the text, a tree comes back, and any
// trouble met on the way is listed in `errors`. The lines are read by the fast scanner
// (scan.ts), which uses the token patterns of the Chevrotain lexer and yields what the
// Chevrotain parser yields (parseNoticeReference; checked in test/grammar/scan.test.ts).
import { buildTree } from './build.js';
import { noticeLexer } from './lexer.js';
import { noticeParser, type LineRecord } from './parser.js';
import { linesOf, scanLines, type Lines } from './scan.js';
import type { NoticeDocument } from './tree.js';

export * from './tree.js';
export { chineseToNumber, numberToChinese, circledToNumber, numberToCircled } from './numerals.js';
export { computeLineStarts, readMarker } from './build.js';
export { descendants } from './walk.js';
export { LABELS } from './lexer.js';
export { readCountStatements, statusCategory, type CountSentence, type StatusCategory } from './counts-reading.js';

/** Lines as plain text, for the (never expected) case that the lexer or parser fails. */
function plainLines(text: string): LineRecord[] {
  const out: LineRecord[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    const next = m ? m.index + m[0].length : text.length;
    if (end > start || m) out.push({ start, end, next, inline: [] });
    if (!m) break;
    start = next;
  }
  return out;
}

/** Line records through the Chevrotain lexer and parser (the reference grammar). */
function chevrotainRecords(text: string, errors: NoticeDocument['errors']): LineRecord[] {
  const lexed = noticeLexer.tokenize(text);
  for (const e of lexed.errors) errors.push({ offset: e.offset, message: e.message });
  const parser = noticeParser();
  parser.input = lexed.tokens;
  const records = parser.document();
  for (const e of parser.errors) errors.push({ offset: e.token.startOffset, message: e.message });
  return lexed.errors.length > 0 || parser.errors.length > 0 ? plainLines(text) : records;
}

function chevrotainLines(text: string, errors: NoticeDocument['errors']): Lines {
  return linesOf(text, chevrotainRecords(text, errors));
}

function parseWith(text: string, read: (text: string, errors: NoticeDocument['errors']) => Lines): NoticeDocument {
  const errors: NoticeDocument['errors'] = [];
  let lines: Lines;
  try {
    lines = read(text, errors);
  } catch (e) {
    errors.push({ offset: 0, message: `parser failure: ${(e as Error).message}` });
    lines = linesOf(text, plainLines(text));
  }
  try {
    return buildTree(text, lines, errors);
  } catch (e) {
    errors.push({ offset: 0, message: `tree failure: ${(e as Error).message}` });
    return buildTree(text, linesOf(text, plainLines(text)), errors);
  }
}

/** The tree of a notice (through the fast line scanner, `scan.ts`). */
export function parseNotice(text: string): NoticeDocument {
  return parseWith(text, scanLines);
}

/** The same tree through the Chevrotain lexer and parser: the reference the scanner is tested against. */
export function parseNoticeReference(text: string): NoticeDocument {
  return parseWith(text, chevrotainLines);
}
