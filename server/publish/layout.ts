// The page of a 公文 as GB/T 9704-2012 lays it out, shared by the preview and the Word export.
// A4 (210 × 297 mm); 天头 37 mm, 订口 28 mm; type area 156 × 225 mm, hence bottom 35 mm and
// right 26 mm; 22 lines of 28 characters in 3号 (16 pt) 仿宋; page numbers 4号 宋体 `— N —`,
// 7 mm below the type area, one character in from the outer edge (odd right, even left).
import type { HeadingLevel } from '../../grammar/index.js';

export const PAGE_MM = { width: 210, height: 297 };
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 };
export const TYPE_AREA_MM = { width: PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right, height: PAGE_MM.height - MARGIN_MM.top - MARGIN_MM.bottom };
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** Exact line spacing: 22 lines of 28 pt fit the 225 mm type area (a 23rd would not). */
export const LINE_PT = 28;
/** 3号. */
export const BODY_PT = 16;
/** 2号. */
export const TITLE_PT = 22;
/** 4号, the page numbers. */
export const PAGE_NUMBER_PT = 14;
/** The page number's top sits 7 mm below the type area. */
export const PAGE_NUMBER_GAP_MM = 7;

export type Face = 'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'pageNumber';

/**
 * The standard face of each part (the name Word knows) and what stands in for it where it is
 * missing: Windows, macOS, then Linux names, then the generic family.
 */
export const FACES: Record<Face, { standard: string; stack: string[]; generic: string; bold?: boolean }> = {
  title: { standard: '方正小标宋简体', stack: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun'], generic: 'serif' },
  body: { standard: '仿宋_GB2312', stack: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', '华文仿宋', 'Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL UMing CN'], generic: 'serif' },
  heading1: { standard: '黑体', stack: ['黑体', 'SimHei', 'STHeiti', 'Heiti SC', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei'], generic: 'sans-serif' },
  heading2: { standard: '楷体_GB2312', stack: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Kaiti SC', 'AR PL UKai CN', 'Noto Serif CJK SC'], generic: 'serif' },
  heading3: { standard: '仿宋_GB2312', stack: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'AR PL UMing CN'], generic: 'serif', bold: true },
  heading4: { standard: '仿宋_GB2312', stack: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'AR PL UMing CN'], generic: 'serif' },
  pageNumber: { standard: '宋体', stack: ['宋体', 'SimSun', 'Songti SC', 'Noto Serif CJK SC'], generic: 'serif' },
};

/** Digits and Latin letters in the body: the usual companion of 仿宋 in 公文. */
export const LATIN_FACE = 'Times New Roman';

export function headingFace(level: HeadingLevel): Face {
  return level === 1 ? 'heading1' : level === 2 ? 'heading2' : level === 3 ? 'heading3' : level === 4 ? 'heading4' : 'body';
}

/** Width in characters of the body face: full-width 1, half-width (ASCII digits, Latin) ½. */
export function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}

/**
 * Where the signature lines and the date stand, as right indents in characters (GB/T 9704
 * 7.3.5.2, a notice without seal): the signature two characters in from the right, the date
 * on the next line starting two characters right of the signature's start; when the date is
 * the longer, the date keeps two characters from the right and the signature moves left.
 */
export function closingIndents(signatures: readonly string[], date: string | undefined): { signature: number; date: number } {
  const sig = Math.max(0, ...signatures.map(widthInChars));
  const d = date === undefined ? 0 : widthInChars(date);
  if (sig === 0 || date === undefined) return { signature: 2, date: 2 };
  if (d + 2 <= sig) return { signature: 2, date: sig - d };
  return { signature: 4 + d - sig, date: 2 };
}
