// date-format: impossible, broken, Chinese-numeral and zero-padded dates in the date line and
// the preamble; a date line earlier than a date the text reports as past; dates typed with
// dots, hyphens or slashes anywhere in the writer's text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpus, diagnosticStrings, findingsAt, fixAll, lineOf, onlyRules, plant, settings } from '../helpers.js';
import { findingsMarked } from '../markers.js';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';
import { applyEdits } from '../../server/features/codeActions.js';

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

// Issue 15: dates typed with dots, hyphens or slashes (NOTICE-FORMAT.md §8), in the date line and
// the body alike, and everything that only looks like one.
describe('date-format: dates typed 2023.5.14, 2023-5-14, 2023/5/14', () => {
  const ONLY = ['date-format'];
  /** A notice whose organisation section holds `body`, signed with `date`. */
  const withBody = (body: string, date = '2023年12月5日') => notice(PRE, date).replace('成立领导小组。', body);
  const marked = (body: string) => findingsMarked(withBody(body), settings(), ONLY);

  it('flags each form in the body, at the date', () => {
    for (const body of [
      '{date-format}2023.5.14，县委召开专题会议研究整改工作。',
      '县委于{date-format}2023-5-14召开专题会议。',
      '县委于{date-format}2023/5/14召开专题会议。',
      '{date-format}2023.05.14召开专题会议，{date-format}2023-10-08完成整改。',
      '全角写法{date-format}２０２３．５．１４、{date-format}２０２３－５－１４、{date-format}２０２３／５／１４也是。',
      '整改时限：{date-format}2023.12.31。',
      '（{date-format}2023.6.30前完成）',
      '会议时间：{date-format}2023.5.14 9:30。',
      '截至{date-format}2023-11-30，已完成整改20个。',
      '{date-format}2021.1.1-{date-format}2021.12.31期间共立案12件。',
      '{date-format}2021.1.1至{date-format}2021.12.31期间共立案12件。',
      '{date-format}2023.5.14日召开会议。',
      '{date-format}2022.12.30，县纪委监委对3名干部进行了诫勉谈话。',
      '于{date-format}2023/3/1前完成自查自纠。',
      '{date-format}2023-1-5至{date-format}2023-2-28，开展专项整治。',
      '（完成时间：{date-format}2023.6.30）',
      '已于{date-format}2023.06.30完成整改销号。',
      '{date-format}2019.9.1以来累计追回资金35.4万元。',
      '整改时限：{date-format}2023.12.31前，长期坚持。',
      '{date-format}1999.12.20以前的档案已全部清理。',
    ]) {
      const m = marked(body);
      expect(m, body).toBe(withBody(body));
    }
  });

  it('never flags a range, a phone, an item or article number, money, a version, a URL or an e-mail address', () => {
    for (const body of [
      '1-3月共召开会议5次，2021—2023年、2021-2023年、2021~2023年持续推进。',
      '制定《三年行动方案（2020-2022年）》，1-6月新增就业1.2万人。',
      '举报电话0731-86981234，传真0731-8698-1234，手机138-1234-5678。',
      '第（35-1）项、35-2项已整改，对应第3.2.1条、第2021-05-01号文件。',
      '追回资金1.5万元，比例40.91%，面积0.84公顷，增长2023.5%。',
      '系统升级到v2023.5.14版，内网地址192.168.1.1，编号SN2023.5.14。',
      '详见http://www.example.gov.cn/art/2023/5/14/art_2023-5-14.html，邮箱zg2023.5.14@163.com。',
      '2021.1.2.3不是日期，2023.13.5和2023.5.32也不是，2023.5和5.14只写了两段。',
      '按20231-5-14号令执行，12023.5.14不是年份。',
      '2023年5月14日召开会议，2023年1—10月立案12件。',
      '开展“2023.5”专项行动，时间节点为2023.5—2023.12。',
      '《某县三年行动计划（2021-2023）》，2021年1-10月立案查处12件。',
      '增长12.5%，完成投资2023.5万元，2023.56亿元。',
      '编号为2023-05-0012的合同，批次2023-5-14A，地址某路2023-5号。',
      '内网地址10.2023.5.14不是日期。',
      '依据某发第2023.5.14号文件、某字2023-5-14号通知。',
      '1.2.3节、GB/T 9704-2012、GB/T 15834-2011。',
    ]) {
      expect(marked(body), body).toBe(withBody(body));
    }
  });

  it('flags an impossible date typed with dots without offering a fix', () => {
    const text = withBody('2023.2.30召开会议。');
    expect(only(text)).toEqual(['[6:0..6:9] date-format: 日期“2023.2.30”不存在（2月没有30日）']);
    expect(analyze(text).results.find((r) => r.rule === 'date-format')?.fixes).toBeUndefined();
    expect(only(withBody('2024.2.29召开会议。'))).toHaveLength(1); // a leap day is a date: the separator is the slip
  });

  it('fixes to 2023年5月14日: separators, zero padding and full-width digits, nothing else', () => {
    const cases: [string, string][] = [
      ['于2023.5.14召开', '于2023年5月14日召开'],
      ['于2023-05-04召开', '于2023年5月4日召开'],
      ['于2023/10/15召开', '于2023年10月15日召开'],
      ['于２０２３．０５．１４召开', '于2023年5月14日召开'],
      ['于2023.5.14日召开', '于2023年5月14日召开'],
      ['2021.1.1-2021.12.31期间', '2021年1月1日-2021年12月31日期间'],
    ];
    for (const [before, after] of cases) {
      const { text, analysis } = fixAll(withBody(`${before}。`), onlyRules(['date-format']));
      expect(text.split('\n')[6], before).toBe(`${after}。`);
      // Linted again, the fixed text holds nothing more to fix.
      expect(analysis.results.filter((r) => r.rule === 'date-format'), before).toEqual([]);
    }
  });

  it('flags a date line typed with separators, which the parser leaves as page residue, and fixes it', () => {
    for (const date of ['2023.10.15', '2023-10-15', '2023/10/15', '2023.10.15日']) {
      const text = notice(PRE, date);
      expect(findingsMarked(notice(PRE, `{date-format}${date}`), settings(), ONLY), date).toBe(text.replace(date, `{date-format}${date}`));
      expect(only(text)[0], date).toContain('成文日期应写作“2023年10月15日”');
      const fixed = fixAll(text, onlyRules(['date-format']));
      expect(fixed.text.split('\n')[12]).toBe('2023年10月15日');
      // Fixed, the line is read as the date line again.
      expect(fixed.analysis.doc.date?.text).toBe('2023年10月15日');
    }
  });

  it('a notice without a closing invitation: its last line, a date typed with dots, is its date line', () => {
    const text = ['中共某县委关于巡察整改进展情况的通报', '', PRE, '', '一、组织整改落实情况', '', '成立领导小组。', '', '中共某县委', '', '2023.12.5', ''].join('\n');
    expect(only(text)).toEqual(['[10:0..10:9] date-format: 成文日期应写作“2023年12月5日”（GB/T 9704-2012 7.3.5），不写作“2023.12.5”']);
    // A date on a line of its own inside the text is a body date.
    const inside = text.replace('成立领导小组。', '2023.5.14\n成立领导小组。');
    expect(only(inside)[0]).toContain('日期“2023.5.14”应写作“2023年5月14日”');
  });

  it('reads a date line under a two-line signature, and not a date further down the page', () => {
    const text = notice(PRE, '2023.10.15').replace('中共某县委\n', '中共某县委\n某县人民政府\n');
    expect(findingsAt(text, settings(), 'date-format')).toEqual([`date-format@${lineOf(text, '2023.10.15')}`]);
    // A page footer after a proper date line: residue, never the writer's date.
    const footer = `${notice(PRE, '2023年12月5日')}\n相关链接\n关于印发某方案的通知 2023-12-01\n主办：某县人民政府\n`;
    expect(only(footer)).toEqual([]);
    // Without a date line, a page's buttons and a date after the closing are no signature and no date line.
    const page = notice(PRE, '2023年12月5日').replace('中共某县委\n\n2023年12月5日', '【打印本页】【关闭窗口】\n\n2021-08-25');
    expect(only(page)).toEqual([]);
  });

  it('never flags the date of web-page metadata, at the top of the page or pasted into the body', () => {
    const top = ['中共某县委关于巡察整改进展情况的通报', '', '日期:2021-08-25   来源:  中共某县委', '字体大小:', '', ...notice(PRE, '2023年12月5日').split('\n').slice(2)].join('\n');
    expect(parseNotice(top).residue.map((p) => p.text)).toContain('日期:2021-08-25   来源:  中共某县委');
    expect(only(top)).toEqual([]);
    for (const meta of ['日期:2021-08-25   来源:  中共某县委', '编辑:不详 发表时间:2021-09-17 11:50 来源:三湘风纪网', '发布时间：2023/5/14 浏览次数：120']) {
      expect(marked(meta), meta).toBe(withBody(meta));
    }
    // A sentence of the writer's own that names a 时间 is no page metadata.
    expect(marked('整改时间：{date-format}2023.5.14。')).toBe(withBody('整改时间：{date-format}2023.5.14。'));
  });

  it('a date after a heading marker (3.2023.5.14…) is the title of heading 3, and is flagged', () => {
    const text = notice(PRE, '2023年12月5日').replace('成立领导小组。', '（一）加强领导\n1.2023.5.14召开专题会议。');
    expect(findingsMarked(text.replace('1.2023', '1.{date-format}2023'), settings(), ONLY)).toBe(text.replace('1.2023', '1.{date-format}2023'));
    expect(fixAll(text, onlyRules(['date-format'])).text).toContain('\n1.2023年5月14日召开专题会议。');
  });

  it('is silent on the real notices, and finds a date typed with dots planted in one, at its line', () => {
    const cs = plant(corpus('changsha-county-2021'), /\n2021年8月25日/, '\n2021.8.25');
    expect(findingsAt(cs, settings(), 'date-format')).toEqual([`date-format@${lineOf(cs, '\n2021.8.25') + 1}`]);
    const ls = plant(corpus('lusong-district-2021'), '2021年4月1日', '2021-4-1');
    expect(findingsAt(ls, settings(), 'date-format')).toEqual([`date-format@${lineOf(ls, '2021-4-1')}`]);
    const yy = plant(corpus('yiyang-hitech-2023'), '整改情况：', '整改情况：2023/9/1，');
    expect(findingsAt(yy, settings(), 'date-format')).toEqual([`date-format@${lineOf(yy, '2023/9/1')}`]);
  });

  it('speaks English when asked', () => {
    const text = withBody('于2023.5.14召开。');
    expect(diagnosticStrings(text, settings({ locale: 'en' }), 'date-format')).toEqual([
      '[6:1..6:10] date-format: Write the date "2023.5.14" as "2023年5月14日" (official documents write dates with “年”, “月” and “日”, not with ".", "-" or "/")',
    ]);
  });
});

