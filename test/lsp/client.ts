// A minimal LSP client for tests and the benchmark: starts `node dist/server.js --stdio` and
// talks JSON-RPC to it as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

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
}

export interface StartOptions {
  capabilities?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  locale?: string;
  workspaceFolders?: { uri: string; name: string }[] | null;
  /** Another server bundle (e.g. one with test-only rules registered). */
  server?: string;
}

export async function startClient(opts: StartOptions = {}): Promise<TestClient> {
  let current = opts.settings ?? {};
  const proc = spawn(process.execPath, [opts.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
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
  conn.onNotification('window/logMessage', () => undefined);
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
  return {
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
  };
}

export type { Diagnostic };
