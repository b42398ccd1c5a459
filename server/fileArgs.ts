// The files notice-lint checks, from its arguments: files as given, directories searched, glob
// patterns (quoted, so the shell left them alone) expanded with tinyglobby; `.gitignore` and
// `.noticeignore` honoured with the `ignore` package. No cap on the number of files.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { fileLooksLikeNotice, MAX_CONFIG_BYTES, readTextFile } from './files.js';

// Loaded with require(): its CommonJS build, as the bundles are CommonJS (its ES build reads
// import.meta.url, which a CommonJS bundle does not have).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { globSync, isDynamicPattern } = require('tinyglobby') as typeof import('tinyglobby');

export const IGNORE_FILES = ['.gitignore', '.noticeignore'] as const;
/** Never searched: other people's code and version-control stores. */
const SKIP = ['**/node_modules/**', '**/.git/**'];

/**
 * The ignore files of a file's folders, from the top of its Git work tree (or the filesystem
 * root outside one) down to its folder, as Git reads nested `.gitignore` files: a deeper file's
 * `!pattern` can take back what a shallower one ignored.
 */
export class IgnoreFiles {
  private readonly byDir = new Map<string, Ignore | null>();
  private readonly chains = new Map<string, string[]>();

  /** The rules of one folder (both files, in order), or null when it has none. */
  private rulesOf(dir: string): Ignore | null {
    let ig = this.byDir.get(dir);
    if (ig !== undefined) return ig;
    ig = null;
    for (const name of IGNORE_FILES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      try {
        ig ??= ignore();
        ig.add(readTextFile(file, MAX_CONFIG_BYTES)); // a regular file of at most 1 MB, like a config
      } catch {
        // An unreadable ignore file ignores nothing (as Git does).
      }
    }
    this.byDir.set(dir, ig);
    return ig;
  }

  /** The folders whose ignore files apply below `dir`, top first. */
  private chain(dir: string): string[] {
    let c = this.chains.get(dir);
    if (c) return c;
    const up = dirname(dir);
    c = existsSync(join(dir, '.git')) || up === dir ? [dir] : [...this.chain(up), dir];
    this.chains.set(dir, c);
    return c;
  }

  ignores(file: string): boolean {
    const abs = resolve(file);
    let ignored = false;
    for (const dir of this.chain(dirname(abs))) {
      const ig = this.rulesOf(dir);
      if (!ig) continue;
      const r = ig.test(relative(dir, abs).split(sep).join('/'));
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }
}

export interface Collected {
  /** Files to check, in argument order (each directory or pattern sorted by path), each once. */
  files: string[];
  /** `-` was given: read standard input. */
  stdin: boolean;
  /** Arguments that name nothing: a missing path (with its error code) or a pattern matching no file. */
  missing: { path: string; reason: string }[];
  /** How many files the ignore files left out. */
  ignored: number;
  /** Files named as arguments that the ignore files left out (said on stderr, as ESLint does). */
  ignoredNamed: string[];
}

/** Whether a file found by a directory or a pattern is a notice: `.notice`, or a `.txt` that reads as one. */
function isNoticeFile(file: string): boolean {
  return fileLooksLikeNotice(file); // the first few KB only: a large log is not read in full
}

export function collectFiles(
  args: string[],
  options: { ignore: boolean; cwd?: string },
): Collected {
  const cwd = options.cwd ?? process.cwd();
  const ignoreFiles = options.ignore ? new IgnoreFiles() : undefined;
  const out: Collected = { files: [], stdin: false, missing: [], ignored: 0, ignoredNamed: [] };
  const keep = (f: string) => {
    if (!ignoreFiles?.ignores(resolve(cwd, f))) return true;
    out.ignored++;
    return false;
  };
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = resolve(cwd, f);
    if (!seen.has(key)) {
      seen.add(key);
      out.files.push(f);
    }
  };
  const found = (paths: string[]) =>
    paths
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .filter((f) => /\.(notice|txt)$/i.test(f) && keep(f) && isNoticeFile(resolve(cwd, f)))
      .forEach(add);
  for (const arg of args) {
    if (arg === '-') {
      out.stdin = true;
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch (e) {
      if (isDynamicPattern(arg)) {
        // Paths as the pattern wrote them: relative to the working folder, or absolute.
        const matched = globSync(arg, { cwd, absolute: isAbsolute(arg), ignore: SKIP, onlyFiles: true, expandDirectories: false });
        if (matched.length === 0) out.missing.push({ path: arg, reason: 'ENOENT' });
        found(matched);
      } else {
        out.missing.push({ path: arg, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      }
      continue;
    }
    if (st.isDirectory()) {
      const matched = globSync('**/*.{notice,txt,NOTICE,TXT}', { cwd: resolve(cwd, arg), ignore: SKIP, onlyFiles: true });
      found(matched.map((m) => join(arg, m)));
    } else if (keep(arg)) {
      add(arg);
    } else {
      out.ignoredNamed.push(arg);
    }
  }
  return out;
}
