// Offsets in the tree <-> LSP positions (0-based lines, UTF-16 columns: JavaScript strings
// are UTF-16 already, so a column is an offset difference).
import type { Position, Range } from 'vscode-languageserver-types';
import type { Span } from '../grammar/index.js';

/** The 0-based line that holds `offset` (binary search over the line starts). */
export function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class PositionMapper {
  constructor(
    private readonly text: string,
    private readonly lineStarts: number[],
  ) {}

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = lineAt(this.lineStarts, o);
    return { line, character: o - this.lineStarts[line] };
  }

  /**
   * positionAt for an offset expected on `line` (a heading's line, say): no search when it is
   * there, the search as usual when not.
   */
  positionOnLine(line: number, offset: number): Position {
    const starts = this.lineStarts;
    if (line >= 0 && line < starts.length && offset >= starts[line] && (line + 1 === starts.length || offset < starts[line + 1]) && offset <= this.text.length) {
      return { line, character: offset - starts[line] };
    }
    return this.positionAt(offset);
  }

  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[p.line];
    const next = p.line + 1 < this.lineStarts.length ? this.lineStarts[p.line + 1] : this.text.length;
    // Never past the line's own break.
    let lineEnd = next;
    while (lineEnd > start && (this.text[lineEnd - 1] === '\n' || this.text[lineEnd - 1] === '\r')) lineEnd--;
    return Math.min(start + Math.max(0, p.character), lineEnd);
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
