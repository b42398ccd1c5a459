// The tree shares one empty array (build.ts NO_INLINE) among the headings and paragraphs
// without inline marks. That is only safe while nothing writes to a tree's `inline` arrays:
// frozen here, a write anywhere in the analysis or the features would throw.
import { describe, expect, it } from 'vitest';
import { NO_INLINE } from '../../grammar/build.js';
import { analyze } from '../../server/engine.js';
import { documentSymbols } from '../../server/features/documentSymbols.js';
import { foldingRanges } from '../../server/features/folding.js';
import { semanticTokens } from '../../server/features/semanticTokens.js';
import { PositionMapper } from '../../server/positions.js';
import { corpus, CORPUS } from '../helpers.js';

describe('the shared empty inline array', () => {
  it('is never written to', () => {
    Object.freeze(NO_INLINE);
    for (const c of CORPUS) {
      const text = corpus(c);
      const a = analyze(text);
      const pos = new PositionMapper(text, a.doc.lineStarts);
      documentSymbols(a.doc, pos);
      foldingRanges(a.doc, pos);
      semanticTokens(a.doc, pos);
      expect(NO_INLINE).toEqual([]);
    }
  });
});
