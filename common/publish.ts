// The preview and Word requests (issue 19), as the client sends them and the server answers
// them: one declaration of their names and shapes for both sides. Free of imports (see ids.ts).

/** notice/preview: the page of a notice as it will be printed. */
export const PREVIEW_REQUEST = 'notice/preview';
/** notice/exportDocx: the notice as a .docx. */
export const EXPORT_DOCX_REQUEST = 'notice/exportDocx';
/** notice/importDocx: a .docx read back into notice text. */
export const IMPORT_DOCX_REQUEST = 'notice/importDocx';

export interface PreviewParams {
  textDocument: { uri: string };
  /** Show the findings in the margin (`notice.preview.findings`). */
  findings?: boolean;
}

/** The page rendered by the server (server/publish/preview.ts). */
export interface Preview {
  /** The pages, for the webview's body (no script, no inline style: the CSP allows neither). */
  html: string;
  /** The page's style: geometry and the font stacks (put in a `<style nonce>` by the client). */
  css: string;
  /** Each part's face names, standard first, for the webview to say which one it found. */
  faces: { part: string; standard: string; stack: string[] }[];
  /** The message for a missing standard face: `{standard}`, `{part}`, `{used}` to fill. */
  fontMissing: string;
  /** What `{used}` says when no face of the stack is installed. */
  defaultFace: string;
  /** Between the parts that share a missing face (`正文、三级标题`). */
  partSeparator: string;
}

export interface PreviewResult extends Preview {
  version: number;
  /** The panel's title: 预览 + the file name. */
  title: string;
}

export interface ExportParams {
  textDocument: { uri: string };
}
export interface ExportResult {
  /** The .docx, base64. */
  data: string;
  /** The message once written, `{file}` to fill. */
  done: string;
}

export interface ImportParams {
  /** The .docx, base64. */
  data: string;
}
export type ImportResult = { text: string; done: string } | { error: string };
