// The marker helpers themselves: a marker lands where the finding starts, and a wrong one fails.
import { describe, expect, it } from 'vitest';
import { cursor, findingsMarked, unmark } from './markers.js';
import { onlyRules } from './helpers.js';

const notice = (body: string) => `中共某县委关于巡察整改进展情况的通报\n\n${body}\n`;

describe('test markers', () => {
  it('unmark strips markers and keeps their offsets in the plain text', () => {
    expect(unmark('ab{x-y}cd{z}e')).toEqual({ text: 'abcde', marks: [{ rule: 'x-y', offset: 2 }, { rule: 'z', offset: 4 }] });
  });

  it('a numbering slip is marked where its finding starts, and a misplaced marker differs', () => {
    const marked = notice('一、组织整改落实情况\n\n{numbering-sequence}三、下一步工作打算');
    const s = onlyRules(['numbering-sequence']);
    expect(findingsMarked(marked, s)).toBe(marked);
    const wrong = notice('{numbering-sequence}一、组织整改落实情况\n\n三、下一步工作打算');
    expect(findingsMarked(wrong, s)).not.toBe(wrong);
  });

  it('cursor finds the one <|>', () => {
    expect(cursor('1.甲\n<|>')).toEqual({ text: '1.甲\n', offset: 4 });
    expect(() => cursor('no cursor')).toThrow();
  });
});
