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
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  MessageType,
  ResponseError,
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
  type WorkspaceSymbol,
  type InitializeResult,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type DidChangeWatchedFilesParams,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, snapshot } from './documents.js';
import { RULES_MAX_CHARS } from './engine.js';
import { codeActions, FIX_ALL_KIND, resolveCodeAction, type QuickFixData } from './features/codeActions.js';
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
import { CancelledError, WorkspaceIndex } from './workspaceIndex.js';
import { headingSymbols, matchingSymbols } from './features/workspaceSymbols.js';
import { CONFIG_FILE } from './config.js';
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
  let resolveActions = false;
  let watchFiles = false;
  let progressSupport = false;
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
      // Kept for open documents only: a closed one leaves nothing behind.
      if (documents.get(uri)) settingsCache.set(uri, p);
    }
    return p;
  };

  // A cancelled request ($/cancelRequest) answers RequestCancelled, checked between the steps
  // of every request that can take long; the analysis itself is one step.
  const cancelledError = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
  const check = (token?: CancellationToken) => {
    if (token?.isCancellationRequested) throw cancelledError();
  };
  // Two turns of the event loop: the JSON-RPC reader hands a message read in one turn to the
  // connection in an immediate of its own, so one turn is not always enough to see a cancel.
  const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

  // Very large documents: rules skipped (said once per document), diagnostics less often.
  const toldTooLarge = new Set<string>();
  const analysisOf = async (doc: TextDocument, token?: CancellationToken) => {
    const snap = snapshot(doc); // answer for the version the request was about
    const settings = engineSettings(await clientSettings(doc.uri), doc.uri);
    check(token);
    // Before and after a long analysis, let a cancellation that is on its way arrive (the
    // analysis itself runs in one go: the messages wait for it).
    const long = token !== undefined && snap.getText().length > 20_000 && !cache.has(snap, settings);
    if (long) {
      await yieldToLoop();
      check(token);
    }
    const entry = cache.get(snap, settings);
    if (long) {
      await yieldToLoop();
      check(token);
    }
    const skipped = entry.analysis.rulesSkipped;
    if (skipped && !toldTooLarge.has(doc.uri) && documents.get(doc.uri)) {
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
  /** A handler that answers `fallback` (and logs) instead of failing when it throws; a cancellation answers RequestCancelled. */
  const safe =
    <P, R>(fallback: R, handler: (params: P, token?: CancellationToken) => Promise<R> | R) =>
    async (params: P, token?: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        if (e instanceof CancelledError) throw cancelledError();
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
    <P extends { textDocument: { uri: string } }, R>(
      fallback: R,
      handler: (a: Analysed, doc: TextDocument, params: P, token?: CancellationToken) => Promise<R> | R,
    ) =>
    safe(fallback, async (params: P, token?: CancellationToken): Promise<R> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return fallback;
      const analysed = await analysisOf(doc, token);
      check(token);
      const result = await handler(analysed, doc, params, token);
      check(token);
      return result;
    });
  // A bug anywhere must never take the server down: log and carry on.
  process.on('uncaughtException', (e) => logError(`uncaught ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => logError(`unhandled ${String(e)}`));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale;
    hasConfiguration = params.capabilities.workspace?.configuration === true;
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    lensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    // VS Code resolves a code action's edit when the writer picks it: the list stays cheap.
    resolveActions = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    progressSupport = params.capabilities.window?.workDoneProgress === true;
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
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND, COUNT_STATEMENT_KIND], resolveProvider: resolveActions },
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
    // The workspace index follows the notice files on disk from the editor's file events.
    if (watchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.notice' }, { globPattern: '**/*.txt' }] })
        .catch(() => undefined);
    }
    // Built in the background from the start, so the first Go to Symbol in Workspace finds it ready.
    const t = translator(normalizeLocale(clientLocale));
    void index
      .start(async () => {
        if (!progressSupport) return undefined;
        const bar = await connection.window.createWorkDoneProgress();
        return {
          begin: (total) => bar.begin(t('index.progress'), 0, t('index.progressCount', { done: 0, total })),
          report: (done, total) => bar.report(Math.floor((100 * done) / total), t('index.progressCount', { done, total })),
          done: () => bar.done(),
        };
      })
      .catch((e) => logError(`index: ${String(e)}`));
  });

  /** Push diagnostics for the document's current version; drop the result if it went stale. */
  const publish = async (doc: TextDocument) => {
    const { analysis, pos, version } = await analysisOf(doc);
    const current = documents.get(doc.uri);
    if (!current || current.version !== version) return;
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: toDiagnostics(analysis, pos, doc.uri) });
  };

  /** Publish the document's diagnostics after the typing pause (`debounceMs`), or at once when it has just been opened. */
  const schedule = async (doc: TextDocument, opened = false) => {
    if (pullDiagnostics) return; // the client asks when it wants them
    const size = doc.getText().length;
    const typing = opened ? 0 : ((await clientSettings(doc.uri)).diagnostics?.debounceMs ?? 200);
    const debounce = Math.max(0, typing, size > RULES_MAX_CHARS ? size / 10_000 : 0);
    // Closed (or closed and opened again) while the settings were on their way: nothing to schedule.
    if (documents.get(doc.uri) !== doc) return;
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

  // TextDocuments fires onDidChangeContent for an opened document too, right after onDidOpen:
  // that first content is checked at once.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    cache.open(e.document.uri);
    justOpened.add(e.document.uri);
  });
  documents.onDidChangeContent((e) => void schedule(e.document, justOpened.delete(e.document.uri)));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    cache.delete(e.document.uri);
    toldTooLarge.delete(e.document.uri);
    justOpened.delete(e.document.uri);
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
  connection.onDidChangeWatchedFiles((params: DidChangeWatchedFilesParams) => {
    let config = false;
    for (const c of params.changes ?? []) {
      if (c.uri.endsWith(`/${CONFIG_FILE}`)) config = true;
      else index.fileChanged(c.uri, c.type);
    }
    if (config) recheckAll();
  });

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
    onDocument([], ({ analysis, pos, version }, doc, params: CodeActionParams, token) => {
      const t = translator(analysis.settings.locale);
      const options = { resolve: resolveActions, version, cancelled: () => token?.isCancellationRequested === true };
      const actions = codeActions(analysis, pos, doc.uri, params.range, params.context.only, t, options);
      check(token);
      return actions.concat(countStatementActions(analysis.doc, pos, doc.uri, params.range, params.context.only, t, analysis.settings.numbering.mode));
    }),
  );
  // The edits of the quick fix the writer picked, for the version it was offered on.
  connection.onCodeActionResolve(
    safe<CodeAction, CodeAction>({ title: '' }, async (action: CodeAction, token?: CancellationToken) => {
      const data = action.data as QuickFixData | undefined;
      const doc = data && typeof data.uri === 'string' ? documents.get(data.uri) : undefined;
      if (!doc || doc.version !== data?.version) return action;
      const { analysis, pos } = await analysisOf(doc, token);
      check(token);
      return resolveCodeAction(action, analysis, pos);
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

  // Open notices from the editor's text (their cached analysis), the others from the index.
  connection.onWorkspaceSymbol(
    safe([], async (p: WorkspaceSymbolParams, token?: CancellationToken) => {
      const open: WorkspaceSymbol[] = [];
      const seen = new Set<string>();
      for (const d of documents.all()) {
        check(token);
        if (d.languageId !== 'notice' && !d.uri.endsWith('.notice')) continue;
        const { analysis, pos } = await analysisOf(d, token);
        matchingSymbols(d.uri, headingSymbols(analysis.doc, pos), p.query, open);
        seen.add(d.uri);
      }
      // Without file events the index is walked again now and then (answers come from the last pass).
      if (!watchFiles) index.refreshIfOlderThan(60_000);
      return open.concat(await index.symbols(p.query, seen, token));
    }),
  );

  // What the server holds (for tests and troubleshooting): every count follows the open documents.
  connection.onRequest('notice/state', () => ({
    documents: documents.all().length,
    analyses: cache.size,
    settings: settingsCache.size,
    timers: timers.size,
    toldTooLarge: toldTooLarge.size,
    indexedFiles: index.size,
  }));

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
