// closing-block: the closing invitation's 联系电话 (or 联系方式) / 邮政信箱 / 电子邮箱, and
// well-formed phone numbers and e-mail addresses.
import { describe, expect, it } from 'vitest';
import { CORPUS, corpus, diagnosticStrings, findingsAt, lineOf, plant, settings } from '../helpers.js';
import { analyze } from '../../server/engine.js';
import { findingsMarked } from '../markers.js';

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

// Issue 15: a field that is there but unfilled is never called missing; labels written without
// their colon are fields when a value follows them, never when prose names them.
describe('closing-block: present but unfilled, labels without a colon', () => {
  const ONLY = ['closing-block', 'placeholder'];
  const expectMarked = (...closing: string[]) => {
    const text = notice(...closing);
    expect(findingsMarked(text, settings(), ONLY), closing.join('|')).toBe(text);
  };

  it('never calls an unfilled field missing: placeholder speaks instead', () => {
    expectMarked(`${INVITE}联系方式：电话{placeholder}……；邮政信箱{placeholder}……；电子邮箱{placeholder}……。`);
    expectMarked(`${INVITE}联系电话：{placeholder}××；邮政信箱：{placeholder}＊＊；电子邮箱：{placeholder}XXXX。`);
    expectMarked(INVITE, '联系电话{placeholder}……', '邮政信箱{placeholder}……', '电子邮箱{placeholder}……');
    // Empty after its colon or before the next field: present, and said to be empty.
    expectMarked(`${INVITE}{closing-block}联系电话：；邮政信箱{placeholder}……；电子邮箱：abc@163.com。`);
    expectMarked(`${INVITE}联系电话：0731-84012157；{closing-block}邮政信箱；电子邮箱：abc@163.com。`);
    expect(only(notice(`${INVITE}联系电话：0731-84012157；邮政信箱；电子邮箱：abc@163.com。`))[0]).toContain('邮政信箱后没有填写内容');
  });

  it('reads fields written without their colon, and checks their values', () => {
    expectMarked(`${INVITE}联系电话0731-84012157；邮政信箱某县纪委信访室；电子邮箱abc@163.com。`);
    expectMarked(`${INVITE}联系方式：电话0731-84012157，邮箱abc@163.com；邮政信箱：某县纪委信访室。`);
    expectMarked(`${INVITE}联系电话{closing-block}0731-840121577；邮政信箱某县纪委；电子邮箱{closing-block}abc@163。`);
  });

  it('a value that holds a placeholder among its text is a draft: placeholder speaks, not a format check', () => {
    expectMarked(`${INVITE}联系电话：0731-{placeholder}××××；邮政信箱：某县纪委；电子邮箱：{placeholder}××××@163.com。`);
  });

  it('prose that names a field is no field: 请通过电话、邮政信箱反映 leaves the postal address missing', () => {
    const text = notice(`${INVITE}请通过电话、邮政信箱等方式反映。联系电话：0731-84012157；电子邮箱：abc@163.com。`);
    expect(only(text)).toEqual([`[6:0..6:${text.split('\n')[6].length}] closing-block: 结尾的联系方式缺少邮政信箱`]);
  });

  it('a phone number written without a label is the phone', () => {
    expectMarked(`${INVITE}来电请拨0731-84012157；邮政信箱：某县纪委；电子邮箱：abc@163.com。`);
    // A short number is no phone on its own: the phone is still missing.
    const text = notice(`${INVITE}信访室位于3楼；邮政信箱：某县纪委；电子邮箱：abc@163.com。`);
    expect(only(text).map((d) => d.replace(/^\S+ /, ''))).toEqual(['closing-block: 结尾的联系方式缺少联系电话']);
  });

  it('a label that only heads the next one (联系方式：电话…) is no empty field; one followed by a labelled field is', () => {
    expectMarked(`${INVITE}联系方式：电话0731-84012157；邮政信箱：某县纪委；电子邮箱：abc@163.com。`);
    expectMarked(`${INVITE}{closing-block}联系电话：邮政信箱：某县纪委；电子邮箱：abc@163.com。`);
  });

  it('the real notice with its closing turned into the template: no missing field', () => {
    const text = plant(corpus('lusong-district-2021'), '联系方式:0731-28580561;邮政信箱:中共株洲市芦淞区委办公室;电子邮箱:lusongducha@163.com', '联系方式:电话……;邮政信箱……;电子邮箱……');
    expect(findingsAt(text, settings(), 'closing-block')).toEqual([]);
    expect(findingsAt(text, settings(), 'placeholder')).toHaveLength(3);
  });
});
