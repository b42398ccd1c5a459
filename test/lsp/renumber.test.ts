// Renumbering through the real server over stdio: the numbering diagnostics with related
// information, the quick fix and source.fixAll.notice code actions, and the command
// 「重新编号全文」 applying one WorkspaceEdit through workspace/applyEdit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplyWorkspaceEditParams, CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { corpus, findingsAt, lineOf } from '../helpers.js';
import { startClient, type TestClient } from './client.js';

describe('renumbering over stdio', () => {
  let client: TestClient;
  const uri = 'file:///tmp/lusong.notice';
  const text = corpus('lusong-district-2021');
  const applied: ApplyWorkspaceEditParams[] = [];

  beforeAll(async () => {
    client = await startClient({ settings: { diagnostics: { debounceMs: 0 } } });
    client.conn.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      applied.push(p);
      return { applied: true };
    });
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text } });
  });
  afterAll(async () => {
    await client.stop();
  });

  const apply = (edits: { range: TextDocumentEdit['edits'][number]['range']; newText: string }[]) =>
    TextDocument.applyEdits(TextDocument.create(uri, 'notice', 1, text), edits);

  it('announces the command and publishes the missing 3. with the previous item as related information', async () => {
    expect(client.initResult.capabilities.executeCommandProvider).toEqual({ commands: ['notice.renumberAll'] });
    const p = await client.nextDiagnostics(uri, (d) => d.version === 1);
    const numbering = p.diagnostics.filter((d) => String(d.code).startsWith('numbering'));
    expect(numbering.map((d) => `${d.range.start.line + 1} ${d.message}`)).toEqual([`${lineOf(text, '4.意识形态')} 编号不连续：此处应为“3.”，实为“4.”`]);
    expect(numbering[0].relatedInformation?.[0].location.range.start.line).toBe(lineOf(text, '2. 以人民为中心') - 1);
  });

  it('offers the quick fix and the fix-all action', async () => {
    const line = lineOf(text, '4.意识形态') - 1;
    const range = { start: { line, character: 2 }, end: { line, character: 2 } };
    const quick = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [] },
    })) as CodeAction[];
    expect(quick.map((a) => `${a.kind} ${a.title} ${a.isPreferred}`)).toEqual([
      'quickfix 从此处起重新编号（改 11 处） true',
      // Every diagnostic also offers the ignore directives (issue 6).
      'quickfix 本行忽略此规则（numbering-sequence） undefined',
      'quickfix 本文件忽略此规则（numbering-sequence） undefined',
    ]);
    const all = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(all.map((a) => a.kind)).toEqual(['source.fixAll.notice']);
    const fixed = apply(all[0].edit!.changes![uri]);
    expect(findingsAt(fixed, undefined, 'numbering')).toEqual([]);
  });

  it('「重新编号全文」 applies one edit for the document version; the result has no numbering diagnostic', async () => {
    const r = await client.conn.sendRequest('workspace/executeCommand', { command: 'notice.renumberAll', arguments: [uri] });
    expect(r).toEqual({ applied: true });
    expect(applied).toHaveLength(1);
    expect(applied[0].label).toBe('重新编号全文');
    const [change] = applied[0].edit.documentChanges as TextDocumentEdit[];
    expect(change.textDocument).toEqual({ uri, version: 1 });
    expect(change.edits.every((e) => /^\d+$/.test(e.newText))).toBe(true);
    const fixed = apply(change.edits);
    expect(fixed).toContain('  3.意识形态工作存在短板');
    expect(findingsAt(fixed, undefined, 'numbering')).toEqual([]);
  });

  it('does nothing for an unknown document', async () => {
    const r = await client.conn.sendRequest('workspace/executeCommand', { command: 'notice.renumberAll', arguments: ['file:///nope.notice'] });
    expect(r).toEqual({ applied: false });
    expect(applied).toHaveLength(1);
  });
});
