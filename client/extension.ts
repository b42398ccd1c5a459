// The VS Code client: switches recognisable .txt notices to notice mode, offers the commands,
// and starts the language server once a notice is open — a .txt that is not a notice starts
// nothing. The language client library (a third of a megabyte) is loaded only then, from
// dist/languageClient.js: this file, activated by every plain-text file, stays a few KB.
import * as vscode from 'vscode';
import { looksLikeNotice } from '../common/detect';
import { COUNT_STATEMENT_KIND } from '../common/ids';
import type { LanguageClientHandle } from './languageClient';
import { registerPublishing } from './preview';

let client: Promise<LanguageClientHandle> | undefined;

/** Starts the language client for the notices, once; the running client. */
function startServer(context: vscode.ExtensionContext): Promise<LanguageClientHandle> {
  client ??= (async () => {
    const { startLanguageClient } = require(context.asAbsolutePath('dist/languageClient.js')) as typeof import('./languageClient');
    return startLanguageClient(context);
  })();
  return client;
}

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
  else if (actions.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('No problems section here needs a count statement.'));
}

/** A .txt whose first lines are a notice's becomes a notice (VS Code then reopens it as one). */
function maybeSwitchTxt(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext' || !doc.fileName.toLowerCase().endsWith('.txt')) return;
  if (!vscode.workspace.getConfiguration('notice', doc.uri).get<boolean>('detectTxt', true)) return;
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 30), 0));
  if (looksLikeNotice(head)) void vscode.languages.setTextDocumentLanguage(doc, 'notice');
}

export function activate(context: vscode.ExtensionContext): void {
  const opened = (doc: vscode.TextDocument) => {
    if (doc.languageId === 'notice') startServer(context);
    else maybeSwitchTxt(doc);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('notice.switchToNoticeMode', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await vscode.languages.setTextDocumentLanguage(editor.document, 'notice');
    }),
    vscode.commands.registerCommand('notice.generateCountStatement', generateCountStatement),
    vscode.workspace.onDidOpenTextDocument(opened),
  );
  vscode.workspace.textDocuments.forEach(opened);
  // Preview, Word export and import (client/preview.ts): an import from Word may start the server.
  registerPublishing(context, () => startServer(context));
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await (await running)?.stop();
}
