// The two command-line tools as a user runs them (the bundles in dist/, after `npm run build`):
// notice-export writes a .docx, notice-import reads it back, never over an existing notice.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { publishedBlocks, publishedText } from '../../server/publish/blocks.js';
import { CORPUS_DIR, REPO } from '../helpers.js';

const EXPORT = join(REPO, 'dist', 'notice-export.js');
const IMPORT = join(REPO, 'dist', 'notice-import.js');
const run = (cli: string, args: string[], opts: { env?: NodeJS.ProcessEnv; node?: string[] } = {}) =>
  spawnSync(process.execPath, [...(opts.node ?? []), cli, ...args], { encoding: 'utf8', env: opts.env ?? { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '' } });

describe('notice-export and notice-import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'notice-publish-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('export a notice next to itself and import it back to the same text', () => {
    const source = join(dir, 'changsha.txt');
    const text = readFileSync(join(CORPUS_DIR, 'changsha-county-2021.txt'), 'utf8');
    writeFileSync(source, text);
    const out = execFileSync(process.execPath, [EXPORT, source], { encoding: 'utf8' });
    expect(out.trim()).toBe(`已导出：${join(dir, 'changsha.docx')}`);
    expect(readFileSync(join(dir, 'changsha.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const back = run(IMPORT, [join(dir, 'changsha.docx'), '-o', join(dir, 'back.notice'), '--locale', 'en']);
    expect(back.status).toBe(0);
    expect(back.stdout.trim()).toBe(`Imported: ${join(dir, 'back.notice')}`);
    expect(readFileSync(join(dir, 'back.notice'), 'utf8')).toBe(publishedText(publishedBlocks(parseNotice(text))) + '\n');
  });

  it('import never writes over an existing file unless told to', () => {
    const docx = join(dir, 'x.docx');
    writeFileSync(join(dir, 'x.notice'), '已有的通报');
    execFileSync(process.execPath, [EXPORT, join(CORPUS_DIR, 'yiyang-hitech-2023.txt'), '-o', docx]);
    const refused = run(IMPORT, [docx]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('已存在，未覆盖');
    expect(readFileSync(join(dir, 'x.notice'), 'utf8')).toBe('已有的通报');
    expect(run(IMPORT, [docx, '--force']).status).toBe(0);
    expect(readFileSync(join(dir, 'x.notice'), 'utf8')).toMatch(/^附件4\n中共益阳高新区工委\n关于巡视整改进展情况的通报\n/);
  });

  it('say how to use them, and why a file could not be read', () => {
    expect(run(EXPORT, []).status).toBe(2);
    expect(run(EXPORT, []).stderr).toContain('用法：notice-export');
    expect(run(IMPORT, ['--help']).stdout).toContain('用法：notice-import');
    const notDocx = join(dir, 'plain.docx');
    writeFileSync(notDocx, 'plain text');
    const r = run(IMPORT, [notDocx, '-o', join(dir, 'plain.notice')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${notDocx}：不是 Word 文档（.docx）`);
    expect(existsSync(join(dir, 'plain.notice'))).toBe(false);
  });

  it('speak English where the environment does, and refuse unknown options and a second file', () => {
    const en = run(EXPORT, [], { env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' } });
    expect([en.status, en.stderr]).toEqual([2, expect.stringContaining('notice-export')]);
    expect(en.stderr).not.toContain('用法');
    expect(run(EXPORT, ['--bogus', 'a.notice']).status).toBe(2);
    expect(run(IMPORT, ['a.docx', 'b.docx']).stderr).toContain('用法：notice-import');
    expect(run(IMPORT, ['-h']).status).toBe(0);
  });

  it('export refuses a binary file with a reason and writes nothing', () => {
    const bin = join(dir, 'image.notice');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const r = run(EXPORT, [bin]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(bin);
    expect(r.stderr).toMatch(/二进制|binary/);
    expect(existsSync(join(dir, 'image.docx'))).toBe(false);
  });

  it('a disk that fills up midway leaves the notice or the .docx being replaced byte for byte', () => {
    // The n-th write of more than 1,000 bytes writes half of them, then the disk is full.
    const preload = join(dir, 'enospc.cjs');
    writeFileSync(
      preload,
      `const fs = require('node:fs');
const real = fs.writeSync;
fs.writeSync = function (fd, buf, off, len, ...rest) {
  if (typeof buf !== 'string' && len > 1000) {
    real.call(fs, fd, buf, off, Math.floor(len / 2), ...rest);
    const e = new Error('ENOSPC: no space left on device, write'); e.code = 'ENOSPC'; throw e;
  }
  return real.call(fs, fd, buf, off, len, ...rest);
};`,
    );
    const sub = mkdtempSync(join(dir, 'full-'));
    const docx = join(sub, 'n.docx');
    execFileSync(process.execPath, [EXPORT, join(CORPUS_DIR, 'lusong-district-2021.txt'), '-o', docx]);
    const notice = join(sub, 'n.notice');
    const writers = '已有的通报，作者的文字。\n'.repeat(200);
    writeFileSync(notice, writers);
    const imported = run(IMPORT, [docx, '--force'], { node: ['--require', preload] });
    expect(imported.status).toBe(2);
    expect(imported.stderr).toContain('ENOSPC');
    expect(readFileSync(notice, 'utf8')).toBe(writers);
    const docxBytes = readFileSync(docx);
    const exported = run(EXPORT, [join(CORPUS_DIR, 'changsha-county-2021.txt'), '-o', docx], { node: ['--require', preload] });
    expect(exported.status).toBe(2);
    expect(readFileSync(docx).equals(docxBytes)).toBe(true);
    expect(readdirSync(sub).sort()).toEqual(['n.docx', 'n.notice']); // no temporary file left
  });
});
