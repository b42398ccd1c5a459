// Semantic tokens: what the parse knows and a regex cannot — which `3.` starts heading 3 (in
// `3.1名…`) and which `94.5` is a decimal, the level of every marker, the labels the tree
// recognised, the status of `整改结果：`, the inline 一是/（1） the parser accepted, and which
// comments are directives. The TextMate grammar colours the rest.
import { SemanticTokensBuilder } from 'vscode-languageserver/node.js';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { InlineMark, NoticeDocument, Span } from '../../grammar/index.js';
import { parseDirective } from '../directives.js';
import type { PositionMapper } from '../positions.js';

/** Token types: custom ones (declared with their super types in package.json) and `comment`. */
export const TOKEN_TYPES = ['headingMarker', 'fieldLabel', 'status', 'enumeration', 'directive', 'comment'] as const;
export const TOKEN_MODIFIERS = ['level1', 'level2', 'level3', 'level4', 'level5'] as const;
export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];

interface Tok {
  span: Span;
  type: TokenType;
  level?: number;
}

export function semanticTokens(doc: NoticeDocument, pos: PositionMapper): SemanticTokens {
  const toks: Tok[] = [];
  const inline = (marks: InlineMark[]) => {
    for (const m of marks) toks.push({ span: m, type: 'enumeration' });
  };
  for (const h of doc.headings) {
    toks.push({ span: h.marker, type: 'headingMarker', level: h.level });
    if (h.label) toks.push({ span: h.label, type: 'fieldLabel' });
    inline(h.inline);
  }
  for (const p of doc.paragraphs) {
    const f = p.field;
    if (f) {
      toks.push({ span: f.label, type: 'fieldLabel' });
      if (f.status) {
        const at = f.value.start + f.value.text.indexOf(f.status);
        toks.push({ span: { start: at, end: at + f.status.length }, type: 'status' });
      }
    }
    inline(p.inline);
  }
  for (const c of doc.comments) toks.push({ span: c, type: parseDirective(c) ? 'directive' : 'comment' });
  toks.sort((a, b) => a.span.start - b.span.start);

  const builder = new SemanticTokensBuilder();
  let lastEnd = -1;
  for (const t of toks) {
    if (t.span.start < lastEnd || t.span.end <= t.span.start) continue; // never overlapping, never empty
    const start = pos.positionAt(t.span.start);
    const end = pos.positionAt(t.span.end);
    if (end.line !== start.line) continue; // tokens are single-line
    builder.push(start.line, start.character, end.character - start.character, TOKEN_TYPES.indexOf(t.type), t.level ? 1 << (t.level - 1) : 0);
    lastEnd = t.span.end;
  }
  return builder.build();
}
