// What the VS Code client and the language server must agree on. Free of imports, as is all of
// common/: the client bundle (dist/extension.js) takes nothing else from outside client/.

/** The project config file, looked for in the notice's folder and above (server/config.ts reads it; the client watches it). */
export const CONFIG_FILE = '.noticerc.json';

/** The code-action kind of 统计句生成 (the client's `notice.generateCountStatement` asks for it). */
export const COUNT_STATEMENT_KIND = 'refactor.rewrite.countStatement';
