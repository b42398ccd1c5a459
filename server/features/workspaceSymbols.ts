// Workspace symbols: the headings of every notice file, matched by a query (substring or
// characters in order, as VS Code's fuzzy matching does for Go to Symbol in Workspace).
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
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

export function workspaceSymbols(uri: string, doc: NoticeDocument, pos: PositionMapper, query: string): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const h of doc.headings) {
    const name = headingName(h, doc.text);
    if (!matchesQuery(name, query)) continue;
    out.push({
      name,
      kind: h.level <= 2 ? SymbolKind.Namespace : SymbolKind.Field,
      containerName: h.parent ? headingName(h.parent, doc.text) : undefined,
      location: { uri, range: pos.range({ start: h.start, end: h.end }) },
    });
  }
  return out;
}
