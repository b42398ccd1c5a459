// The client starts the language server only for notices: a plain .txt that is not a notice
// starts nothing, a .txt notice is switched to notice mode, and the server starts once, when
// the first notice document opens. Driven through a stand-in for the `vscode` module (the
// real editor: test/e2e).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { corpus } from '../helpers.js';

interface Doc {
  languageId: string;
  fileName: string;
  text: string;
}

const editor = vi.hoisted(() => ({
  open: [] as unknown[],
  onOpen: [] as ((d: unknown) => void)[],
  switched: [] as string[],
  detectTxt: true,
}));

vi.mock('vscode', () => {
  class Range {
    constructor(
      public a: number,
      public b: number,
      public c: number,
      public d: number,
    ) {}
  }
  return {
    Range,
    l10n: { t: (s: string) => s },
    Uri: { joinPath: (...parts: unknown[]) => parts.join('/'), parse: (s: string) => s },
    commands: { registerCommand: () => ({ dispose() {} }) },
    // The preview's serializer is registered at activation; it starts nothing by itself.
    window: { registerWebviewPanelSerializer: () => ({ dispose() {} }) },
    workspace: {
      get textDocuments() {
        return editor.open;
      },
      onDidOpenTextDocument: (f: (d: unknown) => void) => {
        editor.onOpen.push(f);
        return { dispose() {} };
      },
      getConfiguration: () => ({ get: (_k: string, d: unknown) => (editor.detectTxt ? d : false) }),
    },
    languages: {
      setTextDocumentLanguage: async (d: { fileName: string }, id: string) => {
        editor.switched.push(`${d.fileName} ${id}`);
      },
    },
  };
});

/** A document as the client sees it (`getText` of a range: the first lines). */
function doc({ languageId, fileName, text }: Doc) {
  const lines = text.split(/(?<=\n)/);
  return { languageId, fileName, uri: fileName, lineCount: lines.length, getText: (r: { c: number }) => lines.slice(0, r.c).join('') };
}

/** The stand-in for dist/languageClient.js: counts the starts. */
const dir = mkdtempSync(join(tmpdir(), 'notice-client-'));
writeFileSync(join(dir, 'languageClient.js'), 'globalThis.noticeStarts = (globalThis.noticeStarts ?? 0) + 1; exports.startLanguageClient = async () => { globalThis.noticeServers = (globalThis.noticeServers ?? 0) + 1; return { stop: async () => {} }; };');
const context = { subscriptions: [] as unknown[], asAbsolutePath: (p: string) => join(dir, p.replace(/^dist\//, '')) };
const servers = () => (globalThis as { noticeServers?: number }).noticeServers ?? 0;

const notice = corpus('changsha-county-2021');
const shoppingList = '买菜清单\n一、蔬菜\n二、水果\n苹果 三斤\n';

beforeEach(async () => {
  vi.resetModules();
  editor.open = [];
  editor.onOpen = [];
  editor.switched = [];
  editor.detectTxt = true;
  (globalThis as { noticeServers?: number }).noticeServers = 0;
});

async function activate(): Promise<void> {
  const ext = await import('../../client/extension.js');
  ext.activate(context as never);
}
const open = (d: Doc) => editor.onOpen.forEach((f) => f(doc(d)));
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('the client starts the server only for notices', () => {
  it('a plain .txt that is not a notice starts nothing and stays plain text', async () => {
    editor.open = [doc({ languageId: 'plaintext', fileName: '/w/list.txt', text: shoppingList })];
    await activate();
    open({ languageId: 'plaintext', fileName: '/w/readme.txt', text: 'Just some notes.\n' });
    await settle();
    expect(editor.switched).toEqual([]);
    expect(servers()).toBe(0);
  });

  it('a .txt notice is switched to notice mode, and the server starts when it reopens as a notice, once', async () => {
    await activate();
    open({ languageId: 'plaintext', fileName: '/w/changsha.txt', text: notice });
    await settle();
    expect(editor.switched).toEqual(['/w/changsha.txt notice']);
    expect(servers()).toBe(0);
    open({ languageId: 'notice', fileName: '/w/changsha.txt', text: notice });
    open({ languageId: 'notice', fileName: '/w/other.notice', text: notice });
    await settle();
    expect(servers()).toBe(1);
  });

  it('a notice already open at activation starts the server', async () => {
    editor.open = [doc({ languageId: 'notice', fileName: '/w/a.notice', text: notice })];
    await activate();
    await settle();
    expect(servers()).toBe(1);
  });

  it('with notice.detectTxt off, a .txt notice stays plain text', async () => {
    editor.detectTxt = false;
    await activate();
    open({ languageId: 'plaintext', fileName: '/w/changsha.txt', text: notice });
    await settle();
    expect(editor.switched).toEqual([]);
    expect(servers()).toBe(0);
  });
});
