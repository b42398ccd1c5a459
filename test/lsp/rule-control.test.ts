// Rule control in the real server over stdio (built with the test-only rules registered):
// settings, .noticerc.json (found upward, watched) and inline directives switch rules and
// severities without a restart; messages and quick-fix titles follow the editor language; the
// semantic tokens know which `3.` is a heading.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/features/semanticTokens.js';
import { buildWithTestRules } from '../fixtures/bundles.js';
import { corpus } from '../helpers.js';
import { startClient, type TestClient } from './client.js';

const NOTICE = ['一、组织整改落实情况', '整改情况：一是成立领导小组。', '二、问题整改情况', '整改情况：一是建立台账。', ''].join('\n');
const summary = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.code}:${d.severity}@${d.range.start.line}`).join(' ');

let server: string;
const clients: TestClient[] = [];
const start = async (opts: Parameters<typeof startClient>[0] = {}) => {
  const c = await startClient({ server, ...opts });
  clients.push(c);
  return c;
};
let version = 1;
const open = async (c: TestClient, uri: string, text: string) => {
  const v = version++;
  await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: v, text } });
  return c.nextDiagnostics(uri, (p) => p.version === v);
};

/** Waits for the server to publish `expected` for `uri` (it re-checks on its own, without a reopen). */
const republished = async (c: TestClient, uri: string, expected: string) => {
  const from = c.published.length;
  await c.nextDiagnostics(uri, (p) => c.published.indexOf(p) >= from && summary(p) === expected, 5000).catch(() => undefined);
  const last = c.published.filter((p) => p.uri === uri).pop()!;
  expect(summary(last)).toBe(expected);
};

beforeAll(async () => {
  server = (await buildWithTestRules()).server;
});
afterAll(async () => {
  for (const c of clients) await c.stop();
});

describe('server: settings', () => {
  it('notice.rules switches a rule off and changes a severity; a settings change re-checks open documents', async () => {
    const c = await start({ settings: { diagnostics: { debounceMs: 0 } } });
    const uri = 'untitled:settings.notice';
    expect(summary(await open(c, uri, NOTICE))).toBe('test-section:2@0 test-label:1@1 test-section:2@2 test-label:1@3');
    c.setSettings({ diagnostics: { debounceMs: 0 }, rules: { 'test-section': 'off', 'test-label': 'information' } });
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await republished(c, uri, 'test-label:3@1 test-label:3@3');
  });

  it('notice.locale overrides the editor language', async () => {
    const c = await start({ settings: { diagnostics: { debounceMs: 0 }, locale: 'en' }, locale: 'zh-cn' });
    const p = await open(c, 'untitled:locale.notice', NOTICE);
    expect(p.diagnostics[0].message).toBe('(untitled)');
    c.setSettings({ diagnostics: { debounceMs: 0 }, locale: 'auto' });
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const from = c.published.length;
    await c.nextDiagnostics('untitled:locale.notice', (x) => c.published.indexOf(x) >= from && x.diagnostics[0]?.message === '（无标题）', 5000);
  });
});

describe('server: .noticerc.json', () => {
  it('is found upward from the file, wins over the settings, and a change is picked up through didChangeWatchedFiles', async () => {
    const root = mkdtempSync(join(tmpdir(), 'notice-lsp-'));
    mkdirSync(join(root, 'drafts'));
    const rc = join(root, '.noticerc.json');
    writeFileSync(rc, JSON.stringify({ rules: { 'test-label': 'off', 'test-section': 'error' } }));
    const uri = pathToFileURL(join(root, 'drafts', 'a.notice')).href;
    const c = await start({ settings: { diagnostics: { debounceMs: 0 }, rules: { 'test-label': 'warning', 'test-section': 'hint' } } });
    expect(summary(await open(c, uri, NOTICE))).toBe('test-section:1@0 test-section:1@2');
    writeFileSync(rc, JSON.stringify({ rules: { 'test-section': 'off' } }));
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    await republished(c, uri, 'test-label:2@1 test-label:2@3'); // the settings' severity for what the file leaves open
  });

  it('with pull diagnostics: a config change asks the editor to pull again, and the pull has the new result', async () => {
    const root = mkdtempSync(join(tmpdir(), 'notice-lsp-'));
    const rc = join(root, '.noticerc.json');
    writeFileSync(rc, JSON.stringify({ rules: { 'test-label': 'off' } }));
    const c = await start({
      capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: {} } },
    });
    const uri = pathToFileURL(join(root, 'p.notice')).href;
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text: NOTICE } });
    const pull = async () =>
      ((await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code: string }[] }).items.map((d) => d.code).join(' ');
    expect(await pull()).toBe('test-section test-section');
    const refreshed = new Promise<void>((resolve) =>
      c.conn.onRequest('workspace/diagnostic/refresh', () => {
        resolve();
        return null;
      }),
    );
    writeFileSync(rc, JSON.stringify({ rules: { 'test-section': 'off' } }));
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    await refreshed;
    expect(await pull()).toBe('test-label test-label');
  });

  it('an invalid config is named in a warning message, its valid entries still apply', async () => {
    const root = mkdtempSync(join(tmpdir(), 'notice-lsp-'));
    writeFileSync(join(root, '.noticerc.json'), JSON.stringify({ rules: { 'test-label': 'off', 'test-section': 'loud' } }));
    const c = await start({ settings: { diagnostics: { debounceMs: 0 } }, locale: 'en' });
    const shown = new Promise<string>((resolve) =>
      c.conn.onRequest('window/showMessageRequest', (p: { message: string; type: number }) => {
        expect(p.type).toBe(2); // a warning
        resolve(p.message);
        return null;
      }),
    );
    const uri = pathToFileURL(join(root, 'b.notice')).href;
    expect(summary(await open(c, uri, NOTICE))).toBe('test-section:2@0 test-section:2@2');
    expect(await shown).toMatch(/^Config file .*\.noticerc\.json: Invalid setting "loud" for rule test-section/);
  });
});

describe('server: inline directives and the quick fixes that write them', () => {
  it('a directive in the text silences a line; the offered fixes are titled in the editor language', async () => {
    for (const [locale, titles, message] of [
      ['zh-cn', ['本行忽略此规则（test-label）', '本文件忽略此规则（test-label）'], '（无标题）'],
      ['en', ['Ignore this rule on this line (test-label)', 'Ignore this rule in this file (test-label)'], '(untitled)'],
    ] as const) {
      const c = await start({ settings: { diagnostics: { debounceMs: 0 } }, locale });
      const uri = `untitled:directive-${locale}.notice`;
      const text = NOTICE.replace('整改情况：一是建立台账。', '<!-- notice-disable-next-line test-label -->\n整改情况：一是建立台账。');
      const p = await open(c, uri, text);
      expect(summary(p)).toBe('test-section:2@0 test-label:1@1 test-section:2@2');
      // The same diagnostic in both languages: the rule's message comes from the table.
      expect(p.diagnostics[0].message).toBe(message);
      const actions = (await c.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: p.diagnostics[1].range,
        context: { diagnostics: [p.diagnostics[1]] },
      })) as CodeAction[];
      expect(actions.map((a) => a.title)).toEqual(titles);
      expect(actions[0].edit!.changes![uri]).toEqual([
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '<!-- notice-disable-next-line test-label -->\n' },
      ]);
    }
  });
});

describe('server: semantic tokens', () => {
  it('marks heading markers by level where the parse knows them (3.1名 is heading 3; 94.5% is not)', async () => {
    const c = await start({ settings: { diagnostics: { debounceMs: 0 } } });
    const uri = 'untitled:tokens.notice';
    const text = corpus('yiyang-hitech-2023') + '\n94.5%的问题已完成整改。\n<!-- notice-disable-file test-label -->\n';
    await open(c, uri, text);
    const caps = c.initResult.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[]; tokenModifiers: string[] } };
    expect(caps.legend).toEqual({ tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] });
    const { data } = (await c.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
    const lines = text.split('\n');
    const toks: string[] = [];
    for (let i = 0, line = 0, ch = 0; i < data.length; i += 5) {
      line += data[i];
      ch = data[i] === 0 ? ch + data[i + 1] : data[i + 1];
      const mods = caps.legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b));
      toks.push(`${line}:${lines[line].slice(ch, ch + data[i + 2])}:${caps.legend.tokenTypes[data[i + 3]]}${mods.length ? '.' + mods.join('.') : ''}`);
    }
    const at = (needle: string) => lines.findIndex((l) => l.startsWith(needle));
    expect(toks).toContain(`${at('3.1名')}:3.:headingMarker.level3`);
    expect(toks).toContain(`${at('二、集中整改')}:二、:headingMarker.level1`);
    expect(toks).toContain(`${at('（一）反馈问题')}:（一）:headingMarker.level2`);
    expect(toks).toContain(`${at('（一）反馈问题')}:反馈问题：:fieldLabel`);
    expect(toks).toContain(`${at('①')}:①:headingMarker.level5`);
    expect(toks).toContain(`${at('整改结果：完成')}:完成:status`);
    expect(toks).toContain(`${at('<!--')}:<!-- notice-disable-file test-label -->:directive`);
    expect(toks.filter((t) => t.startsWith(`${at('94.5%')}:`))).toEqual([]);
    expect(toks.some((t) => t.endsWith(':enumeration') && t.includes(':一是:'))).toBe(true);
  });
});
