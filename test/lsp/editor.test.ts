// The real server (dist/server.js) over stdio, driven as an editor drives it: real client
// capabilities, didOpen/didChange, push and pull diagnostics, and every feature's request.
// Expected diagnostics and quick fixes are the tables of cases.ts.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Range, SelectionRange } from 'vscode-languageserver-protocol';
import { rules } from '../../server/rules/registry.js';
import { CORPUS, CORPUS_DIR, corpus, plant } from '../helpers.js';
import { DIAGNOSTICS, QUICK_FIXES, type Doc } from './cases.js';
import { editorCapabilities, startClient, type TestClient } from './client.js';

const textOf = (d: Doc) => (d.plant ?? []).reduce((t, [find, replace]) => plant(t, find, replace), d.text ?? corpus(d.notice));
const keyOf = (d: Doc) => (d.text !== undefined ? `text:${d.text.length}:${d.text.slice(0, 40)}` : `${d.notice}${d.plant ? `+${JSON.stringify(d.plant)}` : ''}`);
const uriOf = (d: Doc) => `file:///tmp/${encodeURIComponent(keyOf(d))}.notice`;
/** The rules with a case on this document: their information-level findings are compared too. */
const rulesOf = (d: Doc) => new Set(DIAGNOSTICS.filter((c) => keyOf(c.doc) === keyOf(d)).map((c) => c.rule));
/**
 * Diagnostics as the editor lists them: `line rule: message` (1-based line): every warning and
 * error, and information and hints of the rules the document has cases for (see cases.ts).
 */
const shownOn = (d: Doc) => (ds: Diagnostic[]) =>
  ds
    .filter((x) => (x.severity ?? 1) <= 2 || rulesOf(d).has(String(x.code)))
    .map((x) => `${x.range.start.line + 1} ${String(x.code)}: ${x.message}`)
    .sort();
const expected = (d: Doc) => DIAGNOSTICS.filter((c) => keyOf(c.doc) === keyOf(d)).map((c) => `${c.line} ${c.rule}: ${c.message}`).sort();

/** The documents to check: every real notice, and every planted document a case names. */
const DOCS: Doc[] = [...CORPUS.map((notice) => ({ notice })), ...[...DIAGNOSTICS, ...QUICK_FIXES].map((c) => c.doc).filter((d) => d.plant)].filter(
  (d, i, all) => all.findIndex((o) => keyOf(o) === keyOf(d)) === i,
);

