// numbering-style: mixed marker variants within one level, and the doubled punctuation of
// （一）、; the fix uses the level's dominant variant. Consistent all-ASCII text is fine.
import type { EngineSettings } from '../../server/rules/types.js';
import { describe, expect, it } from 'vitest';
import { corpus, CORPUS, diagnosticStrings, findingsAt, fixAll, plant, onlyRules } from '../helpers.js';
import { findingsMarked, unmark } from '../markers.js';

/** The numbering rules alone: other rules' findings and fixes stay out of these tests. */
const only = (over: Partial<EngineSettings> = {}) => onlyRules(['numbering-', 'inline-sequence'], over);

const notice = (...lines: string[]) => ['关于巡视整改进展情况的通报', ...lines, '欢迎广大干部群众对巡视整改落实情况进行监督。'].join('\n');
const style = (text: string) => diagnosticStrings(text, only(), 'numbering-style');

describe('numbering-style', () => {
  it('reports the minority variant of a level (1、 among 1.) as information, and fixes it to the dominant one', () => {
    const text = notice('一、甲', '（一）乙', '1.a', '2、b', '3.c', '4.d');
    expect(style(text)).toEqual(['[4:0..4:2] numbering-style: 编号样式不一致：本级多用“2.”这种写法（3 处），此处为“2、”']);
    const a = fixAll(text, only());
    expect(a.text).toBe(notice('一、甲', '（一）乙', '1.a', '2.b', '3.c', '4.d'));
    expect(findingsAt(a.text, only(), 'numbering')).toEqual([]);
  });

  it('full-width and ASCII parentheses mixed at one level, also half-mixed （一)', () => {
    const text = notice('一、甲', '（一）乙', '(1)a', '(2)b', '（3）c', '（二)丙', '(4)d', '（三）丁', '(5)e');
    expect(style(text)).toEqual([
      '[5:0..5:3] numbering-style: 编号样式不一致：本级多用“(3)”这种写法（4 处），此处为“（3）”',
      '[6:0..6:3] numbering-style: 编号样式不一致：本级多用“（二）”这种写法（2 处），此处为“（二)”',
    ]);
    const fixed = fixAll(text, only()).text;
    expect(fixed).toBe(notice('一、甲', '（一）乙', '(1)a', '(2)b', '(3)c', '（二）丙', '(4)d', '（三）丁', '(5)e'));
    expect(fixAll(fixed, only()).text).toBe(fixed);
  });

  it('on a tie, the variant used first wins', () => {
    const text = notice('一、甲', '（一）乙', '1．a', '2.b');
    expect(style(text)).toEqual(['[4:0..4:2] numbering-style: 编号样式不一致：本级先用“2．”这种写法，此处为“2.”']);
    expect(fixAll(text, only()).text).toBe(notice('一、甲', '（一）乙', '1．a', '2．b'));
  });

  it('reports （一）、 and fixes it by dropping the extra 、 only', () => {
    const text = notice('一、甲', '（一）、乙', '（二）丙');
    expect(style(text)).toEqual(['[2:0..2:4] numbering-style: 编号后标点重复：“（一）、”应为“（一）”']);
    expect(fixAll(text, only()).text).toBe(notice('一、甲', '（一）乙', '（二）丙'));
  });

  it('says nothing on consistent pasted ASCII text, indented, nor on the real notices (2. with a space)', () => {
    const ascii = notice('一、甲', '(一)乙', '  1.a', '  (1)x', '  2. b', '  (2)y', '(二)丙', '  3.c', '  (3)z');
    expect(style(ascii)).toEqual([]);
    for (const name of CORPUS) expect(style(corpus(name))).toEqual([]);
  });

  it('finds a variant planted into a real notice, and fix-all restores it', () => {
    const original = corpus('changsha-county-2021');
    const marked = plant(original, '(12)巩固脱贫攻坚', '{numbering-style}（12）巩固脱贫攻坚');
    expect(findingsMarked(marked, only(), ['numbering-sequence', 'numbering-level', 'numbering-style', 'inline-sequence'])).toBe(marked);
    const { text } = unmark(marked);
    const fixed = fixAll(text, only()).text;
    expect(fixed).toBe(original);
  });
});
