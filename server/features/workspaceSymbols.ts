// Workspace symbols: the headings of every notice file, matched by a query (substring or
// characters in order, as VS Code's fuzzy matching does for Go to Symbol in Workspace).
import { SymbolKind, type Range, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { NoticeDocument } from '../../grammar/index.js';
import type { PositionMapper } from '../positions.js';
import { headingName } from './documentSymbols.js';

export function matchesQuery(name: string, query: string): boolean {
  if (query.length === 0) return true;
  let i = 0;
  const q = query.toLowerCase();
  for (const ch of name.toLowerCase()) if (ch === q[i] && ++i === q.length) return true;
  return false;
}

/** A heading as a workspace symbol without its file: what the workspace index keeps per file. */
export interface HeadingSymbol {
  name: string;
  kind: SymbolKind;
  containerName?: string;
  range: Range;
}

export function headingSymbols(doc: NoticeDocument, pos: PositionMapper): HeadingSymbol[] {
  return doc.headings.map((h) => ({
    name: headingName(h, doc.text),
    kind: h.level <= 2 ? SymbolKind.Namespace : SymbolKind.Field,
    containerName: h.parent ? headingName(h.parent, doc.text) : undefined,
    range: pos.range({ start: h.start, end: h.end }),
  }));
}

/** The symbols of `symbols` that match `query`, in `uri`, appended to `out` (no spread: the lists can be long). */
export function matchingSymbols(uri: string, symbols: HeadingSymbol[], query: string, out: WorkspaceSymbol[] = []): WorkspaceSymbol[] {
  for (const s of symbols) {
    if (matchesQuery(s.name, query)) out.push({ name: s.name, kind: s.kind, containerName: s.containerName, location: { uri, range: s.range } });
  }
  return out;
}

export function workspaceSymbols(uri: string, doc: NoticeDocument, pos: PositionMapper, query: string): WorkspaceSymbol[] {
  return matchingSymbols(uri, headingSymbols(doc, pos), query);
}
