// inline-sequence: 一是/二是/三是 and inline （1）（2） inside paragraphs that skip or repeat;
// an inline （n） part starts a new 一是 sequence (NOTICE-FORMAT.md §5).
import type { EngineSettings } from '../../server/rules/types.js';
import { describe, expect, it } from 'vitest';
import { corpus, CORPUS, diagnosticStrings, fixAll, plant, onlyRules } from '../helpers.js';
import { findingsMarked, unmark } from '../markers.js';

/** The numbering rules alone: other rules' findings and fixes stay out of these tests. */
const only = (over: Partial<EngineSettings> = {}) => onlyRules(['numbering-', 'inline-sequence'], over);

const notice = (...lines: string[]) =>
  ['关于巡视整改进展情况的通报', '一、组织整改落实情况', '（一）强化领导', ...lines, '欢迎广大干部群众对巡视整改落实情况进行监督。'].join('\n');
const inline = (text: string) => diagnosticStrings(text, only(), 'inline-sequence');
/** The inline-sequence findings marked where they start: compare with the expected marked text. */
const marked = (text: string) => findingsMarked(text, only(), ['inline-sequence']);

describe('inline-sequence', () => {
  it('reports a skipped and a repeated 一是/二是, judged against the one found', () => {
    const text = notice('整改情况：一是建立台账。二是明确责任。四是开展督查。五是建章立制。', '整改措施：一是学习。二是研讨。二是调研。');
    expect(inline(text)).toEqual([
      '[3:19..3:21] inline-sequence: 列举不连续：此处应为“三是”，实为“四是”',
      '[4:15..4:17] inline-sequence: 列举重复：此处应为“三是”，实为“二是”',
    ]);
    // The fix renumbers the slip and the rest of its enumeration; nothing else changes.
    const fixed = fixAll(text, only()).text;
    expect(fixed).toBe(notice('整改情况：一是建立台账。二是明确责任。三是开展督查。四是建章立制。', '整改措施：一是学习。二是研讨。三是调研。'));
    expect(inline(fixed)).toEqual([]);
    expect(fixAll(fixed, only()).text).toBe(fixed);
  });

  it('fixes inline parts and a sequence running over paragraphs', () => {
    const expected = notice('整改情况：（1）关于学习：一是读书。{inline-sequence}三是研讨。{inline-sequence}（3）关于调研：走访。（4）关于督查：督查。', '一是建台账。', '二是明责任。', '{inline-sequence}二是抓督查。');
    expect(marked(expected)).toBe(expected);
    const { text } = unmark(expected);
    expect(fixAll(text, only()).text).toBe(
      notice('整改情况：（1）关于学习：一是读书。二是研讨。（2）关于调研：走访。（3）关于督查：督查。', '一是建台账。', '二是明责任。', '三是抓督查。'),
    );
  });

  it('restarts 一是 at each inline （n） part, and checks the parts themselves', () => {
    const ok = notice('整改情况：（1）关于学习：一是读书。二是研讨。（2）关于调研：一是走访。二是座谈。（3）关于督查：督查三次。');
    expect(inline(ok)).toEqual([]);
    const bad = notice('整改情况：（1）关于学习：一是读书。二是研讨。（3）关于调研：一是走访。三是座谈。');
    expect(inline(bad)).toEqual([
      '[3:23..3:26] inline-sequence: 列举不连续：此处应为“（2）”，实为“（3）”',
      '[3:36..3:38] inline-sequence: 列举不连续：此处应为“二是”，实为“三是”',
    ]);
  });

  it('continues the sequence of the previous paragraph when a paragraph opens with 二是', () => {
    const ok = notice('一是建立台账，逐项销号。', '二是明确责任，压实到人。', '三是开展督查。');
    expect(inline(ok)).toEqual([]);
    const gap = notice('一是建立台账，逐项销号。', '三是开展督查。');
    expect(inline(gap)).toEqual(['[4:0..4:2] inline-sequence: 列举不连续：此处应为“二是”，实为“三是”']);
  });

  it('says nothing on sequences that do not start at 一是/（1） (references, not lists) nor on the real notices', () => {
    expect(inline(notice('整改情况：按方案第（3）条、第（5）条落实。'))).toEqual([]);
    expect(inline(notice('（二）压实责任', '三是开展督查。五是建章立制。'))).toEqual([]);
    for (const name of CORPUS) expect(inline(corpus(name))).toEqual([]);
  });

  it('finds slips planted into the real notices, at their lines', () => {
    // （1）（2）（2）（4）: one repeat; the （4） is back in its place.
    const yiyang = plant(corpus('yiyang-hitech-2023'), '（3）关于纪工委书记', '{inline-sequence}（2）关于纪工委书记');
    expect(marked(yiyang)).toBe(yiyang);
    const lusong = plant(corpus('lusong-district-2021'), '。二是', '。{inline-sequence}三是');
    expect(marked(lusong)).toBe(lusong);
  });
});
