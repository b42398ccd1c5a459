// The preview of a notice as its printed page: HTML built from the engine's tree (blocks.ts),
// laid out as GB/T 9704 lays out a 公文 (layout.ts) — A4 pages of 22 lines × 28 characters, the
// title centred in 小标宋 2号, the body in 仿宋 3号 indented two characters, headings in the faces
// of their level, signature and date at the right, page numbers `— N —` at the outer edge.
// Page breaks follow the same count of lines and characters as Word's grid (an estimate: the
// browser's fonts set the real line ends). The client shows the HTML in a webview; every block
// carries its source line (data-line) for scroll sync and click-to-reveal.
// Loaded only when used: bundled apart (dist/publish/preview.js).
import type { Preview } from '../../common/publish.js';
import type { NoticeDocument } from '../../grammar/index.js';
import type { Translator } from '../l10n/index.js';
import { publishedBlocks, type Block } from './blocks.js';
import {
  BODY_PT,
  CHARS_PER_LINE,
  closingIndents,
  FACES,
  headingFace,
  LATIN_FACE,
  LINE_PT,
  LINES_PER_PAGE,
  MARGIN_MM,
  PAGE_MM,
  PAGE_NUMBER_GAP_MM,
  PAGE_NUMBER_PT,
  TITLE_PT,
  widthInChars,
  type Face,
} from './layout.js';

/** A finding to show in the margin beside the block of its line. */
export interface MarginNote {
  line: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
}


const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const TITLE_LINE_PT = LINE_PT * 1.25;
/** Title characters a line holds: 22 pt characters across the 28 × 16 pt line. */
const TITLE_CHARS = Math.floor((CHARS_PER_LINE * BODY_PT) / TITLE_PT);

/** The block's class on the page. */
function classOf(b: Block): string {
  if (b.kind === 'heading') return `h h${b.level}`;
  return b.kind;
}

/** The grid lines a block of `width` characters takes (a title line is 1¼ grid lines high). */
function linesOf(b: Block, width: number, continued: boolean): number {
  if (b.kind === 'title') return Math.max(1, Math.ceil(width / TITLE_CHARS)) * 1.25;
  if (b.kind === 'signature' || b.kind === 'date') return 1;
  return Math.max(1, Math.ceil(((continued ? 0 : 2) + width) / CHARS_PER_LINE));
}

/** From `from`, the longest run of `text` that fills `lines` lines after `indent` characters: its end and width. */
function cutAt(text: string, from: number, indent: number, lines: number): { end: number; width: number } {
  const room = lines * CHARS_PER_LINE - indent;
  let width = 0;
  let i = from;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const w = code < 0x2000 ? 0.5 : 1;
    if (width + w > room) break;
    width += w;
    i += code > 0xffff ? 2 : 1;
  }
  return { end: i, width };
}

interface Piece {
  block: Block;
  /** Offsets into block.text. */
  from: number;
  to: number;
  spaceBefore: number;
}

/**
 * Blocks into pages of 22 lines; a paragraph that does not fit goes on over the page break, as
 * in Word. Linear in the text: each block's width is measured once and consumed as it is cut.
 */
function paginate(blocks: Block[]): Piece[][] {
  const pages: Piece[][] = [[]];
  let used = 0;
  const firstClosing = blocks.findIndex((b) => b.kind === 'signature' || b.kind === 'date');
  const lastTitle = blocks.map((b) => b.kind).lastIndexOf('title');
  blocks.forEach((block, i) => {
    let spaceBefore = i === firstClosing && i > 0 ? 1 : 0;
    const spaceAfter = i === lastTitle ? 1 : 0;
    let from = 0;
    let width = widthInChars(block.text);
    for (;;) {
      const continued = from > 0;
      const need = spaceBefore + linesOf(block, width, continued);
      const free = LINES_PER_PAGE - used;
      if (need <= free) {
        pages[pages.length - 1].push({ block, from, to: block.text.length, spaceBefore });
        used += need + spaceAfter;
        break;
      }
      // Split body text across the break; titles and closing lines move whole.
      const fits = Math.floor(free - spaceBefore);
      const splittable = (block.kind === 'body' || block.kind === 'heading') && fits >= 1;
      const cut = splittable ? cutAt(block.text, from, continued ? 0 : 2, fits) : { end: from, width: 0 };
      if (cut.end > from && cut.end < block.text.length) {
        pages[pages.length - 1].push({ block, from, to: cut.end, spaceBefore });
        from = cut.end;
        width -= cut.width;
      } else if (used === 0) {
        // Taller than a page (a very long title): it stays, the page overflows.
        pages[pages.length - 1].push({ block, from, to: block.text.length, spaceBefore });
        used += need;
        break;
      }
      pages.push([]);
      used = 0;
      spaceBefore = 0;
    }
  });
  return pages;
}

