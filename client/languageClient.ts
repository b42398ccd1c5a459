// The language client proper: starts dist/server.js over IPC for the notice documents. Loaded by
// extension.ts when the first notice opens (bundled apart, as dist/languageClient.js).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_FILE } from '../common/ids';
import { SERVER_EXEC_ARGV } from '../common/serverProcess';

/** What the rest of the client uses of the language client (preview and Word requests, stop). */
export type LanguageClientHandle = Pick<LanguageClient, 'stop' | 'sendRequest'>;

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClientHandle> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
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
  const client = new LanguageClient('notice', vscode.l10n.t('Notice language server'), serverOptions, clientOptions);
  await client.start();
  return client;
}
