// inspection-term: a 巡察 notice that says 巡视 in its title or a section title, or the other
// way round; the preamble may name both; 巡视巡察 is never flagged; unclear evidence, no finding.
import { describe, expect, it } from 'vitest';
import { CORPUS, corpus, diagnosticStrings, findingsAt, fixAll, plant, settings } from '../helpers.js';

const only = (text: string) => diagnosticStrings(text, settings(), 'inspection-term');
const notice = (title: string, preamble: string, section2: string) =>
  [title, '', preamble, '', '一、组织整改落实情况', '', '成立领导小组。', '', section2, '', '（一）加强学习', ''].join('\n');
const PRE = '根据县委巡视巡察工作统一部署，2023年3月8日至6月10日，县委第一巡察组对某镇党委进行了巡察。2023年7月18日，县委巡察组向某镇党委反馈了巡察意见。';

describe('inspection-term', () => {
  it('is silent on the real notices (changsha names 巡察 work in item titles of a 巡视 notice: right)', () => {
    for (const c of CORPUS) expect(findingsAt(corpus(c), settings(), 'inspection-term'), c).toEqual([]);
  });

  it('accepts a 巡察 notice whose preamble also names 巡视', () => {
    expect(only(notice('中共某镇委员会关于巡察整改进展情况的通报', PRE, '二、巡察反馈问题整改进展情况'))).toEqual([]);
  });

  it('flags 巡视 in the title and in a section title of a 巡察 notice, and fixes them', () => {
    const text = notice('中共某镇委员会关于巡视整改进展情况的通报', PRE, '二、巡视反馈问题整改进展情况');
    expect(only(text)).toEqual([
      '[0:9..0:11] inspection-term: 本通报是关于巡察的，此处却写作“巡视”',
      '[8:2..8:4] inspection-term: 本通报是关于巡察的，此处却写作“巡视”',
    ]);
    const fixed = fixAll(text).text;
    expect(fixed.split('\n')[0]).toBe('中共某镇委员会关于巡察整改进展情况的通报');
    expect(fixed.split('\n')[8]).toBe('二、巡察反馈问题整改进展情况');
  });

  it('flags 巡察 in a section title of a real 巡视 notice', () => {
    const text = plant(corpus('yiyang-hitech-2023'), '三、下一步工作安排', '三、巡察整改下一步工作安排');
    expect(findingsAt(text, settings(), 'inspection-term')).toEqual([`inspection-term@${text.split('\n').findIndex((l) => l.startsWith('三、')) + 1}`]);
  });

  it('without evidence in the preamble, checks the section titles against the title', () => {
    expect(only(notice('关于巡视整改进展情况的通报', '根据有关部署，现将整改情况予以公布。', '二、巡察反馈问题整改情况'))).toEqual([
      '[8:2..8:4] inspection-term: 本通报是关于巡视的，此处却写作“巡察”',
    ]);
  });

  it('says nothing when neither the preamble nor the title makes the kind clear', () => {
    expect(only(notice('关于整改进展情况的通报', '根据有关部署，现将整改情况予以公布。', '二、巡察反馈问题整改情况'))).toEqual([]);
    expect(only(notice('关于巡视巡察整改进展情况的通报', '根据有关部署，现将整改情况予以公布。', '二、巡察反馈问题整改情况'))).toEqual([]);
    const mixed = '根据部署，省委巡视组和市委巡察组分别进行了巡视和巡察。';
    expect(only(notice('关于巡视整改进展情况的通报', mixed, '二、巡察反馈问题整改情况'))).toEqual([]);
  });

  it('never flags the compound 巡视巡察', () => {
    expect(only(notice('关于巡察整改进展情况的通报', PRE, '二、推动巡视巡察上下联动'))).toEqual([]);
  });
});
