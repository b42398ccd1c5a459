// Formatting through the real server: the capability is announced, a whole-document format of
// a half-width notice gives full-width text, a range format touches only its lines, and the
// `notice.format` settings reach the formatter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { formatText } from '../../server/features/formatting.js';
import { corpus } from '../helpers.js';
import { startClient, type TestClient } from './client.js';

describe('formatting over stdio', () => {
  let client: TestClient;
  const uri = 'file:///tmp/lusong.notice';
  const text = corpus('lusong-district-2021');

  beforeAll(async () => {
    client = await startClient({ settings: { diagnostics: { debounceMs: 0 }, format: { numbering: 'gbt9704' } } });
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text } });
  });
  afterAll(async () => {
    await client.stop();
  });

  it('announces document and range formatting', () => {
    expect(client.initResult.capabilities.documentFormattingProvider).toBe(true);
    expect(client.initResult.capabilities.documentRangeFormattingProvider).toBe(true);
  });

  it('formats the whole document as formatText does, with the client’s settings', async () => {
    const edits = (await client.conn.sendRequest('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    const out = TextDocument.applyEdits(TextDocument.create(uri, 'notice', 1, text), edits);
    expect(out).toBe(formatText(text, { punctuation: true, numbering: 'gbt9704', trailingSpaces: true, blankLines: 'auto' }));
    expect(out).toContain('根据省委统一部署，2020年11月30日至2021年1月22日，');
    // `1、` is this document's dominant form; the setting asks for GB/T 9704's `1.`.
    const small = 'file:///tmp/small.notice';
    const smallText = '关于巡察整改进展情况的通报\n\n一、情况\n\n1、甲\n\n2、乙\n';
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'notice', version: 1, text: smallText } });
    const e2 = (await client.conn.sendRequest('textDocument/formatting', { textDocument: { uri: small }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
    expect(TextDocument.applyEdits(TextDocument.create(small, 'notice', 1, smallText), e2)).toBe('关于巡察整改进展情况的通报\n\n一、情况\n\n1.甲\n\n2.乙\n');
  });

  it('formats a range: only the lines it touches', async () => {
    const line = text.split('\n').findIndex((l) => l.includes('根据省委统一部署'));
    const edits = (await client.conn.sendRequest('textDocument/rangeFormatting', {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line, character: 5 } },
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.every((e) => e.range.start.line === line && e.range.end.line === line)).toBe(true);
  });
});
