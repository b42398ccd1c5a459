// placeholder: ××, XX/xx in names, ${…} snippet leftovers, and …… standing alone in the
// contact fields — never …… used as an ellipsis in running text, never Latin xx.
import { describe, expect, it } from 'vitest';
import { CORPUS, corpus, diagnosticStrings, findingsAt, lineOf, plant, settings } from '../helpers.js';

const only = (text: string) => diagnosticStrings(text, settings(), 'placeholder');
const notice = (body: string, closing = '联系电话：0731-84012157；邮政信箱：某县纪委；电子邮箱：abc@163.com。') =>
  ['中共某县委关于巡察整改进展情况的通报', '', '一、组织整改落实情况', '', body, '', `欢迎广大干部群众对巡察整改落实情况进行监督。${closing}`, ''].join('\n');

describe('placeholder', () => {
  it('is silent on the real notices (they hold …… nowhere as a placeholder, × nowhere)', () => {
    for (const c of CORPUS) expect(findingsAt(corpus(c), settings(), 'placeholder'), c).toEqual([]);
  });

  it('accepts a right notice, an ellipsis in running text, 3×4 and Latin xx', () => {
    expect(only(notice('学习党的二十大精神……推动整改，面积3×4米，型号xx-100A，折合US$1亿元。'))).toEqual([]);
  });

  it('flags ×× and XX in names', () => {
    expect(only(notice('中共××县委学习党的XX大精神，xx同志任组长，×月×日召开会议。'))).toEqual([
      '[4:2..4:4] placeholder: 模板占位符“××”尚未替换为实际内容',
      '[4:10..4:12] placeholder: 模板占位符“XX”尚未替换为实际内容',
      '[4:16..4:18] placeholder: 模板占位符“xx”尚未替换为实际内容',
      '[4:24..4:25] placeholder: 模板占位符“×”尚未替换为实际内容',
      '[4:26..4:27] placeholder: 模板占位符“×”尚未替换为实际内容',
    ]);
  });

  it('flags snippet leftovers', () => {
    expect(only(notice('成立领导小组，${1:组长}任组长，$2任副组长。'))).toEqual([
      '[4:7..4:14] placeholder: 片段占位符“${1:组长}”尚未替换',
      '[4:18..4:20] placeholder: 片段占位符“$2”尚未替换',
    ]);
  });

  it('flags …… standing alone in a contact field', () => {
    expect(only(notice('成立领导小组。', '联系电话：……；邮政信箱：……；电子邮箱：abc@163.com。'))).toEqual([
      '[6:27..6:29] placeholder: 联系电话仍是占位符“……”',
      '[6:35..6:37] placeholder: 邮政信箱仍是占位符“……”',
    ]);
  });

  it('flags a placeholder planted in a real notice, at its line', () => {
    const text = plant(corpus('lusong-district-2021'), '联系方式:0731-28580561', '联系方式:……');
    expect(findingsAt(text, settings(), 'placeholder')).toEqual([`placeholder@${lineOf(text, '联系方式:……')}`]);
    const t2 = plant(corpus('yiyang-hitech-2023'), '中共益阳高新区工委\n\n关于', '中共××高新区工委\n\n关于');
    expect(findingsAt(t2, settings(), 'placeholder')).toEqual(['placeholder@3']);
  });
});
