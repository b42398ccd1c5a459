// notice-lint with the test-only rules registered: --config, .noticerc.json found upward from
// each file, inline directives and --locale give the same results as the server.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWithTestRules } from '../fixtures/bundles.js';

const NOTICE = ['一、组织整改落实情况', '整改情况：一是成立领导小组。', '二、问题整改情况', '整改情况：一是建立台账。', ''].join('\n');
let cli: string;
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });
/** `file:line rule severity` of the text report (the file's base name). */
const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => /\[test-/.test(l))
    .map((l) => {
      const m = /^(?:.*\/)?([^/:]+):(\d+):\d+ (\S+) .* \[(.+)\]$/.exec(l)!;
      return `${m[1]}:${m[2]} ${m[4]} ${m[3]}`;
    });

let root: string;
beforeAll(async () => {
  cli = (await buildWithTestRules()).cli;
  root = mkdtempSync(join(tmpdir(), 'notice-cli-'));
  mkdirSync(join(root, 'a', 'b'), { recursive: true });
  mkdirSync(join(root, 'c'));
  writeFileSync(join(root, 'a', 'b', 'x.notice'), NOTICE);
  writeFileSync(join(root, 'c', 'y.notice'), NOTICE);
  writeFileSync(join(root, 'a', '.noticerc.json'), JSON.stringify({ rules: { 'test-section': 'off', 'test-label': 'warning' } }));
  writeFileSync(join(root, 'strict.json'), JSON.stringify({ rules: { 'test-label': 'off', 'test-section': 'error' } }));
});

describe('notice-lint: rule control', () => {
  it('applies the nearest .noticerc.json above each file (and none where there is none)', () => {
    const r = run(root, 'a', 'c');
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual([
      'x.notice:2 test-label 警告',
      'x.notice:4 test-label 警告',
      'y.notice:1 test-section 警告',
      'y.notice:2 test-label 错误',
      'y.notice:3 test-section 警告',
      'y.notice:4 test-label 错误',
    ]);
    expect(r.status).toBe(1); // y.notice has errors
  });

  it('--config replaces the lookup for every file', () => {
    const r = run(root, '--config', 'strict.json', 'a', 'c');
    expect(lines(r.stdout)).toEqual([
      'x.notice:1 test-section 错误',
      'x.notice:3 test-section 错误',
      'y.notice:1 test-section 错误',
      'y.notice:3 test-section 错误',
    ]);
  });

  it('honours inline directives in the file', () => {
    writeFileSync(
      join(root, 'c', 'z.notice'),
      NOTICE.replace('二、', '<!-- notice-disable test-section -->\n二、') + '<!-- notice-disable-file test-label -->\n',
    );
    expect(lines(run(root, join('c', 'z.notice')).stdout)).toEqual(['z.notice:1 test-section 警告']);
  });

  it('prints the same diagnostic in Chinese and in English', () => {
    const zh = run(root, join('c', 'y.notice')).stdout.split('\n')[0];
    const en = run(root, '--locale', 'en', join('c', 'y.notice')).stdout.split('\n')[0];
    expect(zh).toMatch(/y\.notice:1:1 警告 （无标题） \[test-section\]$/);
    expect(en).toMatch(/y\.notice:1:1 warning \(untitled\) \[test-section\]$/);
  });

  it('names an invalid config on stderr and exits 2, still checking with its valid entries', () => {
    writeFileSync(join(root, 'bad.json'), JSON.stringify({ rules: { 'test-section': 'off', 'test-label': 'maybe' } }));
    const r = run(root, '--locale', 'en', '--config', 'bad.json', join('c', 'y.notice'));
    expect(r.stderr).toBe('Config file bad.json: Invalid setting "maybe" for rule test-label (use off | error | warning | information | hint) (at rules.test-label, line 1, column 45)\n');
    expect(r.status).toBe(2);
    expect(lines(r.stdout)).toEqual(['y.notice:2 test-label error', 'y.notice:4 test-label error']);
    writeFileSync(join(root, 'js.json'), 'module.exports = { rules: {} }');
    const js = run(root, '--config', 'js.json', join('c', 'y.notice'));
    expect(js.status).toBe(2);
    expect(js.stderr).toMatch(/^无法读取配置文件 js\.json：/);
    expect(js.stdout).toBe('');
  });
});
