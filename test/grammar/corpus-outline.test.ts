// The outline of the real notices: exactly the headings of NOTICE-FORMAT.md §9, nested right.
import { describe, expect, it } from 'vitest';
import { parseNotice, type Heading } from '../../grammar/index.js';
import { corpus, levelCounts, outlineLines } from '../helpers.js';

const name = (h: Heading) => h.marker.text + h.title.text;

describe('corpus outlines', () => {
  it.each([
    ['changsha-county-2021', '4/12/74/50/0'],
    ['lusong-district-2021', '3/11/13/49/0'],
    ['yiyang-hitech-2023', '3/12/31/0/2'],
  ] as const)('%s has %s headings per level', (file, counts) => {
    const doc = parseNotice(corpus(file));
    expect(levelCounts(doc)).toBe(counts);
    expect(doc.errors).toEqual([]);
  });

  it.each(['changsha-county-2021', 'lusong-district-2021', 'yiyang-hitech-2023'] as const)('%s typed with full-width digits (１．（１２）) has the same outline', (file) => {
    const half = parseNotice(corpus(file));
    const full = parseNotice(corpus(file).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))));
    expect(full.headings.map((h) => [h.level, h.marker.value, h.marker.part, h.line])).toEqual(half.headings.map((h) => [h.level, h.marker.value, h.marker.part, h.line]));
  });

  it('changsha: (49) and (50) sit directly under (四), the 经开区 items restart under section 三', () => {
    const doc = parseNotice(corpus('changsha-county-2021'));
    const i49 = doc.headings.find((h) => h.level === 4 && h.marker.value === 49)!;
    const i50 = doc.headings.find((h) => h.level === 4 && h.marker.value === 50)!;
    expect(i49.parent?.marker.text).toBe('(四)');
    expect(i50.parent).toBe(i49.parent);
    expect(i49.parent?.parent?.marker.text).toBe('二、');
    const sec3 = doc.roots.find((h) => h.marker.text === '三、')!;
    expect(sec3.children.map((c) => c.marker.text)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)']);
    const items = sec3.children.flatMap((c) => c.children);
    expect(items.map((h) => h.marker.value)).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
    expect(doc.roots.map(name)).toEqual([
      '一、组织整改落实情况',
      '二、长沙县巡视反馈问题整改进展情况',
      '三、长沙经开区巡视反馈问题整改进展情况',
      '四、继续深化后续整改',
    ]);
  });

  it('yiyang: ① and ② sit under 28., and 3.1名… / 5.2022年… / 19.5名… are headings 3, 5 and 19', () => {
    const doc = parseNotice(corpus('yiyang-hitech-2023'));
    const circled = doc.headings.filter((h) => h.level === 5);
    expect(circled.map((h) => h.parent?.marker.text)).toEqual(['28.', '28.']);
    expect(circled.map(name)).toEqual(['①高质量发展问题', '②园区土地闲置问题']);
    const l3 = doc.headings.filter((h) => h.level === 3);
    expect(l3.map((h) => h.marker.value)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(name(l3[2])).toBe('3.1名受处分干部未及时调整岗位的问题');
    expect(name(l3[4])).toBe('5.2022年园区6项考核指标低于全省平均水平的问题');
    expect(name(l3[18]).startsWith('19.5名干部在企业任职仍保留原单位编制')).toBe(true);
  });

  it('lusong: indented lines, ASCII parentheses, split items and `2. ` are read; 3. is missing', () => {
    const doc = parseNotice(corpus('lusong-district-2021'));
    const l3 = doc.headings.filter((h) => h.level === 3);
    expect(l3.map((h) => h.marker.value)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(name(l3[1])).toBe('2. 以人民为中心的发展思想树得不牢'.replace('2. ', '2.'));
    expect(l3.find((h) => h.marker.value === 13)!.title.text.startsWith('2019年省审计厅')).toBe(true);
    const split = doc.headings.filter((h) => h.marker.part !== undefined);
    expect(split.map((h) => `${h.marker.value}-${h.marker.part}`)).toEqual([
      '35-1', '35-2', '35-3', '35-4', '36-1', '36-2', '36-3', '36-4', '38-1', '38-2',
    ]);
    expect(split[0].parent?.marker.value).toBe(12);
    // Closing pledges: (一)(二)(三) with a title cut at the first sentence end and a body.
    const last = doc.roots[doc.roots.length - 1];
    expect(last.children.map(name)).toEqual(['(一)提高政治站位,扛牢后续整改责任', '(二)坚持问题导向,持续抓好后续整改', '(三)健全长效机制,放大整改效应']);
    expect(last.children[0].body?.text.startsWith('学懂弄通做实')).toBe(true);
  });

  it('reads the parts around the sections: title, residue, preamble, closing, signature, date', () => {
    const y = parseNotice(corpus('yiyang-hitech-2023'));
    expect(y.title.map((p) => p.text)).toEqual(['中共益阳高新区工委', '关于巡视整改进展情况的通报']);
    expect(y.residue.map((p) => p.text)).toEqual(['附件4']);
    expect(y.preamble).toHaveLength(1);
    expect(y.preamble[0].text.startsWith('根据省委统一部署')).toBe(true);
    expect(y.closing?.text.startsWith('欢迎广大干部群众')).toBe(true);
    expect(y.signature.map((p) => p.text)).toEqual(['中共益阳高新区工委']);
    expect(y.date?.text).toBe('2023年12月5日');

    const c = parseNotice(corpus('changsha-county-2021'));
    expect(c.signature.map((p) => p.text)).toEqual(['中共长沙县委', '中共长沙经济技术开发区工作委员会']);
    expect(c.date?.text).toBe('2021年8月25日');
    expect(c.residue.map((p) => p.text)).toContain('字体大小:');
    expect(c.residue.some((p) => p.text.startsWith('日期:2021-08-25'))).toBe(true);
    // The web footer after the date is residue, not part of section 四.
    const four = c.roots[3];
    expect(c.text.slice(four.section.start, four.section.end)).not.toContain('欢迎广大干部群众');
    expect(c.residue.some((p) => p.text === '承办:长沙县大数据中心')).toBe(true);
  });

  it('reads labelled fields and 整改结果 statuses', () => {
    const y = parseNotice(corpus('yiyang-hitech-2023'));
    const statuses = y.paragraphs.filter((p) => p.field?.label.name === '整改结果').map((p) => p.field!.status);
    expect(statuses.length).toBe(31);
    expect(statuses.filter((s) => s === '完成').length).toBe(13);
    expect(statuses.filter((s) => s === '阶段性完成').length).toBe(18);
    const both = y.paragraphs.find((p) => p.field?.label.name === '整改结果及整改情况');
    expect(both?.field?.value.text).toBe('见上文。');
    const c = parseNotice(corpus('changsha-county-2021'));
    const first = c.headings.find((h) => h.level === 2)!;
    expect(first.label?.name).toBe('反馈问题');
    expect(first.label?.colon).toBe(':');
  });

  it('the outline names are the markers and titles as written', () => {
    const lines = outlineLines(corpus('changsha-county-2021'));
    expect(lines[2]).toBe('  (一)反馈问题:贯彻落实党的理论路线方针政策以及党中央、省委重大决策部署存在差距');
    expect(lines[3]).toBe('    1.学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神不够到位,学深悟透做实不够');
    expect(lines[4]).toBe('      (1)理论学习不深入');
  });
});
