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
  MessageType,
  ShowMessageNotification,
  type InitializeParams,
  type CodeActionParams,
  type CodeLensParams,
  type HoverParams,
  type DocumentFormattingParams,
  type DocumentRangeFormattingParams,
  type CompletionParams,
  type ExecuteCommandParams,
  type SemanticTokensParams,
  type DocumentDiagnosticParams,
  type DocumentSymbolParams,
  type FoldingRangeParams,
  type SelectionRangeParams,
  type WorkspaceSymbolParams,
  type InitializeResult,
  type Connection,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, snapshot } from './documents.js';
import { RULES_MAX_CHARS } from './engine.js';
import { codeActions, FIX_ALL_KIND } from './features/codeActions.js';
import { completions, COMPLETION_TRIGGERS } from './features/completion.js';
import { COUNT_STATEMENT_KIND, countStatementActions } from './features/countStatement.js';
import { countCodeLenses } from './features/codeLens.js';
import { countHover } from './features/hover.js';
import { toDiagnostics } from './features/diagnostics.js';
import { documentSymbols } from './features/documentSymbols.js';
import { foldingRanges } from './features/folding.js';
import { RENUMBER_ALL_COMMAND, renumberAllEdit } from './features/renumber.js';
import { formatting } from './features/formatting.js';
import { ExportDocxRequest, exportDocxRequest, ImportDocxRequest, importDocxRequest, preview, PreviewRequest } from './features/publish.js';
import { selectionRanges } from './features/selectionRanges.js';
import { WorkspaceIndex } from './workspaceIndex.js';
import { fileURLToPath } from 'node:url';
import { ConfigResolver, settingsFor, type ClientSettings } from './config.js';
import { semanticTokens, SEMANTIC_LEGEND } from './features/semanticTokens.js';
import { normalizeLocale, translator, type Locale } from './l10n/index.js';
import type { EngineSettings } from './rules/types.js';

