// closing-block: the closing invitation's 联系电话 (or 联系方式) / 邮政信箱 / 电子邮箱, and
// well-formed phone numbers and e-mail addresses.
import { describe, expect, it } from 'vitest';
import { CORPUS, corpus, diagnosticStrings, findingsAt, lineOf, plant, settings } from '../helpers.js';
import { analyze } from '../../server/engine.js';

const only = (text: string) => diagnosticStrings(text, settings(), 'closing-block');
const notice = (...closing: string[]) =>
  ['关于巡察整改进展情况的通报', '', '一、组织整改落实情况', '', '成立领导小组。', '', ...closing, '', '中共某县委', '', '2023年12月5日', ''].join('\n');
const INVITE = '欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。';

describe('closing-block', () => {
  it('is silent on the real notices (联系方式 counts as the phone)', () => {
    for (const c of CORPUS) expect(findingsAt(corpus(c), settings(), 'closing-block'), c).toEqual([]);
  });

  it('accepts the three fields, on one line or on lines of their own, with 12388, mobiles and extensions', () => {
    expect(only(notice(`${INVITE}联系电话：0731-84012157、12388；邮政信箱：某县纪委信访室；电子邮箱：xfs84012157@163.com。`))).toEqual([]);
    expect(only(notice(INVITE, '联系电话：13812345678，010-12345678-8001', '邮政信箱：某县纪委信访室', '电子邮箱：a.b-c@mail.gov.cn'))).toEqual([]);
  });

  it('reports, as information, a missing field', () => {
    const text = notice(`${INVITE}联系电话：0731-84012157；电子邮箱：abc@163.com。`);
    expect(only(text)).toEqual(['[6:0..6:74] closing-block: 结尾的联系方式缺少邮政信箱']);
    expect(analyze(text).results.map((r) => r.severity)).toEqual(['information']);
    const t2 = plant(corpus('lusong-district-2021'), ';电子邮箱:lusongducha@163.com', '');
    expect(findingsAt(t2, settings(), 'closing-block')).toEqual([`closing-block@${lineOf(t2, '欢迎广大干部群众')}`]);
  });

  it('flags malformed phone numbers and e-mail addresses', () => {
    expect(only(notice(`${INVITE}联系电话：0731-840121577；邮政信箱：某县纪委；电子邮箱：abc@163。`))).toEqual([
      '[6:43..6:57] closing-block: 电话号码“0731-840121577”格式有误',
      '[6:73..6:80] closing-block: 电子邮箱“abc@163”格式有误',
    ]);
    expect(only(notice(`${INVITE}联系电话：1381234567；邮政信箱：某县纪委；电子邮箱：abc163.com。`))).toEqual([
      '[6:43..6:53] closing-block: 电话号码“1381234567”格式有误',
      '[6:69..6:79] closing-block: 电子邮箱“abc163.com”格式有误',
    ]);
  });

  it('reports an empty field but leaves …… to placeholder', () => {
    expect(only(notice(`${INVITE}联系电话：；邮政信箱：……；电子邮箱：abc@163.com。`))).toEqual([
      '[6:38..6:42] closing-block: 联系电话后没有填写内容',
    ]);
  });
});
