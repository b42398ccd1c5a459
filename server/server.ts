// The language server: LSP transport around the engine. Run as `node dist/server.js --stdio`
// (or over IPC from the VS Code client). Every feature is a provider in features/ reading the
// one cached analysis of the document version.
import {
  createConnection,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DocumentDiagnosticReportKind,
  type InitializeParams,
  type InitializeResult,
  type Connection,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './documents.js';
import { codeActions, FIX_ALL_KIND } from './features/codeActions.js';
import { countCodeLenses } from './features/codeLens.js';
import { countHover } from './features/hover.js';
import { toDiagnostics } from './features/diagnostics.js';
import { documentSymbols } from './features/documentSymbols.js';
import { foldingRanges } from './features/folding.js';
import { selectionRanges } from './features/selectionRanges.js';
import { WorkspaceIndex } from './workspaceIndex.js';
import { normalizeLocale, translator } from './l10n/index.js';
import { defaultSettings, type EngineSettings, type RuleSetting } from './rules/types.js';

export interface ClientSettings {
  rules?: Record<string, RuleSetting>;
  numbering?: { mode?: EngineSettings['numbering']['mode'] };
  locale?: 'auto' | 'zh' | 'en';
  diagnostics?: { debounceMs?: number };
  codeLens?: { enabled?: boolean };
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  const index = new WorkspaceIndex();
  let clientLocale: string | undefined;
  let hasConfiguration = false;
  let pullDiagnostics = false;
  let lensRefresh = false;
  const settingsCache = new Map<string, Promise<ClientSettings>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const engineSettings = (s: ClientSettings): EngineSettings => {
    const base = defaultSettings();
    return {
      rules: { ...base.rules, ...(s.rules ?? {}) },
      numbering: { mode: s.numbering?.mode ?? base.numbering.mode },
      locale: s.locale && s.locale !== 'auto' ? s.locale : normalizeLocale(clientLocale),
    };
  };

  const clientSettings = (uri: string): Promise<ClientSettings> => {
    if (!hasConfiguration) return Promise.resolve({});
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'notice' })
        .then((s: ClientSettings | null) => s ?? {})
        .catch(() => ({}));
      settingsCache.set(uri, p);
    }
    return p;
  };

  const analysisOf = async (doc: TextDocument) => cache.get(doc, engineSettings(await clientSettings(doc.uri)));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale;
    hasConfiguration = params.capabilities.workspace?.configuration === true;
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    lensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    index.setRoots(
      (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : []),
    );
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: '整改通报' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        workspaceSymbolProvider: true,
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        diagnosticProvider: pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      },
      serverInfo: { name: 'notice-tools' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'notice' }).catch(() => undefined);
    }
  });

  /** Push diagnostics for the document's current version; drop the result if it went stale. */
  const publish = async (doc: TextDocument) => {
    const version = doc.version;
    const { analysis, pos } = await analysisOf(doc);
    const current = documents.get(doc.uri);
    if (!current || current.version !== version) return;
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: toDiagnostics(analysis, pos, doc.uri) });
  };

  const schedule = async (doc: TextDocument) => {
    if (pullDiagnostics) return; // the client asks when it wants them
    const prev = timers.get(doc.uri);
    if (prev) clearTimeout(prev);
    const debounce = Math.max(0, (await clientSettings(doc.uri)).diagnostics?.debounceMs ?? 200);
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        void publish(doc).catch((e) => connection.console.error(`notice: ${String(e)}`));
      }, debounce),
    );
  };

  documents.onDidOpen((e) => void schedule(e.document));
  documents.onDidChangeContent((e) => {
    index.markOpen(e.document.uri);
    void schedule(e.document);
  });
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    cache.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    cache.clear();
    if (lensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) void schedule(d);
  });

  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const { analysis, pos } = await analysisOf(doc);
    return { kind: DocumentDiagnosticReportKind.Full, items: toDiagnostics(analysis, pos, doc.uri) };
  });

  connection.onDocumentSymbol(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const { analysis, pos } = await analysisOf(doc);
    return documentSymbols(analysis.doc, pos);
  });

  connection.onFoldingRanges(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const { analysis, pos } = await analysisOf(doc);
    return foldingRanges(analysis.doc, pos);
  });

  connection.onSelectionRanges(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const { analysis, pos } = await analysisOf(doc);
    return selectionRanges(analysis.doc, pos, params.positions);
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const { analysis, pos } = await analysisOf(doc);
    return codeActions(analysis, pos, doc.uri, params.range, params.context.only, translator(engineSettings(await clientSettings(doc.uri)).locale));
  });

  // issue 4: count hover and code lens (`notice.codeLens.enabled`, on by default)
  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const { analysis, pos } = await analysisOf(doc);
    return countHover(analysis.doc, pos, params.position, translator(engineSettings(await clientSettings(doc.uri)).locale));
  });
  connection.onCodeLens(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const cs = doc ? await clientSettings(doc.uri) : undefined;
    if (!doc || cs?.codeLens?.enabled === false) return [];
    const { analysis, pos } = await analysisOf(doc);
    return countCodeLenses(analysis.doc, pos, translator(engineSettings(cs ?? {}).locale));
  });

  connection.onWorkspaceSymbol(async (params, token) => index.symbols(params.query, documents, token));

  documents.listen(connection);
  connection.listen();
}

// Started as a program (not imported by tests): stdio with --stdio, else IPC/pipe as the client says.
if (require.main === module) {
  startServer(createConnection(ProposedFeatures.all));
}
