// Smart selection: the word-ish run → the title or field value → the line → each enclosing
// section, outwards to the whole document.
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { NoticeDocument, Span } from '../../grammar/index.js';
import type { PositionMapper } from '../positions.js';

const contains = (s: Span, o: number) => s.start <= o && o <= s.end;

export function selectionRanges(doc: NoticeDocument, pos: PositionMapper, positions: Position[]): SelectionRange[] {
  return positions.map((p) => {
    const offset = pos.offsetAt(p);
    const spans: Span[] = [];
    const heading = [...doc.headings].reverse().find((h) => contains({ start: h.lineSpan.start, end: h.end }, offset));
    const paragraph = doc.paragraphs.find((q) => contains(q, offset));
    if (heading) {
      for (const s of [heading.marker, heading.title, heading.body]) if (s && contains(s, offset)) spans.push(s);
      spans.push({ start: heading.start, end: heading.end });
    } else if (paragraph) {
      if (paragraph.field) {
        if (contains(paragraph.field.label, offset)) spans.push(paragraph.field.label);
        else if (contains(paragraph.field.value, offset)) spans.push(paragraph.field.value);
      }
      spans.push(paragraph);
    }
    // Enclosing sections, innermost first.
    const enclosing = doc.headings
      .filter((h) => contains(h.section, offset))
      .sort((a, b) => a.section.end - a.section.start - (b.section.end - b.section.start));
    for (const h of enclosing) spans.push(h.section);
    spans.push({ start: 0, end: doc.text.length });
    // Build the chain outwards, dropping spans that do not grow.
    let result: SelectionRange | undefined;
    const chain: Span[] = [];
    for (const s of spans) {
      const last = chain[chain.length - 1];
      if (last && !(s.start <= last.start && s.end >= last.end && (s.start < last.start || s.end > last.end))) continue;
      chain.push(s);
    }
    for (const s of chain.reverse()) result = { range: pos.range(s), parent: result };
    return result ?? { range: { start: p, end: p } };
  });
}
