// inspection-term: a 巡察 notice that says 巡视 in its title or a section title, or the other
// way round; the preamble may name both; 巡视巡察 is never flagged; unclear evidence, no finding.
// In a 巡察 notice, also its own inspection called 巡视 in headings and body.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpus, diagnosticStrings, findingsAt, fixAll, lineOf, onlyRules, plant, settings } from '../helpers.js';
import { findingsMarked } from '../markers.js';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';

const only = (text: string) => diagnosticStrings(text, settings(), 'inspection-term');
const notice = (title: string, preamble: string, section2: string) =>
  [title, '', preamble, '', '一、组织整改落实情况', '', '成立领导小组。', '', section2, '', '（一）加强学习', ''].join('\n');
const PRE = '根据县委巡视巡察工作统一部署，2023年3月8日至6月10日，县委第一巡察组对某镇党委进行了巡察。2023年7月18日，县委巡察组向某镇党委反馈了巡察意见。';

describe('inspection-term', () => {
  it('is silent on the real notices (changsha names 巡察 work in item titles of a 巡视 notice: right)', () => {
    for (const c of CORPUS) expect(findingsAt(corpus(c), settings(), 'inspection-term'), c).toEqual([]);
  });

  it('accepts a 巡察 notice whose preamble also names 巡视', () => {
    expect(only(notice('中共某镇委员会关于巡察整改进展情况的通报', PRE, '二、巡察反馈问题整改进展情况'))).toEqual([]);
  });

  it('flags 巡视 in the title and in a section title of a 巡察 notice, and fixes them', () => {
    const text = notice('中共某镇委员会关于巡视整改进展情况的通报', PRE, '二、巡视反馈问题整改进展情况');
    expect(only(text)).toEqual([
      '[0:9..0:11] inspection-term: 本通报是关于巡察的，此处却写作“巡视”',
      '[8:2..8:4] inspection-term: 本通报是关于巡察的，此处却写作“巡视”',
    ]);
    const fixed = fixAll(text).text;
    expect(fixed.split('\n')[0]).toBe('中共某镇委员会关于巡察整改进展情况的通报');
    expect(fixed.split('\n')[8]).toBe('二、巡察反馈问题整改进展情况');
  });

  it('flags 巡察 in a section title of a real 巡视 notice', () => {
    const text = plant(corpus('yiyang-hitech-2023'), '三、下一步工作安排', '三、巡察整改下一步工作安排');
    expect(findingsAt(text, settings(), 'inspection-term')).toEqual([`inspection-term@${text.split('\n').findIndex((l) => l.startsWith('三、')) + 1}`]);
  });

  it('without evidence in the preamble, checks the section titles against the title', () => {
    expect(only(notice('关于巡视整改进展情况的通报', '根据有关部署，现将整改情况予以公布。', '二、巡察反馈问题整改情况'))).toEqual([
      '[8:2..8:4] inspection-term: 本通报是关于巡视的，此处却写作“巡察”',
    ]);
  });

  it('says nothing when neither the preamble nor the title makes the kind clear', () => {
    expect(only(notice('关于整改进展情况的通报', '根据有关部署，现将整改情况予以公布。', '二、巡察反馈问题整改情况'))).toEqual([]);
    expect(only(notice('关于巡视巡察整改进展情况的通报', '根据有关部署，现将整改情况予以公布。', '二、巡察反馈问题整改情况'))).toEqual([]);
    const mixed = '根据部署，省委巡视组和市委巡察组分别进行了巡视和巡察。';
    expect(only(notice('关于巡视整改进展情况的通报', mixed, '二、巡察反馈问题整改情况'))).toEqual([]);
  });

  it('never flags the compound 巡视巡察', () => {
    expect(only(notice('关于巡察整改进展情况的通报', PRE, '二、推动巡视巡察上下联动'))).toEqual([]);
  });
});

