// The writer's own lines: title, preamble, headings, body, closing, signature and date, in
// document order, without web-page residue and `<!-- -->` comments. Rules that look at the
// wording (placeholder, punctuation) scan these.
import type { NoticeDocument, Span } from '../../grammar/index.js';
import { memo } from './memo.js';

/** The written lines: the tree's own paragraph and heading objects (a heading's span is its line from the marker). */
export function writtenLines(doc: NoticeDocument): readonly Span[] {
  return memo(doc, 'writtenLines', () => {
    const lines: Span[] = [...doc.headings, ...doc.paragraphs.filter((p) => p.role !== 'residue')];
    return lines.sort((a, b) => a.start - b.start);
  });
}

/** The indexes in `lines` (writtenLines) of the lines that hold one of `chars`, in order. */
export function linesHolding(text: string, lines: readonly Span[], chars: readonly string[]): number[] {
  const out: number[] = [];
  lines.forEach((line, k) => {
    const s = text.slice(line.start, line.end);
    if (chars.some((c) => s.includes(c))) out.push(k);
  });
  return out;
}
