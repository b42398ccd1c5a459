// numbering-sequence: a heading number that breaks its sequence (a gap, a repeat, a step back,
// a start other than 1/一, a split part out of order). Reported once, at the breaking heading,
// with the previous item as related information, and a fix that renumbers the rest of the
// sequence (only the digits of markers change).
import { markerLabel, numberingModel, renumberCounts, renumberFrom, sequenceSlips } from '../model/numbering.js';
import { lazyFix, type Rule } from './types.js';

export const numberingSequence: Rule = {
  id: 'numbering-sequence',
  severity: 'warning',
  tags: ['numbering'],
  check(ctx) {
    const model = numberingModel(ctx.doc, ctx.settings.numbering.mode);
    for (const seq of model.sequences) {
      const slips = sequenceSlips(seq);
      // The renumbering's edits are made only when a fix is applied; its size (for the title)
      // for every slip in one pass. n slips × O(n) edits each is what blew the heap.
      const counts = renumberCounts(seq, slips.map((s) => s.index));
      slips.forEach((slip, n) => {
        const h = seq.items[slip.index];
        ctx.report({
          span: h.marker,
          message: ctx.t(`numbering-sequence.${slip.kind}`, {
            expected: markerLabel(h.marker, slip.expected.value, slip.expected.part),
            found: markerLabel(h.marker),
          }),
          related: slip.previous
            ? [{ span: slip.previous.marker, message: ctx.t('numbering-sequence.previous', { marker: markerLabel(slip.previous.marker) }) }]
            : undefined,
          // The first slip's fix renumbers everything after it: that one is what fix-all applies.
          fixes:
            counts[n] > 0
              ? [
                  lazyFix(ctx.t('numbering-sequence.fix', { count: counts[n] }), n === 0, counts[n], () =>
                    renumberFrom(seq, slip.index).map((e) => ({ span: e.span, newText: e.newText })),
                  ),
                ]
              : undefined,
        });
      });
    }
  },
};
