// Notices the parser has never seen, written in the variants of NOTICE-FORMAT.md §3: the
// outline must be exactly right, and the traps (3.1名, 13.2019年, decimals, dates) must hold.
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { levelCounts, outlineLines } from '../helpers.js';

describe('heading variants', () => {
  it('reads standard full-width markers, indentation with spaces and U+3000, and skipped levels', () => {
    const text = [
      '中共某某县委关于巡察整改情况的报告',
      '',
      '　　根据县委统一部署，县委第一巡察组对某某镇进行了巡察。',
      '　　一、组织整改落实情况',
      '　　（一）强化领导。成立领导小组。',
      '  二、巡察反馈问题整改情况',
      '\t（一）反馈问题：党建工作薄弱',
      '　　（1）学习不深入。',
      '　　（2）制度不健全。',
      '　　（二）反馈问题：作风建设不实',
      '　　1、会议多。',
      '　　（3）文件多。',
      '　　2、检查多。',
      '　　①督查检查过频。',
      '　　②考核过多。',
      '十一、其他',
    ].join('\n');
    expect(outlineLines(text)).toEqual([
      '一、组织整改落实情况',
      '  （一）强化领导',
      '二、巡察反馈问题整改情况',
      '  （一）反馈问题：党建工作薄弱',
      '    （1）学习不深入',
      '    （2）制度不健全',
      '  （二）反馈问题：作风建设不实',
      '    1、会议多',
      '      （3）文件多',
      '    2、检查多',
      '      ①督查检查过频',
      '      ②考核过多',
      '十一、其他',
    ]);
    const doc = parseNotice(text);
    expect(doc.headings[doc.headings.length - 1].marker.value).toBe(11);
    expect(doc.title.map((p) => p.text)).toEqual(['中共某某县委关于巡察整改情况的报告']);
    expect(doc.preamble).toHaveLength(1);
  });

  it('reads ASCII and mixed parentheses, full-width dots, `2. ` with a space, split items', () => {
    const text = [
      '一、问题整改情况',
      '(一)反馈问题:学习不够',
      '（二)反馈问题:作风不实',
      '1．第一项问题',
      '2. 第二项问题',
      '(1)分项一',
      '(2-1)分项二之一',
      '（2-2）分项二之二',
      '(十二)第十二方面',
    ].join('\n');
    const doc = parseNotice(text);
    expect(levelCounts(doc)).toBe('1/3/2/3/0');
    const m = doc.headings.map((h) => [h.marker.open, h.marker.digits.text, h.marker.close, h.marker.value, h.marker.part ?? null]);
    expect(m).toEqual([
      ['', '一', '、', 1, null],
      ['(', '一', ')', 1, null],
      ['（', '二', ')', 2, null],
      ['', '1', '．', 1, null],
      ['', '2', '.', 2, null],
      ['(', '1', ')', 1, null],
      ['(', '2-1', ')', 2, 1],
      ['（', '2-2', '）', 2, 2],
      ['(', '十二', ')', 12, null],
    ]);
    expect(doc.headings[4].title.text).toBe('第二项问题');
    // The digits span is exactly the number in the source (what renumbering edits).
    for (const h of doc.headings) expect(text.slice(h.marker.digits.start, h.marker.digits.end)).toBe(h.marker.digits.text);
  });

  it('treats 3.1名 / 13.2019年 / 23、2019年 / 5.2022年 as headings, and decimals, years and dates as text', () => {
    const text = [
      '一、问题',
      '3.1名受处分干部未及时调整岗位的问题。',
      '13.2019年省审计厅经责审计发现问题44个。',
      '23、2019年5月13日召开会议。',
      '5.2022年园区6项考核指标低于全省平均水平。',
      '94.5%的城市建成区未实现雨污分流。',
      '1.2万元资金未及时拨付。',
      '8.5岁以下儿童。',
      '2021.8.25召开会议。',
      '2020年以来完成整改。',
      '2023年12月5日',
    ].join('\n');
    const doc = parseNotice(text);
    expect(doc.headings.map((h) => `${h.marker.value}|${h.title.text}`)).toEqual([
      '1|问题',
      '3|1名受处分干部未及时调整岗位的问题',
      '13|2019年省审计厅经责审计发现问题44个',
      '23|2019年5月13日召开会议',
      '5|2022年园区6项考核指标低于全省平均水平',
    ]);
    expect(doc.date?.text).toBe('2023年12月5日');
  });

  it('does not take markers in the middle of a line for headings', () => {
    const doc = parseNotice('一、情况\n整改情况:一是建立制度(1)召开会议;二、三季度开展检查。1.完成\n');
    expect(doc.headings).toHaveLength(1);
    const p = doc.paragraphs.find((q) => q.field)!;
    expect(p.field!.label.name).toBe('整改情况');
    expect(p.inline.map((m) => `${m.kind}:${m.value}`)).toEqual(['shi:1', 'paren:1']);
  });

  it('cuts the title at the first sentence end and keeps the rest as the body', () => {
    const doc = parseNotice('一、总体\n（一）强化领导抓整改。成立巡视整改工作领导小组，一是统筹，二是督办。\n（二）问题？是的！\n');
    const h = doc.headings[1];
    expect(h.title.text).toBe('强化领导抓整改');
    expect(h.body?.text).toBe('成立巡视整改工作领导小组，一是统筹，二是督办。');
    expect(h.inline.map((m) => m.value)).toEqual([1, 2]);
    expect(doc.headings[2].title.text).toBe('问题');
  });

  it('reads inline 一是…二是 and （1）…（2） parts inside a paragraph', () => {
    const doc = parseNotice('1.问题\n整改情况：（1）一是学习；二是研讨。（2）一是整改；二是督查；三是问责。\n');
    const p = doc.paragraphs[0];
    expect(p.inline.map((m) => `${m.kind}:${m.value}`)).toEqual(['paren:1', 'shi:1', 'shi:2', 'paren:2', 'shi:1', 'shi:2', 'shi:3']);
    // Words that merely contain a numeral and 是 are not enumerations.
    const q = parseNotice('统一是关键，唯一是目标。\n').paragraphs[0];
    expect(q.inline).toEqual([]);
  });

  it('handles CRLF, CR, mixed line ends and a BOM with exact offsets', () => {
    const text = '\ufeff关于巡视整改进展情况的通报\r\n一、组织\r二、问题\n（一）方面一\r\n1.事项\n';
    const doc = parseNotice(text);
    expect(levelCounts(doc)).toBe('2/1/1/0/0');
    expect(doc.headings.map((h) => text.slice(h.start, h.end))).toEqual(['一、组织', '二、问题', '（一）方面一', '1.事项']);
    expect(doc.lineStarts).toEqual([0, 16, 21, 26, 34, 39]);
    expect(doc.title[0].text).toBe('关于巡视整改进展情况的通报');
  });

  it('reads a comment line as a comment, not as text or a heading', () => {
    const doc = parseNotice('一、情况\n<!-- notice-disable numbering-sequence -->\n（一）方面\n');
    expect(doc.comments.map((c) => c.content)).toEqual(['notice-disable numbering-sequence']);
    expect(doc.paragraphs).toEqual([]);
    expect(doc.headings).toHaveLength(2);
  });

  it('nests sections: a section ends before the next heading of its level and before the closing', () => {
    const text = '一、甲\n正文。\n（一）乙\n正文二。\n二、丙\n正文三。\n\n欢迎广大干部群众对巡视整改落实情况进行监督。\n\n中共某县委\n\n2021年8月25日\n';
    const doc = parseNotice(text);
    const [a, b] = doc.roots;
    expect(text.slice(a.section.start, a.section.end)).toBe('一、甲\n正文。\n（一）乙\n正文二。');
    expect(text.slice(b.section.start, b.section.end)).toBe('二、丙\n正文三。');
    expect(a.blocks.map((p) => p.text)).toEqual(['正文。']);
    expect(doc.signature.map((p) => p.text)).toEqual(['中共某县委']);
    expect(doc.date?.text).toBe('2021年8月25日');
  });

  it('takes nothing after the closing invitation for a heading (a site footer)', () => {
    const doc = parseNotice('一、甲\n欢迎广大干部群众监督。\n1.网站地图\n2.联系我们\n');
    expect(doc.headings).toHaveLength(1);
    expect(doc.residue.map((p) => p.text)).toEqual(['1.网站地图', '2.联系我们']);
  });

  it('parses an empty text and a text without any heading', () => {
    expect(parseNotice('').headings).toEqual([]);
    const doc = parseNotice('只是一段话。\n');
    expect(doc.headings).toEqual([]);
    expect(doc.paragraphs).toHaveLength(1);
  });
});
