// The numbering model: the mode of each level is inferred from the document (or forced), and
// the sequences follow it.
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { numberingModel } from '../../server/model/numbering.js';
import { corpus } from '../helpers.js';

const values = (text: string, level: number, forced: 'auto' | 'restart' | 'continuous' = 'auto') =>
  numberingModel(parseNotice(text), forced)
    .sequences.filter((s) => s.level === level)
    .map((s) => s.items.map((h) => (h.marker.part ? `${h.marker.value}-${h.marker.part}` : String(h.marker.value))).join(','));

describe('numbering model', () => {
  it('infers continuous numbering across parents in the corpus, restarting per level-1 section', () => {
    const c = numberingModel(parseNotice(corpus('changsha-county-2021')));
    expect(c.modes[3].mode).toBe('continuous');
    expect(c.modes[4].mode).toBe('continuous');
    expect(values(corpus('changsha-county-2021'), 3)).toEqual([
      '1,2,3,4,5,6,7,8,9,10',
      Array.from({ length: 64 }, (_, i) => i + 1).join(','),
    ]);
    expect(values(corpus('changsha-county-2021'), 4)).toEqual([Array.from({ length: 50 }, (_, i) => i + 1).join(',')]);
    expect(values(corpus('changsha-county-2021'), 2)).toEqual(['1,2,3,4', '1,2,3,4,5,6,7,8']);
    expect(values(corpus('lusong-district-2021'), 3)).toEqual(['1,2,4,5,6,7,8,9,10,11,12,13,14']);
    expect(values(corpus('lusong-district-2021'), 4)[0].split(',').slice(33, 45).join(',')).toBe(
      '34,35-1,35-2,35-3,35-4,36-1,36-2,36-3,36-4,37,38-1,38-2',
    );
    expect(numberingModel(parseNotice(corpus('yiyang-hitech-2023'))).modes[3].mode).toBe('continuous');
    expect(values(corpus('yiyang-hitech-2023'), 5)).toEqual(['1,2']);
  });

  it('infers restart numbering, and a setting forces either mode', () => {
    const text = '一、甲\n（一）乙\n1.a\n2.b\n（二）丙\n1.c\n2.d\n二、丁\n（一）戊\n1.e\n';
    expect(numberingModel(parseNotice(text)).modes[3]).toMatchObject({ mode: 'restart', source: 'inferred' });
    expect(values(text, 3)).toEqual(['1,2', '1,2', '1']);
    expect(values(text, 3, 'continuous')).toEqual(['1,2,1,2', '1']);
    const cont = '一、甲\n（一）乙\n1.a\n2.b\n（二）丙\n3.c\n';
    expect(values(cont, 3)).toEqual(['1,2,3']);
    expect(values(cont, 3, 'restart')).toEqual(['1,2', '3']);
  });

  it('defaults to restart when nothing tells the modes apart', () => {
    const m = numberingModel(parseNotice('一、甲\n（一）乙\n1.a\n2.b\n'));
    expect(m.modes[3]).toMatchObject({ mode: 'restart', source: 'default' });
  });
});
