// notice-lint's options as a CI user meets them: --help (every option, the config file, the exit
// codes, in the user's language), --version, bad usage, --quiet, --max-warnings, -o, --jobs.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../server/cli.js';
import { CORPUS_DIR, REPO } from '../helpers.js';
import { lint } from './run.js';

const SAMPLE = join('examples', 'sample.notice');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));

describe('notice-lint --help and --version', () => {
  it('--help lists every option, the config file and the exit codes, in Chinese by default', () => {
    for (const lang of ['C.UTF-8', 'zh_CN.UTF-8', '']) {
      const r = lint(['--help'], { lang });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('用法：notice-lint');
      for (const [name, o] of Object.entries(OPTIONS)) {
        expect(r.stdout, name).toContain(`--${name}`);
        if ('short' in o) expect(r.stdout, name).toContain(`-${o.short}, --${name}`);
      }
      expect(r.stdout).toContain('.noticerc.json');
      expect(r.stdout).toContain('.noticeignore');
      for (const code of ['0', '1', '2']) expect(r.stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    }
  });

  it('--help is English when the environment says English, and --locale decides over it', () => {
    const en = lint(['-h'], { lang: 'en_US.UTF-8' });
    expect(en.stdout).toContain('Usage: notice-lint');
    expect(en.stdout).toContain('Exit codes:');
    expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]{2}/);
    for (const name of Object.keys(OPTIONS)) expect(en.stdout).toContain(`--${name}`);
    expect(lint(['--help', '--locale', 'zh'], { lang: 'en_US.UTF-8' }).stdout).toContain('用法：');
    expect(lint(['--help', '--locale=en']).stdout).toContain('Usage:');
  });

  it('--version and -v print the package version', () => {
    expect(lint(['--version']).stdout).toBe(`${pkg.version}\n`);
    expect(lint(['-v']).stdout).toBe(`${pkg.version}\n`);
  });

  it('bad usage exits 2 with the reason in the user language', () => {
    const unknown = lint(['--bogus', SAMPLE]);
    expect([unknown.status, unknown.stderr.split('\n')[0]]).toEqual([2, '未知选项：--bogus']);
    expect(lint(['--bogus'], { lang: 'en_GB.UTF-8' }).stderr).toMatch(/^Unknown option: --bogus\n/);
    expect(lint([SAMPLE, '--format']).stderr).toMatch(/^选项 --format 缺少取值/);
    const max = lint(['--max-warnings', 'many', SAMPLE]);
    expect([max.status, max.stderr.split('\n')[0]]).toEqual([2, '选项 --max-warnings 的值 many 无效：应为不小于 0 的整数']);
    expect(lint(['--jobs', '0', SAMPLE]).status).toBe(2);
    expect(lint(['--locale', 'fr', SAMPLE]).status).toBe(2);
    expect(lint([]).status).toBe(2);
  });
});

describe('notice-lint output options', () => {
  it('--quiet lists errors only, and its summary still counts (and says it hid) the rest', () => {
    const all = lint([SAMPLE]);
    expect(all.stdout).toMatch(/警告 .* \[numbering-sequence\]/);
    const summary = all.stdout.trim().split('\n').at(-1);
    expect(summary).toMatch(/^1 个文件，1 个错误，[1-9][0-9]* 个警告，/);
    const quiet = lint(['--quiet', SAMPLE]);
    expect(quiet.status).toBe(1);
    const lines = quiet.stdout.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^examples\/sample\.notice:9:14 错误 .*\[count-sum\]$/), `${summary}（--quiet：只列出错误）`]);
    expect(lint(['--quiet', '--locale', 'en', SAMPLE]).stdout.trim().split('\n').at(-1)).toMatch(/^1 file, 1 error, [1-9][0-9]* warnings?, .* \(--quiet: only errors listed\)$/);
    const json = JSON.parse(lint(['-q', '-f', 'json', SAMPLE]).stdout);
    expect(json[0].diagnostics.map((d: { severity: number }) => d.severity)).toEqual([1]);
  });

  it('--max-warnings 0 fails on the corpus (its three genuine warnings), 3 passes, even with --quiet', () => {
    const strict = lint(['--max-warnings', '0', CORPUS_DIR]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/3 个文件，0 个错误，3 个警告/);
    expect(strict.stderr).toBe('警告 3 个，超过 --max-warnings 0\n');
    expect(lint(['--max-warnings', '3', CORPUS_DIR]).status).toBe(0);
    expect(lint(['--quiet', '--max-warnings', '2', CORPUS_DIR]).status).toBe(1);
    expect(lint([CORPUS_DIR]).status).toBe(0); // no limit: warnings alone do not fail
    // An error fails whatever the limit.
    expect(lint(['--max-warnings', '100', SAMPLE]).status).toBe(1);
  });

  it('-o writes the report to a file, and nothing to standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-out-'));
    const expected = lint(['-f', 'json', SAMPLE]).stdout;
    const r = lint(['-f', 'json', '-o', join(dir, 'report.json'), SAMPLE]);
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(expected);
    const sarif = lint(['--format', 'sarif', '--output', join(dir, 'notice.sarif'), CORPUS_DIR]);
    expect(sarif.stdout).toBe('');
    const findings = JSON.parse(lint(['-f', 'json', CORPUS_DIR]).stdout).flatMap((f: { diagnostics: unknown[] }) => f.diagnostics);
    expect(JSON.parse(readFileSync(join(dir, 'notice.sarif'), 'utf8')).runs[0].results).toHaveLength(findings.length);
    const bad = lint(['-o', join(dir, 'no-such-dir', 'r.txt'), SAMPLE]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('无法写入文件');
  });

  it('--jobs changes nothing in the report', () => {
    const one = lint(['-j', '1', '-f', 'json', CORPUS_DIR]).stdout;
    expect(lint(['--jobs', '2', '-f', 'json', CORPUS_DIR]).stdout).toBe(one);
  });
});
