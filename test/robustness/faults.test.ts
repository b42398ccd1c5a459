// The faults an adversarial run found (issue 18), each reproduced small enough to run in
// seconds: a document of repeated headings under a small heap, --fix writes that fail or are
// killed midway, hostile config and notice files, documents closed before their settings
// arrive, very many headings, cancelled requests, range formatting, the directive line fix,
// and the workspace index.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node.js';
import type { CodeAction, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';
import { applyEdits, codeActions } from '../../server/features/codeActions.js';
import { formatEdits, formatText } from '../../server/features/formatting.js';
import { numberingModel, renumberAll, renumberCounts, renumberFrom, sequenceSlips } from '../../server/model/numbering.js';
import { PositionMapper } from '../../server/positions.js';
import { WorkspaceIndex } from '../../server/workspaceIndex.js';
import { scaledNotice } from '../../bench/generate.js';
import { fixText } from '../../server/cli.js';
import { corpus, REPO, settings } from '../helpers.js';
import { editorCapabilities, startClient, type TestClient } from '../lsp/client.js';
import { isSubsequence, writerText } from './check.js';

const CLI = resolve(REPO, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'notice-faults-'));
const cli = (args: string[], node: string[] = [], timeout = 30_000) =>
  spawnSync(process.execPath, [...node, CLI, ...args], { encoding: 'utf8', cwd: REPO, timeout, maxBuffer: 64 * 1024 * 1024 });
let seq = 0;
/** A fresh folder under the test folder. */
const folder = () => {
  const d = join(dir, `f${++seq}`);
  mkdirSync(d);
  return d;
};

