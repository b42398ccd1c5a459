// 统计句生成 against the count rules (issue 5 × issue 4): the statement the action writes or
// rewrites for each problems section of the real notices is one that count-* then accepts,
// and the rules do read it (a wrong number planted into it is reported again).
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';
import { applyEdits } from '../../server/features/codeActions.js';
import { countPlans } from '../../server/features/countStatement.js';
import { corpus, CORPUS, deleteItem, findingsAt, onlyRules } from '../helpers.js';

const countOnly = onlyRules(['count-']);

/** Apply every section's count-statement plan until none has anything left to change. */
function regenerate(text: string): string {
  for (let round = 0; round < 5; round++) {
    const plan = countPlans(parseNotice(text)).find((p) => p.edits.length > 0);
    if (!plan) return text;
    text = applyEdits(text, plan.edits);
  }
  throw new Error('the count statements did not settle');
}

describe('generated count statements pass the count rules', () => {
  it.each(CORPUS)('%s: after generating, no count-* finding is left', (name) => {
    const text = regenerate(corpus(name));
    expect(findingsAt(text, countOnly, 'count-')).toEqual([]);
    // Everything the rules reported before was a count-items total the generator set right.
    expect(findingsAt(corpus(name), countOnly, 'count-').every((f) => f.startsWith('count-items@'))).toBe(true);
  });

  it('changsha: the two totals that disagreed with the items (60/50, 67/64) now agree', () => {
    const before = findingsAt(corpus('changsha-county-2021'), countOnly, 'count-');
    expect(before).toEqual(['count-items@14', 'count-items@250']);
    const after = regenerate(corpus('changsha-county-2021'));
    expect(after).toContain('巡视反馈长沙县的50个问题');
    expect(after).toContain('巡视反馈长沙经开区的64个问题');
  });

  it('yiyang: the written statement is read by the rules (planting a wrong tally brings count-status back)', () => {
    const text = regenerate(corpus('yiyang-hitech-2023'));
    expect(text).toContain('截至××，巡视反馈的31个问题，已完成整改13个，阶段性完成整改18个。');
    const planted = text.replace('已完成整改13个，阶段性完成整改18个', '已完成整改14个，阶段性完成整改17个');
    expect(findingsAt(planted, countOnly, 'count-').map((f) => f.split('@')[0])).toContain('count-status');
  });

  it('after an item is deleted, regenerating gives a statement the rules accept', () => {
    const damaged = deleteItem(regenerate(corpus('yiyang-hitech-2023')), '7.土地闲置的问题');
    expect(findingsAt(damaged, countOnly, 'count-').length).toBeGreaterThan(0);
    const fixed = regenerate(damaged);
    expect(fixed).toMatch(/巡视反馈的30个问题，已完成整改\d+个，阶段性完成整改\d+个。/);
    expect(findingsAt(fixed, countOnly, 'count-')).toEqual([]);
    expect(analyze(fixed, countOnly).results).toEqual([]);
  });
});
