// The team's notices (test/fixtures/notices/): how each is read — outline, roles, numbering
// mode — and that every rule finds exactly what is marked in the notice, nothing else.
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { numberingModel } from '../../server/model/numbering.js';
import { ruleIds } from '../../server/rules/registry.js';
import { FIXTURES, fixture, levelCounts, outlineLines } from '../helpers.js';
import { findingsMarked, unmark } from '../markers.js';

const read = (name: (typeof FIXTURES)[number]) => parseNotice(unmark(fixture(name)).text);

describe('the team notices', () => {
  it.each(FIXTURES)('%s: every rule finds what is marked, and nothing else', (name) => {
    const marked = fixture(name);
    expect(findingsMarked(marked, undefined, ruleIds())).toBe(marked);
  });

  it('a short notice without headings: title and issuer, preamble, body with 一是/二是/三是, signature and date', () => {
    const doc = read('no-headings');
    expect(doc.headings).toEqual([]);
    expect(doc.title.map((p) => p.text)).toEqual(['中共青石镇委员会', '关于巡察整改进展情况的通报']);
    expect(doc.preamble).toHaveLength(1);
    expect(doc.paragraphs.flatMap((p) => p.inline.map((m) => `${m.text}=${m.value}`))).toEqual(['一是=1', '二是=2', '三是=3']);
    expect(doc.signature.map((p) => p.text)).toEqual(['中共青石镇委员会']);
    expect(doc.date?.text).toBe('2023年10月20日');
  });

  it('restart numbering: 1. 2. again under each （N）, inferred as restart', () => {
    const doc = read('restart-numbered');
    expect(levelCounts(doc)).toBe('3/4/4/0/0');
    expect(numberingModel(doc).modes[3]).toMatchObject({ mode: 'restart', source: 'inferred' });
    expect(outlineLines(unmark(fixture('restart-numbered')).text).slice(1, 5)).toEqual([
      '二、巡视反馈问题整改进展情况',
      '  （一）贯彻落实党中央决策部署方面',
      '    1.理论学习不够深入',
      '    2.乡村振兴项目推进较慢',
    ]);
  });

  it('continuous numbering: 1. … 5. run on across （一）（二）（三）, inferred as continuous', () => {
    const doc = read('continuous-numbered');
    expect(levelCounts(doc)).toBe('3/3/5/0/0');
    expect(numberingModel(doc).modes[3]).toMatchObject({ mode: 'continuous', source: 'inferred' });
    expect(doc.headings.filter((h) => h.level === 3).map((h) => `${h.parent!.marker.text}${h.marker.value}`)).toEqual(['（一）1', '（一）2', '（二）3', '（二）4', '（三）5']);
  });

  it('a 巡察 notice with ASCII parentheses: (一) and (1) are headings of levels 2 and 4, with their fields', () => {
    const doc = read('ascii-parens-xuncha');
    expect(levelCounts(doc)).toBe('2/2/0/3/0');
    expect(doc.headings.filter((h) => h.level >= 2).map((h) => `${h.level}:${h.marker.open}${h.marker.value}${h.marker.close}`)).toEqual(['2:(1)', '4:(1)', '4:(2)', '2:(2)', '4:(3)']);
    expect(doc.paragraphs.filter((p) => p.field?.status).map((p) => p.field!.status)).toEqual(['已完成', '已完成', '阶段性完成']);
  });

  it('split items: （3-1）（3-2） are parts of item 3 between （2） and （4）', () => {
    const doc = read('split-items');
    expect(doc.headings.filter((h) => h.level === 4).map((h) => [h.marker.value, h.marker.part ?? null, h.marker.digits.text])).toEqual([
      [1, null, '1'],
      [2, null, '2'],
      [3, 1, '3-1'],
      [3, 2, '3-2'],
      [4, null, '4'],
    ]);
  });

  it('a slip planted in a team notice is found at the spot', () => {
    const marked = fixture('restart-numbered').replace('2.乡村振兴', '{numbering-sequence}3.乡村振兴').replace('（二）全面', '{numbering-sequence}（三）全面');
    expect(findingsMarked(marked, undefined, ruleIds())).toBe(marked);
  });
});