function pieceHtml(p: Piece, indents: { signature: number; date: number }, notes: Map<number, MarginNote[]>): string {
  const { block } = p;
  const classes = [classOf(block)];
  if (p.from > 0) classes.push('cont');
  if (p.to < block.text.length) classes.push('split');
  if (p.spaceBefore) classes.push('gap');
  if (block.kind === 'signature') classes.push(`ri${indents.signature * 2}`);
  if (block.kind === 'date') classes.push(`ri${indents.date * 2}`);
  let inner: string;
  if (block.kind === 'heading') {
    const head = block.headLength ?? block.text.length;
    const a = block.text.slice(p.from, Math.max(p.from, Math.min(p.to, head)));
    const b = block.text.slice(Math.max(p.from, head), p.to);
    inner = (a ? `<span class="head">${esc(a)}</span>` : '') + (b ? `<span class="rest">${esc(b)}</span>` : '');
  } else {
    inner = esc(block.text.slice(p.from, p.to));
  }
  const margin = p.from === 0 ? (notes.get(block.line) ?? []) : [];
  const aside = margin.map((n) => `<span class="note ${n.severity}">${esc(n.message)}</span>`).join('');
  // The notes first: set aside in the margin, they stand level with the paragraph's first line.
  return `<p class="${classes.join(' ')}" data-line="${block.line}">${aside ? `<span class="notes">${aside}</span>` : ''}${inner}</p>`;
}

const stack = (face: Face) => [...FACES[face].stack.map((n) => `"${n}"`), FACES[face].generic].join(', ');

/** The page geometry and faces as CSS (no remote resource: only names of installed fonts). */
function css(): string {
  const latin = `"${LATIN_FACE}"`;
  const rules = [
    `:root { --page-w: ${PAGE_MM.width}mm; --page-h: ${PAGE_MM.height}mm; --m-top: ${MARGIN_MM.top}mm; --m-bottom: ${MARGIN_MM.bottom}mm; --m-left: ${MARGIN_MM.left}mm; --m-right: ${MARGIN_MM.right}mm; --body: ${BODY_PT}pt; --line: ${LINE_PT}pt; --title: ${TITLE_PT}pt; --folio: ${PAGE_NUMBER_PT}pt; --folio-gap: ${PAGE_NUMBER_GAP_MM}mm; --chars: ${CHARS_PER_LINE}; }`,
    `.page { font-family: ${latin}, ${stack('body')}; }`,
    `.title { font-family: ${latin}, ${stack('title')}; }`,
    ...([1, 2, 3, 4] as const).map((l) => `.h${l} .head { font-family: ${latin}, ${stack(headingFace(l))};${FACES[headingFace(l)].bold ? ' font-weight: bold;' : ''} }`),
    `.folio { font-family: ${latin}, ${stack('pageNumber')}; }`,
    // Right indents of the signature and the date, in half characters.
    ...Array.from({ length: 57 }, (_, i) => `.ri${i} { padding-right: ${i / 2}em; }`),
  ];
  return rules.join('\n');
}

/** The preview of a notice; `findings` in the margin when given. */
export function renderPreview(doc: NoticeDocument, t: Translator, findings: MarginNote[] = []): Preview {
  const blocks = publishedBlocks(doc);
  const indents = closingIndents(
    blocks.filter((b) => b.kind === 'signature').map((b) => b.text),
    blocks.find((b) => b.kind === 'date')?.text,
  );
  const notes = new Map<number, MarginNote[]>();
  // A finding on a line without text (a comment, a blank line) goes to the next block.
  const lines = blocks.map((b) => b.line);
  for (const f of findings) {
    const at = lines.find((l) => l >= f.line);
    if (at === undefined) continue;
    const list = notes.get(at) ?? [];
    list.push(f);
    notes.set(at, list);
  }
  const pages = paginate(blocks);
  const html = pages
    .map((pieces, i) => {
      const n = i + 1;
      const side = n % 2 === 1 ? 'odd' : 'even';
      const body = pieces.map((p) => pieceHtml(p, indents, notes)).join('');
      return `<section class="page ${side}" data-page="${n}" aria-label="${esc(t('publish.page', { n }))}"><div class="type-area">${body}</div><div class="folio">— ${n} —</div></section>`;
    })
    .join('');
  const parts: [Face, string][] = [
    ['title', t('publish.part.title')],
    ['body', t('publish.part.body')],
    ['heading1', t('publish.part.heading1')],
    ['heading2', t('publish.part.heading2')],
    ['heading3', t('publish.part.heading3')],
  ];
  return {
    html,
    css: css(),
    faces: parts.map(([face, part]) => ({ part, standard: FACES[face].standard, stack: FACES[face].stack })),
    fontMissing: t('publish.fontMissing', { standard: '{standard}', part: '{part}', used: '{used}' }),
    defaultFace: t('publish.defaultFace'),
    partSeparator: t('publish.partSeparator'),
  };
}
