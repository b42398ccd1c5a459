// The two command-line tools as a user runs them (the bundles in dist/, after `npm run build`):
// notice-export writes a .docx, notice-import reads it back, never over an existing notice.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { publishedBlocks, publishedText } from '../../server/publish/blocks.js';
import { CORPUS_DIR, REPO } from '../helpers.js';

const EXPORT = join(REPO, 'dist', 'notice-export.js');
const IMPORT = join(REPO, 'dist', 'notice-import.js');
const run = (cli: string, args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

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
});
