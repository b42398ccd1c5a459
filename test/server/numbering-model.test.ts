// The numbering model: the mode of each level is inferred from the document (or forced), and
// the sequences follow it.
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { markerDigits, markerLabel, numberingModel, renumberAll, sequenceSlips } from '../../server/model/numbering.js';
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

  it('lists the slips of a sequence: split items count as one number, judged against the number found', () => {
    const text = '一、甲\n（一）乙\n1.a\n(1)x\n(2-1)y\n(2-2)y\n(4)z\n(5)w\n(5)v\n(6)u\n';
    const [seq] = numberingModel(parseNotice(text)).sequences.filter((s) => s.level === 4);
    expect(sequenceSlips(seq).map((s) => `${s.kind}@${s.index}:${s.expected.value}`)).toEqual(['gap@3:3', 'repeat@5:6']);
  });

  it('writes the digits of a marker in its own numeral, and renumbers only what changes', () => {
    const doc = parseNotice('一、甲\n二、乙\n四、丙\n（一）丁\n1.a\n(35-1)x\n①y\n');
    const ms = doc.headings.map((h) => h.marker);
    const [l1, l2, l4, l5] = [ms[0], ms[3], ms[5], ms[6]];
    expect([markerDigits(l1, 11), markerDigits(l2, 20), markerDigits(l4, 36, 2), markerDigits(l5, 3)]).toEqual(['十一', '二十', '36-2', '③']);
    expect(markerLabel(l4, 2, 1)).toBe('(2-1)');
    const edits = renumberAll(numberingModel(doc));
    expect(edits.map((e) => `${doc.text.slice(e.span.start, e.span.end)}→${e.newText}`)).toEqual(['四→三', '35-1→1-1']);
  });

  it('keeps an inverted run out of the sequences, and the items after it under their own parent', () => {
    const text = '一、甲\n（一）乙\n1.a\n（一）x\n（二）y\n2.b\n（二）丙\n1.c\n';
    const m = numberingModel(parseNotice(text));
    expect([...m.inverted.keys()].map((h) => h.marker.text)).toEqual(['（一）', '（二）']);
    expect(values(text, 2)).toEqual(['1,2']);
    expect(values(text, 3)).toEqual(['1,2', '1']);
  });
});
