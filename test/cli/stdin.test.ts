// notice-lint - : a notice on standard input, named by --stdin-filename for the report and the
// config lookup (as editors and pre-commit tools pipe a buffer).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';
import { lint } from './run.js';

const sample = readFileSync(join(REPO, 'examples', 'sample.notice'), 'utf8');
/** `line rule` of each finding in a JSON report. */
const found = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: { code: string; range: { start: { line: number } } }[] }[]).flatMap((f) =>
    f.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`),
  );

describe('notice-lint -', () => {
  it('reads the notice from standard input and reports what the file gives, under <stdin>', () => {
    const fromFile = lint(['-f', 'json', join('examples', 'sample.notice')]);
    const r = lint(['-f', 'json', '-'], { input: sample });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(found(r.stdout)).toEqual(found(fromFile.stdout));
    expect(JSON.parse(r.stdout)[0].file).toBe('<stdin>');
    expect(lint(['-'], { input: sample }).stdout).toMatch(/^<stdin>:9:14 警告 /);
  });

  it('--stdin-filename names it in the report and finds the .noticerc.json of that place', () => {
    const root = mkdtempSync(join(tmpdir(), 'notice-stdin-'));
    mkdirSync(join(root, 'relaxed'));
    writeFileSync(join(root, 'relaxed', '.noticerc.json'), '{ "rules": { "count-sum": "off" } } // count-sum is off here\n');
    const plain = lint(['--stdin-filename', 'loose/a.notice', '-'], { cwd: root, input: sample });
    expect(plain.stdout).toMatch(/^loose\/a\.notice:9:14 /m);
    expect(plain.stdout).toContain('[count-sum]');
    const r = lint(['-f', 'json', '--stdin-filename', join('relaxed', 'a.notice'), '-'], { cwd: root, input: sample });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].file).toBe(join('relaxed', 'a.notice'));
    expect(found(r.stdout)).not.toContain('9 count-sum');
    expect(found(r.stdout)).toContain('9 count-items');
  });

  it('standard input with files: the files first, then <stdin>', () => {
    const r = lint(['-f', 'json', join('examples', 'sample.notice'), '-'], { input: sample });
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual([join('examples', 'sample.notice'), '<stdin>']);
  });

  it('refuses binary input, --fix of standard input and --stdin-filename without -', () => {
    const bin = lint(['-'], { input: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]) });
    expect(bin.status).toBe(2);
    expect(bin.stderr).toContain('<stdin>（二进制文件，不是文本）');
    const fix = lint(['--fix', '-'], { input: sample });
    expect([fix.status, fix.stderr.split('\n')[0]]).toEqual([2, '--fix 不能用于标准输入（-）：请给出文件']);
    expect(lint(['--stdin-filename', 'a.notice', join('examples', 'sample.notice')]).status).toBe(2);
  });
});
