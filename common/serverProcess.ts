// How the language server's Node process is started: by the VS Code client (client/languageClient.ts)
// and, from this same constant, by the LSP tests and the benchmark (test/lsp/client.ts), so that
// what they measure is what the editor runs. Free of imports, like the rest of common/.

/**
 * V8 flags for the server: a young generation of 2 × 8 MB (not 16), and an old generation that
 * grows 30% past what the last full collection kept (V8 allows up to 4× when it allocates as
 * fast as an analysis does). Every keystroke's analysis of a long notice is garbage by the next
 * one; with V8's defaults the server held the 16× notice at ~210 MB, with these ~130 MB
 * (docs/performance.md, "Memory").
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=8', '--heap-growing-percent=30'];
