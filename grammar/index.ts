// parseNotice: text in, tree out. Never throws: whatever the text, a tree comes back, and any
// trouble met on the way is listed in `errors`.
import { buildTree } from './build.js';
import { noticeLexer } from './lexer.js';
import { noticeParser, type LineRecord } from './parser.js';
import type { NoticeDocument } from './tree.js';

export * from './tree.js';
export { chineseToNumber, numberToChinese, circledToNumber, numberToCircled } from './numerals.js';
export { computeLineStarts, readMarker } from './build.js';
export { LABELS } from './lexer.js';
export { readCountStatements, statusCategory, type CountSentence, type StatusCategory } from './counts.js';

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

export function parseNotice(text: string): NoticeDocument {
  const errors: NoticeDocument['errors'] = [];
  let records: LineRecord[];
  try {
    const lexed = noticeLexer.tokenize(text);
    for (const e of lexed.errors) errors.push({ offset: e.offset, message: e.message });
    const parser = noticeParser();
    parser.input = lexed.tokens;
    records = parser.document();
    for (const e of parser.errors) errors.push({ offset: e.token.startOffset, message: e.message });
    if (lexed.errors.length > 0 || parser.errors.length > 0) records = plainLines(text);
  } catch (e) {
    errors.push({ offset: 0, message: `parser failure: ${(e as Error).message}` });
    records = plainLines(text);
  }
  try {
    return buildTree(text, records, errors);
  } catch (e) {
    errors.push({ offset: 0, message: `tree failure: ${(e as Error).message}` });
    return buildTree(text, plainLines(text), errors);
  }
}
