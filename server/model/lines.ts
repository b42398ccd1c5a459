// The writer's own lines: title, preamble, headings, body, closing, signature and date, in
// document order, without web-page residue and `<!-- -->` comments. Rules that look at the
// wording (placeholder, punctuation) scan these.
import type { NoticeDocument, Span } from '../../grammar/index.js';
import { memo } from './memo.js';

/** The written lines: the tree's own paragraph and heading objects (a heading's span is its line from the marker). */
export function writtenLines(doc: NoticeDocument): readonly Span[] {
  return memo(doc, 'writtenLines', () => {
    // Headings and paragraphs each come in text order: merged, not sorted.
    const { headings, paragraphs } = doc;
    const lines: Span[] = [];
    let h = 0;
    for (const p of paragraphs) {
      if (p.role === 'residue') continue;
      while (h < headings.length && headings[h].start < p.start) lines.push(headings[h++]);
      lines.push(p);
    }
    while (h < headings.length) lines.push(headings[h++]);
    return lines;
  });
}

/**
 * The indexes in `lines` (writtenLines: sorted, apart) of the lines that hold one of `strings`,
 * in order. Each string is searched for in the whole text with `indexOf` (several times faster
 * than a regex or a test per line: most lines hold none of them).
 */
export function linesHolding(text: string, lines: readonly Span[], strings: readonly string[]): number[] {
  const holding: boolean[] = new Array(lines.length).fill(false);
  for (const s of strings) {
    let k = 0;
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      // The first line ending after the match: the match is in it, or in no line.
      while (k < lines.length && lines[k].end < at + s.length) k++;
      if (k === lines.length) break;
      if (lines[k].start <= at) holding[k] = true;
    }
  }
  const out: number[] = [];
  holding.forEach((yes, k) => yes && out.push(k));
  return out;
}
