// The notice files of the workspace, for Go to Symbol in Workspace: *.notice files (and .txt
// files whose first lines are a notice title) under the workspace folders.
//
// Built once in the background after start (folders walked and files read asynchronously,
// yielding between files, so requests keep being answered), then kept up to date from file
// events (workspace/didChangeWatchedFiles). It keeps each file's symbols — names and ranges —
// never its text or tree. No cap on the number of files; a first index of many files reports
// its progress. Open documents are read from the editor instead (the server passes them).
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver/node.js';
import type { WorkspaceSymbol } from 'vscode-languageserver-types';
import { parseNotice } from '../grammar/index.js';
import { headingSymbols, matchingSymbols, type HeadingSymbol } from './features/workspaceSymbols.js';
import { fileLooksLikeNotice, readTextFile } from './files.js';
import { PositionMapper } from './positions.js';

/** A workspace file larger than this is not indexed (60 times the largest real notice). */
const MAX_BYTES = 4 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.svn', '.hg', 'dist', 'out', '.vscode-test']);
/** A first index of at least this many candidate files reports its progress. */
const PROGRESS_FROM = 100;

const isCandidate = (name: string) => /\.(notice|txt)$/i.test(name);
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Candidate files below `dir`, walked asynchronously (no cap). */
async function walk(dir: string, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort(byName);
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(p, out);
    } else if (e.isFile() && isCandidate(e.name)) out.push(p);
  }
}

/** The symbols of a notice file (none when it is not a notice, too large or unreadable). */
export function fileSymbols(file: string): HeadingSymbol[] {
  try {
    if (!fileLooksLikeNotice(file)) return [];
    const text = readTextFile(file, MAX_BYTES);
    const doc = parseNotice(text);
    return headingSymbols(doc, new PositionMapper(text, doc.lineStarts));
  } catch {
    return [];
  }
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class CancelledError extends Error {}

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number): void;
  done(): void;
}

export class WorkspaceIndex {
  private roots: string[] = [];
  /** File path → its symbols. */
  private readonly files = new Map<string, HeadingSymbol[]>();
  private building: Promise<void> | undefined;
  /** When the last full pass ended (for clients that send no file events). */
  private builtAt = 0;
  private rebuilding: Promise<void> | undefined;
  /** Files changed on disk, re-read in the background. */
  private readonly pending = new Set<string>();
  private draining: Promise<void> | undefined;

  setRoots(uris: string[]): void {
    this.roots = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  }

  /** Build the index in the background (once); `progress` is told when there are many files. */
  start(progress?: () => Promise<IndexProgress | undefined>): Promise<void> {
    this.building ??= this.build(progress);
    return this.building;
  }

  /**
   * A full pass: walk the folders, read each candidate file (one at a time, letting requests in
   * between). The first pass reads each file once (a file event may have read it already); a
   * later pass (`refreshIfOlderThan`) reads them all again and forgets files that are gone.
   */
  private async build(progress?: () => Promise<IndexProgress | undefined>, again = false): Promise<void> {
    const candidates: string[] = [];
    for (const root of this.roots) await walk(root, candidates);
    if (again) {
      const present = new Set(candidates);
      for (const f of [...this.files.keys()]) if (!present.has(f)) this.files.delete(f);
    }
    const bar = candidates.length >= PROGRESS_FROM ? await progress?.().catch(() => undefined) : undefined;
    bar?.begin(candidates.length);
    try {
      for (let i = 0; i < candidates.length; i++) {
        if (again || !this.files.has(candidates[i])) this.files.set(candidates[i], fileSymbols(candidates[i]));
        if (i % 10 === 9) bar?.report(i + 1, candidates.length);
        await yieldToLoop();
      }
    } finally {
      bar?.done();
      this.builtAt = Date.now();
    }
  }

  /** For a client that sends no file events: a new pass in the background when the last is older than `ms`. */
  refreshIfOlderThan(ms: number): void {
    if (!this.building || this.rebuilding || this.builtAt === 0 || Date.now() - this.builtAt < ms) return;
    this.rebuilding = this.build(undefined, true).finally(() => (this.rebuilding = undefined));
  }

  /** A file event (workspace/didChangeWatchedFiles): 1 created, 2 changed, 3 deleted. */
  fileChanged(uri: string, type: number): void {
    if (!uri.startsWith('file:')) return;
    const file = fileURLToPath(uri);
    if (type === 3) {
      this.files.delete(file);
      this.pending.delete(file);
      // A deleted folder: everything under it goes too.
      const below = file.endsWith(sep) ? file : file + sep;
      for (const f of [...this.files.keys()]) if (f.startsWith(below)) this.files.delete(f);
      return;
    }
    if (!isCandidate(file) || !this.roots.some((r) => file.startsWith(r))) return;
    this.pending.add(file);
    this.draining ??= this.drain().finally(() => (this.draining = undefined));
  }

  private async drain(): Promise<void> {
    await this.building;
    while (this.pending.size > 0) {
      const file = this.pending.values().next().value as string;
      this.pending.delete(file);
      this.files.set(file, fileSymbols(file));
      await yieldToLoop();
    }
  }

  /** Files indexed (for tests). */
  get size(): number {
    return this.files.size;
  }

  /**
   * The symbols matching `query` in the files of the workspace, but those of `skip` (open
   * documents, read from the editor). Waits for the first index; throws CancelledError when
   * `token` is cancelled meanwhile.
   */
  async symbols(query: string, skip: Set<string>, token?: CancellationToken): Promise<WorkspaceSymbol[]> {
    const ready = this.start().then(() => this.draining);
    if (token) await Promise.race([ready, new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()))]);
    else await ready;
    const out: WorkspaceSymbol[] = [];
    let n = 0;
    for (const [file, symbols] of this.files) {
      if (token?.isCancellationRequested) throw new CancelledError();
      if (symbols.length === 0) continue;
      const uri = pathToFileURL(file).href;
      if (skip.has(uri)) continue;
      matchingSymbols(uri, symbols, query, out);
      // Many large files: let other requests (and a cancellation) in now and then.
      if ((n += symbols.length) > 5000) {
        n = 0;
        await yieldToLoop();
      }
    }
    if (token?.isCancellationRequested) throw new CancelledError();
    return out;
  }
}
