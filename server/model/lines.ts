// The writer's own lines: title, preamble, headings, body, closing, signature and date, in
// document order, without web-page residue and `<!-- -->` comments. Rules that look at the
// wording (placeholder, punctuation) scan these.
import type { NoticeDocument, TextSpan } from '../../grammar/index.js';
import { memo } from './memo.js';

export function writtenLines(doc: NoticeDocument): TextSpan[] {
  return memo(doc, 'writtenLines', () => readWrittenLines(doc));
}

function readWrittenLines(doc: NoticeDocument): TextSpan[] {
  // Paragraphs and headings are each in document order: merged, not sorted.
  const { paragraphs, headings, text } = doc;
  const lines: TextSpan[] = [];
  let h = 0;
  for (const p of paragraphs) {
    while (h < headings.length && headings[h].marker.start < p.start) lines.push(headingLine(text, headings[h++]));
    if (p.role !== 'residue') lines.push({ start: p.start, end: p.end, text: p.text });
  }
  while (h < headings.length) lines.push(headingLine(text, headings[h++]));
  return lines;
}

function headingLine(text: string, h: NoticeDocument['headings'][number]): TextSpan {
  return { start: h.marker.start, end: h.lineSpan.end, text: text.slice(h.marker.start, h.lineSpan.end) };
}

/**
 * The indexes in `lines` (writtenLines: in order, each one `text.slice(start, end)`) of the
 * lines that hold one of `chars` (single characters), in order. For characters most lines lack:
 * one indexOf per character over the whole text is several times faster than a regex test per
 * line or over the text (indexOf skips text with a memchr).
 */
export function linesHolding(text: string, lines: TextSpan[], chars: readonly string[]): number[] {
  const hits: number[] = [];
  for (const c of chars) for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) hits.push(i);
  const out: number[] = [];
  if (hits.length === 0) return out;
  hits.sort((a, b) => a - b);
  let k = 0;
  for (const at of hits) {
    while (k < lines.length && lines[k].end <= at) k++;
    if (k === lines.length) break;
    if (lines[k].start <= at && out[out.length - 1] !== k) out.push(k);
  }
  return out;
}
