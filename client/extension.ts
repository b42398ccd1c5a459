// The VS Code client: starts the language server (dist/server.js over IPC) for notice
// documents, switches recognisable .txt notices to notice mode, and offers a command to do so
// by hand.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_FILE } from '../server/config';
import { looksLikeNotice } from '../server/detect';
import { COUNT_STATEMENT_KIND } from '../server/features/kinds';
import { normalizeLocale, translator } from '../server/l10n/index';

let client: LanguageClient | undefined;

/** 生成统计句: the server's count-statement action at the cursor, else the one of the document (a pick when several). */
async function generateCountStatement(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'notice') return;
  const ask = (range: vscode.Range) =>
    vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, range, COUNT_STATEMENT_KIND);
  const here = ((await ask(editor.selection)) ?? []).filter((a) => a.edit);
  // Nothing at the cursor: the document's sections, for the writer to pick (even a single one).
  const actions = here.length > 0 ? here : ((await ask(new vscode.Range(0, 0, editor.document.lineCount, 0))) ?? []).filter((a) => a.edit);
  const pick = () => vscode.window.showQuickPick(actions.map((a) => ({ label: a.title, action: a }))).then((p) => p?.action);
  const chosen = here.length === 1 ? here[0] : actions.length > 0 ? await pick() : undefined;
  if (chosen?.edit) await vscode.workspace.applyEdit(chosen.edit);
  else if (actions.length === 0) void vscode.window.showInformationMessage(translator(normalizeLocale(vscode.env.language))('countStatement.none'));
}

function maybeSwitchTxt(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext' || !doc.fileName.toLowerCase().endsWith('.txt')) return;
  if (!vscode.workspace.getConfiguration('notice', doc.uri).get<boolean>('detectTxt', true)) return;
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 30), 0));
  if (looksLikeNotice(head)) void vscode.languages.setTextDocumentLanguage(doc, 'notice');
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('notice.switchToNoticeMode', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await vscode.languages.setTextDocumentLanguage(editor.document, 'notice');
    }),
    vscode.commands.registerCommand('notice.generateCountStatement', generateCountStatement),
    vscode.workspace.onDidOpenTextDocument(maybeSwitchTxt),
  );
  vscode.workspace.textDocuments.forEach(maybeSwitchTxt);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // vscode-vfs: the files of a virtual workspace (GitHub/Azure Repos), read from the editor
    // like unsaved ones (package.json declares virtualWorkspaces "limited").
    documentSelector: [
      { scheme: 'file', language: 'notice' },
      { scheme: 'untitled', language: 'notice' },
      { scheme: 'vscode-vfs', language: 'notice' },
    ],
    // Settings and project config files: a change re-checks open notices (no restart).
    synchronize: { configurationSection: 'notice', fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`) },
    middleware: {
      // The server's commands are registered by the client library; 「重新编号全文」 run from the
      // command palette gets the active notice as its argument.
      executeCommand: (command, args, next) => {
        if (command === 'notice.renumberAll' && args.length === 0) {
          const editor = vscode.window.activeTextEditor;
          if (!editor || editor.document.languageId !== 'notice') return undefined;
          return next(command, [editor.document.uri.toString()]);
        }
        return next(command, args);
      },
    },
  };
  const name = translator(normalizeLocale(vscode.env.language))('server.name');
  client = new LanguageClient('notice', name, serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