describe('1. a 60 KB document of repeated headings', () => {
  let child: string;
  beforeAll(async () => {
    child = join(dir, 'heapChild.js');
    await esbuild.build({ entryPoints: [join(__dirname, 'heapChild.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'warning' });
  });
  const cases = [
    { name: '10,000 lines of 一、同一个', text: '一、同一个\n'.repeat(10_000), rule: 'numbering-sequence', slips: 9_999 },
    { name: '6,000 lines of 1.同一个问题', text: '一、问题\n' + '1.同一个问题\n'.repeat(6_000), rule: 'numbering-sequence', slips: 5_999 },
    { name: '8,000 split parts (35-1) repeated', text: '一、问题\n（一）方面\n' + '(35-1)同一个问题\n'.repeat(8_000), rule: 'numbering-sequence', slips: 8_000 },
    { name: '10,000 misspelt directives', text: '<!-- notice-disable-nextline x -->\n'.repeat(10_000), rule: 'directive', slips: 10_000 },
  ];
  it.each(cases)('$name: analysed under a 256 MB heap in under a second, findings capped, every feature answers', ({ text, rule, slips }) => {
    const file = join(dir, `repeat-${text.length}.notice`);
    writeFileSync(file, text);
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', child, file], { encoding: 'utf8', timeout: 60_000 });
    expect(r.signal, r.stderr).toBeNull();
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    // CPU time of the analysis (wall time on a machine shared by many jobs says little).
    expect(out.analysisCpuMs).toBeLessThan(1000);
    expect(out.heapMB).toBeLessThan(256);
    // 1,000 slips listed, then one finding that says how many more there are.
    expect(out.rules).toContain(rule);
    expect(out.last).toBe(`此规则在本文档另有 ${slips - 1000} 处问题未列出（每条规则最多列出 1000 处）`);
    // Quick fixes come without edits for a resolving client; the one picked gets its edits.
    expect(out.lazyActions).toBeGreaterThan(1000);
    expect(out.lazyWithEdits).toBe(0);
    expect(out.resolvedEdits).toBeGreaterThan(0);
    expect(out.featuresMs).toBeLessThan(5_000);
    if (rule === 'numbering-sequence') {
      expect(out.renumberedHead).not.toBe(text.slice(0, 40));
      expect(out.fixedLength).toBeGreaterThan(text.length);
    }
  }, 60_000);

  it('the CLI checks it under a 256 MB heap', () => {
    const file = join(dir, 'cli-repeat.notice');
    writeFileSync(file, '一、同一个\n'.repeat(10_000));
    const r = cli(['--format', 'json', file], ['--max-old-space-size=256']);
    expect(r.signal, r.stderr).toBeNull();
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0].diagnostics).toHaveLength(1001);
  });

  it('the server under a 256 MB heap: diagnostics, quick fixes, fix-all, 「重新编号全文」 and formatting of it', async () => {
    const applied: unknown[] = [];
    const client = await startClient({
      execArgv: ['--max-old-space-size=256'],
      capabilities: editorCapabilities(),
      settings: { diagnostics: { debounceMs: 0 } },
      onConnection: (conn) => conn.onRequest('workspace/applyEdit', (p: unknown) => (applied.push(p), { applied: true })),
    });
    try {
      const uri = 'file:///repeat.notice';
      const text = '一、同一个\n'.repeat(10_000);
      await client.open(uri, text);
      const diagnostics = await client.diagnostics(uri);
      expect(diagnostics).toHaveLength(1001);
      const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
      const listed = await client.ask<CodeAction[]>('textDocument/codeAction', uri, { range: whole, context: { diagnostics: [], only: ['quickfix'] } });
      expect(listed.length).toBe(3 * 1000 + 2); // a renumbering and two directive fixes per listed finding, the summary's two
      expect(listed.filter((a) => a.edit)).toEqual([]);
      const picked = await client.conn.sendRequest<CodeAction>('codeAction/resolve', listed[0]);
      expect(picked.edit!.changes![uri]).toHaveLength(9_999);
      const fixAll = await client.ask<CodeAction[]>('textDocument/codeAction', uri, { range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
      expect(fixAll[0].edit!.changes![uri]).toHaveLength(9_999);
      expect(await client.conn.sendRequest('workspace/executeCommand', { command: 'notice.renumberAll', arguments: [uri] })).toEqual({ applied: true });
      expect(applied).toHaveLength(1);
      expect(await client.ask<unknown[]>('textDocument/formatting', uri, { options: { tabSize: 4, insertSpaces: true } })).toEqual([]);
      expect(client.proc.exitCode).toBeNull();
    } finally {
      await client.stop();
    }
  }, 60_000);

  it('the size of each renumbering fix, counted in one pass, is the size of the fix', () => {
    const marker = fc.constantFrom('一、', '二、', '三、', '1.', '2.', '3.', '4.', '（1）', '（2）', '（3）', '(35-1)', '(35-2)', '(35-3)', '(36-1)', '①', '②', '（一）', '（二）');
    fc.assert(
      fc.property(fc.array(marker, { minLength: 1, maxLength: 40 }), (markers) => {
        const doc = parseNotice(markers.map((m) => `${m}题\n`).join(''));
        for (const s of numberingModel(doc).sequences) {
          const starts = sequenceSlips(s).map((x) => x.index);
          const all = s.items.map((_, k) => k);
          expect(renumberCounts(s, starts)).toEqual(starts.map((k) => renumberFrom(s, k).length));
          expect(renumberCounts(s, all)).toEqual(all.map((k) => renumberFrom(s, k).length));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the fix of a finding gives the same edits each time it is read, and the title counts them', () => {
    const text = '一、甲\n（一）乙\n1.a\n1.b\n3.c\n4.d\n';
    const r = analyze(text).results.find((x) => x.rule === 'numbering-sequence')!;
    const fix = r.fixes![0];
    expect(fix.edits).toEqual(fix.edits);
    expect(fix.title).toBe(`从此处起重新编号（改 ${fix.edits.length} 处）`);
    expect(applyEdits(text, fix.edits)).toBe('一、甲\n（一）乙\n1.a\n2.b\n3.c\n4.d\n');
  });
});

describe('2. --fix writes atomically and faithfully', () => {
  // Half-width commas in Chinese text: the formatter has something to do.
  const original = '\ufeff中共某县委关于巡察整改进展情况的通报\r\n一、组织整改落实情况\r\n（一）加强领导,压实责任。\r\n'.repeat(200);
  const setup = () => {
    const d = folder();
    const file = join(d, 'a.notice');
    writeFileSync(file, original);
    chmodSync(file, 0o640);
    return { d, file, bytes: readFileSync(file) };
  };
  /** A preload that makes the n-th call of fs.writeSync write half its bytes, then `then` (a statement). */
  const preload = (then: string) => {
    const p = join(dir, `preload-${++seq}.cjs`);
    writeFileSync(
      p,
      `const fs = require('node:fs');
const real = fs.writeSync;
fs.writeSync = function (fd, buf, off, len, ...rest) {
  if (typeof buf !== 'string' && len > 1000) {
    real.call(fs, fd, buf, off, Math.floor(len / 2), ...rest);
    ${then}
  }
  return real.call(fs, fd, buf, off, len, ...rest);
};`,
    );
    return p;
  };

  it('keeps the BOM, the CRLF line breaks and the file mode, and leaves no temporary file', () => {
    const { d, file } = setup();
    const r = cli(['--fix', '--jobs', '1', file]);
    expect(r.signal).toBeNull();
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(original);
    // What --fix writes is the editor's fix-all then the formatter (issue 17); here only how it is written matters.
    expect(after).toBe('\ufeff' + fixText(original.slice(1), settings()));
    expect(after.startsWith('\ufeff')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(d)).toEqual(['a.notice']);
  });

  it('a write that fails midway (disk full) leaves the original byte for byte, and names the file', () => {
    const { d, file, bytes } = setup();
    const enospc = preload(`const e = new Error('ENOSPC: no space left on device, write'); e.code = 'ENOSPC'; throw e;`);
    const r = cli(['--fix', '--jobs', '1', file], ['--require', enospc]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`无法写入文件：${file}（ENOSPC）`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(d)).toEqual(['a.notice']);
  });

  it('a process killed midway through the write leaves the original byte for byte', () => {
    const { file, bytes } = setup();
    const kill = preload(`process.kill(process.pid, 'SIGKILL');`);
    const r = cli(['--fix', '--jobs', '1', file], ['--require', kill]);
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('applies 100,000 edits in one pass (a 600 KB text formatted in seconds, not minutes)', () => {
    const text = '一、情况\n' + '甲,乙\n'.repeat(100_000);
    const t0 = Date.now();
    const out = formatText(text);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(out).toBe('一、情况\n' + '甲，乙\n'.repeat(100_000));
  });
});

describe('3. hostile files: a FIFO, a symlink to /dev/zero, a 100 MB file', () => {
  const mkfifo = (p: string) => {
    const r = spawnSync('mkfifo', [p]);
    if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
  };
  const notice = '中共某县委关于巡察整改进展情况的通报\n一、组织整改落实情况\n';
  const withConfig = (make: (cfg: string) => void) => {
    const d = folder();
    make(join(d, '.noticerc.json'));
    writeFileSync(join(d, 'a.notice'), notice);
    return { d, cfg: join(d, '.noticerc.json'), file: join(d, 'a.notice') };
  };

  it.each([
    ['a FIFO', (p: string) => mkfifo(p), '不是普通文件'],
    ['a symlink to /dev/zero', (p: string) => symlinkSync('/dev/zero', p), '不是普通文件'],
    ['a 100 MB file', (p: string) => truncateSync((writeFileSync(p, ''), p), 100 * 1024 * 1024), '文件过大（104857600 字节，超过 1048576）'],
  ] as const)('a config that is %s is refused with a clear message, at once', (_name, make, reason) => {
    const { cfg, file } = withConfig(make);
    const r = cli([file], ['--max-old-space-size=128'], 10_000);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`无法读取配置文件 ${cfg}：${reason}`);
  });

  it('a notice argument that is a FIFO or /dev/zero is refused by name; the other files are checked', () => {
    const d = folder();
    mkfifo(join(d, 'pipe.notice'));
    symlinkSync('/dev/zero', join(d, 'zero.notice'));
    writeFileSync(join(d, 'good.notice'), notice);
    const r = cli(['--format', 'json', join(d, 'pipe.notice'), join(d, 'zero.notice'), join(d, 'good.notice')], [], 10_000);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`无法读取文件：${join(d, 'pipe.notice')}（不是普通文件）`);
    expect(r.stderr).toContain(`无法读取文件：${join(d, 'zero.notice')}（不是普通文件）`);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual([join(d, 'good.notice')]);
  });

  it('a folder with a 300 MB .txt log is searched reading its first KB only (a 64 MB heap is enough)', () => {
    const d = folder();
    writeFileSync(join(d, 'big.txt'), '');
    truncateSync(join(d, 'big.txt'), 300 * 1024 * 1024);
    writeFileSync(join(d, 'real.txt'), corpus('yiyang-hitech-2023'));
    const r = cli(['--format', 'json', d], ['--max-old-space-size=64'], 20_000);
    expect(r.signal, r.stderr).toBeNull();
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual([join(d, 'real.txt')]);
  });

  it('the server opening a notice below a FIFO config warns once and keeps checking', async () => {
    const { cfg, file } = withConfig(mkfifo);
    const warnings: string[] = [];
    const client = await startClient({
      settings: { diagnostics: { debounceMs: 0 } },
      // A warning the writer can dismiss: window/showMessageRequest.
      onConnection: (conn) => conn.onRequest('window/showMessageRequest', (m: { message: string }) => (warnings.push(m.message), null)),
    });
    try {
      const uri = pathToFileURL(file).href;
      await client.open(uri, notice);
      await client.nextDiagnostics(uri, () => true, 10_000);
      expect(await client.symbols(uri)).toHaveLength(1);
      const told = warnings.filter((w) => w.includes(cfg));
      expect(told).toHaveLength(1);
      expect(told[0]).toContain(`无法读取配置文件 ${cfg}：不是普通文件`);
    } finally {
      await client.stop();
    }
  }, 30_000);
});

describe('4. closed documents leave nothing behind', () => {
  it('400 open/close pairs, each closed before its settings arrive: nothing is cached, nothing is published after the close', async () => {
    const client = await startClient({
      settings: { diagnostics: { debounceMs: 0 } },
      // The settings come back late: every document is closed before its answer.
      onConnection: (conn) =>
        conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => new Promise((r) => setTimeout(() => r(p.items.map(() => ({ diagnostics: { debounceMs: 0 } }))), 50))),
    });
    try {
      const text = corpus('yiyang-hitech-2023');
      for (let i = 0; i < 400; i++) {
        const uri = `file:///closed/${i}.notice`;
        void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text } });
        void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      // Every late settings answer has come back and been dealt with.
      await new Promise((r) => setTimeout(r, 1500));
      const state = await client.conn.sendRequest('notice/state');
      expect(state).toEqual({ documents: 0, analyses: 0, settings: 0, timers: 0, toldTooLarge: 0, indexedFiles: 0 });
      // The last word on each document is its close: no diagnostics.
      const last = new Map(client.published.map((p) => [p.uri, p.diagnostics.length]));
      expect([...last.values()].every((n) => n === 0)).toBe(true);
    } finally {
      await client.stop();
    }
  }, 30_000);

  it('a pending debounce is dropped on close', async () => {
    const client = await startClient({ settings: { diagnostics: { debounceMs: 300 } } });
    try {
      const uri = 'file:///debounce.notice';
      await client.open(uri, corpus('lusong-district-2021'));
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await new Promise((r) => setTimeout(r, 600));
      expect(client.published.filter((p) => p.uri === uri).map((p) => p.diagnostics.length)).toEqual([0]);
      expect(await client.conn.sendRequest('notice/state')).toMatchObject({ analyses: 0, timers: 0, settings: 0 });
    } finally {
      await client.stop();
    }
  });
});

describe('5. very many headings', () => {
  const many = '一、甲\n'.repeat(150_000);
  it('「重新编号全文」 and workspace symbols of 150,000 headings (a spread would overflow the stack)', async () => {
    const doc = parseNotice(many);
    const edits = renumberAll(numberingModel(doc));
    expect(edits).toHaveLength(149_999);
    const d = folder();
    writeFileSync(join(d, 'many.notice'), many);
    const index = new WorkspaceIndex();
    index.setRoots([pathToFileURL(d).href]);
    expect(await index.symbols('', new Set())).toHaveLength(150_000);
  }, 60_000);
});

describe('6. cancelled requests answer RequestCancelled', () => {
  let client: TestClient;
  const uri = 'file:///large.notice';
  const large = scaledNotice(corpus('changsha-county-2021'), 35);
  beforeAll(async () => {
    client = await startClient({ capabilities: editorCapabilities(), settings: { diagnostics: { debounceMs: 60_000 } } });
    await client.open(uri, large);
  });
  afterAll(() => client.stop());
  const requests: [string, () => [string, object]][] = [
    ['documentSymbol', () => ['textDocument/documentSymbol', { textDocument: { uri } }]],
    ['codeAction', () => ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } }, context: { diagnostics: [] } }]],
    ['formatting', () => ['textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }]],
    ['semanticTokens', () => ['textDocument/semanticTokens/full', { textDocument: { uri } }]],
    ['workspace/symbol', () => ['workspace/symbol', { query: '整改' }]],
  ];
  it.each(requests)('%s on a new version of an 800 KB notice', async (_name, make) => {
    expect(large.length).toBeGreaterThan(800_000);
    expect(large.length).toBeLessThan(1_000_000); // the rules run
    // A new version: its analysis is not cached, the request has work to do.
    await client.edit(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '的' }]);
    const source = new CancellationTokenSource();
    const [method, params] = make();
    const answer = client.conn.sendRequest(method, params, source.token).then(
      () => 'answered',
      (e: unknown) => (e instanceof ResponseError ? e.code : String(e)),
    );
    source.cancel();
    expect(await answer).toBe(-32800);
    // And the server still answers the same request in full.
    expect(await client.conn.sendRequest(method, params)).toBeTruthy();
  }, 60_000);
});

describe('7. range formatting edits only inside the lines of the range', () => {
  const chars = fc.constantFrom(...Array.from('一二（）()、.,，。:是整改甲乙 \u3000\n\n\n\r'), '1.', '一、', '（一）');
  it('on random texts and ranges, no edit reaches outside the range’s lines, and blank lines around them stay', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 200 }).map((a) => a.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const doc = parseNotice(text);
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const lines = doc.lineStarts;
        const lineOf = (o: number) => {
          let l = 0;
          while (l + 1 < lines.length && lines[l + 1] <= o) l++;
          return l;
        };
        const first = lineOf(start);
        let last = lineOf(end);
        if (last > first && lines[last] === end) last--;
        let to = last + 1 < lines.length ? lines[last + 1] : text.length;
        while (to > lines[last] && (text[to - 1] === '\n' || text[to - 1] === '\r')) to--;
        for (const e of formatEdits(doc, undefined, { start, end })) {
          expect(e.span.start).toBeGreaterThanOrEqual(lines[first]);
          expect(e.span.end).toBeLessThanOrEqual(to);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('a selection after blank lines keeps them', () => {
    const text = '甲,乙。\n\n\n\n丙,丁。\n戊,己。\n';
    const start = text.indexOf('丙');
    const out = applyEdits(text, formatEdits(parseNotice(text), undefined, { start, end: start + 4 }));
    expect(out).toBe('甲,乙。\n\n\n\n丙，丁。\n戊,己。\n');
  });
});

describe('8. 「本行忽略此规则」 on a directive finding', () => {
  it('inserts directives that silence that line, only that line, and only insert', () => {
    const text = '中共某县委关于巡察整改进展情况的通报\n一、情况\n  <!-- notice-disable-nextline count-sum -->\n（一）加强领导\n<!-- notice-disable numbering-sequnce -->\n';
    const found = (t: string) => analyze(t).results.filter((r) => r.rule === 'directive').map((r) => t.slice(r.span.start, r.span.end));
    expect(found(text)).toEqual(['disable-nextline', 'numbering-sequnce']);
    const a = analyze(text);
    const pos = new PositionMapper(text, a.doc.lineStarts);
    const r = a.results.find((x) => x.rule === 'directive')!;
    const at = pos.positionAt(r.span.start);
    const action = codeActions(a, pos, 'file:///d.notice', { start: at, end: at }).find((x) => x.title === '本行忽略此规则（directive）') as CodeAction;
    const edits = action.edit!.changes!['file:///d.notice'].map((e) => ({ span: { start: pos.offsetAt(e.range.start), end: pos.offsetAt(e.range.end) }, newText: e.newText }));
    expect(edits.every((e) => e.span.start === e.span.end)).toBe(true);
    const fixed = applyEdits(text, edits);
    expect(found(fixed)).toEqual(['numbering-sequnce']);
    expect(isSubsequence(text, fixed)).toBe(true);
    expect(fixed).toContain('  <!-- notice-disable directive -->\n  <!-- notice-disable-nextline count-sum -->\n  <!-- notice-enable directive -->\n');
  });
});

describe('9. the workspace index', () => {
  it('indexes 5,010 files without a cap, reports its progress, answers other requests meanwhile, and follows file events', async () => {
    const root = folder();
    for (let i = 0; i < 5010; i++) writeFileSync(join(root, `n${String(i).padStart(4, '0')}.notice`), `一、第${i}号通报的标题\n`);
    const progress: string[] = [];
    const client = await startClient({
      capabilities: editorCapabilities(),
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
      onConnection: (conn) => conn.onNotification('$/progress', (p: { value: { kind: string } }) => progress.push(p.value.kind)),
    });
    try {
      // While the index is built, a request about an open document is answered.
      await client.open('file:///open.notice', '一、打开的文档\n');
      expect((await client.symbols('file:///open.notice')).map((s) => s.name)).toEqual(['一、打开的文档']);
      const all = (await client.workspaceSymbols('号通报')) as WorkspaceSymbol[];
      expect(all).toHaveLength(5010);
      expect(all.some((s) => s.name === '一、第5009号通报的标题')).toBe(true);
      expect(progress[0]).toBe('begin');
      expect(progress[progress.length - 1]).toBe('end');
      // File events: a new file, a changed one, a deleted one.
      const added = join(root, 'zz-new.notice');
      writeFileSync(added, '一、新加的通报\n');
      writeFileSync(join(root, 'n0000.notice'), '一、改过的标题\n');
      unlinkSync(join(root, 'n0001.notice'));
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [
          { uri: pathToFileURL(added).href, type: 1 },
          { uri: pathToFileURL(join(root, 'n0000.notice')).href, type: 2 },
          { uri: pathToFileURL(join(root, 'n0001.notice')).href, type: 3 },
        ],
      });
      expect(((await client.workspaceSymbols('新加的')) as WorkspaceSymbol[]).map((s) => s.name)).toEqual(['一、新加的通报']);
      expect(((await client.workspaceSymbols('改过的')) as WorkspaceSymbol[]).map((s) => s.name)).toEqual(['一、改过的标题']);
      expect(((await client.workspaceSymbols('第1号通报')) as WorkspaceSymbol[]).filter((s) => s.name === '一、第1号通报的标题')).toEqual([]);
      expect((await client.conn.sendRequest('notice/state')) as { indexedFiles: number }).toMatchObject({ indexedFiles: 5010 });
    } finally {
      await client.stop();
    }
  }, 120_000);
});

