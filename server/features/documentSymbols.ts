// The outline: every heading as a symbol nested under its parent heading. The name is the
// marker and the title as written (`（一）反馈问题：贯彻落实……存在差距`), the range is the
// heading's whole section, the selection range the heading line.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Heading, NoticeDocument } from '../../grammar/index.js';
import type { PositionMapper } from '../positions.js';

const KIND_BY_LEVEL: Record<number, SymbolKind> = {
  1: SymbolKind.Module,
  2: SymbolKind.Namespace,
  3: SymbolKind.Class,
  4: SymbolKind.Field,
  5: SymbolKind.EnumMember,
};

export function headingName(h: Heading, text: string): string {
  return (text.slice(h.marker.start, h.marker.end) + h.title.text).trim() || h.marker.text;
}

const LEVEL_DETAIL = ['', '一级标题', '二级标题', '三级标题', '四级标题', '五级标题'];

export function documentSymbols(doc: NoticeDocument, pos: PositionMapper): DocumentSymbol[] {
  const toSymbol = (h: Heading): DocumentSymbol => ({
    name: headingName(h, doc.text),
    detail: LEVEL_DETAIL[h.level],
    kind: KIND_BY_LEVEL[h.level],
    range: pos.range(h.section),
    selectionRange: pos.range({ start: h.start, end: h.end }),
    children: h.children.map(toSymbol),
  });
  return doc.roots.map(toSymbol);
}
