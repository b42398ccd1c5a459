// count-status: a stated breakdown against the tally of the items' `整改结果：` statuses.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine.js';
import { applyEdits } from '../../server/features/codeActions.js';
import { corpus, CORPUS, findingsAt, lineOf, plant } from '../helpers.js';
import { countNotice, statuses, messagesOf, yiyangWith } from './count-notice.js';

const st = messagesOf('count-status');

describe('count-status', () => {
  it('is silent on the real notices and on yiyang with a statement that matches its 13 完成 and 18 阶段性完成', () => {
    for (const name of CORPUS) expect(findingsAt(corpus(name), undefined, 'count-status'), name).toEqual([]);
    expect(findingsAt(yiyangWith(), undefined, 'count-')).toEqual([]);
  });

  it('reports a planted per-item status at the statement line, and rewrites the breakdown from the items', () => {
    const text = plant(yiyangWith(), '整改结果：完成', '整改结果：阶段性完成');
    expect(findingsAt(text, undefined, 'count-')).toEqual([`count-status@${lineOf(text, '巡视反馈的31个问题')}`]);
    expect(st(text)).toEqual(['count-status: 所述 完成 13 · 阶段性完成 18，按各项“整改结果”统计为 完成 12 · 阶段性完成 19']);
    const [r] = analyze(text).results.filter((x) => x.rule === 'count-status');
    expect(r.fixes?.map((f) => f.title)).toEqual(['按各项整改结果改写为 完成 12 · 阶段性完成 19']);
    const fixed = applyEdits(text, r.fixes?.[0].edits ?? []);
    expect(fixed).toBe(text.replace('已完成整改13个，阶段性完成整改18个', '已完成整改12个，阶段性完成整改19个'));
    expect(findingsAt(fixed, undefined, 'count-')).toEqual([]);
  });

  it('reports a status the statement leaves out when its parts claim the whole total', () => {
    const text = countNotice({ statement: '巡视反馈的4个问题，已完成整改3个，阶段性完成整改1个。', items: ['完成', '完成', '阶段性完成', '未完成'] });
    expect(st(text)).toEqual(['count-status: 所述 完成 3 · 阶段性完成 1 · 未完成 0，按各项“整改结果”统计为 完成 2 · 阶段性完成 1 · 未完成 1']);
    // Not rewritten: the statement has no part for 未完成 to change.
    expect(analyze(text).results.find((x) => x.rule === 'count-status')?.fixes).toEqual([]);
  });

  it('compares only the stated statuses when the parts do not cover the total', () => {
    const items = statuses(3, 2);
    expect(st(countNotice({ statement: '巡视反馈的5个问题，已完成整改3个。', items }))).toEqual([]);
    expect(st(countNotice({ statement: '巡视反馈的5个问题，已完成整改4个。', items }))).toEqual([
      'count-status: 所述 完成 4，按各项“整改结果”统计为 完成 3',
    ]);
  });

  it('checks a per-section breakdown against that section', () => {
    const base = { items: statuses(4, 2), groups: 2 };
    expect(st(countNotice({ ...base, groupStatement: '该方面反馈问题3项，已完成整改3个。' }))).toEqual([]);
    expect(st(countNotice({ ...base, groupStatement: '该方面反馈问题3项，已完成整改2个，阶段性完成整改1个。' }))).toEqual([
      'count-status: 所述 完成 2 · 阶段性完成 1，按各项“整改结果”统计为 完成 3 · 阶段性完成 0',
    ]);
  });

  it('says nothing when the statement uses other status words, when an item has no status, or when the totals differ', () => {
    // 正在整改 vs the items' 阶段性完成: different vocabularies, not comparable.
    expect(st(countNotice({ statement: '巡视反馈的5个问题，已完成整改3个，正在整改2个。', items: statuses(3, 2) }))).toEqual([]);
    // One item without 整改结果: the tally is incomplete.
    expect(st(countNotice({ statement: '巡视反馈的3个问题，已完成整改3个。', items: ['完成', '阶段性完成', ''] }))).toEqual([]);
    // 31 stated, 30 listed: count-items speaks, not count-status.
    const deleted = plant(yiyangWith(), /\n31\.统计方面问题。\n/, '\n');
    expect(findingsAt(deleted, undefined, 'count-status')).toEqual([]);
  });
});
