// notice-lint --fix: formats each file in place (the editor's formatter with its defaults),
// then reports on the formatted text; a file that needs nothing is left untouched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../server/features/formatting.js';
import { corpus, REPO } from '../helpers.js';

const CLI = resolve(REPO, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO });

describe('notice-lint --fix', () => {
  it('formats a half-width notice in place and reports no punctuation finding afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-fix-'));
    const file = join(dir, 'lusong.notice');
    const text = corpus('lusong-district-2021');
    writeFileSync(file, text);
    const before = run('--format', 'json', file);
    expect(JSON.parse(before.stdout)[0].diagnostics.some((d: { code: string }) => d.code === 'punctuation')).toBe(true);
    const r = run('--fix', '--format', 'json', file);
    expect(r.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(formatText(text));
    expect(JSON.parse(r.stdout)[0].diagnostics.filter((d: { code: string }) => d.code === 'punctuation')).toEqual([]);
  });

  it('leaves a formatted file alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-fix-'));
    const file = join(dir, 'yiyang.notice');
    const text = formatText(corpus('yiyang-hitech-2023'));
    writeFileSync(file, text);
    const mtime = statSync(file).mtimeMs;
    expect(run('--fix', file).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });
});
