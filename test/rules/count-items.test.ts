// count-items: stated totals against the problem items the notice lists for them.
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { corpus, findingsAt, lineOf, plant } from '../helpers.js';
import { findingsMarked } from '../markers.js';
import { countNotice, statuses, messagesOf, yiyangWith } from './count-notice.js';

const items = messagesOf('count-items');

describe('count-items', () => {
  it('reports exactly the two statements of changsha-county-2021 on the corpus, and nothing from count-* elsewhere', () => {
    const changsha = corpus('changsha-county-2021');
    expect(findingsAt(changsha, undefined, 'count-')).toEqual([
      `count-items@${lineOf(changsha, '长沙县的60个问题')}`,
      `count-items@${lineOf(changsha, '长沙经开区的67个问题')}`,
    ]);
    expect(items(changsha)).toEqual([
      'count-items: 通报称 60 个问题，“二、长沙县巡视反馈问题整改进展情况”列出 50 项（(1)–(50)）',
      'count-items: 通报称 67 个问题，“三、长沙经开区巡视反馈问题整改进展情况”列出 64 项（1–64）',
    ]);
    expect(findingsAt(corpus('lusong-district-2021'), undefined, 'count-')).toEqual([]);
    expect(findingsAt(corpus('yiyang-hitech-2023'), undefined, 'count-')).toEqual([]);
  });

  it('reports a deleted item against the overall statement (split items (35-1)…(38-2) count once)', () => {
    const lusong = corpus('lusong-district-2021');
    const text = plant(lusong, /\n[ \u3000]*\(42\)[^\n]*\n/, '\n');
    // The headline chain `4个方面12个问题细化分解为42项具体问题` (line 15) no longer matches either.
    expect(findingsAt(text, undefined, 'count-')).toEqual([`count-items@${lineOf(text, '细化分解为42项')}`, `count-items@${lineOf(text, '巡视反馈42个具体问题')}`]);
    expect(items(text)).toEqual([
      'count-items: 通报称 12个问题、42项具体问题，“二、巡视反馈问题整改进展情况”列出第三级条目 13 项、第四级条目 41 项（(1)–(41)），所述各数均不相符',
      'count-items: 通报称 42 个具体问题，“二、巡视反馈问题整改进展情况”列出 41 项（(1)–(41)）',
    ]);
  });

  it('reads the generated statement under a problems section heading (issue 5) and checks it', () => {
    expect(findingsAt(yiyangWith(), undefined, 'count-')).toEqual([]);
    const deleted = plant(yiyangWith(), /\n31\.统计方面问题。\n/, '\n');
    expect(findingsAt(deleted, undefined, 'count-')).toEqual([`count-items@${lineOf(deleted, '巡视反馈的31个问题')}`]);
    expect(items(deleted)).toEqual(['count-items: 通报称 31 个问题，“二、集中整改期内已完成的整改事项”列出 30 项（1–30）']);
  });

  it('reports the deletion of any one item of yiyang at the statement line', () => {
    const text = yiyangWith();
    const items = parseNotice(text).headings.filter((h) => h.level === 3);
    expect(items).toHaveLength(31);
    for (const h of items) {
      const deleted = text.slice(0, h.lineSpan.start) + text.slice(h.lineSpan.end + 1);
      expect(findingsAt(deleted, undefined, 'count-'), h.marker.text).toEqual([`count-items@${lineOf(deleted, '巡视反馈的31个问题')}`]);
    }
  });

  it('checks each body of a two-body notice against its own section', () => {
    const changsha = corpus('changsha-county-2021');
    const text = plant(plant(changsha, '长沙县的60个问题', '长沙县的50个问题'), '长沙经开区的67个问题', '长沙经开区的64个问题');
    expect(findingsAt(text, undefined, 'count-items')).toEqual([]);
    // Swapped: each total now disagrees with its own section, though it matches the other one.
    const swapped = plant(plant(changsha, '长沙县的60个问题', '长沙县的64个问题'), '长沙经开区的67个问题', '长沙经开区的50个问题');
    expect(items(swapped)).toEqual([
      'count-items: 通报称 64 个问题，“二、长沙县巡视反馈问题整改进展情况”列出 50 项（(1)–(50)）',
      'count-items: 通报称 50 个问题，“三、长沙经开区巡视反馈问题整改进展情况”列出 64 项（1–64）',
    ]);
  });

  it('checks a per-section statement against its level-2 section', () => {
    const base = { items: statuses(4, 2), groups: 2 };
    expect(items(countNotice({ ...base, groupStatement: '上轮巡视反馈的16个问题整改不到位。' }))).toEqual([]);
    expect(items(countNotice({ ...base, groupStatement: '此类问题涉及5个问题。' }))).toEqual([]);
    expect(items(countNotice({ ...base, groupStatement: '该方面共反馈问题3项。' }))).toEqual([]);
    expect(items(countNotice({ ...base, groupStatement: '该方面共反馈问题5项。' }))).toEqual([
      'count-items: 通报称 5 个反馈问题，“（一）反馈问题：第一方面的问题”列出 3 项（1–3）',
    ]);
    expect(items(countNotice({ ...base, groupStatement: '该方面反馈问题3项，已完成整改3个。' }))).toEqual([]);
    expect(items(countNotice({ ...base, groupStatement: '该方面反馈问题4项，已完成整改3个。' }))).toEqual([
      'count-items: 通报称 4 个反馈问题，“（一）反馈问题：第一方面的问题”列出 3 项（1–3）',
    ]);
  });

  it('checks N个方面 against the level-2 headings', () => {
    const s = (n: string) => countNotice({ items: statuses(6, 0), groups: 3, statement: `巡视反馈的${n}个方面6个问题，已完成整改6个。` });
    expect(items(s('三'))).toEqual([]);
    expect(items(s('两'))).toEqual(['count-items: 通报称 2 个方面，“二、巡视反馈问题整改进展情况”下列出 3 个二级标题']);
    // lusong's organisation section: 4个方面 (no breakdown in that sentence) against its four level-2 headings.
    const lusong = plant(corpus('lusong-district-2021'), '4个方面12个问题细化分解', '5个方面12个问题细化分解');
    expect(findingsAt(lusong, undefined, 'count-')).toEqual([`count-items@${lineOf(lusong, '5个方面12个问题')}`]);
    expect(items(lusong)).toEqual(['count-items: 通报称 5 个方面，“二、巡视反馈问题整改进展情况”下列出 4 个二级标题']);
  });

  it('is silent when it is unclear which level a total counts', () => {
    // One group numbers its problems at level 4, another only at level 3.
    const text = countNotice({ statement: '巡视反馈的9个问题，已完成整改9个。', items: statuses(3, 0) }).replace(
      '1.第1个问题。',
      '1.第1个问题。\n\n（1）第一个具体问题。\n\n（2）第二个具体问题。',
    );
    expect(items(text)).toEqual([]);
    // A total matching the level-3 count holds even when items are listed at level 4.
    const l3 = countNotice({ statement: '巡视反馈的1个问题，已完成整改1个。', items: ['完成'] }).replace('1.第1个问题。', '1.第1个问题。\n\n（1）甲。\n\n（2）乙。');
    expect(items(l3)).toEqual([]);
  });

  it('is silent on totals of other things and statements without a breakdown in the organisation section', () => {
    for (const org of [
      '巡视移交的13个立行立改问题，已完成整改13个；巡视移交的368件信访件，已全部办结。',
      '核查发现34个问题，已完成整改。',
      '上轮巡视反馈的4个方面16个问题，已完成整改12个，正在整改4个。',
      '巡视反馈的3个问题中，涉及县直单位的2个问题，已完成整改2个。',
    ]) {
      expect(items(countNotice({ org })), org).toEqual([]);
    }
    // A headline total without a breakdown is compared too (issue 15): 12 and 42 against 4 listed items.
    const org = '将巡视反馈的4个方面12个问题细化分解为42项具体问题。';
    expect(items(countNotice({ org, items: statuses(4, 0), groups: 4 }))).toEqual([
      'count-items: 通报称 12个问题、42项具体问题，“二、巡视反馈问题整改进展情况”列出第三级条目 4 项、第四级条目 0 项（1–4），所述各数均不相符',
    ]);
    // One that matches either number listed holds.
    expect(items(countNotice({ org, items: statuses(12, 0), groups: 4 }))).toEqual([]);
  });

  it('compares a headline total without a breakdown (共有×项整改事项) with the items listed', () => {
    const four = statuses(4, 0);
    const marked = countNotice({ org: '我县共有2个方面{count-items}5项整改事项，逐项明确责任单位和整改时限。', items: four, groups: 2 });
    expect(findingsMarked(marked)).toBe(marked);
    expect(items(countNotice({ org: '我县共有2个方面4项整改事项，逐项明确责任单位和整改时限。', items: four, groups: 2 }))).toEqual([]);
    // A count of something else in the same place says nothing.
    expect(items(countNotice({ org: '我县共召开专题会议5次，制定制度6项。', items: four, groups: 2 }))).toEqual([]);
    // Problems the county solved on its own are no headline total of the feedback.
    expect(items(countNotice({ org: '县委常委会共召开会议8次，研究解决问题12个。', items: four, groups: 2 }))).toEqual([]);
  });

  it('compares a statement written after the section’s items, and one in the preamble', () => {
    const text = countNotice({ items: statuses(4, 0) });
    const lastItem = '整改情况：一是建立制度。二是加强督查。\n\n三、继续深化后续整改';
    const after = text.replace(lastItem, lastItem.replace('\n\n三、', '\n\n截至目前，巡视反馈的{count-items}5个问题，已完成整改4个，正在整改1个。\n\n三、'));
    expect(after).not.toBe(text);
    expect(findingsMarked(after)).toBe(after);
    // An item citing a few problems of the feedback of its own is no summary of the section.
    const eight = countNotice({ items: statuses(8, 0) });
    const cited = eight.replace(lastItem, lastItem.replace('\n\n三、', '\n\n针对巡视反馈的上述2个问题，已完成整改2个。\n\n三、'));
    expect(cited).not.toBe(eight);
    expect(items(cited)).toEqual([]);
    const preamble = text.replace('\n\n一、组织整改落实情况', '\n\n根据省委统一部署，省委第一巡视组对我县进行了巡视，反馈了{count-items}6个问题。现将整改进展情况予以公布。\n\n一、组织整改落实情况');
    expect(preamble).not.toBe(text);
    expect(findingsMarked(preamble)).toBe(preamble);
  });

  it('does not take the numbered measures of an organisation section for its problems', () => {
    const problems = Array.from({ length: 5 }, (_, i) => `${i + 1}.问题${'一二三四五'[i]}。整改情况：已完成整改。`);
    const organisation = ['1.加强组织领导。成立整改工作领导小组。', '2.压实整改责任。逐项明确责任领导。', '3.强化督促检查。开展专项督查3次。'];
    const text = (stated: number) =>
      [
        '中共某某县委关于巡察整改进展情况的通报',
        '一、整改工作开展情况',
        `县委高度重视巡察反馈问题整改。市委巡察反馈的${stated}个问题，已完成整改${stated}个。`,
        ...organisation,
        '二、反馈问题整改情况',
        '（一）党的建设方面',
        ...problems,
        '三、下一步工作',
        '持续推进整改。',
      ].join('\n');
    // The 5 problems are listed under 二; the organisation section lists 3 measures.
    expect(findingsAt(text(5), undefined, 'count-')).toEqual([]);
    expect(items(text(6))).toEqual(['count-items: 通报称 6 个问题，“二、反馈问题整改情况”列出 5 项（1–5）']);
  });
});
