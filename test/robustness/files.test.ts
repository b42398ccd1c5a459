// server/files.ts on its own: what is read (regular files under a cap, the head of a file)
// and how a file is written (atomically, through a symlink, keeping mode and BOM).
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRefused, readFileBytes, readHead, readTextFile, writeFileAtomic } from '../../server/files.js';
import { translator } from '../../server/l10n/index.js';

const dir = mkdtempSync(join(tmpdir(), 'notice-files-'));

describe('reading', () => {
  it('reads a regular file, and refuses one over the cap with its size in the reason', () => {
    const f = join(dir, 'a.notice');
    writeFileSync(f, '\ufeff一、情况\n');
    expect(readTextFile(f, 100)).toBe('一、情况\n'); // the BOM is left out
    expect(() => readFileBytes(f, 5)).toThrow(new FileRefused('文件过大（16 字节，超过 5）', 'too-large'));
    expect(() => readFileBytes(f, 5, translator('en'))).toThrow('file too large (16 bytes, over 5)');
  });

  it('refuses a FIFO without waiting for a writer, a device, and a folder', () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(() => readFileBytes(fifo, 100)).toThrow('不是普通文件');
    expect(() => readFileBytes('/dev/zero', 100)).toThrow('不是普通文件');
    expect(() => readFileBytes(dir, 100)).toThrow();
    expect(readHead(fifo)).toBe('');
  });

  it('reads the head of a file only, without a broken character at its end', () => {
    const f = join(dir, 'long.txt');
    writeFileSync(f, '整'.repeat(10_000)); // 3 bytes a character
    const head = readHead(f, 1000);
    expect(head).toBe('整'.repeat(333));
  });
});

describe('writing', () => {
  it('replaces the content, keeping the mode and the BOM, and leaves no temporary file', () => {
    const d = mkdtempSync(join(dir, 'w-'));
    const f = join(d, 'a.notice');
    writeFileSync(f, '\ufeff一、旧\r\n');
    chmodSync(f, 0o604);
    writeFileAtomic(f, '一、新\r\n');
    expect(readFileSync(f, 'utf8')).toBe('\ufeff一、新\r\n');
    expect(statSync(f).mode & 0o777).toBe(0o604);
    expect(readdirSync(d)).toEqual(['a.notice']);
  });

  it('writes through a symlink to its target (the link stays a link)', () => {
    const d = mkdtempSync(join(dir, 'l-'));
    const target = join(d, 'target.notice');
    const link = join(d, 'link.notice');
    writeFileSync(target, '一、旧\n');
    symlinkSync(target, link);
    writeFileAtomic(link, '一、新\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('一、新\n');
  });

  it('fails on a missing file or a FIFO, and the FIFO is left as it was', () => {
    expect(() => writeFileAtomic(join(dir, 'missing.notice'), 'x')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    const fifo = join(dir, 'pipe2');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(() => writeFileAtomic(fifo, 'x')).toThrow('不是普通文件');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