describe('fixes and writes never drop a character of the writer’s text', () => {
  it('fix-all on repeated headings keeps every word', () => {
    const text = '一、同一个\n'.repeat(3000);
    const a = analyze(text);
    const pos = new PositionMapper(text, a.doc.lineStarts);
    const all = codeActions(a, pos, 'file:///x.notice', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    const edits = all[0].edit!.changes!['file:///x.notice'].map((e) => ({ span: { start: pos.offsetAt(e.range.start), end: pos.offsetAt(e.range.end) }, newText: e.newText }));
    const fixed = applyEdits(text, edits);
    expect(isSubsequence(writerText(text), writerText(fixed))).toBe(true);
    expect(fixed.split('\n').slice(0, 3)).toEqual(['一、同一个', '二、同一个', '三、同一个']);
  });
});

describe('10. untrusted and virtual workspaces', () => {
  it('the manifest declares both, with the reason in every language; the client serves virtual files', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(manifest.capabilities).toEqual({
      untrustedWorkspaces: { supported: true, description: '%capabilities.untrustedWorkspaces%' },
      virtualWorkspaces: { supported: 'limited', description: '%capabilities.virtualWorkspaces%' },
    });
    for (const nls of ['package.nls.json', 'package.nls.zh-cn.json', 'package.nls.zh-tw.json']) {
      const table = JSON.parse(readFileSync(join(REPO, nls), 'utf8'));
      expect(table['capabilities.untrustedWorkspaces'], nls).toMatch(/\.noticerc\.json/);
      expect(table['capabilities.virtualWorkspaces'], nls).toMatch(/\.noticerc\.json/);
    }
    expect(readFileSync(join(REPO, 'client', 'languageClient.ts'), 'utf8')).toContain("{ scheme: 'vscode-vfs', language: 'notice' }");
  });

  it('the server checks, outlines, fixes and formats a notice of a virtual workspace (no file on disk)', async () => {
    const client = await startClient({ capabilities: editorCapabilities({ pull: true }), settings: {} });
    try {
      const uri = 'vscode-vfs://github/owner/repo/notices/a.notice';
      const text = corpus('lusong-district-2021');
      await client.open(uri, text);
      const diagnostics = await client.diagnostics(uri);
      const slip = diagnostics.find((d) => d.code === 'numbering-sequence')!;
      expect(slip.range.start.line + 1).toBe(91);
      expect((await client.symbols(uri)).length).toBeGreaterThan(0);
      const actions = await client.codeActions(uri, slip.range, [slip], ['quickfix']);
      expect(actions.every((a) => a.edit !== undefined)).toBe(true);
      await client.apply(actions[0].edit!);
      expect((await client.diagnostics(uri)).filter((d) => d.code === 'numbering-sequence')).toEqual([]);
      expect((await client.ask<unknown[]>('textDocument/formatting', uri, { options: { tabSize: 4, insertSpaces: true } })).length).toBeGreaterThan(0);
    } finally {
      await client.stop();
    }
  });
});
