// numbering-sequence: gaps, repeats, steps back, wrong starts and split parts out of order, in
// every variant of NOTICE-FORMAT.md §3; the renumber fix; the real notices, clean and with
// faults planted by program.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { EngineSettings } from '../../server/rules/types.js';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';
import { applyEdits } from '../../server/features/codeActions.js';
import { toDiagnostics } from '../../server/features/diagnostics.js';
import { PositionMapper } from '../../server/positions.js';
import { ruleById } from '../../server/rules/registry.js';
import {
  corpus,
  CORPUS,
  REPO,
  deleteItem,
  diagnosticStrings,
  duplicateItem,
  findingsAt,
  fixAll,
  lineOf,
  onlyRules,
  swapItems,
  withoutNumbers,
  type CorpusName,
} from '../helpers.js';
import { findingsMarked, unmark } from '../markers.js';

/** The numbering rules alone: other rules' findings and fixes stay out of these tests. */
const only = (over: Partial<EngineSettings> = {}) => onlyRules(['numbering-', 'inline-sequence'], over);

const head = ['关于巡察整改进展情况的通报', '根据市委统一部署，市委巡察组对本县进行了巡察。现将整改进展情况予以公布。'];
const tail = ['欢迎广大干部群众对巡察整改落实情况进行监督。'];
const notice = (...lines: string[]) => [...head, ...lines, ...tail].join('\n');
const seq = (text: string, s = only()) => diagnosticStrings(text, s, 'numbering-sequence');
const numbering = (text: string, s = only()) => findingsAt(text, s, 'numbering');
/** The numbering findings marked where they start (compare with the expected marked text), and their messages in order. */
const numberingMarked = (marked: string, s = only()) => findingsMarked(marked, s, ['numbering-sequence', 'numbering-level', 'numbering-style', 'inline-sequence']);
const messages = (text: string, s = only()) => seq(text, s).map((d) => d.replace(/^\[[^\]]*\] numbering-sequence: /, ''));

/** fix-all, then: no numbering diagnostic left, a second fix-all changes nothing, only numbers changed. */
function fixedClean(text: string, s = only()): string {
  const once = fixAll(text, s);
  expect(numbering(once.text, s)).toEqual([]);
  expect(fixAll(once.text, s).text).toBe(once.text);
  expect(withoutNumbers(once.text)).toBe(withoutNumbers(text));
  return once.text;
}

