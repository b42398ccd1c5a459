// The real server over stdio, treated badly: messages out of order, edits to documents it
// does not have or has closed, ranges outside the text, unknown methods, cancelled requests,
// broken JSON on the wire, bursts of edits. It keeps answering and never publishes a result
// for an older version after a newer one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node.js';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { corpus } from '../helpers.js';
import { startClient, type TestClient } from '../lsp/client.js';

const SMALL = '中共测试县委关于巡察整改进展情况的通报\n一、组织整改落实情况\n（一）加强领导。\n二、反馈问题整改情况\n';

describe('server under bad input', () => {
  let client: TestClient;
  let stderr = '';
  const outline = async (uri: string) =>
    ((await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[]).map((s) => s.name);
  const alive = async () => {
    const uri = 'file:///alive.notice';
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text: SMALL } });
    expect(await outline(uri)).toEqual(['一、组织整改落实情况', '二、反馈问题整改情况']);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  };

  beforeAll(async () => {
    client = await startClient({ settings: { diagnostics: { debounceMs: 0 } } });
    client.proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  });
  afterAll(async () => {
    await client.stop();
  });

  it('ignores didChange before didOpen and edits to a closed document', async () => {
    const uri = 'file:///early.notice';
    const change = (version: number) =>
      client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '一、' }],
      });
    await change(1);
    expect(await outline(uri)).toEqual([]);
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 2, text: SMALL } });
    await client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.nextDiagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
    const before = client.published.length;
    await change(3);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    expect(await outline(uri)).toEqual([]);
    await alive();
    expect(client.published.slice(before).filter((p) => p.uri === uri)).toEqual([]);
    expect(client.proc.exitCode).toBeNull();
  });

  it('survives ranges outside the text, inverted ranges and malformed changes', async () => {
    const uri = 'file:///ranges.notice';
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text: SMALL } });
    const bad = [
      { range: { start: { line: 999, character: 0 }, end: { line: 1000, character: 5 } }, text: 'x' },
      { range: { start: { line: -3, character: -1 }, end: { line: -1, character: 0 } }, text: '' },
      { range: { start: { line: 2, character: 50 }, end: { line: 1, character: 0 } }, text: 'y' },
      { range: { start: { line: 0, character: 1e9 }, end: { line: 0, character: 1e9 } }, text: '\r\n' },
      { range: null, text: 'z' },
      { range: { start: 'a', end: {} }, text: 7 },
      {},
    ];
    let version = 1;
    for (const c of bad) {
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [c] });
    }
    // A full replacement brings the document back to a known text.
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: SMALL }] });
    expect(await outline(uri)).toEqual(['一、组织整改落实情况', '二、反馈问题整改情况']);
    const last = version;
    await client.nextDiagnostics(uri, (p) => p.version === last);
    await alive();
  });

  it('answers unknown methods with MethodNotFound, ignores unknown notifications, and answers requests with bad params', async () => {
    const err = await client.conn.sendRequest('notice/noSuchMethod', { x: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseError);
    expect((err as ResponseError<unknown>).code).toBe(-32601);
    await client.conn.sendNotification('notice/noSuchNotification', { x: 1 });
    await client.conn.sendNotification('$/noSuchThing', null);
    // Params that make a handler throw: the handler answers an empty result instead.
    expect(await client.conn.sendRequest('textDocument/documentSymbol', {})).toEqual([]);
    expect(await client.conn.sendRequest('textDocument/foldingRange', { textDocument: null })).toEqual([]);
    expect(await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///x' } })).toEqual([]);
    await alive();
  });

  it('survives cancelled requests', async () => {
    const uri = 'file:///cancel.notice';
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text: corpus('changsha-county-2021') } });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => {
        const source = new CancellationTokenSource();
        const p = client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token).then(
          (r) => (r as DocumentSymbol[]).length,
          (e: ResponseError<unknown>) => e.code,
        );
        source.cancel();
        return p;
      }),
    );
    // Each answer is the outline (4 sections) or "request cancelled" (-32800).
    for (const a of answers) expect([4, -32800]).toContain(a);
    expect((await outline(uri)).length).toBe(4);
    await alive();
  });

  it('survives broken JSON and a body that is not JSON-RPC on the wire', async () => {
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    client.proc.stdin!.write(frame('{"jsonrpc":"2.0","id":'));
    client.proc.stdin!.write(frame('[1,2,3]'));
    client.proc.stdin!.write(frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":null}}'));
    client.proc.stdin!.write(frame('"just a string"'));
    await new Promise((r) => setTimeout(r, 100));
    await alive();
    expect(client.proc.exitCode).toBeNull();
  });

  it('never publishes an older version after a newer one, and the outline follows the last edit', async () => {
    const uri = 'file:///burst.notice';
    const text = corpus('yiyang-hitech-2023');
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text } });
    const first = text.indexOf('一、组织整改落实情况');
    const line = text.slice(0, first).split('\n').length - 1;
    const names: Promise<string[]>[] = [];
    for (let v = 2; v <= 40; v++) {
      // Rewrite the first section's title to carry the version: 一、组织整改落实情况v
      void client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: `一、组织整改落实情况${v}\n` }],
      });
      if (v % 5 === 0) names.push(outline(uri));
    }
    const outlines = await Promise.all(names);
    outlines.forEach((o, i) => expect(o[0]).toBe(`一、组织整改落实情况${(i + 1) * 5}`));
    await client.nextDiagnostics(uri, (p) => p.version === 40);
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
    for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThan(versions[i - 1]);
    expect(versions[versions.length - 1]).toBe(40);
  });

  it('logged no crash', () => {
    expect(stderr).not.toMatch(/uncaught|unhandled/i);
    expect(client.proc.exitCode).toBeNull();
  });
});
