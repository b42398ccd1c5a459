// numbering-level: a marker that inverts the order of GB/T 9704-2012 levels (一、 → （一） →
// 1. → （1） → ①), such as a `（一）（二）` run nested in a `1.` item. Skipped levels are normal.
import { markerLabel, numberingModel } from '../model/numbering.js';
import type { Rule } from './types.js';

export const numberingLevel: Rule = {
  id: 'numbering-level',
  severity: 'warning',
  tags: ['numbering'],
  check(ctx) {
    const model = numberingModel(ctx.doc, ctx.settings.numbering.mode);
    for (const [h, host] of model.inverted) {
      ctx.report({
        span: h.marker,
        message: ctx.t('numbering-level.inverted', { marker: markerLabel(h.marker), host: markerLabel(host.marker) }),
        related: [{ span: host.marker, message: ctx.t('numbering-level.host', { marker: markerLabel(host.marker) }) }],
      });
    }
  },
};
