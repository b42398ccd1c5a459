// numbering-level: markers that invert the order of levels (a （一） run nested in a 1. item);
// skipped levels are normal.
import type { EngineSettings } from '../../server/rules/types.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine.js';
import { corpus, CORPUS, diagnosticStrings, onlyRules, plant } from '../helpers.js';
import { findingsMarked, unmark } from '../markers.js';

/** The numbering rules alone: other rules' findings and fixes stay out of these tests. */
const only = (over: Partial<EngineSettings> = {}) => onlyRules(['numbering-', 'inline-sequence'], over);

const notice = (...lines: string[]) => ['关于巡视整改进展情况的通报', ...lines, '欢迎广大干部群众对巡视整改落实情况进行监督。'].join('\n');
const level = (text: string, s = only()) => diagnosticStrings(text, s, 'numbering-level');
const NUMBERING = ['numbering-sequence', 'numbering-level', 'numbering-style', 'inline-sequence'];
/** The numbering findings of the text, marked where they start: compare with the expected marked text. */
const numbering = (marked: string, s = only()) => findingsMarked(marked, s, NUMBERING);

describe('numbering-level', () => {
  it('reports a （一）（二） run nested in a 1. item (items restart under each parent), once per marker, pointing to the item', () => {
    const marked = notice(
      '一、组织整改落实情况',
      '二、巡视反馈问题整改进展情况',
      '（一）反馈问题：学习',
      '1.理论学习不深入',
      '{numbering-level}（一）中心组学习少',
      '{numbering-level}（二）研讨少',
      '2.调研不够',
      '（二）反馈问题：作风',
      '1.会议多',
    );
    // The inverted run is not counted in the level-2 sequence, and 2. still follows 1.
    expect(numbering(marked)).toBe(marked);
    const { text } = unmark(marked);
    expect(level(text).map((d) => d.replace(/^\[[^\]]*\] /, ''))).toEqual([
      'numbering-level: 编号层级颠倒：“（一）”嵌在“1.”条目之下（层级顺序应为 一、→（一）→1.→（1）→①）',
      'numbering-level: 编号层级颠倒：“（二）”嵌在“1.”条目之下（层级顺序应为 一、→（一）→1.→（1）→①）',
    ]);
    const a = analyze(text, only());
    expect(a.results.find((r) => r.rule === 'numbering-level')?.related?.map((r) => r.message)).toEqual(['所在条目：“1.”']);
  });

  it('where items run on across parents, 1. （一） 2. reads as a new parent: a repeated （一） is a slip, not an inversion', () => {
    const lines = ['一、甲', '二、乙', '（一）丙', '1.a', '{numbering-sequence}（一）丁', '（二）戊', '2.b', '{numbering-sequence}（二）己', '3.c'];
    expect(numbering(notice(...lines))).toBe(notice(...lines));
    // Forced to restart: an inversion, and 3. under （二）己 should restart at 1.
    const restart = ['一、甲', '二、乙', '（一）丙', '1.a', '{numbering-level}（一）丁', '{numbering-level}（二）戊', '2.b', '（二）己', '{numbering-sequence}3.c'];
    expect(numbering(notice(...restart), only({ numbering: { mode: 'restart' } }))).toBe(notice(...restart));
  });

  it('also when the run sits in a (1) item between deeper sub-items', () => {
    const marked = notice('一、甲', '（一）乙', '1.丙', '(1)a', '①x', '②y', '{numbering-level}1.b', '{numbering-level}2.c', '(2)d');
    expect(numbering(marked)).toBe(marked);
  });

  it('does not report skipped levels, restarts under a new parent, or sections after a closing run', () => {
    const skipped = notice('一、甲', '二、乙', '（一）丙', '1.a', '(1)x', '（二）丁', '(2)y', '三、戊', '（一）己', '1.b');
    expect(numbering(skipped)).toBe(skipped);
    const restart = notice('一、甲', '（一）乙', '1.a', '(1)x', '（二）丙', '1.b', '(1)y');
    expect(numbering(restart)).toBe(restart);
    // The first （一） of a section, after items with no parent: a new parent, numbers running on.
    const firstParent = notice('一、甲', '二、乙', '1.a', '2.b', '（一）丙', '3.c', '4.d');
    expect(numbering(firstParent)).toBe(firstParent);
  });

  it('finds nothing in the real notices, including (49) under (四) and ① ② under 28.', () => {
    for (const name of CORPUS) expect(level(corpus(name))).toEqual([]);
  });

  it('finds a run planted into a real notice, inside ① of item 28.', () => {
    const marked = plant(corpus('yiyang-hitech-2023'), '\n②园区土地闲置问题', '\n{numbering-level}（一）园区规划问题。\n{numbering-level}（二）园区配套问题。\n②园区土地闲置问题');
    expect(numbering(marked)).toBe(marked);
  });
});
