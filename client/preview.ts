// Preview, Word export and Word import in the editor (issue 19). Only a client: the server
// renders the page (notice/preview) and makes or reads the .docx (notice/exportDocx,
// notice/importDocx); here commands are registered, the webview shown and kept in step with the
// editor, and files written and read through the VS Code API. The webview's script and style
// are media/preview.js and media/preview.css.
import * as vscode from 'vscode';
import { EXPORT_DOCX_REQUEST, IMPORT_DOCX_REQUEST, PREVIEW_REQUEST, type ExportResult, type ImportResult, type PreviewResult } from '../common/publish';
import type { LanguageClientHandle } from './languageClient';

/** The running language client (started on first use). */
type Client = () => Promise<LanguageClientHandle>;


const isNotice = (d: vscode.TextDocument | undefined): d is vscode.TextDocument => d?.languageId === 'notice';

/** One preview panel per notice. */
class Preview {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  /** The editor's top line the preview just asked for: its echo is not sent back (until `echoUntil`). */
  private echo: { line: number; until: number } | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    private readonly client: Client,
    media: vscode.Uri,
    onDispose: () => void,
  ) {
    const nonce = Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    const w = panel.webview;
    const asset = (name: string) => w.asWebviewUri(vscode.Uri.joinPath(media, name));
    // No remote resource, no inline script: the CSP allows the extension's own files and one nonce.
    w.html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${w.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${w.cspSource} data:; font-src ${w.cspSource};">
<link rel="stylesheet" href="${asset('preview.css')}"><style id="page-style" nonce="${nonce}"></style></head>
<body><div id="notes" hidden></div><main id="pages"></main><script nonce="${nonce}" src="${asset('preview.js')}"></script></body></html>`;
    this.disposables.push(
      w.onDidReceiveMessage((m: { type: string; line?: number }) => this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === uri.toString()) this.schedule(50);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('notice.preview')) this.schedule(0);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document.uri.toString() !== uri.toString()) return;
        const top = e.visibleRanges[0]?.start.line;
        if (top === undefined) return;
        if (this.echo && Date.now() < this.echo.until && Math.abs(top - this.echo.line) <= 1) return;
        this.echo = undefined;
        void w.postMessage({ type: 'scrollToLine', line: top });
      }),
      panel.onDidDispose(() => {
        this.disposables.forEach((d) => d.dispose());
        if (this.timer) clearTimeout(this.timer);
        onDispose();
      }),
    );
  }

  schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), ms);
  }

  private async update(): Promise<void> {
    const findings = vscode.workspace.getConfiguration('notice', this.uri).get<boolean>('preview.findings', false);
    const r = await (await this.client())
      .sendRequest<PreviewResult | null>(PREVIEW_REQUEST, { textDocument: { uri: this.uri.toString() }, findings })
      .catch(() => null);
    if (!r) return;
    this.panel.title = r.title;
    // The notice's address goes along: the webview keeps it as its state, to come back after a reload.
    await this.panel.webview.postMessage({ type: 'update', ...r, uri: this.uri.toString() });
    if (!this.ready) {
      this.ready = true;
      const top = this.editor()?.visibleRanges[0]?.start.line;
      if (top) void this.panel.webview.postMessage({ type: 'scrollToLine', line: top });
    }
  }

  private editor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
  }

  private async onMessage(m: { type: string; line?: number }): Promise<void> {
    if (m.type === 'ready') return this.schedule(0);
    if (typeof m.line !== 'number') return;
    const line = m.line;
    if (m.type === 'scrolled') {
      // The preview was scrolled: the editor follows, without echoing back.
      const editor = this.editor();
      if (!editor) return;
      this.echo = { line, until: Date.now() + 500 };
      editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    } else if (m.type === 'reveal') {
      // A click on a heading: its line, cursor at its start, in the editor beside.
      const doc = await vscode.workspace.openTextDocument(this.uri);
      const column = this.editor()?.viewColumn ?? vscode.ViewColumn.One;
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false });
      const at = new vscode.Position(line, 0);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }
}

export function registerPublishing(context: vscode.ExtensionContext, client: Client): void {
  const previews = new Map<string, Preview>();
  const media = vscode.Uri.joinPath(context.extensionUri, 'media');

  const target = (uri?: vscode.Uri): vscode.TextDocument | undefined => {
    if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const active = vscode.window.activeTextEditor?.document;
    if (isNotice(active)) return active;
    // From the preview itself: the notice it shows.
    const shown = [...previews.values()].find((p) => p.panel.active)?.uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === shown);
  };

  const webviewOptions = { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false };
  const show = (panel: vscode.WebviewPanel, uri: vscode.Uri) => {
    const key = uri.toString();
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'icon.png');
    previews.set(key, new Preview(panel, uri, client, media, () => previews.delete(key)));
  };

  const openPreview = async (beside: boolean, uri?: vscode.Uri) => {
    const doc = target(uri) ?? (uri ? await vscode.workspace.openTextDocument(uri) : undefined);
    if (!isNotice(doc)) return;
    const key = doc.uri.toString();
    const column = beside ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const open = previews.get(key);
    if (open) return open.panel.reveal(column, true);
    const name = doc.uri.path.split('/').pop() ?? '';
    const panel = vscode.window.createWebviewPanel('notice.preview', name, { viewColumn: column, preserveFocus: true }, webviewOptions);
    show(panel, doc.uri);
  };

  const exportDocx = async (uri?: vscode.Uri) => {
    const doc = target(uri) ?? (uri ? await vscode.workspace.openTextDocument(uri) : undefined);
    if (!isNotice(doc)) return;
    const r = await (await client()).sendRequest<ExportResult | null>(EXPORT_DOCX_REQUEST, { textDocument: { uri: doc.uri.toString() } });
    if (!r) return;
    const suggested = doc.isUntitled ? undefined : doc.uri.with({ path: doc.uri.path.replace(/(\.[^./]*)?$/, '.docx') });
    const out = await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { Word: ['docx'] } });
    if (!out) return;
    await vscode.workspace.fs.writeFile(out, Buffer.from(r.data, 'base64'));
    void vscode.window.showInformationMessage(r.done.replace('{file}', vscode.workspace.asRelativePath(out)));
  };

  const importDocx = async (uri?: vscode.Uri) => {
    const source = uri ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Word: ['docx'] } }))?.[0];
    if (!source) return;
    const data = Buffer.from(await vscode.workspace.fs.readFile(source)).toString('base64');
    const r = await (await client()).sendRequest<ImportResult>(IMPORT_DOCX_REQUEST, { data });
    if ('error' in r) return void vscode.window.showErrorMessage(r.error);
    // Beside the .docx, under a name no file has yet: an import never writes over a notice.
    const base = source.path.replace(/\.docx$/i, '');
    let out = source.with({ path: `${base}.notice` });
    for (let n = 2; await exists(out); n++) out = source.with({ path: `${base}-${n}.notice` });
    await vscode.workspace.fs.writeFile(out, Buffer.from(r.text, 'utf8'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(out));
    void vscode.window.showInformationMessage(r.done.replace('{file}', vscode.workspace.asRelativePath(out)));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('notice.preview.open', (uri?: vscode.Uri) => openPreview(false, uri)),
    vscode.commands.registerCommand('notice.preview.openToSide', (uri?: vscode.Uri) => openPreview(true, uri)),
    vscode.commands.registerCommand('notice.exportDocx', exportDocx),
    vscode.commands.registerCommand('notice.importDocx', importDocx),
    { dispose: () => previews.forEach((p) => p.panel.dispose()) },
    // A preview left open comes back with the window (its state is the notice's address).
    vscode.window.registerWebviewPanelSerializer('notice.preview', {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: { uri?: string } | undefined) => {
        if (!state?.uri) return panel.dispose();
        panel.webview.options = webviewOptions;
        show(panel, vscode.Uri.parse(state.uri));
      },
    }),
  );
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
