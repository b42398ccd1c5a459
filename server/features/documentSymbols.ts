// The outline: every heading as a symbol nested under its parent heading. The name is the
// marker and the title as written (`（一）反馈问题：贯彻落实……存在差距`), the range is the
// heading's whole section, the selection range the heading line.
import { SymbolKind, type DocumentSymbol, type Position } from 'vscode-languageserver-types';
import type { Heading, NoticeDocument } from '../../grammar/index.js';
import { translator, type MessageKey, type Translator } from '../l10n/index.js';
import type { PositionMapper } from '../positions.js';

const KIND_BY_LEVEL: Record<number, SymbolKind> = {
  1: SymbolKind.Module,
  2: SymbolKind.Namespace,
  3: SymbolKind.Class,
  4: SymbolKind.Field,
  5: SymbolKind.EnumMember,
};

/** A character trim() never removes (sure for printable ASCII and for U+3001… but the BOM; the rest is left to trim()). */
function keptByTrim(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c > 0x3000 && c !== 0xfeff);
}

export function headingName(h: Heading, text: string): string {
  const m = h.marker;
  const title = h.title;
  // A marker starts with no space, and a title is trimmed of the tree's spaces: when the title
  // follows the marker directly (or is empty) and the name ends in a character trim() keeps,
  // the name is one slice of the text — no concatenation, and no flat copy made by trim().
  const end = title.text.length === 0 ? m.end : title.end;
  if ((title.text.length === 0 || title.start === m.end) && end > m.start && keptByTrim(text.charCodeAt(end - 1))) return text.slice(m.start, end);
  return (text.slice(m.start, m.end) + title.text).trim() || m.text;
}


function toSymbol(h: Heading, text: string, pos: PositionMapper, details: string[]): DocumentSymbol {
  // The section and the heading line start at the marker, on the heading's line: one Position
  // for both (never mutated: the outline is only serialised).
  const start: Position = pos.positionOnLine(h.line, h.start);
  const kids = h.children;
  const children: DocumentSymbol[] = new Array(kids.length);
  for (let k = 0; k < kids.length; k++) children[k] = toSymbol(kids[k], text, pos, details);
  return {
    name: headingName(h, text),
    detail: details[h.level],
    kind: KIND_BY_LEVEL[h.level],
    range: { start, end: pos.positionAt(h.section.end) },
    selectionRange: { start, end: pos.positionOnLine(h.line, h.end) },
    children,
  };
}

/** The outline; the details (`一级标题` / `level-1 heading`) in the translator's language. */
export function documentSymbols(doc: NoticeDocument, pos: PositionMapper, t: Translator = translator('zh')): DocumentSymbol[] {
  const details = ['', ...[1, 2, 3, 4, 5].map((l) => t(`outline.level.${l}` as MessageKey))];
  const roots = doc.roots;
  const out: DocumentSymbol[] = new Array(roots.length);
  for (let k = 0; k < roots.length; k++) out[k] = toSymbol(roots[k], doc.text, pos, details);
  return out;
}
