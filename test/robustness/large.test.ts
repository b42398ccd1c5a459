// Big and bad files: a 20 MB notice, a single 1 MB line, binary and non-UTF-8 files, a folder
// of 1,000 notices. The CLI answers in bounded time with a result or a message naming the
// file; the server keeps answering while it holds a 20 MB document, and says once that it
// skipped the checks.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { prng, scaledNotice, variantNotice } from '../../bench/generate.js';
import { corpus, REPO } from '../helpers.js';
import { startClient, type TestClient } from '../lsp/client.js';

const CLI = resolve(REPO, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO, timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
const dir = mkdtempSync(join(tmpdir(), 'notice-large-'));
const huge = scaledNotice(corpus('changsha-county-2021'), 290);

describe('notice-lint on big and bad files', () => {
  it('answers on any text: random Unicode, control characters, mixed line breaks, a BOM, random bytes', () => {
    const anyDir = join(dir, 'any');
    mkdirSync(anyDir);
    const texts = fc.sample(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.array(fc.constantFrom('一、', '（一）', '1.', '（1）', '①', '一是', '整改结果：', '\r\n', '\r', '\n', '\ufeff', '\u0000', '\u0007', '中', '。'), { maxLength: 200 }).map((a) => a.join('')),
      ),
      { numRuns: 40, seed: 8 },
    );
    const textFiles = texts.filter((t) => !t.includes('\u0000')).map((t, i) => {
      const f = join(anyDir, `t${String(i).padStart(2, '0')}.notice`);
      writeFileSync(f, t);
      return f;
    });
    const rnd = prng(5);
    const bytes = join(anyDir, 'zz-bytes.notice');
    writeFileSync(bytes, Buffer.from(Array.from({ length: 3000 }, () => Math.floor(rnd() * 256))));
    const r = run('--format', 'json', anyDir);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`无法读取文件：${bytes}（二进制文件，不是文本）\n`);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(textFiles.sort());
  });


  it('checks a 20 MB notice in bounded time: the outline, and a message that the checks were skipped', () => {
    expect(Buffer.byteLength(huge)).toBeGreaterThan(20_000_000);
    const file = join(dir, 'huge.notice');
    writeFileSync(file, huge);
    const t0 = Date.now();
    const r = run('--outline', file);
    expect(r.signal).toBeNull();
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${file}：文档过大（${huge.length} 个字符，超过 1000000），只生成大纲，未做各项检查`);
    expect(r.stdout).toContain('  九十九、长沙经开区巡视反馈问题整改进展情况');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 个文件，0 个错误，0 个警告，0 个提示');
  });

  it('checks a single 1 MB line', () => {
    const rnd = prng(7);
    const parts = ['一是', '（1）', '3.1名', '整改结果：完成', '，', '。', '60个问题，已完成整改31个', '巡视', '\u3000', '(35-1)', '①'];
    let line = '';
    for (let bytes = 0; bytes < 1_000_000; ) {
      const part = parts[Math.floor(rnd() * parts.length)];
      line += part;
      bytes += Buffer.byteLength(part);
    }
    const file = join(dir, 'oneline.notice');
    writeFileSync(file, line);
    const r = run('--format', 'json', file);
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(JSON.parse(r.stdout)[0].file).toBe(file);
  });

  it('refuses a 5 MB binary file and a non-UTF-8 file by name, and still checks the others', () => {
    const rnd = prng(3);
    const bin = Buffer.alloc(5_000_000);
    for (let i = 0; i < bin.length; i++) bin[i] = Math.floor(rnd() * 256);
    writeFileSync(join(dir, 'blob.notice'), bin);
    writeFileSync(join(dir, 'latin1.notice'), Buffer.concat([Buffer.from('一、整改\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]));
    const good = join(dir, 'good.notice');
    writeFileSync(good, corpus('yiyang-hitech-2023'));
    const r = run('--format', 'json', join(dir, 'blob.notice'), join(dir, 'latin1.notice'), good);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'blob.notice')}（二进制文件，不是文本）`);
    expect(r.stderr).toContain(`${join(dir, 'latin1.notice')}（不是 UTF-8 编码的文本）`);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual([good]);
  });

  it('checks a folder of 1,000 notices in worker threads: same report as one thread, in path order, bad files named', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    const bases = [corpus('yiyang-hitech-2023'), corpus('lusong-district-2021')];
    const names: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const name = `n${String((i * 7919) % 1000).padStart(4, '0')}.notice`; // written out of order
      names.push(name);
      writeFileSync(join(many, name), variantNotice(bases, i));
    }
    writeFileSync(join(many, 'n0500x.notice'), Buffer.from([0xd6, 0xd0, 0xb9, 0xb2, 0x0a]));
    const parallel = run('--jobs', '2', '--outline', many);
    const single = run('--jobs', '1', '--outline', many);
    expect(parallel.status).toBe(2);
    expect(parallel.stderr).toBe(`无法读取文件：${join(many, 'n0500x.notice')}（不是 UTF-8 编码的文本）\n`);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
    const files = parallel.stdout.split('\n').filter((l) => l.endsWith('.notice:')).map((l) => l.slice(0, -1));
    expect(files).toEqual([...names].sort().map((n) => join(many, n)));
    expect(parallel.stdout.trimEnd().split('\n').pop()).toMatch(/^1000 个文件，/);
  }, 120_000); // two CLI runs over 1,000 notices: tens of seconds when the 2-core machine is shared
});

describe('the server holding a 20 MB document', () => {
  let client: TestClient;
  const messages: { type: number; message: string }[] = [];
  beforeAll(async () => {
    client = await startClient({ settings: { diagnostics: { debounceMs: 0 } } });
    client.conn.onNotification('window/showMessage', (m: { type: number; message: string }) => messages.push(m));
  });
  afterAll(async () => {
    await client.stop();
  });

  it('keeps answering, publishes for the right version, and says once that the checks were skipped', async () => {
    const big = 'file:///huge.notice';
    const small = 'file:///small.notice';
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: big, languageId: 'notice', version: 1, text: huge } });
    await client.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: small, languageId: 'notice', version: 1, text: corpus('yiyang-hitech-2023') },
    });
    const t0 = Date.now();
    const symbols = (await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } })) as DocumentSymbol[];
    expect(symbols.length).toBe(3);
    expect(Date.now() - t0).toBeLessThan(30_000);
    await client.nextDiagnostics(big, (p) => p.version === 1, 60_000);
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: big, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '的' }],
    });
    const p = await client.nextDiagnostics(big, (d) => d.version === 2, 60_000);
    expect(p.diagnostics).toEqual([]);
    const told = messages.filter((m) => m.message.includes('文档过大'));
    expect(told).toHaveLength(1);
    expect(told[0].type).toBe(3); // information
    expect(told[0].message).toBe(`文档过大（${huge.length} 个字符，超过 1000000），只生成大纲，未做各项检查。`);
  }, 120_000);
});
