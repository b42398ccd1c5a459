// The real server driven by random sessions: edits, quick fixes (resolved and applied as VS
// Code applies them), formatting, cancelled requests and close/reopen, interleaved. After
// every session the server's outline and diagnostics are those of a fresh analysis of the
// editor's text, fixes and formatting kept the writer's words, and a closed document leaves
// nothing in the server.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node.js';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/engine.js';
import { toDiagnostics } from '../../server/features/diagnostics.js';
import { documentSymbols } from '../../server/features/documentSymbols.js';
import { PositionMapper } from '../../server/positions.js';
import { corpus, CORPUS } from '../helpers.js';
import { editorCapabilities, startClient, type TestClient } from '../lsp/client.js';
import { isSubsequence, writerText } from './check.js';

type Step =
  | { kind: 'edit'; at: number; del: number; insert: string }
  | { kind: 'fix'; pick: number }
  | { kind: 'format' }
  | { kind: 'cancel'; method: number }
  | { kind: 'reopen' };

const insertion = fc.constantFrom('一、', '（一）', '1.', '（1）', '(35-1)', '①', '一是', '整改结果：完成', '\n', '\r\n', ',', '。', '60个问题，已完成整改31个', '<!-- notice-disable-nextline x -->\n', '甲');
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), del: fc.nat({ max: 40 }), insert: insertion }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fix' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('format' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), method: fc.nat({ max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const) }) },
);

const key = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.message}`);

describe('random sessions with cancellation and close interleaved', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ capabilities: editorCapabilities({ pull: true }), settings: { diagnostics: { debounceMs: 0 } } });
  });
  afterAll(() => client.stop());

  it('the server always agrees with a fresh analysis, and fixes and formatting keep the writer’s words', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: CORPUS.length - 1 }), fc.array(step, { minLength: 4, maxLength: 14 }), async (which, steps) => {
        const uri = `file:///session-${++run}.notice`;
        await client.open(uri, corpus(CORPUS[which]));
        for (const s of steps) {
          const text = client.text(uri);
          const pos = new PositionMapper(text, analyze(text).doc.lineStarts);
          if (s.kind === 'edit') {
            const at = s.at % (text.length + 1);
            const end = Math.min(text.length, at + s.del);
            await client.edit(uri, [{ range: { start: pos.positionAt(at), end: pos.positionAt(end) }, newText: s.insert }]);
          } else if (s.kind === 'fix') {
            const diagnostics = await client.diagnostics(uri);
            if (diagnostics.length === 0) continue;
            const d = diagnostics[s.pick % diagnostics.length];
            const actions = (await client.codeActions(uri, d.range, [d], ['quickfix'])).filter((a) => a.edit);
            if (actions.length === 0) continue;
            await client.apply(actions[s.pick % actions.length].edit!);
            expect(isSubsequence(writerText(text), writerText(client.text(uri))), 'a quick fix dropped writer text').toBe(true);
          } else if (s.kind === 'format') {
            const edits = await client.ask<TextEdit[]>('textDocument/formatting', uri, { options: { tabSize: 4, insertSpaces: true } });
            await client.edit(uri, edits);
            expect(writerText(client.text(uri)), 'formatting changed the words').toBe(writerText(text));
          } else if (s.kind === 'cancel') {
            const whole = { start: { line: 0, character: 0 }, end: pos.positionAt(text.length) };
            const [method, params] = [
              ['textDocument/documentSymbol', {}],
              ['textDocument/codeAction', { range: whole, context: { diagnostics: [] } }],
              ['textDocument/formatting', { options: { tabSize: 4, insertSpaces: true } }],
              ['textDocument/semanticTokens/full', {}],
              ['textDocument/diagnostic', {}],
            ][s.method] as [string, object];
            const source = new CancellationTokenSource();
            const answer = client.conn.sendRequest(method, { textDocument: { uri }, ...params }, source.token).then(
              () => 'answered',
              (e: unknown) => (e instanceof ResponseError ? e.code : String(e)),
            );
            source.cancel();
            expect(['answered', -32800]).toContain(await answer);
          } else {
            await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
            await client.open(uri, text);
          }
        }
        // The server's view of the last version is a fresh analysis of the editor's text.
        const text = client.text(uri);
        const fresh = analyze(text);
        const pos = new PositionMapper(text, fresh.doc.lineStarts);
        expect(key(await client.diagnostics(uri))).toEqual(key(toDiagnostics(fresh, pos, uri)));
        expect(await client.symbols(uri)).toEqual(documentSymbols(fresh.doc, pos));
        await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }),
      { numRuns: 25 },
    );
    // Every session's document is closed: the server holds nothing of them.
    expect(await client.conn.sendRequest('notice/state')).toMatchObject({ documents: 0, analyses: 0, settings: 0, timers: 0 });
  }, 240_000);
});