export type { ClientSettings };

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

  const localeOf = (s: ClientSettings): Locale => (s.locale === 'zh' || s.locale === 'en' ? s.locale : normalizeLocale(clientLocale));
  // The project config (.noticerc.json above the file) over the editor settings: see config.ts.
  const configs = new ConfigResolver(() => translator(normalizeLocale(clientLocale)));
  const warned = new Set<string>();
  const engineSettings = (s: ClientSettings, uri: string): EngineSettings => {
    const project = uri.startsWith('file:') ? configs.forFile(fileURLToPath(uri)) : { problems: [] as string[] };
    for (const problem of project.problems) {
      const message = translator(localeOf(s))('config.problem', { file: project.file ?? '', problem });
      if (!warned.has(message)) void connection.window.showWarningMessage(message);
      warned.add(message);
    }
    return settingsFor(s, 'config' in project ? project.config : undefined, localeOf(s));
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

  // Very large documents: rules skipped (said once per document), diagnostics less often.
  const toldTooLarge = new Set<string>();
  const analysisOf = async (doc: TextDocument) => {
    const snap = snapshot(doc); // answer for the version the request was about
    const settings = engineSettings(await clientSettings(doc.uri), doc.uri);
    const entry = cache.get(snap, settings);
    const skipped = entry.analysis.rulesSkipped;
    if (skipped && !toldTooLarge.has(doc.uri)) {
      toldTooLarge.add(doc.uri);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: translator(settings.locale)('engine.rulesSkipped', { ...skipped }) });
    }
    return entry;
  };
  const logError = (what: string) => {
    try {
      connection.console.error(`notice: ${what}`);
    } catch {
      // the connection itself is gone: nothing to tell
    }
  };
  /** A handler that answers `fallback` (and logs) instead of failing when it throws. */
  const safe =
    <P, R>(fallback: R, handler: (params: P) => Promise<R> | R) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (e) {
        logError(e instanceof Error ? (e.stack ?? e.message) : String(e));
        return fallback;
      }
    };
  type Analysed = Awaited<ReturnType<typeof analysisOf>>;
  /**
   * A request about one document: the handler gets the document's analysis; an unknown document
   * or a handler that throws gets `fallback`.
   */
  const onDocument =
    <P extends { textDocument: { uri: string } }, R>(fallback: R, handler: (a: Analysed, doc: TextDocument, params: P) => Promise<R> | R) =>
    safe(fallback, async (params: P): Promise<R> => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? handler(await analysisOf(doc), doc, params) : fallback;
    });
  // A bug anywhere must never take the server down: log and carry on.
  process.on('uncaughtException', (e) => logError(`uncaught ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => logError(`unhandled ${String(e)}`));

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
        documentSymbolProvider: { label: translator(normalizeLocale(clientLocale))('outline.label') },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        workspaceSymbolProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND, COUNT_STATEMENT_KIND] },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        executeCommandProvider: { commands: [RENUMBER_ALL_COMMAND] },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
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
    const { analysis, pos, version } = await analysisOf(doc);
    const current = documents.get(doc.uri);
    if (!current || current.version !== version) return;
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: toDiagnostics(analysis, pos, doc.uri) });
  };

  const schedule = async (doc: TextDocument) => {
    if (pullDiagnostics) return; // the client asks when it wants them
    const size = doc.getText().length;
    const debounce = Math.max(0, (await clientSettings(doc.uri)).diagnostics?.debounceMs ?? 200, size > RULES_MAX_CHARS ? size / 10_000 : 0);
    const prev = timers.get(doc.uri);
    if (prev) clearTimeout(prev);
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
    toldTooLarge.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // Settings or a .noticerc.json changed (the client watches those files): re-check what is open.
  const recheckAll = () => {
    settingsCache.clear();
    configs.clear();
    warned.clear();
    cache.clear();
    if (lensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) void schedule(d);
  };
  connection.onDidChangeConfiguration(recheckAll);
  connection.onDidChangeWatchedFiles(recheckAll);

  connection.languages.diagnostics.on(
    onDocument({ kind: DocumentDiagnosticReportKind.Full, items: [] }, ({ analysis, pos }, doc, _p: DocumentDiagnosticParams) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: toDiagnostics(analysis, pos, doc.uri),
    })),
  );

  connection.onDocumentSymbol(
    onDocument([], ({ analysis, pos }, _d, _p: DocumentSymbolParams) => documentSymbols(analysis.doc, pos, translator(analysis.settings.locale))),
  );
  connection.onFoldingRanges(onDocument([], ({ analysis, pos }, _d, _p: FoldingRangeParams) => foldingRanges(analysis.doc, pos)));
  connection.onSelectionRanges(
    onDocument([], ({ analysis, pos }, _d, params: SelectionRangeParams) => selectionRanges(analysis.doc, pos, params.positions)),
  );

  connection.onCodeAction(
    onDocument([], ({ analysis, pos }, doc, params: CodeActionParams) => {
      const t = translator(analysis.settings.locale);
      return codeActions(analysis, pos, doc.uri, params.range, params.context.only, t).concat(
        countStatementActions(analysis.doc, pos, doc.uri, params.range, params.context.only, t, analysis.settings.numbering.mode),
      );
    }),
  );

  connection.onCompletion(
    onDocument([], ({ analysis, pos }, _d, params: CompletionParams) =>
      completions(analysis.doc, pos, params.position, analysis.settings.numbering.mode, translator(analysis.settings.locale)),
    ),
  );

  connection.languages.semanticTokens.on(onDocument({ data: [] }, ({ analysis, pos }, _d, _p: SemanticTokensParams) => semanticTokens(analysis.doc, pos)));

  // 「重新编号全文」: arguments [uri]; one WorkspaceEdit through workspace/applyEdit.
  connection.onExecuteCommand(safe({ applied: false }, async (params: ExecuteCommandParams) => {
    const uri = params.arguments?.[0];
    const doc = typeof uri === 'string' && params.command === RENUMBER_ALL_COMMAND ? documents.get(uri) : undefined;
    if (!doc) return { applied: false };
    const { analysis, pos } = await analysisOf(doc);
    const settings = analysis.settings;
    const edit = renumberAllEdit(analysis, settings, pos, doc.uri, doc.version);
    if (!edit) return { applied: false };
    const r = await connection.workspace.applyEdit({ label: translator(settings.locale)('command.renumberAll'), edit });
    return { applied: r.applied };
  }));

  // Document and range formatting (notice.format.*).
  connection.onDocumentFormatting(
    onDocument([], async ({ analysis, pos }, doc, _p: DocumentFormattingParams) => formatting(analysis.doc, pos, (await clientSettings(doc.uri)).format)),
  );
  connection.onDocumentRangeFormatting(
    onDocument([], async ({ analysis, pos }, doc, params: DocumentRangeFormattingParams) =>
      formatting(analysis.doc, pos, (await clientSettings(doc.uri)).format, params.range),
    ),
  );

  connection.onWorkspaceSymbol((params, token) => safe([], (p: WorkspaceSymbolParams) => index.symbols(p.query, documents, token))(params));

  // Count hover and code lens (`notice.codeLens.enabled`, on by default).
  connection.onHover(
    onDocument(null, ({ analysis, pos }, _d, params: HoverParams) => countHover(analysis.doc, pos, params.position, translator(analysis.settings.locale))),
  );
  connection.onCodeLens(
    onDocument([], async ({ analysis, pos }, doc, _p: CodeLensParams) =>
      (await clientSettings(doc.uri)).codeLens?.enabled === false ? [] : countCodeLenses(analysis.doc, pos, translator(analysis.settings.locale)),
    ),
  );

  // Preview, Word export and import (issue 19): the code behind them is loaded on first use.
  connection.onRequest(
    PreviewRequest,
    onDocument(null, ({ analysis, version }, doc, params) => preview(analysis, doc.uri, version, translator(analysis.settings.locale), params.findings === true)),
  );
  connection.onRequest(ExportDocxRequest, onDocument(null, ({ analysis }) => exportDocxRequest(analysis, translator(analysis.settings.locale))));
  connection.onRequest(ImportDocxRequest, (params) => importDocxRequest(params.data, translator(normalizeLocale(clientLocale))));

  documents.listen(connection);
  connection.listen();
}

// Started as a program (not imported by tests): stdio with --stdio, else IPC/pipe as the client says.
if (require.main === module) {
  startServer(createConnection(ProposedFeatures.all));
}
