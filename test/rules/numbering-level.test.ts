// numbering-level: markers that invert the order of levels (a （一） run nested in a 1. item);
// skipped levels are normal.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine.js';
import { corpus, CORPUS, diagnosticStrings, findingsAt, plant, settings } from '../helpers.js';

const notice = (...lines: string[]) => ['关于巡视整改进展情况的通报', ...lines, '欢迎广大干部群众对巡视整改落实情况进行监督。'].join('\n');
const level = (text: string, s = settings()) => diagnosticStrings(text, s, 'numbering-level');

describe('numbering-level', () => {
  it('reports a （一）（二） run nested in a 1. item, once per marker, pointing to the item', () => {
    const text = notice(
      '一、组织整改落实情况', // 1
      '二、巡视反馈问题整改进展情况', // 2
      '（一）反馈问题：学习', // 3
      '1.理论学习不深入', // 4
      '（一）中心组学习少', // 5  inverted
      '（二）研讨少', // 6  inverted
      '2.调研不够', // 7
      '（二）反馈问题：作风', // 8
      '3.会议多', // 9
    );
    expect(level(text)).toEqual([
      '[5:0..5:3] numbering-level: 编号层级颠倒：“（一）”嵌在“1.”条目之下（层级顺序应为 一、→（一）→1.→（1）→①）',
      '[6:0..6:3] numbering-level: 编号层级颠倒：“（二）”嵌在“1.”条目之下（层级顺序应为 一、→（一）→1.→（1）→①）',
    ]);
    const a = analyze(text);
    expect(a.results.find((r) => r.rule === 'numbering-level')?.related?.map((r) => r.message)).toEqual(['所在条目：“1.”']);
    // The inverted run is not counted in the level-2 sequence, and 2. still follows 1.
    expect(findingsAt(text, settings(), 'numbering')).toEqual(['numbering-level@6', 'numbering-level@7']);
  });

  it('also when the run sits in a (1) item between deeper sub-items', () => {
    const text = notice('一、甲', '（一）乙', '1.丙', '(1)a', '①x', '②y', '1.b', '2.c', '(2)d');
    expect(findingsAt(text, settings(), 'numbering')).toEqual(['numbering-level@8', 'numbering-level@9']);
  });

  it('does not report skipped levels, restarts under a new parent, or sections after a closing run', () => {
    const skipped = notice('一、甲', '二、乙', '（一）丙', '1.a', '(1)x', '（二）丁', '(2)y', '三、戊', '（一）己', '1.b');
    expect(findingsAt(skipped, settings(), 'numbering')).toEqual([]);
    const restart = notice('一、甲', '（一）乙', '1.a', '(1)x', '（二）丙', '1.b', '(1)y');
    expect(findingsAt(restart, settings(), 'numbering')).toEqual([]);
  });

  it('finds nothing in the real notices, including (49) under (四) and ① ② under 28.', () => {
    for (const name of CORPUS) expect(level(corpus(name))).toEqual([]);
  });

  it('finds a run planted into a real notice', () => {
    const text = plant(corpus('yiyang-hitech-2023'), /\n①高质量发展问题/, '\n（一）高质量发展问题').replace('\n②园区土地闲置问题', '\n（二）园区土地闲置问题');
    expect(findingsAt(text, settings(), 'numbering')).toEqual(['numbering-level@200', 'numbering-level@206']);
  });
});
