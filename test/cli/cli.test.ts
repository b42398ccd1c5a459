// notice-lint as a user runs it: the built dist/cli.js on the corpus and on bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { CORPUS_DIR, REPO } from '../helpers.js';

const CLI = resolve(REPO, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO });

/** Headings per level, read from each symbol's detail (一级标题 … 五级标题): depth is not level. */
function levelCounts(outline: DocumentSymbol[]): string {
  const c = [0, 0, 0, 0, 0];
  const walk = (s: DocumentSymbol[]) =>
    s.forEach((x) => {
      c['一二三四五'.indexOf(x.detail!.slice(0, 1))]++;
      walk(x.children ?? []);
    });
  walk(outline);
  return c.join('/');
}

describe('notice-lint', () => {
  it('prints one JSON object per corpus file with the outline of the right shape', () => {
    const r = run('--format', 'json', '--outline', CORPUS_DIR);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { file: string; diagnostics: unknown[]; outline: DocumentSymbol[] }[];
    expect(out.map((f) => f.file.split('/').pop())).toEqual([
      'changsha-county-2021.txt',
      'lusong-district-2021.txt',
      'yiyang-hitech-2023.txt',
    ]);
    expect(out.map((f) => levelCounts(f.outline))).toEqual(['4/12/74/50/0', '3/11/13/49/0', '3/12/31/0/2']);
    expect(out[0].file).toBe(join(CORPUS_DIR, 'changsha-county-2021.txt'));
  });

  it('prints a compiler-like text report with an indented outline', () => {
    const r = run('--outline', join(CORPUS_DIR, 'yiyang-hitech-2023.txt'));
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(join(CORPUS_DIR, 'yiyang-hitech-2023.txt') + ':');
    expect(lines[1]).toBe('  一、组织整改落实情况  (9)');
    expect(lines).toContain('      28.上轮巡视未整改到位的问题  (198)');
    expect(lines).toContain('        ①高质量发展问题  (200)');
    expect(lines[lines.length - 2]).toMatch(/^1 个文件，\d+ 个错误，\d+ 个警告，\d+ 个提示$/);
  });

  it('gives the related information of a finding, pointing into the same file', () => {
    const file = join(CORPUS_DIR, 'lusong-district-2021.txt');
    const [r] = JSON.parse(run('--format', 'json', file).stdout) as { diagnostics: { code: string; relatedInformation?: { location: { uri: string; range: { start: { line: number } } }; message: string }[] }[] }[];
    const slip = r.diagnostics.find((d) => d.code === 'numbering-sequence')!;
    expect(slip.relatedInformation?.map((x) => [x.location.uri.endsWith('/lusong-district-2021.txt'), x.location.range.start.line + 1, x.message])).toEqual([
      [true, 37, '上一项：“2.”'],
    ]);
  });

  it('writes SARIF 2.1.0', () => {
    const r = run('--format', 'sarif', join(REPO, 'examples', 'sample.notice'));
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('notice-lint');
    expect(Array.isArray(sarif.runs[0].results)).toBe(true);
  });

  it('exits 2 with a message naming a missing file, and still checks the others', () => {
    const r = run('--format', 'json', 'no-such-file.notice', join(CORPUS_DIR, 'yiyang-hitech-2023.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-file.notice');
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('refuses a binary file and a non-UTF-8 file by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-cli-'));
    writeFileSync(join(dir, 'bin.notice'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'gbk.notice'), Buffer.from([0xd6, 0xd0, 0xb9, 0xb2, 0x0a]));
    const r = run(join(dir, 'bin.notice'), join(dir, 'gbk.notice'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bin.notice（二进制文件，不是文本）');
    expect(r.stderr).toContain('gbk.notice（不是 UTF-8 编码的文本）');
  });

  it('exits 2 on bad usage', () => {
    expect(run().status).toBe(2);
    const r = run('--format', 'xml', 'a.notice');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('未知的输出格式：xml');
    expect(run('--bogus').status).toBe(2);
    expect(run('--help').status).toBe(0);
  });

  it('speaks English with --locale en', () => {
    const r = run('--locale', 'en', 'missing.notice');
    expect(r.stderr).toContain('Cannot read file: missing.notice');
  });
});