describe.each([
  { mode: 'push', pull: false },
  { mode: 'pull', pull: true },
])('diagnostics, $mode', ({ pull }) => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ capabilities: editorCapabilities({ pull }), settings: { diagnostics: { debounceMs: 0 } } });
  });
  afterAll(() => client.stop());

  it(pull ? 'announces a diagnostic provider to a client that asks for pull' : 'announces no diagnostic provider: it pushes', () => {
    expect(client.initResult.capabilities.diagnosticProvider !== undefined).toBe(pull);
  });

  it.each(DOCS.map((d) => [keyOf(d), d] as const))('%s: exactly the expected diagnostics', async (_k, d) => {
    await client.open(uriOf(d), textOf(d));
    expect(shownOn(d)(await client.diagnostics(uriOf(d)))).toEqual(expected(d));
  });

  it('follows edits: the diagnostics are those of the new version', async () => {
    const d = DOCS[0];
    await client.edit(uriOf(d), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '\n' }]);
    expect(client.version(uriOf(d))).toBe(2);
    expect(shownOn(d)(await client.diagnostics(uriOf(d)))).toEqual(expected(d).map((s) => s.replace(/^\d+/, (n) => String(Number(n) + 1))).sort());
    if (pull) expect(client.published.filter((p) => p.uri === uriOf(d) && p.diagnostics.length > 0)).toEqual([]); // never pushes in pull mode
  });

  it('every registered rule has at least one protocol case in cases.ts', () => {
    const covered = new Set(DIAGNOSTICS.map((c) => c.rule));
    expect(rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('outline, folding, selection', () => {
  let client: TestClient;
  const uri = 'file:///tmp/yiyang.notice';
  const text = corpus('yiyang-hitech-2023');
  const lineOf = (prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix));
  beforeAll(async () => {
    client = await startClient({ capabilities: editorCapabilities({ pull: true }) });
    await client.open(uri, text);
  });
  afterAll(() => client.stop());

  it('document symbols: sections, items nested under their parents, ① ② under 28.', async () => {
    const symbols = await client.symbols(uri);
    expect(symbols.map((s) => s.name)).toEqual(['一、组织整改落实情况', '二、集中整改期内已完成的整改事项', '三、下一步工作安排']);
    const two = symbols[1];
    expect(two.selectionRange.start.line).toBe(lineOf('二、'));
    expect(two.children!.slice(0, 2).map((s) => s.name)).toEqual(['（一）反馈问题：全面从严治党主体责任落实不到位', '（二）反馈问题：落实监督责任存在偏差']);
    const item28 = two.children!.flatMap((c) => c.children ?? []).find((s) => s.name.startsWith('28.'))!;
    expect(item28.children!.map((s) => s.name)).toEqual(['①高质量发展问题', '②园区土地闲置问题']);
    // a section's range holds its children's ranges
    for (const c of two.children!) expect(c.range.start.line >= two.range.start.line && c.range.end.line <= two.range.end.line).toBe(true);
  });

  it('folding: section 二、 folds from its heading to before 三、', async () => {
    const folds = await client.folding(uri);
    const two = folds.find((f) => f.startLine === lineOf('二、'))!;
    expect(two).toBeDefined();
    expect(two.endLine).toBeLessThan(lineOf('三、'));
    expect(two.endLine).toBeGreaterThan(lineOf('28.'));
  });

  it('selection ranges grow outwards from ① to its item, its section and the whole notice', async () => {
    const line = lineOf('①');
    const [sel] = await client.selection(uri, [{ line, character: 2 }]);
    const chain: Range[] = [];
    for (let s: SelectionRange | undefined = sel; s; s = s.parent) chain.push(s.range);
    const covers = (a: Range, b: Range) =>
      (a.start.line < b.start.line || (a.start.line === b.start.line && a.start.character <= b.start.character)) &&
      (a.end.line > b.end.line || (a.end.line === b.end.line && a.end.character >= b.end.character));
    for (let i = 1; i < chain.length; i++) expect(covers(chain[i], chain[i - 1])).toBe(true);
    expect(chain.some((r) => r.start.line === lineOf('28.'))).toBe(true);
    expect(chain.some((r) => r.start.line === lineOf('二、'))).toBe(true);
    expect(chain.at(-1)!.start).toEqual({ line: 0, character: 0 });
  });
});

describe('workspace symbols over a workspace folder', () => {
  let client: TestClient;
  const dir = mkdtempSync(join(tmpdir(), 'notice-ws-'));
  beforeAll(async () => {
    cpSync(CORPUS_DIR, join(dir, 'corpus'), { recursive: true });
    writeFileSync(join(dir, 'draft.notice'), '一、组织整改落实情况\n（一）草稿里的小节\n');
    writeFileSync(join(dir, 'shopping.txt'), '一、买菜\n二、做饭\n');
    client = await startClient({ capabilities: editorCapabilities({ pull: true }), workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const fileUri = (rel: string) => pathToFileURL(join(dir, rel)).href;

  it('finds headings in every notice file of the folder, at their lines', async () => {
    const found = await client.workspaceSymbols('下一步工作安排');
    const hit = found.find((s) => s.name === '三、下一步工作安排')!;
    expect(hit.location).toMatchObject({ uri: fileUri('corpus/yiyang-hitech-2023.txt') });
    expect((hit.location as { range: Range }).range.start.line).toBe(corpus('yiyang-hitech-2023').split('\n').findIndex((l) => l.startsWith('三、')));
    const organised = (await client.workspaceSymbols('组织整改落实情况')).map((s) => (s.location as { uri: string }).uri).sort();
    expect(organised).toEqual([fileUri('corpus/changsha-county-2021.txt'), fileUri('corpus/lusong-district-2021.txt'), fileUri('corpus/yiyang-hitech-2023.txt'), fileUri('draft.notice')].sort());
  });

  it('skips .txt files that are not notices', async () => {
    expect((await client.workspaceSymbols('买菜')).length).toBe(0);
  });

  it('reads open documents from the editor, not the disk', async () => {
    await client.open(fileUri('draft.notice'), '一、组织整改落实情况\n（一）编辑器里新写的小节\n');
    expect((await client.workspaceSymbols('新写的小节')).map((s) => s.name)).toEqual(['（一）编辑器里新写的小节']);
    expect((await client.workspaceSymbols('草稿里的小节')).length).toBe(0);
  });
});

describe('code actions', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ capabilities: editorCapabilities({ pull: true }) });
  });
  afterAll(() => client.stop());

  it('a notice without findings gets no quick fix and no fix-all', async () => {
    const d: Doc = { notice: 'yiyang-hitech-2023' }; // clean per NOTICE-FORMAT.md §9
    await client.open(uriOf(d), textOf(d));
    const whole = { start: { line: 0, character: 0 }, end: { line: client.text(uriOf(d)).split('\n').length, character: 0 } };
    expect(await client.codeActions(uriOf(d), whole, [], ['quickfix', 'source.fixAll'])).toEqual([]);
  });

  for (const q of QUICK_FIXES) {
    it(`${keyOf(q.doc)}:${q.line}: “${q.title}” fixes the line, only it, and the finding is gone`, async () => {
      const uri = uriOf(q.doc);
      await client.open(uri, textOf(q.doc));
      const before = client.text(uri).split('\n');
      const diag = (await client.diagnostics(uri)).find((d) => d.code === q.rule && d.range.start.line === q.line - 1)!;
      expect(diag, `no ${q.rule} at line ${q.line}`).toBeDefined();
      const actions = await client.codeActions(uri, diag.range, [diag], ['quickfix']);
      const action = actions.find((a) => a.title === q.title)!;
      expect(action, `offered: ${actions.map((a) => a.title).join(', ')}`).toBeDefined();
      await client.apply(action.edit!);
      const after = client.text(uri).split('\n');
      expect(after[q.line - 1]).toMatch(q.after);
      expect(after.filter((l, i) => l !== before[i]).length).toBe(1);
      expect((await client.diagnostics(uri)).some((d) => d.code === q.rule && d.range.start.line === q.line - 1)).toBe(false);
    });
  }
});
