// 统计句生成: the code action writes or rewrites a problems section's count statement from
// the items the section lists and their 整改结果 statuses. The generated sentence is parsed
// back here and its numbers compared with counts made independently from the raw text; every
// other character of the document must stay as it was.
import { describe, expect, it } from 'vitest';
import type { CodeAction, Range, TextEdit as LspEdit } from 'vscode-languageserver-types';
import { parseNotice } from '../../grammar/index.js';
import { countPlans, countStatementActions, COUNT_STATEMENT_KIND } from '../../server/features/countStatement.js';
import { translator } from '../../server/l10n/index.js';
import { PositionMapper } from '../../server/positions.js';
import type { NumberingMode } from '../../server/rules/types.js';
import { corpus } from '../helpers.js';

const URI = 'file:///t.notice';

function actionsAt(text: string, needle: string | undefined, only?: string[], mode: NumberingMode = 'auto', locale: 'zh' | 'en' = 'zh'): CodeAction[] {
  const doc = parseNotice(text);
  const pos = new PositionMapper(text, doc.lineStarts);
  const at = needle === undefined ? 0 : text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  const range: Range = { start: pos.positionAt(at), end: pos.positionAt(at) };
  return countStatementActions(doc, pos, URI, range, only, translator(locale), mode);
}

function apply(text: string, action: CodeAction): string {
  const pos = new PositionMapper(text, parseNotice(text).lineStarts);
  const edits = (action.edit!.changes![URI] as LspEdit[]).map((e) => ({ start: pos.offsetAt(e.range.start), end: pos.offsetAt(e.range.end), newText: e.newText }));
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A count statement read back: its date, kind, total and breakdown (`××` for a number left to the writer). */
function readBack(sentence: string) {
  const m = /^截至([^，,]+)[，,](巡视|巡察)反馈([^，,]*?)的(\d+)个(?:具体)?问题[，,](.*?)[。；;]?$/.exec(sentence);
  if (!m) throw new Error(`not a count statement: ${sentence}`);
  const parts = [...m[5].matchAll(/([^，,0-9×]+?)(\d+|××)个/g)].map((p) => [p[1], p[2] === '××' ? NaN : Number(p[2])] as const);
  return { date: m[1], kind: m[2], object: m[3], total: Number(m[4]), parts: Object.fromEntries(parts) as Record<string, number> };
}

/** The lines of `after` that differ from `before` (the edit changes lines in place or inserts some). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return { removed: a.slice(i, a.length - j), added: b.slice(i, b.length - j) };
}

describe('yiyang: 整改结果 on every item, no count statement yet', () => {
  const text = corpus('yiyang-hitech-2023');
  const [action] = actionsAt(text, '集中整改期内已完成的整改事项');

  it('offers to write the statement of section 二 on its heading, not deep in its items (the notice may rightly have none)', () => {
    expect(action.title).toBe('生成统计句：二、集中整改期内已完成的整改事项');
    expect(action.kind).toBe(COUNT_STATEMENT_KIND);
    expect(actionsAt(text, '5.2022年园区6项考核指标')).toEqual([]);
  });

  it('inserts one new line after the heading and changes nothing else', () => {
    const after = apply(text, action);
    const { removed, added } = changedLines(text, after);
    expect(removed).toEqual([]);
    expect(added.filter((l) => l !== '')).toHaveLength(1);
    const at = after.indexOf('二、集中整改期内已完成的整改事项');
    expect(after.slice(at).split('\n').slice(0, 4)).toEqual(['二、集中整改期内已完成的整改事项', '', added.find((l) => l !== ''), '']);
  });

  it('states the items listed (31: 1.–31., ① ② of 28. once) and the tally of their 整改结果 (13 + 18)', () => {
    const sentence = changedLines(text, apply(text, action)).added.find((l) => l !== '')!;
    expect(sentence).toBe('截至××，巡视反馈的31个问题，已完成整改13个，阶段性完成整改18个。');
    const back = readBack(sentence);
    // Counted independently from the raw text: the level-3 items of section 二 and the status lines.
    const section = text.slice(text.indexOf('二、集中整改期内'), text.indexOf('三、下一步工作安排'));
    const itemNumbers = [...section.matchAll(/^(\d+)\./gm)].map((m) => Number(m[1]));
    expect(back.total).toBe(new Set(itemNumbers).size);
    expect(back.total).toBe(31);
    expect(back.parts['已完成整改']).toBe(section.match(/^整改结果：完成$/gm)!.length);
    // 28. states 阶段性完成 under ① and nothing under ② ("见上文"): it counts once, as 阶段性完成.
    expect(back.parts['阶段性完成整改']).toBe(section.match(/^整改结果：阶段性完成$/gm)!.length);
    expect(back.parts['已完成整改'] + back.parts['阶段性完成整改']).toBe(back.total);
  });

  it('once written, the statement is up to date: no action any more', () => {
    const after = apply(text, action);
    expect(actionsAt(after, '集中整改期内已完成的整改事项')).toEqual([]);
  });

  it('is not offered outside a problems section, nor for other kinds', () => {
    expect(actionsAt(text, '一、组织整改落实情况')).toEqual([]);
    expect(actionsAt(text, '三、下一步工作安排')).toEqual([]);
    expect(actionsAt(text, '集中整改期内已完成', ['quickfix'])).toEqual([]);
    expect(actionsAt(text, '集中整改期内已完成', ['refactor'])).toHaveLength(1);
    expect(actionsAt(text, '集中整改期内已完成', ['refactor.rewrite'])).toHaveLength(1);
  });
});

describe('changsha: two bodies, statements without per-item statuses', () => {
  const text = corpus('changsha-county-2021');

  it('section 二: the statement in section 一 (it names 长沙县) gets the 50 items listed; its breakdown numbers, which no longer add up, become ××', () => {
    const [action] = actionsAt(text, '(49)“大量聘用编外人员');
    expect(action.title).toBe('按所列条目更新统计句：二、长沙县巡视反馈问题整改进展情况');
    const after = apply(text, action);
    const { removed, added } = changedLines(text, after);
    expect(removed).toHaveLength(1);
    expect(added).toHaveLength(1);
    expect(removed[0]).toMatch(/^截至6月30日,巡视反馈长沙县的60个问题/);
    // Only numbers changed: with every number masked the two lines are the same.
    const mask = (s: string) => s.replace(/\d+|××/g, '#');
    expect(mask(added[0])).toBe(mask(removed[0]));
    const back = readBack(added[0].split(/[;；]/)[0]);
    const section = text.slice(text.indexOf('二、长沙县'), text.indexOf('三、长沙经开区'));
    expect(back.total).toBe(section.match(/^\(\d+\)/gm)!.length);
    expect(back.total).toBe(50);
    expect(back.date).toBe('6月30日');
    expect(back.object).toBe('长沙县');
    expect(back.parts).toEqual({ 已完成整改: NaN, 基本完成整改: NaN, 未完成整改: NaN, 长期整改: NaN });
    // The rest of the paragraph (立行立改, 信访件) is untouched.
    expect(added[0]).toContain(';巡视移交的13个立行立改问题,已完成整改13个;巡视移交的368件信访件,已全部办结。');
  });

  it('section 三: its own statement gets the 64 items listed', () => {
    const [action] = actionsAt(text, '三、长沙经开区');
    const { removed, added } = changedLines(text, apply(text, action));
    expect(removed[0]).toMatch(/长沙经开区的67个问题/);
    const back = readBack(added[0].split(/[;；]/)[0]);
    const section = text.slice(text.indexOf('三、长沙经开区'), text.indexOf('欢迎广大干部群众'));
    expect(back.total).toBe(new Set([...section.matchAll(/^(\d+)\./gm)].map((m) => m[1])).size);
    expect(back.total).toBe(64);
    expect(back.date).toBe('2021年6月30日');
  });

  it('the statement paragraph in section 一 offers the action too', () => {
    expect(actionsAt(text, '巡视反馈长沙县的60个问题').map((a) => a.title)).toEqual(['按所列条目更新统计句：二、长沙县巡视反馈问题整改进展情况']);
  });
});

describe('lusong: split items count once', () => {
  it('its statement (42 specific problems) already states the (1)…(42) listed, split (35-1)… once: nothing to do', () => {
    const text = corpus('lusong-district-2021');
    const [plan] = countPlans(parseNotice(text));
    expect(plan.total).toBe(42);
    expect(plan.existing?.paragraph?.text).toMatch(/^截至6月30日,巡视反馈42个具体问题/);
    expect(plan.edits).toEqual([]);
    expect(actionsAt(text, '(35-2)')).toEqual([]);
  });
});

describe('small notices', () => {
  const restart = [
    '中共××县委关于巡察整改进展情况的通报',
    '一、组织整改落实情况',
    '成立领导小组。',
    '二、巡察反馈问题整改进展情况',
    '截至9月30日，巡察反馈的9个问题，已完成整改9个。',
    '（一）反馈问题：学习不够',
    '（1）甲。',
    '整改结果：完成',
    '（2-1）乙一。',
    '整改结果：完成',
    '（2-2）乙二。',
    '整改结果：基本完成',
    '（二）反馈问题：作风不实',
    '（1）丙。',
    '整改结果：长期坚持',
    '（2）丁。',
    '整改结果：已完成',
  ].join('\n');

  it('restart numbering: items counted per parent, a split item once at its least advanced part; the date kept', () => {
    const [action] = actionsAt(restart, '（2-2）');
    const { removed, added } = changedLines(restart, apply(restart, action));
    expect(removed).toEqual(['截至9月30日，巡察反馈的9个问题，已完成整改9个。']);
    expect(added).toEqual(['截至9月30日，巡察反馈的4个问题，已完成整改2个，基本完成整改1个，长期坚持1个。']);
    expect(readBack(added[0])).toEqual({ date: '9月30日', kind: '巡察', object: '', total: 4, parts: { 已完成整改: 2, 基本完成整改: 1, 长期坚持: 1 } });
  });

  it('a rate after the breakdown follows the new numbers by its own definition; other words stay', () => {
    // 88.9% = 8 of 9 done: done only. Now 2 of 4 are done: 50.0%, at the same precision.
    const withRate = restart.replace('已完成整改9个。', '已完成整改8个，基本完成整改1个，整改完成率88.9%，群众满意。');
    const [action] = actionsAt(withRate, '（2-2）');
    const { added } = changedLines(withRate, apply(withRate, action));
    expect(added).toEqual(['截至9月30日，巡察反馈的4个问题，已完成整改2个，基本完成整改1个，长期坚持1个，整改完成率50.0%，群众满意。']);
    // 100% = 8 + 1 of 9: done and 基本完成 together. Now 2 + 1 of 4: 75%.
    const both = restart.replace('已完成整改9个。', '已完成整改8个，基本完成整改1个，完成率100%。');
    expect(changedLines(both, apply(both, actionsAt(both, '（2-2）')[0])).added).toEqual([
      '截至9月30日，巡察反馈的4个问题，已完成整改2个，基本完成整改1个，长期坚持1个，完成率75%。',
    ]);
    // The rewritten statement passes count-rate: nothing left to fix.
    expect(actionsAt(apply(both, actionsAt(both, '（2-2）')[0]), '（2-2）')).toEqual([]);
  });

  it('a rate that matched no definition becomes ×× for the writer; an up-to-date rate is left alone', () => {
    const wrong = restart.replace('已完成整改9个。', '已完成整改8个，基本完成整改1个，整改完成率60%。');
    expect(changedLines(wrong, apply(wrong, actionsAt(wrong, '（2-2）')[0])).added).toEqual([
      '截至9月30日，巡察反馈的4个问题，已完成整改2个，基本完成整改1个，长期坚持1个，整改完成率××%。',
    ]);
    const fresh = restart.replace('9个问题，已完成整改9个。', '4个问题，已完成整改2个，基本完成整改1个，长期坚持1个，整改完成率50%。');
    expect(actionsAt(fresh, '（2-2）')).toEqual([]);
  });

  it('a new statement names 巡察 for a 巡察 notice; without statuses it leaves the done count to the writer', () => {
    const bare = restart.replace(/\n整改结果：[^\n]+/g, '').replace('\n截至9月30日，巡察反馈的9个问题，已完成整改9个。', '');
    expect(actionsAt(bare, '（2-2）')).toEqual([]);
    const [action] = actionsAt(bare, '二、巡察反馈');
    expect(action.title).toBe('生成统计句：二、巡察反馈问题整改进展情况');
    const { removed, added } = changedLines(bare, apply(bare, action));
    expect(removed).toEqual([]);
    expect(added).toEqual(['截至××，巡察反馈的4个问题，已完成整改××个。']);
  });

  it('a forced continuous setting counts the items as the section then numbers them', () => {
    // Continuous: （1）（2-1）（2-2）（1）（2） are items 1, 2, 1, 2 of one sequence — two numbers.
    const [plan] = countPlans(parseNotice(restart), 'continuous');
    expect(plan.total).toBe(2);
  });

  it('keeps the indentation and ASCII commas of the document for a new statement', () => {
    const ascii = '  二、巡视反馈问题整改进展情况\n  (一)反馈问题:学习不够\n  (1)甲,乙。\n  整改结果:完成\n';
    const [action] = actionsAt(ascii, '二、');
    expect(apply(ascii, action)).toBe('  二、巡视反馈问题整改进展情况\n  截至××,巡视反馈的1个问题,已完成整改1个。\n  (一)反馈问题:学习不够\n  (1)甲,乙。\n  整改结果:完成\n');
  });

  it('the title comes from the English table in English', () => {
    expect(actionsAt(restart, '（2-2）', undefined, 'auto', 'en')[0].title).toBe('Update the count statement from the items: “二、巡察反馈问题整改进展情况”');
  });
});

describe('an existing statement is updated in place, in the kind of total it counts', () => {
  const items = (n: number, status: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => `${i + 1}.第${i + 1}个问题。\n整改结果：${status(i)}`).join('\n');
  const notice = (statement: string, n: number, status: (i: number) => string) =>
    ['中共××县委关于巡视整改进展情况的通报', '一、组织整改落实情况', statement, '二、集中整改期内已完成的整改事项', '（一）反馈问题：学习不够', items(n, status)].join('\n');

  /** Every edit of the action replaces a number (or a rate's digits) of the statement, nothing else. */
  function onlyNumbers(text: string, action: CodeAction, statement: string): void {
    const pos = new PositionMapper(text, parseNotice(text).lineStarts);
    const from = text.indexOf(statement);
    for (const e of action.edit!.changes![URI] as LspEdit[]) {
      const start = pos.offsetAt(e.range.start);
      const end = pos.offsetAt(e.range.end);
      expect(start).toBeGreaterThanOrEqual(from);
      expect(end).toBeLessThanOrEqual(from + statement.length);
      expect(text.slice(start, end)).toMatch(/^[0-9一二三四五六七八九十两]+$/);
      expect(e.newText).toMatch(/^(?:[0-9]+|××)$/);
    }
  }

  it('整改事项 counted in 项: the total and the parts change, nothing else, and no second statement is written', () => {
    const statement = '截至12月31日，巡视反馈的5项整改事项，已完成整改3项，阶段性完成整改2项。';
    const text = notice(statement, 6, (i) => (i < 4 ? '完成' : '阶段性完成'));
    const [action] = actionsAt(text, '3.第3个问题');
    expect(action.title).toBe('按所列条目更新统计句：二、集中整改期内已完成的整改事项');
    onlyNumbers(text, action, statement);
    const { removed, added } = changedLines(text, apply(text, action));
    expect(removed).toEqual([statement]);
    expect(added).toEqual(['截至12月31日，巡视反馈的6项整改事项，已完成整改4项，阶段性完成整改2项。']);
  });

  it('a chain 三个方面…个具体问题: the 具体问题 total is the one that follows the items; a status the items no longer have becomes 0', () => {
    const statement = '巡察反馈的三个方面5个具体问题，已完成整改4个，基本完成整改1个。';
    const text = notice(statement, 4, () => '完成').replace('巡视整改', '巡察整改');
    const [action] = actionsAt(text, '二、集中');
    onlyNumbers(text, action, statement);
    expect(changedLines(text, apply(text, action)).added).toEqual(['巡察反馈的三个方面4个具体问题，已完成整改4个，基本完成整改0个。']);
  });

  it('a new statement counts what the notice counts: 项整改事项 after a statement that does', () => {
    const text = [
      '中共××县委关于巡视整改进展情况的通报',
      '一、组织整改落实情况',
      '二、甲县巡视反馈问题整改进展情况',
      '截至12月31日，巡视反馈甲县的2项整改事项，已完成整改2项。',
      '1.甲一。',
      '2.甲二。',
      '三、乙区巡视反馈问题整改进展情况',
      '1.乙一。',
      '整改结果：完成',
    ].join('\n');
    const [action] = actionsAt(text, '三、乙区');
    expect(action.title).toBe('生成统计句：三、乙区巡视反馈问题整改进展情况');
    expect(changedLines(text, apply(text, action)).added).toEqual(['截至××，巡视反馈的1项整改事项，已完成整改1项。']);
  });
});
