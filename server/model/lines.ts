// The writer's own lines: title, preamble, headings, body, closing, signature and date, in
// document order, without web-page residue and `<!-- -->` comments. Rules that look at the
// wording (placeholder, punctuation) scan these.
import type { NoticeDocument, TextSpan } from '../../grammar/index.js';

const cache = new WeakMap<NoticeDocument, TextSpan[]>();

export function writtenLines(doc: NoticeDocument): TextSpan[] {
  let lines = cache.get(doc);
  if (lines) return lines;
  const spans: TextSpan[] = doc.paragraphs.filter((p) => p.role !== 'residue').map((p) => ({ start: p.start, end: p.end, text: p.text }));
  for (const h of doc.headings) spans.push({ start: h.marker.start, end: h.lineSpan.end, text: doc.text.slice(h.marker.start, h.lineSpan.end) });
  lines = spans.sort((a, b) => a.start - b.start);
  cache.set(doc, lines);
  return lines;
}