describe('date-format on any mix of digits and separators', () => {
  const around = fc.constantFrom('', '', '于', '至', '，', '-', '.', '/', '号', '日', 'a', '第', '1', ' ', '%', '万元', '—');
  const sep = fc.constantFrom('.', '-', '/', '．', '－', '／');
  const year = fc.constantFrom('2023', '2021', '1999', '２０２３', '1899', '3023');
  const num = fc.constantFrom('1', '5', '05', '12', '13', '14', '29', '30', '31', '32', '０５', '0');
  // Date-like chunks (the separators equal or not) between pieces of text, several in a row.
  const chunk = fc
    .tuple(around, year, sep, num, fc.integer({ min: 0, max: 3 }), sep, num, around)
    .map(([a, y, s1, m, same, s2, d, b]) => a + y + s1 + m + (same < 3 ? s1 : same === 3 && s2 !== s1 ? s2 : '') + d + b);
  const body = fc.array(chunk, { maxLength: 6 }).map((a) => a.join(''));

  it('each fix writes the flagged date as 年月日 and keeps every other character; fixed, nothing is left to fix', () => {
    let flagged = 0;
    fc.assert(
      fc.property(body, (b) => {
        const text = notice(PRE, '2023年12月5日').replace('成立领导小组。', `${b}。`);
        const found = analyze(text, onlyRules(['date-format'])).results.filter((r) => r.fixes);
        for (const r of found) {
          const fixed = applyEdits(text, r.fixes![0].edits);
          // What the fix wrote in place of the date, and the text around it unchanged.
          const grown = fixed.length - text.length;
          expect(fixed.slice(0, r.span.start)).toBe(text.slice(0, r.span.start));
          expect(fixed.slice(r.span.end + grown)).toBe(text.slice(r.span.end));
          expect(fixed.slice(r.span.start, r.span.end + grown)).toMatch(/^(?:19|20)[0-9]{2}年[1-9][0-9]?月[1-9][0-9]?日?$/);
        }
        const after = fixAll(text, onlyRules(['date-format'])).analysis.results.filter((r) => r.fixes);
        expect(after).toEqual([]);
        flagged += found.length;
      }),
      { numRuns: 300 },
    );
    expect(flagged).toBeGreaterThan(50); // the generator makes real dates, not only noise
  });
});
