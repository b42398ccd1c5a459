// The notice files of the workspace, for Go to Symbol in Workspace: *.notice files (and .txt
// files whose first lines are a notice title) under the workspace folders, parsed lazily and
// cached by modification time; open documents are read from the editor instead of the disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceSymbol } from 'vscode-languageserver-types';
import { parseNotice, type NoticeDocument } from '../grammar/index.js';
import { workspaceSymbols } from './features/workspaceSymbols.js';
import { looksLikeNotice } from '../common/detect.js';
import { PositionMapper } from './positions.js';

const MAX_FILES = 5000;
const MAX_BYTES = 4 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.svn', '.hg', 'dist', 'out', '.vscode-test']);

/** Notice files below `dir` (depth-first, sorted, bounded). */
export function findNoticeFiles(dir: string, limit = MAX_FILES, out: string[] = []): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (out.length >= limit) break;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) findNoticeFiles(p, limit, out);
    } else if (e.isFile() && /\.(notice|txt)$/i.test(e.name)) {
      out.push(p);
    }
  }
  return out;
}

export class WorkspaceIndex {
  private roots: string[] = [];
  private readonly parsed = new Map<string, { mtimeMs: number; doc: NoticeDocument | null; pos?: PositionMapper }>();

  setRoots(uris: string[]): void {
    this.roots = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  }

  markOpen(uri: string): void {
    // Open documents are read from the editor; the disk copy is re-read after they close.
    if (uri.startsWith('file:')) this.parsed.delete(fileURLToPath(uri));
  }

  private load(file: string): { doc: NoticeDocument | null; pos?: PositionMapper } {
    let st;
    try {
      st = statSync(file);
    } catch {
      return { doc: null };
    }
    const hit = this.parsed.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs) return hit;
    let entry: { mtimeMs: number; doc: NoticeDocument | null; pos?: PositionMapper } = { mtimeMs: st.mtimeMs, doc: null };
    if (st.size <= MAX_BYTES) {
      try {
        const text = readFileSync(file, 'utf8');
        if (file.toLowerCase().endsWith('.notice') || looksLikeNotice(text)) {
          const doc = parseNotice(text);
          entry = { mtimeMs: st.mtimeMs, doc, pos: new PositionMapper(text, doc.lineStarts) };
        }
      } catch {
        // unreadable: no symbols from it
      }
    }
    this.parsed.set(file, entry);
    return entry;
  }

  symbols(query: string, open: TextDocuments<TextDocument>, token?: CancellationToken): WorkspaceSymbol[] {
    const out: WorkspaceSymbol[] = [];
    const seen = new Set<string>();
    for (const d of open.all()) {
      if (token?.isCancellationRequested) return out;
      if (d.languageId !== 'notice' && !d.uri.endsWith('.notice')) continue;
      const doc = parseNotice(d.getText());
      out.push(...workspaceSymbols(d.uri, doc, new PositionMapper(d.getText(), doc.lineStarts), query));
      seen.add(d.uri);
    }
    for (const root of this.roots) {
      for (const file of findNoticeFiles(root)) {
        if (token?.isCancellationRequested) return out;
        const uri = pathToFileURL(file).href;
        if (seen.has(uri)) continue;
        const { doc, pos } = this.load(file);
        if (doc && pos) out.push(...workspaceSymbols(uri, doc, pos, query));
      }
    }
    return out;
  }
}
