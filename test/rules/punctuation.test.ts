// punctuation: half-width , : ; ( ) ? ! and straight quotes in Chinese text (GB/T 15834), one
// finding per line with a fix (one for the document when many lines have them); never inside numbers, times, URLs, e-mail addresses, Latin text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../server/config.js';
import { analyze } from '../../server/engine.js';
import { applyEdits } from '../../server/features/codeActions.js';
import { formatText } from '../../server/features/formatting.js';
import { FULL_WIDTH, halfWidthPunctuation, lineChanges } from '../../server/model/punctuation.js';
import { findingsMarked } from '../markers.js';
import { corpus, diagnosticStrings, findingsAt, fixAll, settings } from '../helpers.js';

const only = (text: string) => diagnosticStrings(text, settings(), 'punctuation');
const notice = (body: string) => ['关于巡视整改进展情况的通报', '', '一、组织整改落实情况', '', body, ''].join('\n');
const changed = (line: string) => halfWidthPunctuation(line).map((c) => `${c.from}${c.index}`);

describe('punctuation', () => {
  it('is silent on the full-width notice (yiyang)', () => {
    expect(findingsAt(corpus('yiyang-hitech-2023'), settings(), 'punctuation')).toEqual([]);
  });

  it('reports a pasted half-width notice once, for the whole document, and its fix leaves none (but 7:2:1 and 11:50)', () => {
    for (const c of ['changsha-county-2021', 'lusong-district-2021'] as const) {
      const a = analyze(corpus(c)).results.filter((r) => r.rule === 'punctuation');
      expect(a.length, c).toBe(1);
      expect(a[0].severity).toBe('information');
      expect(a[0].message).toMatch(/^全文有 \d+ 行共 \d+ 处半角标点/);
      expect(a[0].fixes?.map((f) => f.title)).toEqual(['全文改为全角标点']);
      const fixed = fixAll(corpus(c));
      expect(fixed.analysis.results.filter((r) => r.rule === 'punctuation'), c).toEqual([]);
      // The fix is the formatter's punctuation pass: the same text as Format Document with only punctuation on.
      expect(applyEdits(corpus(c), a[0].fixes![0].edits)).toBe(formatText(corpus(c), { punctuation: true, numbering: 'keep', trailingSpaces: false, blankLines: 'keep' }));
    }
    const fixed = fixAll(corpus('changsha-county-2021')).text;
    expect(fixed).toContain('尽量使用7:2:1比例支付方式');
    expect(fixed).toContain('电子邮箱：xfs84012157@163.com（长沙县）、157809941@qq.com（长沙经开区）。');
  });

  it('reports each line when few lines have half-width marks, with the line fix first and the whole-document fix', () => {
    const text = notice(['第一句话,有逗号。', '第二句话。', '第三句(括号)。'].join('\n'));
    expect(findingsMarked(text.replace('第一句话,', '第一句话{punctuation},').replace('第三句(', '第三句{punctuation}('))).toBe(
      text.replace('第一句话,', '第一句话{punctuation},').replace('第三句(', '第三句{punctuation}('),
    );
    const a = analyze(text).results.filter((r) => r.rule === 'punctuation');
    expect(a.map((r) => r.fixes?.map((f) => f.title))).toEqual([
      ['改为全角标点', '全文改为全角标点'],
      ['改为全角标点', '全文改为全角标点'],
    ]);
  });

  it('shows at most one finding for a text with many such lines, unless notice.punctuation.perLine asks for every line', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `第${i + 1}项工作,已经完成。`);
    const text = notice(lines.join('\n'));
    const once = analyze(text).results.filter((r) => r.rule === 'punctuation');
    expect(once.map((r) => r.message)).toEqual(['全文有 8 行共 8 处半角标点用在中文语境中，应使用全角标点（GB/T 15834-2011）；「全文改为全角标点」可一次改正']);
    expect(once[0].span.start).toBe(text.indexOf(','));
    // The editor setting notice.punctuation.perLine, as the server reads it.
    const perLine = settingsFor({ punctuation: { perLine: true } }, undefined, 'zh');
    expect(settingsFor({}, undefined, 'zh').punctuation).toBeUndefined();
    const each = analyze(text, perLine).results.filter((r) => r.rule === 'punctuation');
    expect(each).toHaveLength(8);
    expect(applyEdits(text, once[0].fixes![0].edits)).toBe(notice(lines.map((l) => l.replace(',', '，')).join('\n')));
  });

  it('counts every mark of every line in the one finding, from the first line that has one', () => {
    const text = notice(['第一项,已完成;', '第二项(甲)已完成。', '第三项:完成。', '第四项?完成!'].join('\n'));
    const once = analyze(text).results.filter((r) => r.rule === 'punctuation');
    expect(once.map((r) => r.message)).toEqual(['全文有 4 行共 7 处半角标点用在中文语境中，应使用全角标点（GB/T 15834-2011）；「全文改为全角标点」可一次改正']);
    expect(once[0].span).toEqual({ start: text.indexOf(','), end: text.indexOf(',') + 1 });
  });

  it('reports one line once, with the count and the marks', () => {
    expect(only(notice('根据省委统一部署,2020年9月9日至11月13日,省委巡视组对长沙县(长沙经开区)进行了巡视;是否整改到位?'))).toEqual([
      '[4:8..4:55] punctuation: 此行有6处半角标点（, ( ) ; ?）用在中文语境中，应使用全角标点（GB/T 15834-2011）',
    ]);
    expect(fixAll(notice('成立了领导小组(组长:书记),负责"整改"工作。')).text.split('\n')[4]).toBe('成立了领导小组（组长：书记），负责“整改”工作。');
  });

  it('accepts full-width text', () => {
    expect(only(notice('根据省委统一部署，省委巡视组对长沙县（长沙经开区）进行了巡视。'))).toEqual([]);
  });

  it('never touches numbers, times, URLs, e-mail addresses or Latin text', () => {
    expect(changed('共计1,000元,时间11:50,比例7:2:1')).toEqual([',8', ',16']);
    expect(changed('详见http://www.example.com/a?b=1,c=2(附件)')).toEqual(['(34', ')37']);
    expect(changed('邮箱:abc,def@163.com')).toEqual([':2']);
    expect(changed('采用PPP,EPC模式,公式f(x) = y')).toEqual([',11']);
    expect(changed('He said "hello, world" (twice).')).toEqual([]);
  });

  it('handles numbers after Chinese text and enumeration marks', () => {
    expect(changed('占总投入0.52%;15个村')).toEqual([';9']);
    expect(changed('(2)8个单位学习研讨少')).toEqual(['(0', ')2']);
  });

  it('reads a straight quote after a curly one as its partner (also with a URL on the line)', () => {
    // The first scan of a line skips the curly quotes; a straight quote sends it back for them.
    const to = (line: string) => halfWidthPunctuation(line).map((c) => `${c.from}${c.index}${c.to}`);
    expect(to('他说“好"。')).toEqual(['"4”']);
    expect(to('“要求"和"整改”')).toEqual(['"3”']);
    expect(to("他说‘好'，“是'的”")).toEqual(["'4’"]);
    expect(to('见http://a.b/c?d="1",登录“平台"查看')).toEqual([',19，', '"25”']);
    expect(to('(一)“两个维护"')).toEqual(['(0（', ')2）', '"8”']);
  });

  it('on any line: only half-width marks change, to their full-width forms, in order', () => {
    const piece = fc.constantFrom(...Array.from(',:;?!()"\'（）‘’“”中文一二十0123456789.%abcX @/:w-_ \u3000…、。，'), 'www.', 'http://a.b/c?d=1,e', 'x@y.cn', '(2)', '(35-1)');
    const line = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
    const QUOTES: Record<string, string> = { '"': '“”', "'": '‘’' };
    fc.assert(
      fc.property(line, (s) => {
        const alone = halfWidthPunctuation(s);
        let last = -1;
        for (const c of alone) {
          expect(c.index).toBeGreaterThan(last);
          last = c.index;
          expect(c.from).toBe(s[c.index]);
          expect(c.to.length === 1 && (FULL_WIDTH[c.from] === c.to || QUOTES[c.from]?.includes(c.to))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a line inside a text as it reads the line alone (the rule scans the lines of the whole text)', () => {
    const piece = fc.constantFrom(...Array.from(',:;?!()"\'（）‘’“”中文一0123456789.%abX @/:w \u3000，'), 'www.', 'http://a.b/c?d=1,e', 'x@y.cn', '(2)', '\n');
    const line = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(line, line, line, (before, s, after) => {
        const alone = halfWidthPunctuation(s).map((c) => `${c.index}${c.to}`);
        const text = before + s + after;
        const inText = lineChanges(text, before.length, before.length + s.length).map((c) => `${c.index - before.length}${c.to}`);
        expect(inText).toEqual(alone);
      }),
      { numRuns: 3000 },
    );
  });

});
