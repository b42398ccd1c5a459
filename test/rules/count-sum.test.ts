// count-sum: the parts of a count statement against its total (NOTICE-FORMAT.md §6).
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';
import { countModel } from '../../server/model/countModel.js';
import { applyEdits } from '../../server/features/codeActions.js';
import { corpus, CORPUS, findingsAt, lineOf, plant } from '../helpers.js';
import { countNotice, messagesOf } from './count-notice.js';

const org = (sentence: string) => countNotice({ org: sentence });
const sums = messagesOf('count-sum');

describe('count-sum', () => {
  it('is silent on the three real notices (their sums, 251件信访件 included, hold)', () => {
    for (const name of CORPUS) expect(findingsAt(corpus(name), undefined, 'count-sum'), name).toEqual([]);
  });

  it('reports a planted wrong part at its line, with the numbers', () => {
    const text = plant(corpus('changsha-county-2021'), '已完成整改31个', '已完成整改30个');
    expect(findingsAt(text, undefined, 'count-sum')).toEqual([`count-sum@${lineOf(text, '长沙县的60个问题')}`]);
    expect(sums(text)).toEqual(['count-sum: 分项之和 30+23+2+4=59，与总数 60 不符']);
  });

  it('reports a planted wrong total and parts that exceed it', () => {
    const a = plant(corpus('changsha-county-2021'), '长沙经开区的67个问题', '长沙经开区的68个问题');
    expect(findingsAt(a, undefined, 'count-sum')).toEqual([`count-sum@${lineOf(a, '长沙经开区的68个问题')}`]);
    const b = plant(corpus('lusong-district-2021'), '已办结248件', '已办结249件');
    expect(sums(b)).toEqual(['count-sum: 分项之和 249+3=252，超过总数 251']);
    expect(findingsAt(b, undefined, 'count-sum')).toEqual([`count-sum@${lineOf(b, '251件信访件')}`]);
  });

  it('reports every number of every breakdown in the corpus, changed by one, at its line', () => {
    let planted = 0;
    for (const name of CORPUS) {
      const text = corpus(name);
      for (const s of countModel(parseNotice(text)).statements) {
        if (s.checks.sum.verdict !== 'ok') continue;
        // Wrong once two or more parts claim to cover the total, or a single part exceeds it.
        const total = s.chain[s.chain.length - 1].number;
        const single = s.parts.length < 2;
        for (const n of [...(single ? [] : [total]), ...s.parts.flatMap((p) => (p.number ? [p.number] : []))]) {
          if (n.numeral !== 'arabic' || (single && n.value + 1 <= total.value)) continue;
          const changed = text.slice(0, n.start) + String(n.value + 1) + text.slice(n.end);
          expect(findingsAt(changed, undefined, 'count-sum'), `${name}:${s.line + 1} ${n.text}`).toEqual([`count-sum@${s.line + 1}`]);
          planted++;
        }
      }
    }
    expect(planted).toBeGreaterThanOrEqual(25);
  });

  it('reads every template of §6', () => {
    const good = [
      '截至6月30日，巡视反馈的60个问题，已完成整改31个，基本完成整改23个，未完成整改2个，长期整改4个。',
      '巡视反馈长沙经开区的67个问题，已完成整改32个，基本完成整改29个，长期坚持3个，未完成3个。',
      '巡察反馈的三个方面十四个具体问题四十九项分项任务，已完成整改40个，基本完成整改6个，长期整改3个。',
      '截至目前，20个问题中，完成整改5个，阶段性完成整改15个。',
      '截至目前，44个问题已整改完成27个，仍有8个方面17个问题正在整改。',
      '巡察反馈31个问题，已完成整改13个、正在整改18个，整改完成率41.94%。',
      '发现问题44个，仍有26个未整改到位，整改落实率40.91%。',
      '巡视移交的13个立行立改问题，已完成整改13个；巡视移交的368件信访件，已全部办结。',
      '巡视移交的251件信访件，已办结248件，正在办理3件。',
      '截至××，巡视反馈的31个问题，已完成整改13个，阶段性完成整改18个。',
    ];
    for (const s of good) expect(sums(org(s)), s).toEqual([]);
    const bad: [string, string][] = [
      ['截至6月30日，巡视反馈的61个问题，已完成整改31个，基本完成整改23个，未完成整改2个，长期整改4个。', '31+23+2+4=60，与总数 61'],
      ['巡视反馈长沙经开区的67个问题，已完成整改32个，基本完成整改29个，长期坚持3个，未完成4个。', '32+29+3+4=68，超过总数 67'],
      ['巡察反馈的三个方面十四个具体问题四十九项分项任务，已完成整改40个，基本完成整改6个，长期整改4个。', '40+6+4=50，与所述各总数（十四个具体问题、四十九项分项任务）均不符：分项应合计为最后一项 49'],
      ['截至目前，20个问题中，完成整改5个，阶段性完成整改14个。', '5+14=19，与总数 20'],
      ['截至目前，44个问题已整改完成27个，仍有8个方面16个问题正在整改。', '27+16=43，与总数 44'],
      ['巡察反馈31个问题，已完成整改13个、正在整改19个，整改完成率41.94%。', '13+19=32，超过总数 31'],
      ['发现问题44个，仍有45个未整改到位。', '45=45，超过总数 44'],
      ['巡视移交的13个立行立改问题，已完成整改14个。', '14=14，超过总数 13'],
      ['巡视移交的251件信访件，已办结247件，正在办理3件。', '247+3=250，与总数 251'],
      ['截至××，巡视反馈的31个问题，已完成整改13个，阶段性完成整改17个。', '13+17=30，与总数 31'],
    ];
    for (const [s, numbers] of bad) expect(sums(org(s)).join(), s).toContain(numbers);
  });

  it('reads Chinese numerals (两, 十四, 四十九) and 全部/均', () => {
    expect(sums(org('巡视反馈的十四个问题，已完成整改十二个，长期整改两个。'))).toEqual([]);
    expect(sums(org('巡视反馈的十四个问题，已完成整改十二个，长期整改三个。'))).toEqual(['count-sum: 分项之和 12+3=15，超过总数 14']);
    expect(sums(org('巡视反馈的四十九项分项任务，已完成整改四十项，基本完成整改九项。'))).toEqual([]);
    expect(sums(org('巡视移交的5个立行立改问题，已全部完成整改。'))).toEqual([]);
    expect(sums(org('共收到线索问题2个，均已办结。'))).toEqual([]);
    // 全部 stands for the total: another part beside it is too many.
    expect(sums(org('巡视移交的5个立行立改问题，已全部完成整改，正在整改1个。'))).toEqual(['count-sum: 分项之和 5+1=6，超过总数 5']);
  });

  it('says nothing of a single part smaller than the total, nor of non-breakdowns', () => {
    for (const s of [
      '巡视反馈的11个问题，已完成整改10个。',
      '截至目前，接收信访举报77件，其中受理检举控告类信访举报37件，党纪政务立案20件，党纪政务处分13人。',
      '巡视反馈的60个问题，2019年10月22日完成整改25项，12月31日已全部完成整改。',
      '共受理问题线索17件，办结10件，处理6人，追回资金21万元。',
      '巡视反馈的60余个问题，已完成整改31个，基本完成整改23个。',
      '巡视反馈的60个问题，已完成整改31个，其中立行立改10个，限期整改15个。',
      '核查发现34个问题，已完成整改。',
      '6个问题楼盘已形成化解途径，完成整改2个，正在整改1个。',
      '巡视反馈的60个问题，已完成整改31个，基本完成整改23个，其余6个问题正按时序推进。',
      '巡视反馈的60个问题，已完成整改31个，已销号25个。',
    ]) {
      expect(sums(org(s)), s).toEqual([]);
    }
  });

  it('offers to set the total to the sum, changing only that number', () => {
    const text = org('巡视反馈的十五个问题，已完成整改十二个，长期整改两个。');
    const [r] = analyze(text).results.filter((x) => x.rule === 'count-sum');
    expect(r.fixes?.map((f) => f.title)).toEqual(['将总数改为分项之和 14']);
    const fixed = applyEdits(text, r.fixes?.[0].edits ?? []);
    expect(fixed).toBe(text.replace('十五个问题', '十四个问题'));
    expect(sums(fixed)).toEqual([]);
    const two = org('巡视反馈的三个问题，已完成整改一个，长期整改一个。');
    const [r2] = analyze(two).results.filter((x) => x.rule === 'count-sum');
    expect(applyEdits(two, r2.fixes?.[0].edits ?? [])).toBe(two.replace('三个问题', '两个问题'));
  });

  it('never counts a bracketed note as a part, and reports a note larger than its part', () => {
    expect(sums(org('巡视反馈的45个问题，已完成整改38个（含立行立改问题6个），正在整改7个。'))).toEqual([]);
    expect(sums(org('巡视反馈的45个问题，已完成整改38个（含立行立改问题40个），正在整改7个。'))).toEqual(['count-sum: 其中之数 40 超过其所属的数 38']);
  });

  it('in a chain of totals, accepts the one the parts fit and names them all when none fits', () => {
    expect(sums(org('巡视反馈的12个问题30项整改任务，已完成整改10个，正在整改2个。'))).toEqual([]);
    expect(sums(org('巡视反馈的12个问题30项整改任务，已完成整改10个，正在整改3个。'))).toEqual([
      'count-sum: 分项之和 10+3=13，与所述各总数（12个问题、30项整改任务）均不符：分项应合计为最后一项 30',
    ]);
  });

  it('leaves out figures of other things, and skips the sum when a part could not be read', () => {
    expect(sums(org('巡视反馈的32个问题，已完成整改27个，整改到位资金1250万元，问责5人，建章立制8项，正在整改5个。'))).toEqual([]);
    expect(sums(org('巡视反馈的32个问题，已完成整改27个，整改到位资金1250万元，问责5人，建章立制8项，正在整改6个。'))).toHaveLength(1);
    // `另有6个结合年度工作一并推进` has no status: the sum waits for it, the rate (24÷30) is still checked.
    const gap = org('巡察反馈的30个问题，已完成整改24个，另有6个结合年度工作一并推进，整改完成率90%。');
    expect(sums(gap)).toEqual([]);
    expect(messagesOf('count-rate')(gap)).toHaveLength(1);
  });
});