describe('numbering-sequence on small notices', () => {
  it('restart mode with 1、 style: a gap and a repeat, each reported once, judged against the number found', () => {
    const marked = notice(
      '一、组织整改落实情况',
      '二、巡察反馈问题整改进展情况',
      '（一）反馈问题：理论学习有差距',
      '1、学习不深入',
      '2、研讨少',
      '{numbering-sequence}4、调研少',
      '5、转化少', // fine after the gap
      '（二）反馈问题：作风有差距',
      '1、会议多',
      '{numbering-sequence}1、文件多',
      '3、督查多', // back in its place
    );
    expect(numberingMarked(marked)).toBe(marked);
    const { text } = unmark(marked);
    expect(messages(text)).toEqual(['编号不连续：此处应为“3、”，实为“4、”', '编号重复：此处应为“2、”，实为“1、”']);
    expect(fixedClean(text)).toBe(
      notice('一、组织整改落实情况', '二、巡察反馈问题整改进展情况', '（一）反馈问题：理论学习有差距', '1、学习不深入', '2、研讨少', '3、调研少', '4、转化少', '（二）反馈问题：作风有差距', '1、会议多', '2、文件多', '3、督查多'),
    );
  });

  it('one mistyped number is one finding: the items after it, back on their places, are no repeats or steps back', () => {
    const marked = notice(
      '一、组织整改落实情况',
      '二、巡察反馈问题整改进展情况',
      '（一）反馈问题：理论学习有差距',
      '1、学习不深入',
      '{numbering-sequence}3、研讨少', // 2、 mistyped
      '3、调研少',
      '4、转化少',
      '（二）反馈问题：作风有差距',
      '1、会议多',
      '2、文件多',
      '{numbering-sequence}5、督查多', // 3、 mistyped
      '4、检查多',
      '（四）反馈问题：纪律有差距', // （三） mistyped
      '1、纪律松',
    );
    const expected = marked.replace('（四）反馈问题', '{numbering-sequence}（四）反馈问题');
    expect(numberingMarked(marked)).toBe(expected);
    const { text } = unmark(marked);
    expect(messages(text)).toEqual(['编号不连续：此处应为“2、”，实为“3、”', '编号不连续：此处应为“3、”，实为“5、”', '编号不连续：此处应为“（三）”，实为“（四）”']);
    // Each fix renumbers one item: the rest are already in their places.
    expect(fixedClean(text)).toBe(
      notice('一、组织整改落实情况', '二、巡察反馈问题整改进展情况', '（一）反馈问题：理论学习有差距', '1、学习不深入', '2、研讨少', '3、调研少', '4、转化少', '（二）反馈问题：作风有差距', '1、会议多', '2、文件多', '3、督查多', '4、检查多', '（三）反馈问题：纪律有差距', '1、纪律松'),
    );
  });

  it('full-width digits (１．（１２））: read, reported and renumbered in full-width', () => {
    const marked = notice('一、组织整改落实情况', '二、巡察反馈问题整改进展情况', '（一）反馈问题：学习', '１．学习不深入', '（１）中心组学习不够', '（２）研讨流于形式', '２．调研不够', '{numbering-sequence}４．作风不实', '５．会议多');
    expect(numberingMarked(marked)).toBe(marked);
    const { text } = unmark(marked);
    expect(messages(text)).toEqual(['编号不连续：此处应为“３．”，实为“４．”']);
    expect(fixedClean(text)).toBe(notice('一、组织整改落实情况', '二、巡察反馈问题整改进展情况', '（一）反馈问题：学习', '１．学习不深入', '（１）中心组学习不够', '（２）研讨流于形式', '２．调研不够', '３．作风不实', '４．会议多'));
  });

  it('continuous mode with ASCII parentheses, full-width dots and indentation: numbers run on across parents', () => {
    const marked = notice(
      '一、组织整改落实情况',
      '二、巡视反馈问题整改进展情况',
      '(一)反馈问题:学习',
      '\u3000\u30001．学习不深入',
      '    (1)中心组学习不够',
      '    (2)研讨流于形式',
      '\u3000\u30002．调研不够',
      '    (3)调研少',
      '(二)反馈问题:作风',
      '\u3000\u30003．作风不实',
      '    {numbering-sequence}(5)会议多',
      '    (6)文件多',
      '\u3000\u3000{numbering-sequence}5．督查多',
      '    (7)督查多',
      '三、继续深化后续整改',
      '(一)提高站位。继续抓好整改。',
      '(二)建章立制。形成长效机制。',
    );
    expect(numberingMarked(marked)).toBe(marked);
    const { text } = unmark(marked);
    expect(messages(text)).toEqual(['编号不连续：此处应为“(4)”，实为“(5)”', '编号不连续：此处应为“4．”，实为“5．”']);
    const fixed = fixedClean(text);
    expect(fixed).toContain('    (4)会议多\n    (5)文件多\n\u3000\u30004．督查多\n    (6)督查多');
  });

  it('reports the previous item as related information and offers the renumber fix on the slip', () => {
    const text = notice('一、甲', '二、乙', '（一）丙', '1.a', '2.b', '4.c', '5.d');
    const a = analyze(text, only());
    const d = toDiagnostics(a, new PositionMapper(text, a.doc.lineStarts), 'file:///x.notice');
    expect(d).toHaveLength(1);
    expect(d[0].relatedInformation?.map((r) => `${r.location.range.start.line}: ${r.message}`)).toEqual(['6: 上一项：“2.”']);
    const fix = a.results[0].fixes![0];
    expect(fix.title).toBe('从此处起重新编号（改 2 处）');
    expect(fix.preferred).toBe(true);
    expect(applyEdits(text, fix.edits)).toBe(notice('一、甲', '二、乙', '（一）丙', '1.a', '2.b', '3.c', '4.d'));
  });

  it('level 1 and 2 Chinese numerals: 十、十二、 → 十一、, and a sequence that does not start at 一', () => {
    const l1 = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十二'].map((n) => `${n}、标题${n}`);
    const text = notice(...l1, '（二）乙', '（三）丙');
    expect(seq(text)).toEqual([
      '[12:0..12:3] numbering-sequence: 编号不连续：此处应为“十一、”，实为“十二、”',
      '[13:0..13:3] numbering-sequence: 编号未从头开始：此处应为“（一）”，实为“（二）”',
    ]);
    const fixed = fixedClean(text);
    expect(fixed).toContain('\n十一、标题十二\n（一）乙\n（二）丙\n');
  });

  it('split items (35-1)…(35-4) count as one number; parts out of order are reported', () => {
    const items = ['(34)a', '(35-1)b', '(35-2)c', '(35-3)d', '(36-1)e', '(36-2)f', '(37)g'];
    const ok = notice('一、甲', '（一）乙', '1.丙', ...items.map((x, i) => x.replace(/^\(\d+/, (m) => (i === 0 ? '(1' : m))));
    // (1) then (35-1): a gap at the first split item only.
    expect(seq(ok)).toEqual(['[6:0..6:6] numbering-sequence: 编号不连续：此处应为“(2-1)”，实为“(35-1)”']);
    const clean = notice('一、甲', '（一）乙', '1.丙', '(1)a', '(2-1)b', '(2-2)c', '(2-3)d', '(3-1)e', '(3-2)f', '(4)g');
    expect(seq(clean)).toEqual([]);
    const swapped = notice('一、甲', '（一）乙', '1.丙', '(1)a', '(2-2)b', '(2-1)c', '(3)d');
    expect(seq(swapped)).toEqual([
      '[6:0..6:5] numbering-sequence: 分项编号顺序有误：此处应为“(2-1)”，实为“(2-2)”',
      '[7:0..7:5] numbering-sequence: 分项编号顺序有误：此处应为“(2-3)”，实为“(2-1)”',
    ]);
    expect(fixedClean(swapped)).toBe(notice('一、甲', '（一）乙', '1.丙', '(1)a', '(2-1)b', '(2-2)c', '(3)d'));
  });

  it('a step back and a swap: both swapped items are reported, the item after them is not', () => {
    const text = notice('一、甲', '（一）乙', '1.a', '3.b', '2.c', '4.d');
    expect(seq(text)).toEqual([
      '[5:0..5:2] numbering-sequence: 编号不连续：此处应为“2.”，实为“3.”',
      '[6:0..6:2] numbering-sequence: 编号倒退：此处应为“4.”，实为“2.”',
    ]);
    expect(fixedClean(text)).toBe(notice('一、甲', '（一）乙', '1.a', '2.b', '3.c', '4.d'));
  });

  it('the mode is inferred per document, and notice.numbering.mode forces one', () => {
    const continuous = notice('一、甲', '（一）乙', '1.a', '2.b', '（二）丙', '3.c', '4.d', '（三）丁', '5.e');
    expect(seq(continuous)).toEqual([]);
    const restart = only({ numbering: { mode: 'restart' } });
    expect(seq(continuous, restart)).toEqual([
      '[7:0..7:2] numbering-sequence: 编号未从头开始：此处应为“1.”，实为“3.”',
      '[10:0..10:2] numbering-sequence: 编号未从头开始：此处应为“1.”，实为“5.”',
    ]);
    expect(fixedClean(continuous, restart)).toBe(notice('一、甲', '（一）乙', '1.a', '2.b', '（二）丙', '1.c', '2.d', '（三）丁', '1.e'));
    const restarting = notice('一、甲', '（一）乙', '1.a', '2.b', '（二）丙', '1.c', '2.d');
    expect(seq(restarting)).toEqual([]);
    expect(seq(restarting, only({ numbering: { mode: 'continuous' } }))).toEqual([
      '[7:0..7:2] numbering-sequence: 编号倒退：此处应为“3.”，实为“1.”',
    ]);
  });

  it('a skipped level is not a slip: （二） followed by (3), numbers running on', () => {
    const text = notice('一、甲', '（一）乙', '1.a', '(1)x', '(2)y', '（二）丙', '(3)z');
    expect(numbering(text)).toEqual([]);
  });

  it('speaks English when asked', () => {
    const text = notice('一、甲', '（一）乙', '1.a', '2.b', '4.c');
    expect(seq(text, only({ locale: 'en' }))).toEqual(['[6:0..6:2] numbering-sequence: Numbering gap: expected “3.”, found “4.”']);
  });
});

describe('numbering-sequence on the real notices', () => {
  it('reports only the missing 3. of lusong-district-2021, on the 4. line', () => {
    const lusong = corpus('lusong-district-2021');
    expect(numbering(lusong)).toEqual([`numbering-sequence@${lineOf(lusong, '4.意识形态工作存在短板')}`]);
    expect(diagnosticStrings(lusong, only(), 'numbering-sequence')[0]).toMatch(/编号不连续：此处应为“3\.”，实为“4\.”$/);
    expect(numbering(corpus('changsha-county-2021'))).toEqual([]);
    expect(numbering(corpus('yiyang-hitech-2023'))).toEqual([]);
  });

  it('says nothing on the lines that only look like slips (3.1名…, 13.2019年…, 5.2022年…, (49) under (四), split items, inline （1）…一是…)', () => {
    const cases: [CorpusName, string][] = [
      ['yiyang-hitech-2023', '3.1名受处分干部'],
      ['yiyang-hitech-2023', '5.2022年园区'],
      ['yiyang-hitech-2023', '19.5名干部'],
      ['yiyang-hitech-2023', '①高质量发展问题'],
      ['yiyang-hitech-2023', '整改情况：（1）关于监督执纪不力'],
      ['lusong-district-2021', '13.2019年省审计厅经责审计'],
      ['lusong-district-2021', '(35-1)违规出借'],
      ['lusong-district-2021', '(36-1)以建设管网'],
      ['lusong-district-2021', '(37)公路工程'],
      ['lusong-district-2021', '(38-2)未按工程项目'],
      ['changsha-county-2021', '(49)“大量聘用'],
    ];
    for (const [name, needle] of cases) {
      const text = corpus(name);
      const line = lineOf(text, needle);
      expect(findingsAt(text, only()).filter((f) => f.endsWith(`@${line}`)), needle).toEqual([]);
    }
  });

  it('fix-all renumbers lusong from the 4. on and leaves no numbering diagnostic', () => {
    const lusong = corpus('lusong-district-2021');
    const fixed = fixedClean(lusong);
    expect(fixed).toContain('  3.意识形态工作存在短板');
    expect(fixed).toContain('  13.2019年省审计厅开展自然资源资产审计');
    expect(fixed).toContain('  12.2019年省审计厅经责审计发现问题44个');
    expect(fixed).toContain('(35-1)违规出借财政资金');
  });

  // Faults planted by program: each is reported at its line; fix-all brings the document back
  // to zero numbering diagnostics. `at` lists needles of the lines that must be reported
  // (`needle#2`: its second occurrence, the copy of a duplicated item; lusong keeps its own slip).
  const plants: { name: string; doc: CorpusName; plant: (t: string) => string; at: string[] }[] = [
    { name: 'delete 二、 (level 1)', doc: 'changsha-county-2021', plant: (t) => deleteItem(t, '二、长沙县'), at: ['三、长沙经开区'] },
    { name: 'duplicate 二、 (level 1)', doc: 'yiyang-hitech-2023', plant: (t) => duplicateItem(t, '二、集中整改'), at: ['二、集中整改#2'] },
    { name: 'swap 二、 and 三、 (level 1)', doc: 'changsha-county-2021', plant: (t) => swapItems(t, '二、长沙县', '三、长沙经开区'), at: ['三、长沙经开区', '二、长沙县'] },
    { name: 'delete (二) in the closing section (level 2)', doc: 'lusong-district-2021', plant: (t) => deleteItem(t, '(二)坚持问题导向'), at: ['4.意识形态', '(三)健全长效机制'] },
    { name: 'duplicate （五） (level 2)', doc: 'yiyang-hitech-2023', plant: (t) => duplicateItem(t, '（五）反馈问题'), at: ['（五）反馈问题#2', '10.存在部分工程项目#2'] },
    { name: 'swap (二) and (三) with their items (levels 2 and 3)', doc: 'changsha-county-2021', plant: (t) => swapItems(t, '(二)反馈问题:落实全面从严治党要求不到位', '(三)反馈问题:党的组织路线执行不到位'), at: ['(三)反馈问题:党的组织路线执行不到位', '8.党建基础工作', '(二)反馈问题:落实全面从严治党要求不到位', '5.落实“两个责任”', '(22)落实主体责任', '(38)党的领导弱化'] },
    { name: 'delete 20. (level 3)', doc: 'changsha-county-2021', plant: (t) => deleteItem(t, '20.综治维稳'), at: ['21.安全生产'] },
    { name: 'duplicate 3.1名… (level 3)', doc: 'yiyang-hitech-2023', plant: (t) => duplicateItem(t, '3.1名受处分干部'), at: ['3.1名受处分干部#2'] },
    { name: 'swap 13. and 14. (level 3)', doc: 'changsha-county-2021', plant: (t) => swapItems(t, '13.存在某公司', '14.存在项目违建'), at: ['14.存在项目违建', '13.存在某公司'] },
    { name: 'delete (20) (level 4)', doc: 'lusong-district-2021', plant: (t) => deleteItem(t, '(20)真抓严管'), at: ['4.意识形态', '(21)巡察利剑'] },
    { name: 'duplicate (35-2) (a split part)', doc: 'lusong-district-2021', plant: (t) => duplicateItem(t, '(35-2)'), at: ['4.意识形态', '(35-2)#2'] },
    { name: 'swap (2) and (3) (level 4)', doc: 'changsha-county-2021', plant: (t) => swapItems(t, '(2)8个单位', '(3)学用结合'), at: ['(3)学用结合', '(2)8个单位'] },
    { name: 'swap (49) and (50) under (四), a skipped level (level 4)', doc: 'changsha-county-2021', plant: (t) => swapItems(t, '(49)“大量聘用', '(50)2017年至2020年'), at: ['(50)2017年至2020年', '(49)“大量聘用'] },
    { name: 'duplicate (20) (level 4)', doc: 'changsha-county-2021', plant: (t) => duplicateItem(t, '(20)网络、电信诈骗'), at: ['(20)网络、电信诈骗#2'] },
    { name: 'delete ① (level 5)', doc: 'yiyang-hitech-2023', plant: (t) => deleteItem(t, '①高质量发展'), at: ['②园区土地闲置'] },
    { name: 'duplicate ② (level 5)', doc: 'yiyang-hitech-2023', plant: (t) => duplicateItem(t, '②园区土地闲置'), at: ['②园区土地闲置#2'] },
    { name: 'swap ① and ② (level 5)', doc: 'yiyang-hitech-2023', plant: (t) => swapItems(t, '①高质量发展', '②园区土地闲置'), at: ['②园区土地闲置', '①高质量发展'] },
  ];

  for (const p of plants) {
    it(`planted: ${p.name}`, () => {
      const text = p.plant(corpus(p.doc));
      const lines = (needles: string[]) =>
        needles.map((n) => {
          const [needle, nth] = n.split('#');
          if (!nth) return lineOf(text, needle);
          const second = text.indexOf(needle, text.indexOf(needle) + needle.length);
          expect(second).toBeGreaterThan(0);
          return lineOf(text.slice(0, second) + '\u0000' + text.slice(second), '\u0000');
        });
      const reported = numbering(text).map((f) => Number(f.split('@')[1]));
      expect(numbering(text).every((f) => f.startsWith('numbering-sequence@'))).toBe(true);
      expect(reported).toEqual([...new Set(lines(p.at))].sort((a, b) => a - b));
      fixedClean(text);
    });
  }

  it('covers every corpus notice in the plants', () => {
    expect(new Set(plants.map((p) => p.doc))).toEqual(new Set(CORPUS));
  });
});

describe('the numbering rules of issue 3', () => {
  it('are registered, each with its Chinese doc page (wrong and right example, settings)', () => {
    for (const id of ['numbering-sequence', 'numbering-level', 'numbering-style', 'inline-sequence']) {
      expect(ruleById(id)?.tags).toContain('numbering');
      const page = resolve(REPO, 'docs', 'rules', `${id}.md`);
      expect(existsSync(page)).toBe(true);
      const md = readFileSync(page, 'utf8');
      for (const heading of ['## 规则说明', '## 错误示例', '## 正确示例', '## 设置']) expect(md).toContain(heading);
    }
  });

  it('contribute the command 「重新编号全文」 to VS Code', () => {
    const pkg = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8'));
    expect(pkg.contributes.commands).toContainEqual(expect.objectContaining({ command: 'notice.renumberAll', title: '%command.renumberAll%' }));
    const zh = JSON.parse(readFileSync(resolve(REPO, 'package.nls.zh-cn.json'), 'utf8'));
    expect(zh['command.renumberAll']).toBe('重新编号全文');
  });
});

describe('renumbering, whatever the damage', () => {
  /** Delete, duplicate or swap heading lines of a real notice, by index. */
  function damage(text: string, ops: [number, 'del' | 'dup' | 'swap'][]): string {
    for (const [n, op] of ops) {
      const doc = parseNotice(text);
      const hs = doc.headings;
      const h = hs[n % hs.length];
      const line = (k: number) => ({ s: doc.lineStarts[k], e: doc.lineStarts[k + 1] ?? text.length });
      const a = line(h.line);
      if (op === 'del') text = text.slice(0, a.s) + text.slice(a.e);
      else if (op === 'dup') text = text.slice(0, a.e) + text.slice(a.s, a.e) + text.slice(a.e);
      else {
        const h2 = hs.slice(hs.indexOf(h) + 1).find((x) => x.level === h.level);
        if (!h2) continue;
        const b = line(h2.line);
        text = text.slice(0, a.s) + text.slice(b.s, b.e) + text.slice(a.e, b.s) + text.slice(a.s, a.e) + text.slice(b.e);
      }
    }
    return text;
  }

  it('fix-all always leaves zero fixable numbering diagnostics, is idempotent and changes only numbers (random heading-line edits, every mode)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CORPUS),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('del' as const, 'dup' as const, 'swap' as const)), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('auto' as const, 'restart' as const, 'continuous' as const),
        (name, ops, mode) => {
          const text = damage(corpus(name), ops);
          const s = only({ numbering: { mode } });
          // An inverted level (numbering-level) has no automatic fix: it may stay, it must not appear.
          const inversions = findingsAt(text, s, 'numbering-level');
          const once = fixAll(text, s);
          expect(findingsAt(once.text, s, 'numbering')).toEqual(inversions);
          expect(fixAll(once.text, s).text).toBe(once.text);
          expect(withoutNumbers(once.text)).toBe(withoutNumbers(text));
        },
      ),
      { numRuns: 60 },
    );
  });
});
