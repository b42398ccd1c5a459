// Export to Word in 公文 format (GB/T 9704-2012) with the `docx` package: A4 and the standard
// margins, 22 lines × 28 characters (exact 28 pt lines on a line-and-character grid), the
// title in 小标宋 2号 centred, body in 仿宋_GB2312 3号 indented two characters, headings in the
// faces of their level as Word heading styles (Word's navigation pane shows the outline), page
// numbers `— N —` at the outer bottom edge, signature and date as 7.3.5.2 places them. The text
// is exactly the published text (blocks.ts): the markers stay written, never Word numbering.
// Loaded only when used: bundled apart (dist/publish/export.js).
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel as WordHeading,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphStyleOptions,
  type IRunOptions,
} from 'docx';
import type { NoticeDocument } from '../../grammar/index.js';
import { publishedBlocks, type Block } from './blocks.js';
import {
  BODY_PT,
  CHARS_PER_LINE,
  closingIndents,
  FACES,
  headingFace,
  LATIN_FACE,
  LINE_PT,
  MARGIN_MM,
  PAGE_MM,
  PAGE_NUMBER_GAP_MM,
  PAGE_NUMBER_PT,
  TITLE_PT,
  TYPE_AREA_MM,
  type Face,
} from './layout.js';

const TWIPS_PER_PT = 20;
const LINE = LINE_PT * TWIPS_PER_PT;
const CHAR = BODY_PT * TWIPS_PER_PT;
const exact = (lines = 1) => ({ line: LINE * lines, lineRule: LineRuleType.EXACT });

/** Word's font attributes for a face: the Chinese face, Times New Roman for Latin text and digits. */
const font = (face: Face) => ({ eastAsia: FACES[face].standard, ascii: LATIN_FACE, hAnsi: LATIN_FACE, cs: LATIN_FACE });
const run = (face: Face, size: number): IRunOptions => ({ font: font(face), size: size * 2, bold: FACES[face].bold ?? false });

const WORD_HEADINGS = [WordHeading.HEADING_1, WordHeading.HEADING_2, WordHeading.HEADING_3, WordHeading.HEADING_4, WordHeading.HEADING_5] as const;

/** Heading n: the face of its level, two characters in, outline level n−1 (the navigation pane). */
function headingStyle(level: 1 | 2 | 3 | 4 | 5): IParagraphStyleOptions {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { ...run(headingFace(level), BODY_PT), color: '000000', italics: false },
    paragraph: { outlineLevel: level - 1, spacing: { ...exact(), before: 0, after: 0 }, indent: { firstLine: 2 * CHAR }, keepNext: level < 5 },
  };
}

/** The character pitch that fits 28 characters in the 156 mm type area, as docGrid's charSpace. */
function charSpace(): number {
  const typeAreaPt = (TYPE_AREA_MM.width / 25.4) * 72;
  return Math.round((typeAreaPt / CHARS_PER_LINE - BODY_PT) * 4096);
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const one = PAGE_NUMBER_PT * TWIPS_PER_PT; // one character of 4号
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: one } : { left: one },
        children: [new TextRun({ ...run('pageNumber', PAGE_NUMBER_PT), children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

function paragraphs(blocks: Block[]): Paragraph[] {
  const signatures = blocks.filter((b) => b.kind === 'signature').map((b) => b.text);
  const dateText = blocks.find((b) => b.kind === 'date')?.text;
  const indents = closingIndents(signatures, dateText);
  const lastTitle = blocks.map((b) => b.kind).lastIndexOf('title');
  // 正文下空一行: the first line of the signature block (or the date alone) keeps one line above it.
  const firstClosing = blocks.findIndex((b) => b.kind === 'signature' || b.kind === 'date');
  return blocks.map((b, i) => {
    const before = i === firstClosing && i > 0 ? LINE : 0;
    switch (b.kind) {
      case 'title':
        return new Paragraph({
          style: 'Title',
          alignment: AlignmentType.CENTER,
          // 标题下空一行.
          spacing: { line: Math.round(LINE * 1.25), lineRule: LineRuleType.EXACT, after: i === lastTitle ? LINE : 0 },
          children: [new TextRun({ text: b.text })],
        });
      case 'heading': {
        const head = b.text.slice(0, b.headLength);
        const rest = b.text.slice(head.length);
        const children = [new TextRun({ text: head })];
        // Body text on the heading's line keeps the body face.
        if (rest) children.push(new TextRun({ ...run('body', BODY_PT), text: rest }));
        return new Paragraph({ heading: WORD_HEADINGS[(b.level ?? 5) - 1], children });
      }
      case 'signature':
      case 'date':
        return new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { firstLine: 0, right: (b.kind === 'date' ? indents.date : indents.signature) * CHAR },
          spacing: { ...exact(), before },
          children: [new TextRun({ text: b.text })],
        });
      default:
        return new Paragraph({ spacing: { ...exact(), before }, children: [new TextRun({ text: b.text })] });
    }
  });
}

/** The Word document (OOXML) of a notice, from its tree (the grammar stays out of this bundle). */
export function buildDocx(doc: NoticeDocument): Document {
  const blocks = publishedBlocks(doc);
  const title = blocks.filter((b) => b.kind === 'title').map((b) => b.text).join('');
  // Twips, rounded (docx's own conversion truncates: A4 would come out 11905 × 16837).
  const mm = (v: number) => Math.round((v / 25.4) * 1440);
  return new Document({
    creator: 'notice-tools',
    title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { ...run('body', BODY_PT), language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { ...exact(), before: 0, after: 0 }, indent: { firstLine: 2 * CHAR }, alignment: AlignmentType.JUSTIFIED },
        },
      },
      paragraphStyles: [
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { ...run('title', TITLE_PT), color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } },
        },
        ...([1, 2, 3, 4, 5] as const).map(headingStyle),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) },
            margin: {
              top: mm(MARGIN_MM.top),
              bottom: mm(MARGIN_MM.bottom),
              left: mm(MARGIN_MM.left),
              right: mm(MARGIN_MM.right),
              // The footer's baseline so that the number's top sits 7 mm below the type area.
              footer: mm(MARGIN_MM.bottom - PAGE_NUMBER_GAP_MM) - PAGE_NUMBER_PT * TWIPS_PER_PT,
              header: mm(15),
            },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE, charSpace: charSpace() },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: paragraphs(blocks),
      },
    ],
  });
}

/** The .docx file of a notice, as bytes. */
export async function exportDocx(doc: NoticeDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildDocx(doc)));
}
