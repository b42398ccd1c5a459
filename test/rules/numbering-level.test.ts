// numbering-level: markers that invert the order of levels (a （一） run nested in a 1. item);
// skipped levels are normal.
import type { EngineSettings } from '../../server/rules/types.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine.js';
import { corpus, CORPUS, diagnosticStrings, findingsAt, lineOf, plant, onlyRules } from '../helpers.js';

/** The numbering rules alone: other rules' findings and fixes stay out of these tests. */
const only = (over: Partial<EngineSettings> = {}) => onlyRules(['numbering-', 'inline-sequence'], over);

const notice = (...lines: string[]) => ['关于巡视整改进展情况的通报', ...lines, '欢迎广大干部群众对巡视整改落实情况进行监督。'].join('\n');
const level = (text: string, s = only()) => diagnosticStrings(text, s, 'numbering-level');

describe('numbering-level', () => {
  it('reports a （一）（二） run nested in a 1. item (items restart under each parent), once per marker, pointing to the item', () => {
    const text = notice(
      '一、组织整改落实情况', // 1
      '二、巡视反馈问题整改进展情况', // 2
      '（一）反馈问题：学习', // 3
      '1.理论学习不深入', // 4
      '（一）中心组学习少', // 5  inverted
      '（二）研讨少', // 6  inverted
      '2.调研不够', // 7
      '（二）反馈问题：作风', // 8
      '1.会议多', // 9
    );
    expect(level(text)).toEqual([
      '[5:0..5:3] numbering-level: 编号层级颠倒：“（一）”嵌在“1.”条目之下（层级顺序应为 一、→（一）→1.→（1）→①）',
      '[6:0..6:3] numbering-level: 编号层级颠倒：“（二）”嵌在“1.”条目之下（层级顺序应为 一、→（一）→1.→（1）→①）',
    ]);
    const a = analyze(text, only());
    expect(a.results.find((r) => r.rule === 'numbering-level')?.related?.map((r) => r.message)).toEqual(['所在条目：“1.”']);
    // The inverted run is not counted in the level-2 sequence, and 2. still follows 1.
    expect(findingsAt(text, only(), 'numbering')).toEqual(['numbering-level@6', 'numbering-level@7']);
  });

  it('where items run on across parents, 1. （一） 2. reads as a new parent: a repeated （一） is a slip, not an inversion', () => {
    const text = notice('一、甲', '二、乙', '（一）丙', '1.a', '（一）丁', '（二）戊', '2.b', '（二）己', '3.c');
    expect(findingsAt(text, only(), 'numbering')).toEqual(['numbering-sequence@6', 'numbering-sequence@9']);
    expect(findingsAt(text, only({ numbering: { mode: 'restart' } }), 'numbering')).toEqual([
      'numbering-level@6',
      'numbering-level@7',
      'numbering-sequence@10', // 3. under （二）己 should restart at 1.
    ]);
  });

  it('also when the run sits in a (1) item between deeper sub-items', () => {
    const text = notice('一、甲', '（一）乙', '1.丙', '(1)a', '①x', '②y', '1.b', '2.c', '(2)d');
    expect(findingsAt(text, only(), 'numbering')).toEqual(['numbering-level@8', 'numbering-level@9']);
  });

  it('does not report skipped levels, restarts under a new parent, or sections after a closing run', () => {
    const skipped = notice('一、甲', '二、乙', '（一）丙', '1.a', '(1)x', '（二）丁', '(2)y', '三、戊', '（一）己', '1.b');
    expect(findingsAt(skipped, only(), 'numbering')).toEqual([]);
    const restart = notice('一、甲', '（一）乙', '1.a', '(1)x', '（二）丙', '1.b', '(1)y');
    expect(findingsAt(restart, only(), 'numbering')).toEqual([]);
    // The first （一） of a section, after items with no parent: a new parent, numbers running on.
    const firstParent = notice('一、甲', '二、乙', '1.a', '2.b', '（一）丙', '3.c', '4.d');
    expect(findingsAt(firstParent, only(), 'numbering')).toEqual([]);
  });

  it('finds nothing in the real notices, including (49) under (四) and ① ② under 28.', () => {
    for (const name of CORPUS) expect(level(corpus(name))).toEqual([]);
  });

  it('finds a run planted into a real notice, inside ① of item 28.', () => {
    const text = plant(corpus('yiyang-hitech-2023'), '\n②园区土地闲置问题', '\n（一）园区规划问题。\n（二）园区配套问题。\n②园区土地闲置问题');
    const at = lineOf(text, '（一）园区规划问题');
    expect(findingsAt(text, only(), 'numbering')).toEqual([`numbering-level@${at}`, `numbering-level@${at + 1}`]);
  });
});
