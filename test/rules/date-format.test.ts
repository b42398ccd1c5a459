// date-format: impossible, broken, Chinese-numeral and zero-padded dates in the date line and
// the preamble; a date line earlier than a date the text reports as past.
import { describe, expect, it } from 'vitest';
import { CORPUS, corpus, diagnosticStrings, findingsAt, fixAll, plant, settings } from '../helpers.js';
import { analyze } from '../../server/engine.js';

const notice = (preamble: string, date: string) =>
  [
    '中共某县委关于巡察整改进展情况的通报',
    '',
    preamble,
    '',
    '一、组织整改落实情况',
    '',
    '成立领导小组。',
    '',
    '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0731-84012157；邮政信箱：某县纪委；电子邮箱：abc@163.com。',
    '',
    '中共某县委',
    '',
    date,
    '',
  ].join('\n');
const PRE = '根据县委统一部署，2023年3月8日至6月10日，县委第一巡察组对某镇进行了巡察。2023年7月18日，巡察组反馈了巡察意见。';
const only = (text: string) => diagnosticStrings(text, settings(), 'date-format');

describe('date-format', () => {
  it('is silent on the real notices', () => {
    for (const c of CORPUS) expect(findingsAt(corpus(c), settings(), 'date-format'), c).toEqual([]);
  });

  it('accepts a right notice', () => {
    expect(only(notice(PRE, '2023年12月5日'))).toEqual([]);
  });

  it('flags an impossible date in the preamble and the date line', () => {
    expect(only(notice(PRE.replace('2023年7月18日', '2023年2月30日'), '2023年12月5日'))).toEqual([
      '[2:41..2:51] date-format: 日期“2023年2月30日”不存在（2月没有30日）',
    ]);
    expect(only(notice(PRE, '2023年13月5日'))).toEqual(['[12:0..12:10] date-format: 日期“2023年13月5日”不存在（月份应为1至12）']);
    // 29 February exists only in leap years; a range end takes the year of its start.
    expect(only(notice(PRE, '2024年2月29日'))).toEqual([]);
    expect(only(notice(PRE, '2025年2月29日'))).toEqual(['[12:0..12:10] date-format: 日期“2025年2月29日”不存在（2月没有29日）']);
    expect(only(notice(PRE.replace('至6月10日', '至6月31日'), '2023年12月5日'))).toEqual([
      '[2:19..2:24] date-format: 日期“6月31日”不存在（6月没有31日）',
    ]);
  });

  it('flags broken dates', () => {
    expect(only(notice(PRE.replace('2023年7月18日', '2025年1021日'), '2025年12月5日'))).toEqual([
      '[2:41..2:51] date-format: 日期“2025年1021日”写法有误，应写作“××××年×月×日”',
    ]);
    expect(only(notice(PRE.replace('2023年7月18日', '20211228日'), '2023年12月5日'))).toEqual([
      '[2:41..2:50] date-format: 日期“20211228日”写法有误，应写作“××××年×月×日”',
    ]);
  });

  it('flags a date line in Chinese numerals and fixes it to Arabic numerals', () => {
    const text = notice(PRE, '二〇二三年十二月五日');
    expect(only(text)).toEqual(['[12:0..12:10] date-format: 成文日期应使用阿拉伯数字（GB/T 9704-2012 7.3.5），如“2023年12月5日”']);
    expect(fixAll(text).text.split('\n')[12]).toBe('2023年12月5日');
  });

  it('flags zero-padded months and days and removes the padding', () => {
    const text = notice(PRE, '2023年09月05日');
    expect(only(text)).toEqual([
      '[12:0..12:11] date-format: 日期中的月、日不编虚位（GB/T 9704-2012 7.3.5）：“2023年09月05日”应写作“2023年9月5日”',
    ]);
    expect(fixAll(text).text.split('\n')[12]).toBe('2023年9月5日');
  });

  it('reports, as information, a date line earlier than the feedback date', () => {
    const a = analyze(notice(PRE, '2023年7月1日'));
    const r = a.results.filter((x) => x.rule === 'date-format');
    expect(r.map((x) => `${x.severity} ${x.message}`)).toEqual(['information 成文日期2023年7月1日早于正文所述已发生的日期2023年7月18日']);
    expect(r[0].related?.map((x) => a.doc.text.slice(x.span.start, x.span.end))).toEqual(['2023年7月18日']);
  });

  it('reads 截至… in the body as past, on a real notice', () => {
    const text = plant(corpus('yiyang-hitech-2023'), '2023年12月5日', '2023年6月5日');
    expect(findingsAt(text, settings(), 'date-format')).toEqual(['date-format@' + (text.split('\n').findIndex((l) => l.includes('2023年6月5日')) + 1)]);
    const cs = plant(corpus('changsha-county-2021'), /\n2021年8月25日/, '\n2021年6月1日');
    const r = analyze(cs).results.filter((x) => x.rule === 'date-format');
    expect(r.map((x) => x.message)).toEqual(['成文日期2021年6月1日早于正文所述已发生的日期2021年6月30日']);
  });
});
