// The tree shares one empty array (build.ts NO_INLINE) among the headings and paragraphs
// without inline marks, and one each (NO_HEADINGS, NO_PARAGRAPHS) among the headings without
// children or blocks. That is only safe while nothing writes to a tree's `inline`, `children`
// and `blocks` arrays: frozen here, a write anywhere in the analysis or the features would throw.
import { describe, expect, it } from 'vitest';
import { NO_HEADINGS, NO_INLINE, NO_PARAGRAPHS } from '../../grammar/build.js';
import { analyze } from '../../server/engine.js';
import { documentSymbols } from '../../server/features/documentSymbols.js';
import { foldingRanges } from '../../server/features/folding.js';
import { semanticTokens } from '../../server/features/semanticTokens.js';
import { PositionMapper } from '../../server/positions.js';
import { corpus, CORPUS } from '../helpers.js';

describe('the shared empty inline, children and blocks arrays', () => {
  it('is never written to', () => {
    Object.freeze(NO_INLINE);
    Object.freeze(NO_HEADINGS);
    Object.freeze(NO_PARAGRAPHS);
    for (const c of CORPUS) {
      const text = corpus(c);
      const a = analyze(text);
      const pos = new PositionMapper(text, a.doc.lineStarts);
      documentSymbols(a.doc, pos);
      foldingRanges(a.doc, pos);
      semanticTokens(a.doc, pos);
      expect(NO_INLINE).toEqual([]);
      expect(NO_HEADINGS).toEqual([]);
      expect(NO_PARAGRAPHS).toEqual([]);
    }
  });
});
