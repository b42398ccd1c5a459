// notice-lint as a user runs it: the built dist/cli.js as a process, in a given folder, with a
// given language environment (Chinese unless a test says otherwise: the machine's own LANG
// must not decide what a test expects), and optional standard input.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO } from '../helpers.js';

export const CLI = resolve(REPO, 'dist', 'cli.js');

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  /** LANG of the process (LC_ALL and LC_MESSAGES are cleared). */
  lang?: string;
  cli?: string;
}

export function lint(args: string[], o: RunOptions = {}) {
  const env = { ...process.env, LANG: o.lang ?? 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  return spawnSync(process.execPath, [o.cli ?? CLI, ...args], { encoding: 'utf8', cwd: o.cwd ?? REPO, input: o.input, env, maxBuffer: 256 * 1024 * 1024 });
}

/** Through a shell (`sh -c`), so unquoted globs are expanded by the shell as in a terminal. */
export function lintInShell(command: string, o: RunOptions = {}) {
  const env = { ...process.env, LANG: o.lang ?? 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  return spawnSync('sh', ['-c', `"${process.execPath}" "${o.cli ?? CLI}" ${command}`], { encoding: 'utf8', cwd: o.cwd ?? REPO, env, maxBuffer: 256 * 1024 * 1024 });
}
