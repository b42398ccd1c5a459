// count-rate: a stated rate against done ÷ total, trying every reasonable numerator.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine.js';
import { applyEdits } from '../../server/features/codeActions.js';
import { corpus, CORPUS, findingsAt, lineOf, plant } from '../helpers.js';
import { countNotice, messagesOf } from './count-notice.js';

const org = (sentence: string) => countNotice({ org: sentence });
const rates = messagesOf('count-rate');

describe('count-rate', () => {
  it('is silent on the real notices (lusong 40.91% holds: 18 of 44 not unfinished)', () => {
    for (const name of CORPUS) expect(findingsAt(corpus(name), undefined, 'count-rate'), name).toEqual([]);
  });

  it('reports a planted rate at its line and says what each numerator gives', () => {
    const text = plant(corpus('lusong-district-2021'), '40.91%', '42.91%');
    expect(findingsAt(text, undefined, 'count-rate')).toEqual([`count-rate@${lineOf(text, '42.91%')}`]);
    expect(rates(text)).toEqual(['count-rate: 整改落实率 42.91% 与统计数不符：总数−未完成 18÷44=40.91%']);
  });

  it('accepts the numerator the notice means: 完成 only, or 完成 plus 基本完成/阶段性完成', () => {
    const s = (rate: string) => `巡视反馈的60个问题，已完成整改31个，基本完成整改23个，未完成整改2个，长期整改4个，整改完成率${rate}。`;
    expect(rates(org(s('51.67%')))).toEqual([]); // 31 ÷ 60
    expect(rates(org(s('52%')))).toEqual([]); // 31 ÷ 60 at whole percent
    expect(rates(org(s('90%')))).toEqual([]); // (31 + 23) ÷ 60
    expect(rates(org(s('96.67%')))).toEqual([]); // 60 − 2 unfinished
    expect(rates(org(s('80%')))).toEqual([
      'count-rate: 整改完成率 80% 与统计数不符：完成 31÷60=52%；完成+基本完成 54÷60=90%；总数−未完成 58÷60=97%',
    ]);
    const stage = '巡察反馈31个问题，已完成整改13个，阶段性完成整改18个，整改完成率';
    expect(rates(org(`${stage}41.94%。`))).toEqual([]);
    expect(rates(org(`${stage}100%。`))).toEqual([]);
    expect(rates(org(`${stage}50%。`))).toEqual(['count-rate: 整改完成率 50% 与统计数不符：完成 13÷31=42%；完成+阶段性完成 31÷31=100%']);
  });

  it('reads the rate at the written precision, rounded or cut off', () => {
    const s = (rate: string) => `巡察反馈3个问题，已完成整改2个、正在整改1个，整改完成率${rate}。`;
    expect(rates(org(s('66.67%')))).toEqual([]);
    expect(rates(org(s('66.66%')))).toEqual([]);
    expect(rates(org(s('66.7%')))).toEqual([]);
    expect(rates(org(s('67%')))).toEqual([]);
    expect(rates(org(s('66.76%')))).toHaveLength(1);
    expect(rates(org('发现问题44个，仍有26个未整改到位，整改落实率40.9%。'))).toEqual([]);
    expect(rates(org('发现问题44个，仍有26个未整改到位，整改落实率41.9%。'))).toHaveLength(1);
  });

  it('says nothing of rates of other things and of rates without counts', () => {
    for (const s of [
      '交办营商环境问题1493个，整改率达98.8%。',
      '巡视反馈的60个问题，整改完成率95%。',
      '2021年文化文体活动场所县级投入为7967.7万元，占财政总投入0.52%。',
      '接收信访举报77件，其中办结37件，办结率48%。',
    ]) {
      expect(rates(org(s)), s).toEqual([]);
    }
  });

  it('offers the recomputed rate, changing only its digits; preferred when only one reading exists', () => {
    const text = org('巡察反馈31个问题，已完成整改13个、正在整改18个，整改完成率45.00%。');
    const [r] = analyze(text).results.filter((x) => x.rule === 'count-rate');
    expect(r.fixes?.map((f) => [f.title, f.preferred])).toEqual([['将整改完成率改为 41.94%（完成）', true]]);
    const fixed = applyEdits(text, r.fixes?.[0].edits ?? []);
    expect(fixed).toBe(text.replace('45.00%', '41.94%'));
    expect(rates(fixed)).toEqual([]);
  });

  it('checks a hedged rate only against its hedge (近 a little below, 约/左右 near, 以上/超过 at least), with no fix', () => {
    // 1130 of 1920 is 58.9%: 近60% is right, 近50% and 超过60% are not.
    const t = (rate: string) => org(`巡视反馈的1920个问题，已完成整改1130个，正在整改790个，整改完成率${rate}。`);
    for (const ok of ['近60%', '接近60%', '约60%', '60%左右', '约58.9%', '达55%以上', '超过55%', '58.9%']) expect(rates(t(ok)), ok).toEqual([]);
    expect(rates(t('近50%'))).toEqual(['count-rate: “整改完成率近50%”与统计数不符（已按“近”放宽核对）：完成 1130÷1920=59%']);
    for (const wrong of ['近95%', '约70%', '60%以上', '超过65%']) expect(rates(t(wrong)), wrong).toHaveLength(1);
    const [r] = analyze(t('超过65%')).results.filter((x) => x.rule === 'count-rate');
    expect(r.fixes).toEqual([]);
  });

  it('checks a share against the part before it (占…的×%)', () => {
    expect(rates(org('巡视反馈的28个问题，已完成整改20个，占整改问题总数的71.4%，正在整改8个，占28.6%。'))).toEqual([]);
    expect(rates(org('巡视反馈的28个问题，已完成整改20个，占整改问题总数的71.4%，正在整改8个，占26.8%。'))).toEqual([
      'count-rate: 占比 26.8% 与统计数不符：正在整改 8÷28=28.6%',
    ]);
  });
});

