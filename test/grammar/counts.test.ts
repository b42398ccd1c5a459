// The count lexer and recogniser (grammar/counts.ts) and the count model: what a count sentence
// is read as, and which section each statement of the real notices describes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice, readCountStatements, type CountSentence } from '../../grammar/index.js';
import { countModel } from '../../server/model/countModel.js';
import { corpus } from '../helpers.js';

/** A statement as a short string: `date|subject|3方面/14具体问题/49分项任务|40done,6basic|rate|why-not`. */
function show(s: CountSentence): string {
  return [
    s.date?.text ?? '',
    s.subject ?? '',
    [s.aspects ? `${s.aspects.value}方面` : '', ...s.chain.map((c) => `${c.number.value}${c.scope}`)].filter(Boolean).join('/'),
    s.parts.map((p) => `${p.number?.value ?? '全部'}${p.category}`).join(','),
    s.rate ? `${s.rate.kind}${s.rate.value}/${s.rate.decimals}` : '',
    s.notBreakdown ?? '',
  ].join('|');
}
const read = (text: string) => readCountStatements(text).map(show);

describe('count sentences', () => {
  it('reads the form issue 5 generates (§6 first template), with a placeholder date', () => {
    expect(read('截至××，巡视反馈的31个问题，已完成整改13个，阶段性完成整改18个。')).toEqual(['截至××||31问题|13done,18stage||']);
    expect(read('截至6月30日，巡视反馈长沙县的60个问题，已完成整改31个，基本完成整改23个，未完成整改2个，长期整改4个；')).toEqual([
      '截至6月30日|长沙县|60问题|31done,23basic,2notdone,4longterm||',
    ]);
  });

  it('reads chains of totals and Chinese numerals (两, 十四, 四十九)', () => {
    expect(read('巡察反馈的三个方面十四个具体问题四十九项分项任务，已完成整改40个，基本完成整改6个，长期整改两个。')).toEqual([
      '||3方面/14具体问题/49分项任务|40done,6basic,2longterm||',
    ]);
    expect(read('44个问题已整改完成27个，仍有8个方面17个问题正在整改。')).toEqual(['||44问题|27done,17ongoing||']);
  });

  it('reads scope-first totals, 全部/均, rates and several statements in one sentence', () => {
    expect(read('发现问题44个，仍有26个未整改到位，整改落实率40.91%。')).toEqual(['||44问题|26notdone|整改落实率40.91/2|']);
    expect(read('发现问题44个，仍有26个未整改到位，落实率40.91%。')).toEqual(['||44问题|26notdone|落实率40.91/2|']);
    expect(read('交办问题8个，已办结6个，销号率75%。')).toEqual(['||8问题|6done|销号率75/0|']);
    expect(read('巡视移交的13个立行立改问题，已完成整改13个；巡视移交的368件信访件，已全部办结。')).toEqual([
      '||13立行立改问题|13done||',
      '||368信访件|全部done||',
    ]);
    expect(read('共收到线索问题2个，均已办结，其他部门移送问题6个，办结2个。')).toEqual(['||2问题|全部done||', '||6问题|2done||']);
    expect(read('巡视反馈的60个问题，已完成整改31个问题，基本完成整改29个问题。')).toEqual(['||60问题|31done,29basic||']);
    const two = '共收到线索问题2个，均已办结，其他部门移送问题6个，办结2个。';
    expect(readCountStatements(two).map((x) => two.slice(x.span.start, x.span.end))).toEqual(['共收到线索问题2个，均已办结，', '其他部门移送问题6个，办结2个。']);
  });

  it('marks what is no breakdown', () => {
    expect(read('接收信访举报77件，其中受理检举控告类信访举报37件，党纪政务立案20件，党纪政务处分13人。')).toEqual(['||77信访举报|||subset']);
    expect(read('巡视反馈的60个问题，2019年10月22日完成整改25项，12月31日已全部完成整改。')).toEqual(['||60问题|25done,全部done||dated']);
    // 处理6人 is a figure of something else between the parts, not a part (§6a).
    expect(read('共受理问题线索17件，办结10件，处理6人。')).toEqual(['||17问题线索|10done||']);
    // Two parts of one status (`已销号` may be a subset of `已完成整改`): read, but marked as a gap that stops the sum.
    expect(read('巡视反馈的60个问题，已完成整改31个，已销号25个。')).toEqual(['||60问题|31done,25done||']);
    expect(readCountStatements('巡视反馈的60个问题，已完成整改31个，已销号25个。')[0].gaps.map((g) => `${g.piece}:${g.text}`)).toEqual(['repeat:已销号25个']);
    expect(read('巡视反馈的60个问题，已完成整改31个，完成时限为6个月。')).toEqual(['||60问题|31done||']); // 6个月: a figure of time, no part
    expect(read('反馈问题18个，截至2020年10月未全部整改到位。')[0]).toMatch(/\|(unclear|dated)$/);
  });

  it('reads no total where the number counts something else', () => {
    expect(read('6个问题楼盘已形成化解途径，完成整改2个。')).toEqual([]);
    expect(read('落实中央八项规定精神问题仍然存在。')).toEqual([]);
    expect(read('125个信访投诉问题已全部完成整改销号。')).toEqual([]);
    expect(read('县财政投入7967.7万元，占财政总投入0.52%。')).toEqual([]);
  });

  it('never throws and keeps its spans inside the text', () => {
    const alphabet = fc.constantFrom(...'0123456789个项件问题方面完成整改基本阶段性未全部均已其中率%。，；截至年月日两十四九 \n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        for (const s of readCountStatements(text)) {
          expect(s.span.start).toBeGreaterThanOrEqual(0);
          expect(s.span.end).toBeLessThanOrEqual(text.length);
          for (const c of s.chain) expect(text.slice(c.number.start, c.number.end)).toBe(c.number.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('count model on the corpus', () => {
  it('ties each overall statement to the section it describes, in a two-body notice each to its own', () => {
    const m = countModel(parseNotice(corpus('changsha-county-2021')));
    const overall = m.statements.filter((s) => s.kind === 'overall').map((s) => `${s.line + 1}:${s.chain[0].number.value}${s.chain[0].scope}→${s.describes?.heading.marker.text}`);
    expect(overall).toEqual(['14:60问题→二、', '14:13立行立改问题→二、', '14:368信访件→二、', '250:67问题→三、', '250:5立行立改问题→三、', '250:52信访件→三、']);
    const lusong = countModel(parseNotice(corpus('lusong-district-2021')));
    // In the organisation section, the only problems section is the one described.
    expect(lusong.statements.filter((s) => s.parts.length > 0 && s.kind === 'overall').map((s) => s.describes?.heading.marker.text)).toEqual(['二、', '二、', '二、']);
    expect(lusong.sectionOf.get(lusong.sections[0].heading)?.count).toBe(42);
  });

  it('tallies per-item statuses, taking an item’s status from its ① ② when it has none', () => {
    const m = countModel(parseNotice(corpus('yiyang-hitech-2023')));
    expect(m.sections[0].tally).toEqual({ done: 13, stage: 18 });
    expect(m.sections[0].tallyComplete).toBe(true);
    expect(m.statements.filter((s) => s.kind !== 'item')).toEqual([]);
  });
});
