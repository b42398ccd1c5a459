// Import from Word: a draft numbered by Word's automatic lists comes back with its markers
// written (一、（一）1.（1）①), and the punctuation as it was typed.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { numberToChinese, numberToCircled, parseNotice } from '../../grammar/index.js';
import { formatNumber, importDocx } from '../../server/publish/import.js';

/** A Word list with the five levels of GB/T 9704's structure numbers. */
const NOTICE_LIST = {
  reference: 'notice-levels',
  levels: [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
    { level: 3, format: LevelFormat.DECIMAL, text: '（%4）' },
    { level: 4, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%5' },
  ].map((l) => ({ ...l, alignment: AlignmentType.LEFT })),
};

const p = (text: string, level?: number, instance?: number) =>
  new Paragraph({ children: [new TextRun(text)], numbering: level === undefined ? undefined : { reference: 'notice-levels', level, instance } });

async function docx(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ numbering: { config: [NOTICE_LIST] }, sections: [{ children }] })));
}

describe('import from Word', () => {
  it('writes out Word automatic numbering as the markers of the notice, restarting below a level that moves on', async () => {
    const bytes = await docx([
      p('中共青石县委关于巡察整改进展情况的通报'),
      p('根据市委统一部署，市委第二巡察组对青石县进行了巡察。'),
      p('组织整改落实情况', 0),
      p('强化领导抓整改。成立巡察整改工作领导小组。', 1),
      p('压实责任抓整改。', 1),
      p('巡察反馈问题整改进展情况', 0),
      p('贯彻落实上级决策部署有差距', 1),
      p('理论学习不够深入', 2),
      p('中心组学习联系实际不紧。', 3),
      p('整改情况：一是制定年度学习计划；二是建立学习成果转化清单。'),
      p('专题研讨不够。', 3),
      p('“第一议题”制度落实不到位。', 4),
      p('学习笔记流于形式。', 4),
      p('营商环境有待优化', 2),
      p('审批时限过长。', 3),
      p('作风建设有短板', 1),
      p('继续深化后续整改', 0),
    ]);
    const { text } = await importDocx(bytes);
    expect(text).toBe(
      [
        '中共青石县委关于巡察整改进展情况的通报',
        '根据市委统一部署，市委第二巡察组对青石县进行了巡察。',
        '一、组织整改落实情况',
        '（一）强化领导抓整改。成立巡察整改工作领导小组。',
        '（二）压实责任抓整改。',
        '二、巡察反馈问题整改进展情况',
        '（一）贯彻落实上级决策部署有差距',
        '1.理论学习不够深入',
        '（1）中心组学习联系实际不紧。',
        '整改情况：一是制定年度学习计划；二是建立学习成果转化清单。',
        '（2）专题研讨不够。',
        '①“第一议题”制度落实不到位。',
        '②学习笔记流于形式。',
        '2.营商环境有待优化',
        '（1）审批时限过长。',
        '（二）作风建设有短板',
        '三、继续深化后续整改',
        '',
      ].join('\n'),
    );
    // The tool reads the imported text as a notice with its four levels.
    const doc = parseNotice(text);
    expect(doc.headings.map((h) => h.level).join('')).toBe('12212344553421');
    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.title.text)).toEqual(['组织整改落实情况', '巡察反馈问题整改进展情况', '继续深化后续整改']);
    expect(doc.headings.filter((h) => h.level === 4).length).toBe(3);
  });

  it('starts a second list of the same kind again from one', async () => {
    const { text } = await importDocx(
      await docx([p('第一部分', 0, 1), p('甲事项。', 2, 1), p('乙事项。', 2, 1), p('另起一个清单', 0, 2), p('丙事项。', 2, 2)]),
    );
    expect(text).toBe('一、第一部分\n1.甲事项。\n2.乙事项。\n一、另起一个清单\n1.丙事项。\n');
  });

  it('numbers paragraphs whose style carries the list (headings linked to a multilevel list)', async () => {
    const doc = new Document({
      numbering: { config: [NOTICE_LIST] },
      styles: {
        paragraphStyles: [
          { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', paragraph: { numbering: { reference: 'notice-levels', level: 0 } } },
          { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', paragraph: { numbering: { reference: 'notice-levels', level: 1 } } },
          // A style of ours based on a numbered heading: numbered as its base.
          { id: 'NoticeSection', name: 'Notice Section', basedOn: 'Heading1' },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '组织整改落实情况', style: 'Heading1' }),
            new Paragraph({ text: '强化领导抓整改。', style: 'Heading2' }),
            new Paragraph({ text: '正文段落。' }),
            new Paragraph({ text: '压实责任抓整改。', style: 'Heading2' }),
            new Paragraph({ text: '继续深化后续整改', style: 'NoticeSection' }),
          ],
        },
      ],
    });
    const { text } = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    expect(text).toBe('一、组织整改落实情况\n（一）强化领导抓整改。\n正文段落。\n（二）压实责任抓整改。\n二、继续深化后续整改\n');
  });

  it('keeps full-width and half-width punctuation as typed, drops empty paragraphs and edge spaces', async () => {
    const { text } = await importDocx(await docx([p('　　截至6月30日，已完成整改31个（含立行立改3个）；整改完成率51.67%。  '), p(''), p('(一)ASCII 括号照旧')]));
    expect(text).toBe('截至6月30日，已完成整改31个（含立行立改3个）；整改完成率51.67%。\n(一)ASCII 括号照旧\n');
  });

  it('writes Chinese counting and circled numbers as the grammar reads them', () => {
    for (let n = 1; n <= 50; n++) {
      expect(formatNumber(n, 'chineseCounting')).toBe(numberToChinese(n));
      expect(formatNumber(n, 'decimalEnclosedCircle')).toBe(numberToCircled(n));
    }
    expect(formatNumber(105, 'chineseCounting')).toBe(numberToChinese(105));
  });

  it('writes the counters of Word number formats', () => {
    expect(['chineseCounting', 'decimal', 'decimalEnclosedCircle', 'decimalFullWidth', 'chineseLegalSimplified', 'upperRoman', 'lowerLetter'].map((f) => formatNumber(12, f))).toEqual([
      '十二',
      '12',
      '⑫',
      '１２',
      '壹拾贰',
      'XII',
      'l',
    ]);
  });

  it('says what is wrong with a file that is not a Word document', async () => {
    await expect(importDocx(new Uint8Array([1, 2, 3]))).rejects.toThrow();
  });
});
