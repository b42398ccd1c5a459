// .noticerc.json as CI reads it: comments and trailing commas allowed (jsonc-parser); checked
// against schemas/noticerc.schema.json (ajv); each problem names the file, the key path in it,
// its line and column, and the values allowed there. Valid entries still apply.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';
import { lint } from './run.js';

const SAMPLE = join(REPO, 'examples', 'sample.notice');
const rules = (stdout: string) => (JSON.parse(stdout) as { diagnostics: { code: string }[] }[])[0].diagnostics.map((d) => d.code);

function project(config: string): string {
  const root = mkdtempSync(join(tmpdir(), 'notice-rc-'));
  mkdirSync(join(root, 'notices'));
  writeFileSync(join(root, '.noticerc.json'), config);
  writeFileSync(join(root, 'notices', 'a.notice'), SAMPLE_TEXT);
  return root;
}
const SAMPLE_TEXT = readFileSync(SAMPLE, 'utf8');

describe('.noticerc.json in the CLI', () => {
  it('allows comments and trailing commas', () => {
    const root = project(`{
  // the count checks are the reviewers' business here
  "rules": {
    "count-sum": "off", /* and the items too */
    "count-items": "off",
  },
}
`);
    const r = lint(['-f', 'json', 'notices'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(rules(r.stdout)).toEqual(['numbering-sequence']);
    expect(r.status).toBe(0);
  });

  it('names the file, the key path, line and column, and the allowed values; the valid entries still apply', () => {
    const root = project(`{
  "rules": {
    "count-sum": "off",
    "count-items": "loud"
  },
  "numbering": { "mode": "sometimes", "style": 1 },
  "extends": "base",
  "$schema": 7
}
`);
    const r = lint(['-f', 'json', 'notices'], { cwd: root });
    expect(r.status).toBe(2);
    const rc = join(root, '.noticerc.json');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `配置文件 ${rc}：配置文件中有未知的键“extends”（可用：rules | numbering）（位置：extends，第 7 行第 3 列）`,
      `配置文件 ${rc}：“$schema”的值 7 无效（应为：string）（位置：$schema，第 8 行第 14 列）`,
      `配置文件 ${rc}：规则 count-items 的设置 "loud" 无效（可用：off | error | warning | information | hint）（位置：rules.count-items，第 4 行第 20 列）`,
      `配置文件 ${rc}：配置文件中有未知的键“numbering.style”（可用：mode）（位置：numbering.style，第 6 行第 39 列）`,
      `配置文件 ${rc}：“numbering.mode”的值 "sometimes" 无效（可用：auto | restart | continuous）（位置：numbering.mode，第 6 行第 26 列）`,
    ]);
    // count-sum is off as asked; count-items keeps its default.
    expect(rules(r.stdout)).toEqual(['count-items', 'numbering-sequence']);
  });

  it('a file that is not JSON is named with where it breaks (exit 2); --config that is not JSON stops the run', () => {
    const root = project('{\n  "rules": { "count-sum": "off" \n  "numbering": {}\n}\n');
    const r = lint(['--locale', 'en', 'notices'], { cwd: root });
    expect(r.status).toBe(2);
    const rc = join(root, '.noticerc.json');
    expect(r.stderr).toBe(`Config file ${rc}: Cannot read the config file ${rc}: line 3, column 3: JSON syntax error (CommaExpected)\n`);
    const named = lint(['--locale', 'en', '--config', '.noticerc.json', 'notices'], { cwd: root });
    expect([named.status, named.stdout]).toEqual([2, '']);
    expect(named.stderr).toBe('Cannot read the config file .noticerc.json: line 3, column 3: JSON syntax error (CommaExpected)\n');
  });
});
