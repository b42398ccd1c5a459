// The writer's own lines: title, preamble, headings, body, closing, signature and date, in
// document order, without web-page residue and `<!-- -->` comments. Rules that look at the
// wording (placeholder, punctuation) scan these.
import type { NoticeDocument, Span } from '../../grammar/index.js';
import { memo } from './memo.js';

/**
 * The written lines: the tree's own paragraph and heading objects (a heading's span is its
 * line from the marker), no copies; their text is `doc.text.slice(start, end)`, which the rules
 * read in place (most lines need no string of their own).
 */
export function writtenLines(doc: NoticeDocument): readonly Span[] {
  return memo(doc, 'writtenLines', () => readWrittenLines(doc));
}

function readWrittenLines(doc: NoticeDocument): Span[] {
  // Paragraphs and headings are each in document order: merged, not sorted.
  const { paragraphs, headings } = doc;
  // Exact size (residue paragraphs are all in doc.residue): no growth copies.
  const lines = new Array<Span>(paragraphs.length - doc.residue.length + headings.length);
  let n = 0;
  let h = 0;
  for (const p of paragraphs) {
    while (h < headings.length && headings[h].start < p.start) lines[n++] = headings[h++];
    if (p.role !== 'residue') lines[n++] = p;
  }
  while (h < headings.length) lines[n++] = headings[h++];
  lines.length = n; // (a no-op while the count above holds)
  return lines;
}

/**
 * The indexes in `lines` (writtenLines: in order, apart) of the lines that hold one of `chars`
 * (single characters), in order. For characters most lines lack: one indexOf per character
 * over the whole text is several times faster than a regex test per line or over the text
 * (indexOf skips text with a memchr); each hit's line is found by bisection, and the search
 * goes on after it (one hit per line is enough).
 */
export function linesHolding(text: string, lines: readonly Span[], chars: readonly string[]): number[] {
  const out: number[] = [];
  if (lines.length === 0) return out;
  for (const c of chars) {
    let i = text.indexOf(c);
    while (i >= 0) {
      // The last line starting at or before i (the first line when none does).
      let lo = 0;
      let hi = lines.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lines[mid].start <= i) lo = mid;
        else hi = mid - 1;
      }
      const line = lines[lo];
      if (i < line.start) i = text.indexOf(c, line.start);
      else if (i < line.end) {
        out.push(lo);
        i = text.indexOf(c, line.end);
      } else if (lo + 1 < lines.length) i = text.indexOf(c, lines[lo + 1].start);
      else break;
    }
  }
  if (chars.length > 1 && out.length > 1) {
    // Several characters: their lines in order, each once.
    out.sort((a, b) => a - b);
    let n = 1;
    for (let k = 1; k < out.length; k++) if (out[k] !== out[n - 1]) out[n++] = out[k];
    out.length = n;
  }
  return out;
}
