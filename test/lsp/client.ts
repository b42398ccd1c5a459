// A minimal LSP client for tests and the benchmark: starts `node dist/server.js --stdio` and
// talks JSON-RPC to it as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Position,
  PublishDiagnosticsParams,
  Range,
  SelectionRange,
  TextEdit,
  WorkspaceEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_EXEC_ARGV } from '../../common/serverProcess.js';

export const SERVER = resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface TestClient {
  conn: MessageConnection;
  proc: ChildProcess;
  /** Every publishDiagnostics received, in order. */
  published: PublishDiagnosticsParams[];
  /** The server's answer to initialize. */
  initResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
  /** Resolves with the next publishDiagnostics for `uri` that satisfies `pred`. */
  nextDiagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Replace the settings the client answers `workspace/configuration` with (then send didChangeConfiguration). */
  setSettings(settings: Record<string, unknown>): void;
  stop(): Promise<void>;
  // ---- an editor's view of its documents: open, edit, and ask the server about them ----
  /** didOpen (version 1). */
  open(uri: string, text: string, languageId?: string): Promise<void>;
  /** Apply edits to the client's copy and send them as incremental didChange (next version). */
  edit(uri: string, edits: TextEdit[]): Promise<void>;
  /** The client's current text and version of a document. */
  text(uri: string): string;
  version(uri: string): number;
  /** The diagnostics for the current version: pulled when the client announced pull, else pushed. */
  diagnostics(uri: string): Promise<Diagnostic[]>;
  /** Any request about one document: `{ textDocument: { uri }, ...params }`. */
  ask<T>(method: string, uri: string, params?: Record<string, unknown>): Promise<T>;
  symbols(uri: string): Promise<DocumentSymbol[]>;
  folding(uri: string): Promise<FoldingRange[]>;
  selection(uri: string, positions: Position[]): Promise<SelectionRange[]>;
  workspaceSymbols(query: string): Promise<WorkspaceSymbol[]>;
  /** The code actions, each resolved (`codeAction/resolve`) when it came without its edit, as VS Code does when one is picked. */
  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]>;
  /** Apply a workspace edit (a code action's) to the open documents, as the editor would. */
  apply(edit: WorkspaceEdit): Promise<void>;
}

/** What VS Code (vscode-languageclient 9) announces, in short; `pull` adds pull diagnostics. */
export function editorCapabilities(opts: { pull?: boolean } = {}): Record<string, unknown> {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      symbol: {},
      applyEdit: true,
      workspaceEdit: { documentChanges: true },
    },
    window: { workDoneProgress: true },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: { lineFoldingOnly: true },
      selectionRange: {},
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
        resolveSupport: { properties: ['edit'] },
      },
      completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      formatting: {},
      codeLens: {},
      ...(opts.pull ? { diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } } : {}),
    },
  };
}

export interface StartOptions {
  capabilities?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  locale?: string;
  workspaceFolders?: { uri: string; name: string }[] | null;
  /** Another server bundle (one with test-only rules registered, the one inside the .vsix). */
  server?: string;
  /** Extra handlers on the connection, registered before initialize (they replace the defaults). */
  onConnection?: (conn: MessageConnection) => void;
  /** Arguments for node before the server script (`--max-old-space-size=…`), after the editor's own (SERVER_EXEC_ARGV). */
  execArgv?: string[];
}

export async function startClient(opts: StartOptions = {}): Promise<TestClient> {
  let current = opts.settings ?? {};
  // Node started as the VS Code client starts it (the same V8 flags), then the test's own arguments.
  const execArgv = [...SERVER_EXEC_ARGV, ...(opts.execArgv ?? [])];
  const proc = spawn(process.execPath, [...execArgv, opts.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.pred(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  conn.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map(() => current),
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification('$/progress', () => undefined);
  conn.onNotification('window/logMessage', () => undefined);
  opts.onConnection?.(conn);
  conn.listen();
  const initResult = (await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: opts.locale ?? 'zh-cn',
    workspaceFolders: opts.workspaceFolders ?? null,
    capabilities: opts.capabilities ?? {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, symbol: {} },
      textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        foldingRange: {},
        selectionRange: {},
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
      },
    },
  })) as TestClient['initResult'];
  await conn.sendNotification('initialized', {});
  const docs = new Map<string, TextDocument>();
  const doc = (uri: string) => {
    const d = docs.get(uri);
    if (!d) throw new Error(`${uri} is not open`);
    return d;
  };
  const pull = initResult.capabilities.diagnosticProvider !== undefined;
  const client: TestClient = {
    conn,
    proc,
    published,
    initResult,
    setSettings(settings) {
      current = settings;
    },
    nextDiagnostics(uri, pred = () => true, timeoutMs = 10000) {
      const already = published.find((p) => p.uri === uri && pred(p));
      if (already) return Promise.resolve(already);
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          uri,
          pred,
          resolve: (p) => {
            clearTimeout(timer);
            resolvePromise(p);
          },
        });
      });
    },
    async stop() {
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
      } catch {
        // already gone
      }
      conn.dispose();
      proc.kill();
    },
    async open(uri, text, languageId = 'notice') {
      docs.set(uri, TextDocument.create(uri, languageId, 1, text));
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    async edit(uri, edits) {
      const before = doc(uri);
      // Incremental changes, each against the text left by the previous one: apply from the end.
      const sorted = [...edits].sort((a, b) => before.offsetAt(b.range.start) - before.offsetAt(a.range.start));
      const after = TextDocument.update(before, sorted.map((e) => ({ range: e.range, text: e.newText })), before.version + 1);
      docs.set(uri, after);
      await conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: after.version },
        contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
      });
    },
    text: (uri) => doc(uri).getText(),
    version: (uri) => doc(uri).version,
    async diagnostics(uri) {
      if (pull) {
        const r = (await client.ask('textDocument/diagnostic', uri)) as { kind: string; items: Diagnostic[] };
        return r.items;
      }
      const version = doc(uri).version;
      return (await client.nextDiagnostics(uri, (p) => p.version === version)).diagnostics;
    },
    ask: (method, uri, params = {}) => conn.sendRequest(method, { textDocument: { uri }, ...params }),
    symbols: (uri) => client.ask('textDocument/documentSymbol', uri),
    folding: (uri) => client.ask('textDocument/foldingRange', uri),
    selection: (uri, positions) => client.ask('textDocument/selectionRange', uri, { positions }),
    workspaceSymbols: (query) => conn.sendRequest('workspace/symbol', { query }),
    async codeActions(uri, range, diagnostics, only) {
      const actions = await client.ask<CodeAction[]>('textDocument/codeAction', uri, { range, context: { diagnostics, only } });
      return Promise.all(actions.map((a) => (a.edit || a.data === undefined ? a : conn.sendRequest<CodeAction>('codeAction/resolve', a))));
    },
    async apply(edit) {
      for (const [uri, edits] of Object.entries(edit.changes ?? {})) await client.edit(uri, edits);
      for (const c of edit.documentChanges ?? []) if ('edits' in c) await client.edit(c.textDocument.uri, c.edits as TextEdit[]);
    },
  };
  return client;
}

export type { Diagnostic };
