// The real server over stdio: initialize, open a notice, edit it incrementally, ask for the
// outline, folding and selection ranges, and receive diagnostics for the right version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol, FoldingRange, SelectionRange } from 'vscode-languageserver-protocol';
import { corpus } from '../helpers.js';
import { startClient, type TestClient } from './client.js';

describe('language server over stdio', () => {
  let client: TestClient;
  const uri = 'file:///tmp/yiyang.notice';
  const text = corpus('yiyang-hitech-2023');

  beforeAll(async () => {
    client = await startClient({ settings: { diagnostics: { debounceMs: 0 } } });
  });
  afterAll(async () => {
    await client.stop();
  });

  it('answers initialize with the features of the foundation', () => {
    const caps = client.initResult.capabilities;
    expect(client.initResult.serverInfo?.name).toBe('notice-tools');
    expect(caps.textDocumentSync).toBe(2); // incremental
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.foldingRangeProvider).toBe(true);
    expect(caps.selectionRangeProvider).toBe(true);
    expect(caps.workspaceSymbolProvider).toBe(true);
    // This client did not announce pull diagnostics: the server pushes.
    expect(caps.diagnosticProvider).toBeUndefined();
  });

  it('publishes diagnostics for an opened notice, for its version', async () => {
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text } });
    const p = await client.nextDiagnostics(uri, (d) => d.version === 1);
    expect(Array.isArray(p.diagnostics)).toBe(true);
  });

  it('gives the outline: 3 sections, 12 level-2 headings, ① ② under 28.', async () => {
    const symbols = (await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['一、组织整改落实情况', '二、集中整改期内已完成的整改事项', '三、下一步工作安排']);
    expect(symbols[1].children!.length).toBe(12);
    const twelve = symbols[1].children![11];
    const item28 = twelve.children!.find((c) => c.name.startsWith('28.'))!;
    expect(item28.children!.map((c) => c.name)).toEqual(['①高质量发展问题', '②园区土地闲置问题']);
  });

  it('follows incremental edits: inserting a section shows in the next outline', async () => {
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '零、测试插入的一级标题\n' }],
    });
    // 零 is not a section numeral: the line stays text and the outline is unchanged in shape…
    let symbols = (await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.length).toBe(3);
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '四' }],
    });
    symbols = (await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols[0].name).toBe('四、测试插入的一级标题');
    expect(symbols[0].selectionRange.start.line).toBe(0);
    expect(symbols[1].selectionRange.start.line).toBe(9);
    const p = await client.nextDiagnostics(uri, (d) => d.version === 3);
    expect(p.version).toBe(3);
  });

  it('gives folding and selection ranges', async () => {
    const folds = (await client.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    expect(folds.length).toBeGreaterThan(40);
    const [sel] = (await client.conn.sendRequest('textDocument/selectionRange', {
      textDocument: { uri },
      positions: [{ line: 18, character: 3 }],
    })) as SelectionRange[];
    expect(sel.parent).toBeDefined();
  });

  it('answers requests for documents it does not have with empty results', async () => {
    const symbols = await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///nope.notice' } });
    expect(symbols).toEqual([]);
  });
});

describe('when diagnostics are published', () => {
  it('at once for a notice just opened; after the typing pause (debounceMs) for an edit', async () => {
    // A pause far longer than the test waits: what arrives before it was not debounced.
    const client = await startClient({ settings: { diagnostics: { debounceMs: 60_000 } } });
    try {
      const uri = 'file:///tmp/opened.notice';
      await client.open(uri, corpus('lusong-district-2021'));
      const opened = await client.nextDiagnostics(uri, (p) => p.version === 1, 5000);
      expect(opened.diagnostics.some((d) => d.code === 'numbering-sequence')).toBe(true);
      await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '的' }]);
      const typed = await client.nextDiagnostics(uri, (p) => p.version === 2, 1500).then(
        () => 'published',
        () => 'waiting',
      );
      expect(typed).toBe('waiting');
    } finally {
      await client.stop();
    }
  });
});
