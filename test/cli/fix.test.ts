// notice-lint --fix: applies what the editor's "fix all" applies (each finding's preferred fix:
// renumbering, punctuation …), then the formatter with its default settings, writes the file
// back, checks it again and reports what is left; a file that needs nothing is left untouched.
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../server/cli.js';
import { formatText } from '../../server/features/formatting.js';
import { defaultSettings } from '../../server/rules/types.js';
import { corpus, REPO } from '../helpers.js';
import { lint } from './run.js';

type Report = { diagnostics: { code: string; severity: number; range: { start: { line: number } } }[] }[];
const codes = (stdout: string) => (JSON.parse(stdout) as Report)[0].diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`);

describe('notice-lint --fix', () => {
  it('renumbers examples/sample.notice: no numbering finding is left, the totals are still reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-fix-'));
    const file = join(dir, 'sample.notice');
    copyFileSync(join(REPO, 'examples', 'sample.notice'), file);
    const before = readFileSync(file, 'utf8');
    expect(codes(lint(['-f', 'json', file]).stdout)).toContain('31 numbering-sequence');
    const r = lint(['--fix', '-f', 'json', file]);
    expect(r.stderr).toBe('');
    const after = readFileSync(file, 'utf8');
    // （4）…（7） became （3）…（6）; not another character changed.
    expect(after).toBe(before.replace('（4）涉企', '（3）涉企').replace('（5）村级', '（4）村级').replace('（6）部分', '（5）部分').replace('（7）干部', '（6）干部'));
    // The report is of the fixed text: what fixing cannot decide (the stated total) is left.
    const left = codes(r.stdout);
    expect(left.filter((c) => c.includes('numbering'))).toEqual([]);
    expect(left).toEqual(['9 count-items', '9 count-sum']);
    expect(r.status).toBe(1); // count-sum is an error
    expect(codes(lint(['-f', 'json', file]).stdout)).toEqual(left);
  });

  it('formats a half-width real notice and renumbers its skipped item: no punctuation or numbering finding afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-fix-'));
    const file = join(dir, 'lusong.notice');
    const text = corpus('lusong-district-2021');
    writeFileSync(file, text);
    const before = codes(lint(['-f', 'json', file]).stdout);
    expect(before.some((c) => c.endsWith(' punctuation'))).toBe(true);
    expect(before).toContain('91 numbering-sequence');
    const r = lint(['--fix', '-f', 'json', file]);
    expect(r.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(fixText(text, defaultSettings()));
    expect(codes(r.stdout).filter((c) => /punctuation|numbering/.test(c))).toEqual([]);
    // Only the numbers after the slip and the punctuation changed: the Han text is the same.
    const han = (s: string) => s.replace(/[^\u4e00-\u9fff]/g, '');
    expect(han(readFileSync(file, 'utf8'))).toBe(han(text));
  });

  it('fixText is the preferred fixes repeated until nothing changes, then the formatter', () => {
    const slips = '中共某县委关于巡察整改进展情况的通报\n一、问题整改情况\n1.甲问题,已整改\n3.乙问题\n4.丙问题\n';
    expect(fixText(slips, defaultSettings())).toBe(formatText('中共某县委关于巡察整改进展情况的通报\n一、问题整改情况\n1.甲问题，已整改\n2.乙问题\n3.丙问题\n'));
  });

  it('leaves a file with nothing to fix alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-fix-'));
    const file = join(dir, 'yiyang.notice');
    const text = formatText(corpus('yiyang-hitech-2023'));
    writeFileSync(file, text);
    const mtime = statSync(file).mtimeMs;
    expect(lint(['--fix', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });
});