// Issue 15: the body of a 巡察 notice (NOTICE-FORMAT.md §8) — the notice's own inspection named
// 巡视 is flagged in headings and body alike; 巡视 naming something else never is.
describe('inspection-term: the body of a 巡察 notice', () => {
  const ONLY = ['inspection-term'];
  const TITLE = '中共某镇委员会关于巡察整改进展情况的通报';
  /** A 巡察 notice with `body` in its organisation section and `items` under section 二. */
  const xuncha = (body: string, items = '（一）加强学习', title = TITLE, preamble = PRE) =>
    [title, '', preamble, '', '一、组织整改落实情况', '', body, '', '二、巡察反馈问题整改进展情况', '', items, ''].join('\n');
  const marked = (body: string, items?: string, title?: string, preamble?: string) => findingsMarked(xuncha(body, items, title, preamble), settings(), ONLY);
  const expectMarked = (body: string, items?: string, title?: string, preamble?: string) =>
    expect(marked(body, items, title, preamble), body + (items ?? '')).toBe(xuncha(body, items, title, preamble));

  it('flags the notice’s own inspection called 巡视 in the body', () => {
    for (const body of [
      '镇党委把{inspection-term}巡视整改作为重大政治任务。',
      '对{inspection-term}巡视组反馈的12个问题逐项建立台账。',
      '{inspection-term}巡视反馈意见交办后，镇党委召开专题会议。',
      '{inspection-term}巡视移交的3件信访件已全部办结。',
      '认真对照{inspection-term}巡视意见，举一反三抓好整改。',
      '针对{inspection-term}巡视发现的问题，建立整改清单；对{inspection-term}巡视指出的问题，逐项销号。',
      '成立{inspection-term}巡视整改工作领导小组，镇党委书记任组长。',
      '县委{inspection-term}巡视组反馈的问题已整改到位。',
      '自{inspection-term}巡视组进驻以来，边巡边改问题8个。',
      '按照{inspection-term}巡视组要求，召开专题民主生活会。',
      '坚持把{inspection-term}巡视整改与日常工作结合起来，以{inspection-term}巡视整改为抓手。',
    ]) expectMarked(body);
  });

  it('flags it in level-2, 3 and 4 headings and their bodies', () => {
    expectMarked('成立领导小组。', '（一）{inspection-term}巡视反馈问题：理论学习不深入\n1.学习不系统。整改情况：{inspection-term}巡视整改以来，建立制度3项。\n（1）{inspection-term}巡视移交问题线索处置不及时');
  });

  it('never flags 巡视 that names a higher body, a fixed name, a quotation or the pair', () => {
    for (const body of [
      '深入学习贯彻习近平总书记关于巡视工作的重要论述。',
      '认真贯彻《中国共产党巡视工作条例》，严格执行巡视工作条例。',
      '推动巡视巡察上下联动，形成巡察巡视监督合力。',
      '统筹推进中央巡视、省委巡视反馈问题整改。',
      '配合做好省委第三巡视组反馈意见整改，把省委巡视组指出的问题纳入清单，巡视组要求的事项一并推进。',
      '对照上级巡视指出的问题开展自查。',
      '上一轮巡视反馈的问题已全部整改，2019年巡视反馈共性问题持续整改。',
      '统筹推进巡视整改和巡察整改，把巡视、巡察、审计发现的问题一体整改。',
      '开展“巡视整改回头看”专项行动，制定《关于加强巡视整改和成果运用的意见》。',
      '市委巡视组反馈的问题已整改。', // the 巡察 was the 县委's: 市委 names another body
      '省委巡视办、中央巡视工作领导小组的部署要求。',
      '严格落实巡察整改主体责任，巡察组反馈的问题全部销号。',
      '配合十九届中央第六轮巡视，省委巡视整改督导组来镇督导。',
      '巡视工作领导小组办公室印发通知，镇党委学习巡视工作方针。',
      '把巡察整改与中央巡视反馈意见整改、省委巡视移交问题办理结合起来。',
    ]) expectMarked(body);
  });

  it('reads the inspecting committee from the preamble: 县委巡视组 is a slip in a notice the 县委 inspected, 市委巡视 is not', () => {
    expectMarked('县委{inspection-term}巡视组反馈的问题已整改。');
    // 县委巡视整改 may be the county's own rectification after a 巡视 it underwent: not said to be wrong.
    expectMarked('结合县委巡视整改工作，把巡视反馈问题一并整改。');
    const byCity = PRE.replace(/县委/g, '市委');
    expectMarked('市委{inspection-term}巡视组反馈的问题已整改，县委巡视组反馈的问题另行整改。', undefined, TITLE, byCity);
  });

  it('points at the preamble’s evidence, and speaks English when asked', () => {
    const text = xuncha('镇党委把巡视整改作为重大政治任务。');
    const r = analyze(text, onlyRules(['inspection-term'])).results;
    expect(r.map((x) => text.slice(x.related![0].span.start, x.related![0].span.end + 1))).toEqual(['巡察组']);
    expect(diagnosticStrings(text, settings({ locale: 'en' }), 'inspection-term')).toEqual(['[6:4..6:6] inspection-term: This notice is about a “巡察” inspection, but this says "巡视"']);
  });

  it('fixes each to 巡察 and nothing else', () => {
    const text = xuncha('镇党委把巡视整改作为重大政治任务，对省委巡视反馈问题一并整改。');
    const fixed = fixAll(text, onlyRules(['inspection-term'])).text;
    expect(fixed.split('\n')[6]).toBe('镇党委把巡察整改作为重大政治任务，对省委巡视反馈问题一并整改。');
  });

  it('stays silent on the body of a 巡视 notice, which rightly speaks of the body’s own 巡察 work', () => {
    const pre = '根据省委统一部署，省委第三巡视组对某县进行了巡视。2021年4月1日，省委巡视组向某县委反馈了巡视意见。';
    const text = [
      '中共某县委关于巡视整改进展情况的通报',
      '',
      pre,
      '',
      '一、组织整改落实情况',
      '',
      '强化巡察成果运用，巡察移交的问题线索全部办结，完成县委第十四轮巡察，巡察反馈问题整改销号。',
      '',
      '二、巡视反馈问题整改进展情况',
      '',
      '（1）对巡察工作重视不够。整改情况：巡察组反馈的问题已整改。',
      '',
    ].join('\n');
    expect(findingsMarked(text, settings(), ONLY)).toBe(text);
  });

  it('in the section titles too, leaves a higher body’s 巡视 and a committee’s 巡察 alone', () => {
    expect(only(notice(TITLE, PRE, '二、省委巡视反馈问题整改情况'))).toEqual([]);
    expect(only(notice('关于巡视整改进展情况的通报', '根据有关部署，现将整改情况予以公布。', '二、县委巡察工作开展情况'))).toEqual([]);
  });

  it('says nothing on the body when the title says 巡视 or the evidence is unclear', () => {
    // The title says 巡视 of a notice whose preamble says 巡察: the title is flagged, the body is not read.
    const text = xuncha('镇党委把巡视整改作为重大政治任务。', undefined, '中共某镇委员会关于巡视整改进展情况的通报');
    expect(findingsAt(text, settings(), 'inspection-term')).toEqual(['inspection-term@1']);
    const mixed = '根据部署，省委巡视组和市委巡察组分别进行了巡视和巡察。';
    expectMarked('镇党委把巡视整改作为重大政治任务。', undefined, '关于整改进展情况的通报', mixed);
  });

  it('a real 巡视 notice turned into a 巡察 one: silent, and one 巡视 planted back is found at its line', () => {
    for (const c of CORPUS) {
      const text = corpus(c).replace(/巡视/g, '巡察');
      expect(findingsAt(text, settings(), 'inspection-term'), c).toEqual([]);
    }
    const base = corpus('lusong-district-2021').replace(/巡视/g, '巡察');
    const slip = plant(base, '成立巡察整改工作领导小组', '成立巡视整改工作领导小组');
    expect(findingsAt(slip, settings(), 'inspection-term')).toEqual([`inspection-term@${lineOf(slip, '成立巡视整改工作领导小组')}`]);
    const named = plant(base, '关于巡察工作重要论述', '关于巡视工作重要论述');
    expect(findingsAt(named, settings(), 'inspection-term')).toEqual([]);
  });

  it('a real notice whose title, preamble and section titles say 巡察: its own 巡视 is fixed, what names something else stays', () => {
    const kept: Record<string, string[]> = {
      'changsha-county-2021': ['关于巡视工作的重要论述', '上一轮巡视反馈', '《巡视问题核查', '落实巡视、审计'],
      'lusong-district-2021': ['关于巡视工作重要论述'],
      'yiyang-hitech-2023': ['省委巡视办'],
    };
    for (const c of CORPUS) {
      let text = corpus(c);
      const doc = parseNotice(text);
      const spans = [...doc.title, ...doc.preamble, ...doc.headings.filter((h) => h.level === 1).map((h) => h.title)].sort((a, b) => b.start - a.start);
      for (const sp of spans) text = text.slice(0, sp.start) + text.slice(sp.start, sp.end).replace(/巡视/g, '巡察').replace(/省委/g, '县委') + text.slice(sp.end);
      const found = analyze(text, onlyRules(['inspection-term'])).results;
      expect(found.length, c).toBeGreaterThan(0);
      // Every finding is the notice's own inspection: 巡视 followed by 整改/反馈/移交 …
      for (const r of found) expect(text.slice(r.span.start, r.span.start + 4), c).toMatch(/^巡视(?:组|反馈|移交|整改|意见|发现|指出)/);
      const fixed = fixAll(text, onlyRules(['inspection-term']));
      expect(fixed.analysis.results, c).toEqual([]);
      for (const k of kept[c]) expect(fixed.text, c).toContain(k);
    }
  });
});

