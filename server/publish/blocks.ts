// The notice as the document it is published as: one block per line that carries text, in
// order, with the part it plays on the page (title, heading of a level, body, signature, date).
// Built from the engine's tree; the preview, the Word export and the round-trip tests read it.
// Comments and directives never reach the page; indentation and blank lines are layout, not
// text (the page indents and spaces paragraphs itself).
import type { HeadingLevel, NoticeDocument } from '../../grammar/index.js';

export type BlockKind = 'title' | 'heading' | 'body' | 'signature' | 'date';

export interface Block {
  kind: BlockKind;
  /** For headings: 1 `一、` … 5 `①`. */
  level?: HeadingLevel;
  /** 0-based source line (for scroll sync and click-to-reveal). */
  line: number;
  /** The line's text without its indentation and trailing spaces. */
  text: string;
  /**
   * For headings: how much of `text` is the heading proper (marker, title and its sentence end);
   * the rest is body text on the same line (`（一）强化领导抓整改。成立……`).
   */
  headLength?: number;
}

const EDGE_SPACE = /^[\s\u3000\uFEFF]+|[\s\u3000]+$/g;

export function publishedBlocks(doc: NoticeDocument): Block[] {
  const { text } = doc;
  const blocks: Block[] = [];
  for (const h of doc.headings) {
    const raw = text.slice(h.lineSpan.start, h.lineSpan.end);
    const line = raw.replace(EDGE_SPACE, '');
    if (!line) continue;
    // The heading proper ends where the body on its line starts (after the sentence end).
    const lead = raw.length - raw.replace(/^[\s\u3000\uFEFF]+/, '').length;
    const headEnd = h.body ? h.body.start - h.lineSpan.start - lead : line.length;
    blocks.push({ kind: 'heading', level: h.level, line: h.line, text: line, headLength: Math.max(0, Math.min(line.length, headEnd)) });
  }
  for (const p of doc.paragraphs) {
    const start = doc.lineStarts[p.line];
    const end = p.line + 1 < doc.lineStarts.length ? doc.lineStarts[p.line + 1] : text.length;
    const line = text.slice(start, end).replace(/\r?\n$|\r$/, '').replace(EDGE_SPACE, '');
    if (!line) continue;
    const kind: BlockKind = p.role === 'title' ? 'title' : p.role === 'signature' ? 'signature' : p.role === 'date' ? 'date' : 'body';
    blocks.push({ kind, line: p.line, text: line });
  }
  return blocks.sort((a, b) => a.line - b.line);
}

/** The text a published document carries: the blocks' text, one paragraph a line. */
export function publishedText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n');
}
