// Folding: every heading's section (sections, items), and a run of web-page residue.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { NoticeDocument } from '../../grammar/index.js';
import type { PositionMapper } from '../positions.js';

export function foldingRanges(doc: NoticeDocument, pos: PositionMapper): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const h of doc.headings) {
    const start = pos.positionAt(h.section.start).line;
    const end = pos.positionAt(h.section.end).line;
    if (end > start) out.push({ startLine: start, endLine: end });
  }
  // Consecutive comment lines fold as a comment block.
  let runStart = -1;
  let prev = -2;
  for (const c of [...doc.comments, { line: Number.MAX_SAFE_INTEGER }]) {
    if (c.line !== prev + 1) {
      if (runStart >= 0 && prev > runStart) out.push({ startLine: runStart, endLine: prev, kind: FoldingRangeKind.Comment });
      runStart = c.line;
    }
    prev = c.line;
  }
  return out;
}