describe('inspection-term on any mix of the phrases a 巡察 notice holds', () => {
  const phrase = fc.constantFrom(
    '巡视组', '巡视整改', '巡视反馈', '巡视移交', '巡视意见', '巡视', '巡察', '巡察组', '巡视巡察', '省委', '中央', '上级', '县委', '市委',
    '、', '和', '，', '。', '；', '《', '》', '“', '”', '关于巡视工作的重要论述', '镇党委把', '作为重点', '2019年', '第三',
  );
  const body = fc.array(phrase, { maxLength: 25 }).map((a) => a.join(''));
  const TITLE = '中共某镇委员会关于巡察整改进展情况的通报';
  const xuncha = (b: string) => [TITLE, '', PRE, '', '一、组织整改落实情况', '', b, '', '（一）加强学习', ''].join('\n');

  it('each fix turns one 巡视 into 巡察; fixed, nothing is left to flag', () => {
    let flagged = 0;
    fc.assert(
      fc.property(body, (b) => {
        const text = xuncha(b);
        const found = analyze(text, onlyRules(['inspection-term'])).results;
        for (const r of found) {
          expect(text.slice(r.span.start, r.span.end)).toBe('巡视');
          expect(r.fixes![0].edits).toEqual([{ span: r.span, newText: '巡察' }]);
        }
        const fixed = fixAll(text, onlyRules(['inspection-term']));
        expect(fixed.analysis.results).toEqual([]);
        expect(fixed.text.replace(/巡视|巡察/g, '巡')).toBe(text.replace(/巡视|巡察/g, '巡'));
        flagged += found.length;
      }),
      { numRuns: 300 },
    );
    expect(flagged).toBeGreaterThan(50);
  });
});
