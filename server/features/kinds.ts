// Ids shared by the server and the VS Code client (kept free of imports so the client bundle stays small).

/** The code-action kind of 统计句生成 (the client's `notice.generateCountStatement` asks for it). */
export const COUNT_STATEMENT_KIND = 'refactor.rewrite.countStatement';
