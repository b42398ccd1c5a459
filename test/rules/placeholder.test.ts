// placeholder: ××, XX/xx in names, ${…} snippet leftovers, and …… standing alone in the
// contact fields (with or without a colon), a sentence, a field value or a heading title — never
// …… used as an ellipsis in running text, never Latin xx.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpus, diagnosticStrings, findingsAt, lineOf, onlyRules, plant, settings } from '../helpers.js';
import { findingsMarked } from '../markers.js';
import { analyze } from '../../server/engine.js';

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

// Issue 15: a template left in a notice — closing fields unfilled with or without their colon,
// and sentences, field values and heading titles that are nothing but …… (NOTICE-FORMAT.md §8).
describe('placeholder: unfilled fields and blank sentences', () => {
  const ONLY = ['placeholder', 'closing-block'];
  const INVITE = '欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。';
  /** A notice with `body` in its organisation section and `closing` lines after the invitation. */
  const doc = (body: string, ...closing: string[]) =>
    ['中共某县委关于巡察整改进展情况的通报', '', '一、组织整改落实情况', '', body, '', ...closing, '', '中共某县委', '', '2023年12月5日', ''].join('\n');
  const expectMarked = (text: string) => expect(findingsMarked(text, settings(), ONLY)).toBe(text);
  const FILLED = `${INVITE}联系电话：0731-84012157；邮政信箱：某县纪委信访室；电子邮箱：abc@163.com。`;

  it('flags a closing field whose value is a placeholder, with or without its colon, and closing-block calls nothing missing', () => {
    for (const closing of [
      `${INVITE}联系方式：电话{placeholder}……；邮政信箱{placeholder}……；电子邮箱{placeholder}……。`,
      `${INVITE}联系电话：{placeholder}××；邮政信箱：{placeholder}XXXX；电子邮箱：{placeholder}＊＊＊＊。`,
      `${INVITE}联系电话:{placeholder}****;邮政信箱:{placeholder}___;电子邮箱:{placeholder}...。`,
      `${INVITE}联系电话{placeholder}……，邮政信箱{placeholder}……，电子邮箱{placeholder}××××@163.com。`,
      `${INVITE}联系电话：{placeholder}……、12388；邮政信箱：某县纪委；电子邮箱：abc@163.com。`,
    ]) expectMarked(doc('成立领导小组。', closing));
  });

  it('flags fields on lines of their own after the invitation', () => {
    expectMarked(doc('成立领导小组。', INVITE, '联系电话：{placeholder}……', '邮政信箱{placeholder}……', '电子邮箱：{placeholder}××'));
  });

  it('a field that is partly filled: only its blank is flagged', () => {
    expectMarked(doc('成立领导小组。', `${INVITE}联系电话：0731-84012157；邮政信箱：某县{placeholder}××街道某号；电子邮箱：abc@163.com。`));
    expectMarked(doc('成立领导小组。', `${INVITE}联系电话：0731-{placeholder}……；邮政信箱：某县纪委{placeholder}＊＊室；电子邮箱：{placeholder}___@163.com。`));
    expectMarked(doc('成立领导小组。', INVITE, '联系电话：0731-{placeholder}****', '邮政信箱：某县纪委', '电子邮箱：abc@163.com'));
    // Underscores in a real address are no blank.
    expectMarked(doc('成立领导小组。', `${INVITE}联系电话：0731-84012157；邮政信箱：某县纪委；电子邮箱：zg__2023@163.com。`));
  });

  it('flags sentences, field values and heading titles that are nothing but ……', () => {
    expectMarked(doc('成立领导小组。{placeholder}……', FILLED));
    expectMarked(doc('{placeholder}……', FILLED));
    expectMarked(doc('整改情况：一是{placeholder}……。二是{placeholder}……。', FILLED));
    expectMarked(doc('整改情况：一是{placeholder}……；二是{placeholder}……；三是{placeholder}……', FILLED));
    expectMarked(doc('整改结果：{placeholder}……', FILLED));
    expectMarked(doc('（一）{placeholder}……\n1.{placeholder}……\n（1）{placeholder}……。', FILLED));
    expectMarked(doc('（一）反馈问题：{placeholder}……\n（二）强化领导抓整改。{placeholder}……', FILLED));
    expectMarked(doc('{placeholder}……{placeholder}...', FILLED));
    expectMarked(doc('＊＊县委成立领导小组，{placeholder}＊＊同志任组长。'.replace('＊＊县委', '{placeholder}＊＊县委'), FILLED));
  });

  it('never flags …… inside a sentence: an ellipsis, a quoted summary, a heading that trails off', () => {
    for (const body of [
      '学习党的二十大精神、省委全会精神……推动整改落地见效。',
      '会议提出“一是……二是……三是……”的工作要求。',
      '（一）问题……\n1.关于“……”的问题',
      '整改情况：一是加强学习……。二是完善制度，等等……',
      '**一是加强领导**，**二是压实责任**。',
      '检索路径为“首页...通知公告”，版本1.2...3。',
      '**********\n＊＊＊＊＊＊\n__________\n————————', // dividers, not blanks
    ]) expectMarked(doc(body, FILLED));
  });

  it('never flags page residue or comments', () => {
    const text = `${doc('成立领导小组。', FILLED)}\n分享到……\n<!-- 待补：…… -->\n`;
    expect(findingsMarked(text, settings(), ['placeholder'])).toBe(text);
  });

  it('the issue’s closing: 联系方式：电话……；邮政信箱…… gets placeholders and only the missing e-mail', () => {
    const text = doc('成立领导小组。', `${INVITE}联系方式：电话……；邮政信箱……。`);
    expect(diagnosticStrings(text, settings(), ONLY)).toEqual([
      '[6:0..6:55] closing-block: 结尾的联系方式缺少电子邮箱',
      '[6:45..6:47] placeholder: 电话仍是占位符“……”',
      '[6:52..6:54] placeholder: 邮政信箱仍是占位符“……”',
    ]);
  });

  it('on a real notice, the closing turned back into a template is found field by field', () => {
    const text = plant(corpus('yiyang-hitech-2023'), '电话0737-6204888；邮政信箱：益阳高新区东部产业园孵化大楼10楼1012室；电子邮箱：yygxqxszgb1012@163.com', '电话……；邮政信箱……；电子邮箱……');
    const line = lineOf(text, '电话……');
    expect(findingsAt(text, settings(), 'placeholder')).toEqual([`placeholder@${line}`, `placeholder@${line}`, `placeholder@${line}`]);
    expect(findingsAt(text, settings(), 'closing-block')).toEqual([]);
  });

  it('speaks English when asked', () => {
    const text = doc('成立领导小组。', `${INVITE}联系方式：电话……；邮政信箱：某县纪委；电子邮箱：abc@163.com。`);
    expect(diagnosticStrings(text, settings({ locale: 'en' }), 'placeholder')).toEqual(['[6:45..6:47] placeholder: “电话” is still a placeholder "……"']);
  });
});

