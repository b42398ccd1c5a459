// parseNotice: text in, tree out. The Chevrotain lexer and parser (lexer.ts, parser.ts) read the
// lines; build.ts makes the tree from them. Never throws: whatever the text, a tree comes back,
// and any trouble met on the way is listed in `errors`.
import { buildTree } from './build.js';
import { parseLines, type LineRecord } from './parser.js';
import type { NoticeDocument } from './tree.js';

export * from './tree.js';
export { arabicLike, arabicToNumber, chineseToNumber, numberToChinese, circledToNumber, numberToCircled } from './numerals.js';
export { descendants } from './walk.js';
export { LABELS } from './lexer.js';
export { readCountStatements, statusCategory, type CountSentence, type StatusCategory } from './counts-reading.js';

/** The lines as plain text, when the lexer or the parser reported an error (never seen on any text so far). */
function plainLines(text: string): LineRecord[] {
  const out: LineRecord[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    const next = m ? m.index + m[0].length : text.length;
    if (end > start || m) out.push({ start, end, next, marks: [] });
    if (!m) break;
    start = next;
  }
  return out;
}

export function parseNotice(text: string): NoticeDocument {
  const errors: NoticeDocument['errors'] = [];
  let records: LineRecord[];
  try {
    const parsed = parseLines(text);
    errors.push(...parsed.errors);
    records = parsed.errors.length > 0 ? plainLines(text) : parsed.records;
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
