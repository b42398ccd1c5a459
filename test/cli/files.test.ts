// Which files notice-lint checks: directories, globs quoted (expanded by notice-lint) or not
// (expanded by the shell), .gitignore and .noticeignore, --no-ignore; and no cap on the count.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, lintInShell } from './run.js';

/** A notice of a few lines whose numbering skips `2.` (one warning at line 3). */
const SLIP = '中共某县委关于巡察整改进展情况的通报\n一、问题整改情况\n1.甲问题\n3.乙问题\n';
const TXT_NOTICE = '中共某县委关于巡察整改进展情况的通报\n一、问题整改情况\n';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'notice-files-'));
  mkdirSync(join(root, '.git')); // the top of a Git work tree: ignore files above it are not read
  for (const d of ['a/b', 'drafts', 'node_modules/pkg', 'old']) mkdirSync(join(root, d), { recursive: true });
  for (const f of ['a/one.notice', 'a/b/two.notice', 'drafts/d.notice', 'node_modules/pkg/x.notice', 'old/o.notice', 'top.notice']) writeFileSync(join(root, f), SLIP);
  writeFileSync(join(root, 'a/report.txt'), TXT_NOTICE);
  writeFileSync(join(root, 'a/notes.txt'), 'meeting notes, not a notice\n');
  writeFileSync(join(root, '.gitignore'), 'drafts/\n');
  writeFileSync(join(root, '.noticeignore'), '# old notices stay as published\nold/\n');
  writeFileSync(join(root, 'a', '.noticeignore'), 'b/\n');
});

/** The files of a JSON report, relative to the tree. */
const files = (stdout: string) => (JSON.parse(stdout) as { file: string }[]).map((f) => f.file.replace(root + '/', ''));

describe('notice-lint: which files', () => {
  it('a directory: .notice files and .txt files that are notices, never node_modules, minus the ignored', () => {
    const r = lint(['-f', 'json', '.'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(files(r.stdout)).toEqual(['a/one.notice', 'a/report.txt', 'top.notice']);
  });

  it('--no-ignore reads neither .gitignore nor .noticeignore', () => {
    expect(files(lint(['-f', 'json', '--no-ignore', '.'], { cwd: root }).stdout)).toEqual([
      'a/b/two.notice',
      'a/one.notice',
      'a/report.txt',
      'drafts/d.notice',
      'old/o.notice',
      'top.notice',
    ]);
  });

  it('a quoted glob is expanded by notice-lint, with or without a shell, and the ignore files apply', () => {
    const direct = lint(['-f', 'json', '**/*.notice'], { cwd: root });
    expect(direct.stderr).toBe('');
    expect(files(direct.stdout)).toEqual(['a/one.notice', 'top.notice']);
    const quoted = lintInShell(`-f json '**/*.notice'`, { cwd: root });
    expect(files(quoted.stdout)).toEqual(['a/one.notice', 'top.notice']);
    expect(files(lint(['-f', 'json', '--no-ignore', 'a/**/*.notice'], { cwd: root }).stdout)).toEqual(['a/b/two.notice', 'a/one.notice']);
    expect(files(lint(['-f', 'json', join(root, 'a', '*.txt')], { cwd: root }).stdout)).toEqual(['a/report.txt']);
  });

  it('a glob the shell expanded arrives as files, checked as given', () => {
    const r = lintInShell('-f json a/*.notice drafts/*.notice top.notice', { cwd: root });
    // drafts/d.notice is named, but .gitignore leaves it out (as a pre-commit hook would want).
    expect(files(r.stdout)).toEqual(['a/one.notice', 'top.notice']);
    expect(files(lintInShell('-f json --no-ignore drafts/*.notice', { cwd: root }).stdout)).toEqual(['drafts/d.notice']);
  });

  it('only ignored files named: nothing to check, exit 0; a pattern or a path matching nothing: exit 2', () => {
    const ignored = lint(['old/o.notice'], { cwd: root });
    expect([ignored.status, ignored.stdout]).toEqual([0, '0 个文件，0 个错误，0 个警告，0 个提示\n']);
    // Named but not checked: said on stderr, with the way to check it anyway.
    expect(ignored.stderr).toBe('未检查：old/o.notice（被 .gitignore 或 .noticeignore 忽略；加 --no-ignore 可检查）\n');
    const none = lint(['**/*.docx'], { cwd: root });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('**/*.docx');
    expect(lint(['missing.notice'], { cwd: root }).stderr).toContain('无法读取文件：missing.notice（ENOENT）');
  });

  it('6,000 files are all checked and all reported: no cap', () => {
    const big = mkdtempSync(join(tmpdir(), 'notice-6000-'));
    for (let d = 0; d < 60; d++) {
      mkdirSync(join(big, `d${String(d).padStart(2, '0')}`));
      for (let f = 0; f < 100; f++) writeFileSync(join(big, `d${String(d).padStart(2, '0')}`, `n${String(f).padStart(3, '0')}.notice`), SLIP);
    }
    const text = lint([big]);
    expect(text.stdout.trim().split('\n').pop()).toBe('6000 个文件，0 个错误，6000 个警告，0 个提示');
    const json = JSON.parse(lint(['-f', 'json', big]).stdout) as { file: string; diagnostics: { code: string; range: { start: { line: number } } }[] }[];
    expect(json).toHaveLength(6000);
    expect(new Set(json.map((f) => f.file)).size).toBe(6000);
    expect(json.every((f) => f.diagnostics.length === 1 && f.diagnostics[0].code === 'numbering-sequence' && f.diagnostics[0].range.start.line === 3)).toBe(true);
    expect(json[5999].file).toBe(join(big, 'd59', 'n099.notice'));
  }, 120000);
});