describe('placeholder on any mix of template pieces', () => {
  const piece = fc.constantFrom('……', '...', '××', 'XX', '＊＊', '***', '___', '一是', '二是', '。', '；', '：', '，', '、', '问题', '“', '”', '电话', '联系电话', '邮政信箱', '电子邮箱', '0731-84012157', 'abc@163.com', '某县纪委', ' ');
  const line = fc.array(piece, { maxLength: 16 }).map((a) => a.join(''));
  const INVITE = '欢迎广大干部群众对巡察整改落实情况进行监督。';

  it('reports each blank once, as the blank itself, never a word of the text', () => {
    let flagged = 0;
    fc.assert(
      fc.property(line, line, (body, closing) => {
        const text = ['中共某县委关于巡察整改进展情况的通报', '', '一、组织整改落实情况', '', body, '', `${INVITE}${closing}`, '', '中共某县委', '', '2023年12月5日', ''].join('\n');
        const found = analyze(text, onlyRules(['placeholder'])).results.map((r) => r.span).sort((a, b) => a.start - b.start);
        found.forEach((s, k) => {
          expect(text.slice(s.start, s.end)).toMatch(/^(?:[…×＊*_Xx.＿⋯\s\u3000-]|XX)+$/);
          if (k > 0) expect(s.start).toBeGreaterThanOrEqual(found[k - 1].end); // never reported twice
        });
        flagged += found.length;
      }),
      { numRuns: 300 },
    );
    expect(flagged).toBeGreaterThan(100);
  });
});
