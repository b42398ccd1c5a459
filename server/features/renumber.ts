// 「重新编号全文」 (command `notice.renumberAll`): every numbering sequence of the document
// renumbered in one WorkspaceEdit, so one undo restores everything. Only marker digits change.
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../engine.js';
import { numberingModel, renumberAll } from '../model/numbering.js';
import type { PositionMapper } from '../positions.js';
import type { EngineSettings, TextEdit } from '../rules/types.js';

export const RENUMBER_ALL_COMMAND = 'notice.renumberAll';

export function renumberAllEdits(analysis: Analysis, settings: EngineSettings): TextEdit[] {
  return renumberAll(numberingModel(analysis.doc, settings.numbering.mode)).map((e) => ({ span: e.span, newText: e.newText }));
}

/** The edit for a document version; undefined when nothing needs renumbering. */
export function renumberAllEdit(
  analysis: Analysis,
  settings: EngineSettings,
  pos: PositionMapper,
  uri: string,
  version: number,
): WorkspaceEdit | undefined {
  const edits = renumberAllEdits(analysis, settings);
  if (edits.length === 0) return undefined;
  return {
    documentChanges: [
      { textDocument: { uri, version }, edits: edits.map((e) => ({ range: pos.range(e.span), newText: e.newText })) },
    ],
  };
}
