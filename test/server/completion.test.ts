// Completions at the start of a line, driven on notices cut at various points: the next
// marker of each level (in the document's numbering mode and punctuation), the standard
// sections with the right level-1 number, the next problem item, and the item labels.
import { describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { parseNotice } from '../../grammar/index.js';
import { completions } from '../../server/features/completion.js';
import { dateVariables, expandSnippet } from '../../server/features/snippetSyntax.js';
import { translator } from '../../server/l10n/index.js';
import { numberingModel } from '../../server/model/numbering.js';
import { PositionMapper } from '../../server/positions.js';
import type { NumberingMode } from '../../server/rules/types.js';
import { corpus, outlineLines } from '../helpers.js';

interface Result {
  text: string;
  items: CompletionItem[];
  pos: PositionMapper;
}

/** Completions at `<|>`. */
function complete(src: string, mode: NumberingMode = 'auto', locale: 'zh' | 'en' = 'zh'): Result {
  const at = src.indexOf('<|>');
  if (at < 0) throw new Error('no <|> cursor');
  const text = src.slice(0, at) + src.slice(at + 3);
  const doc = parseNotice(text);
  const pos = new PositionMapper(text, doc.lineStarts);
  return { text, items: completions(doc, pos, pos.positionAt(at), mode, translator(locale)), pos };
}

/** The offered markers, as `marker detail`. */
const markers = (r: Result) => r.items.filter((i) => i.kind === CompletionItemKind.EnumMember).map((i) => i.label);

function item(r: Result, label: string): CompletionItem {
  const found = r.items.find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label} among ${r.items.map((i) => i.label).join(' ')}`);
  return found;
}

/** The text after accepting an item (a snippet expanded with its defaults, as the editor would). */
function accept(r: Result, i: CompletionItem): string {
  const edit = i.textEdit as TextEdit;
  const newText = i.insertTextFormat === InsertTextFormat.Snippet ? expandSnippet(edit.newText, dateVariables(new Date(2021, 7, 25))).text : edit.newText;
  return r.text.slice(0, r.pos.offsetAt(edit.range.start)) + newText + r.text.slice(r.pos.offsetAt(edit.range.end));
}

// Items run on across parents within a section (levels 3 and 4 continuous).
const CONTINUOUS = [
  '关于巡视整改进展情况的通报',
  '一、组织整改落实情况',
  '成立领导小组。',
  '二、巡视反馈问题整改进展情况',
  '（一）反馈问题：理论学习不够',
  '1.学习不深入',
  '（1）学习流于形式。',
  '整改情况：一是制定计划。二是开展研讨。',
  '（2）联系实际不紧。',
  '2.研讨不足',
  '（3）研讨次数少。',
  '（二）反馈问题：作风建设不够',
  '3.会议过多',
  '（4）文山会海。',
].join('\n');

// The same outline, numbered afresh under every parent.
const RESTART = CONTINUOUS.replace('（3）研讨次数少', '（1）研讨次数少').replace('3.会议过多', '1.会议过多').replace('（4）文山会海', '（1）文山会海');

describe('the next markers, continuous numbering', () => {
  it('infers the mode from the numbering model', () => {
    const m = numberingModel(parseNotice(CONTINUOUS)).modes;
    expect([m[3].mode, m[4].mode]).toEqual(['continuous', 'continuous']);
  });

  it('after a level-4 item: （5） first and preselected, then 4., （三）, 三、 — each with its detail', () => {
    const r = complete(CONTINUOUS + '\n<|>');
    expect(markers(r)).toEqual(['（5）', '4.', '（三）', '三、']);
    expect(r.items.filter((i) => i.preselect).map((i) => i.label)).toEqual(['（5）']);
    expect(item(r, '（5）').detail).toBe('四级标题：接在 （4） 之后');
    expect(item(r, '4.').detail).toBe('三级标题：接在 3. 之后');
    expect(item(r, '三、').detail).toBe('一级标题：接在 二、 之后');
    expect(item(r, '（5）').documentation).toEqual({ kind: 'markdown', value: '插入：\n\n```text\n（5）\n```' });
  });

  it('after a level-2 heading: the next sibling first, then the level-3 and level-4 numbers, which run on from the section', () => {
    const src = CONTINUOUS.replace('作风建设不够\n', '作风建设不够\n<|>\n');
    expect(markers(complete(src))).toEqual(['（三）', '3.', '（4）', '三、']);
  });

  it('in the middle of the document: the marker after the previous item, not after the last', () => {
    const src = CONTINUOUS.replace('2.研讨不足', '<|>\n2.研讨不足');
    expect(markers(complete(src))).toEqual(['（3）', '2.', '（二）', '三、']);
  });

  it('after a level-3 item the next level-3 item is preselected; deeper, then shallower levels follow', () => {
    const src = CONTINUOUS.replace('2.研讨不足\n', '2.研讨不足\n<|>\n');
    const r = complete(src);
    expect(markers(r)).toEqual(['3.', '（3）', '（二）', '三、']);
    expect(r.items.filter((i) => i.preselect).map((i) => i.label)).toEqual(['3.']);
  });

  it('replaces what was typed of the marker', () => {
    const r = complete(CONTINUOUS + '\n　　（<|>');
    const five = item(r, '（5）');
    expect(accept(r, five).split('\n').at(-1)).toBe('　　（5）');
    expect(five.filterText).toBe('（5）');
  });

  it('a forced restart setting numbers from 1 again under the new parent', () => {
    const src = CONTINUOUS.replace('作风建设不够\n', '作风建设不够\n<|>\n');
    expect(markers(complete(src, 'restart'))).toEqual(['（三）', '1.', '（1）', '三、']);
  });
});

describe('the next markers, restart numbering', () => {
  it('infers the mode from the numbering model', () => {
    const m = numberingModel(parseNotice(RESTART)).modes;
    expect([m[3].mode, m[4].mode]).toEqual(['restart', 'restart']);
  });

  it('after a level-4 item: （2） under its parent, 2., （三）, 三、', () => {
    expect(markers(complete(RESTART + '\n<|>'))).toEqual(['（2）', '2.', '（三）', '三、']);
  });

  it('after a level-2 heading: （三）, then 1. and （1）', () => {
    const cut = RESTART.slice(0, RESTART.indexOf('1.会议过多'));
    expect(markers(complete(cut + '<|>'))).toEqual(['（三）', '1.', '（1）', '三、']);
  });

  it('a forced continuous setting runs on across parents', () => {
    const cut = RESTART.slice(0, RESTART.indexOf('1.会议过多'));
    // Level 4 runs on from （1）（2）（1） — the last before the cursor is （1）.
    expect(markers(complete(cut + '<|>', 'continuous'))).toEqual(['（三）', '3.', '（2）', '三、']);
  });
});

describe('punctuation variants', () => {
  const ascii = CONTINUOUS.replace(/（([一二三四五六七八九十]+|[0-9]+)）/g, '($1)').replace(/^([0-9]+)\./gm, '$1、');

  it('ASCII parentheses and 1、: the markers are written the same way', () => {
    expect(markers(complete(ascii + '\n<|>'))).toEqual(['(5)', '4、', '(三)', '三、']);
  });

  it('a full-width dot 1． stays a full-width dot', () => {
    const dots = CONTINUOUS.replace(/^([0-9]+)\./gm, '$1．');
    expect(markers(complete(dots + '\n<|>'))).toEqual(['（5）', '4．', '（三）', '三、']);
  });

  it('the most common form wins over a stray one', () => {
    const mixed = CONTINUOUS.replace('（3）研讨次数少', '(3)研讨次数少');
    expect(markers(complete(mixed + '\n<|>'))[0]).toBe('（5）');
  });

  it('the labels follow the colon the document uses', () => {
    const r = complete(ascii.replace(/整改情况：/g, '整改情况:') + '\n<|>');
    expect(r.items.filter((i) => i.kind === CompletionItemKind.Field).map((i) => i.label)).toEqual(['整改情况:', '整改结果:']);
  });
});

describe('the real notices', () => {
  it('changsha (continuous, ASCII): after (四), which skips level 3 — (五) preselected, then 11. and (49)', () => {
    const text = corpus('changsha-county-2021');
    const cut = text.slice(0, text.indexOf('\n', text.indexOf('(四)反馈问题')) + 1);
    const r = complete(cut + '<|>');
    expect(markers(r)).toEqual(['(五)', '11.', '(49)', '三、']);
    expect(r.items.find((i) => i.preselect)?.label).toBe('(五)');
    // …and numbered afresh when the setting says so.
    expect(markers(complete(cut + '<|>', 'restart'))).toEqual(['(五)', '1.', '(1)', '三、']);
  });

  it('lusong (split items): after (35-2) the next part (35-3) and the next item (36)', () => {
    const text = corpus('lusong-district-2021');
    const line = text.indexOf('\n', text.indexOf('(35-2)'));
    const r = complete(text.slice(0, line + 1) + '  <|>' + text.slice(line + 1));
    expect(markers(r)).toEqual(['(35-3)', '(36)', '13.', '(五)', '三、']);
    expect(item(r, '(35-3)').detail).toBe('四级标题：拆分条目 (35-2) 的下一部分');
  });

  it('yiyang (level-3 items, ① under 28.): after item 31. the next item 32. with its 整改结果', () => {
    const text = corpus('yiyang-hitech-2023');
    const cut = text.slice(0, text.indexOf('三、下一步工作安排'));
    const r = complete(cut + '<|>');
    // ① because the notice numbers circled parts under a level-3 item; no （1）: it never nests level 4 there.
    expect(markers(r)).toEqual(['32.', '①', '（十三）', '三、']);
    expect(r.items.find((i) => i.preselect)?.label).toBe('32.');
    const withResult = r.items.find((i) => i.filterText?.startsWith('问题条目含整改结果'))!;
    expect(withResult.detail).toBe('32. 问题条目（接在 31. 之后）');
    const after = accept(r, withResult);
    // yiyang sets its paragraphs apart by blank lines: so does the inserted item.
    expect(after.slice(cut.length)).toBe('32.……。\n\n整改情况：一是……。二是……。\n\n整改结果：完成');
    expect(outlineLines(after).at(-1)).toBe('    32.……');
  });
});

describe('standard sections with the right number', () => {
  it('at the end of a notice whose last section is 二、: 继续深化后续整改 inserts 三、 and its paragraphs', () => {
    for (const typed of ['继续深化', 'jxsh']) {
      const r = complete(CONTINUOUS + '\n' + typed + '<|>');
      const followUp = item(r, '继续深化后续整改');
      expect(followUp.filterText!.split(' ')).toEqual(expect.arrayContaining(['继续深化后续整改', 'jxsh']));
      expect(followUp.detail).toBe('三、继续深化后续整改（一级标题及常用段落）');
      const after = accept(r, followUp);
      expect(after.startsWith(CONTINUOUS + '\n三、继续深化后续整改\n')).toBe(true);
      expect(outlineLines(after).slice(-4)).toEqual([
        '三、继续深化后续整改',
        '  （一）坚守政治站位，压紧压实整改责任',
        '  （二）坚持问题导向，推动整改全面见效',
        '  （三）坚持建章立制，巩固拓展整改成果',
      ]);
      expect((followUp.documentation as { value: string }).value).toMatch(/^插入：\n\n```text\n三、继续深化后续整改\n下一步，我们将.*\n（一）坚守政治站位/);
    }
  });

  it('reached by typing the number first: 三、继 finds 三、继续深化后续整改 and replaces what was typed', () => {
    const r = complete(CONTINUOUS + '\n三、继<|>');
    const followUp = item(r, '继续深化后续整改');
    expect(followUp.filterText!.split(' ')).toContain('三、继续深化后续整改');
    expect(accept(r, followUp).slice(CONTINUOUS.length)).toMatch(/^\n三、继续深化后续整改\n下一步/);
  });

  it('on the real lusong notice cut before its section 三: 下一步工作打算 inserts 三、 with its indentation, blank lines and (一)', () => {
    const text = corpus('lusong-district-2021');
    const at = text.indexOf('三、继续深化后续整改');
    const r = complete(text.slice(0, at) + '<|>');
    expect(item(r, '下一步工作打算').detail).toBe('三、下一步工作打算（一级标题及常用段落）');
    expect(accept(r, item(r, '下一步工作打算')).slice(at)).toMatch(/^三、下一步工作打算\n\n {2}\(一\)持续深化思想认识。.*\n\n {2}\(二\)紧盯问题抓好整改。/);
  });

  it('a section the notice already has is not offered again (继续深化后续整改 and 下一步工作打算 are the same part)', () => {
    const text = corpus('lusong-district-2021');
    const at = text.indexOf('三、继续深化后续整改');
    for (const typed of ['jxsh', '继续深化', 'xyb', '']) {
      const r = complete(text.slice(0, at) + typed + '<|>\n' + text.slice(at));
      const labels = r.items.map((i) => i.label);
      for (const name of ['组织整改落实情况', '反馈问题整改进展情况', '继续深化后续整改', '下一步工作打算']) expect(labels, typed).not.toContain(name);
    }
    // Before its section 三: the closing part is offered once, as 三、.
    const cut = complete(text.slice(0, at) + 'jxsh<|>');
    expect(cut.items.filter((i) => i.label === '继续深化后续整改')).toHaveLength(1);
  });

  it('a 巡察 notice with (一)-style headings: the inserted section reads 巡察 and (一), with no choice left', () => {
    const src = CONTINUOUS.replace('关于巡视整改', '关于巡察整改')
      .replace('巡视反馈', '巡察反馈')
      .replace(/（([一二三])）/g, '($1)')
      .replace('成立领导小组。', '(一)健全组织。成立领导小组。\n(二)细化方案。')
      .replace(/\n二、[\s\S]*$/, '') + '\n<|>';
    const r = complete(src);
    const problems = item(r, '反馈问题整改进展情况');
    const newText = (problems.textEdit as TextEdit).newText;
    expect(newText).not.toMatch(/巡视|\|/);
    expect(accept(r, problems).split('\n').slice(-4)).toEqual(['二、巡察反馈问题整改进展情况', '(一)反馈问题：……', '1.……', '整改情况：一是……。二是……。']);
    const followUp = accept(r, item(r, '继续深化后续整改'));
    expect(followUp).toContain('\n二、继续深化后续整改\n下一步，我们将持续用力、久久为功，把巡察整改');
    expect(followUp).toContain('\n(一)坚守政治站位');
  });

  it('on an empty file: 一、 and the sections numbered 一、; nothing else', () => {
    const r = complete('<|>');
    expect(markers(r)).toEqual(['一、']);
    expect(item(r, '一、').detail).toBe('一级标题：本层第一个');
    expect(accept(r, item(r, '组织整改落实情况')).split('\n')[0]).toBe('一、组织整改落实情况');
    expect(r.items.map((i) => i.label)).toEqual(['一、', '组织整改落实情况', '反馈问题整改进展情况', '继续深化后续整改', '下一步工作打算']);
  });

  it('a draft with only a level-1 heading: 二、 and the first （一） under it', () => {
    const r = complete('一、组织整改落实情况\n<|>');
    expect(markers(r)).toEqual(['二、', '（一）']);
    expect(r.items.map((i) => i.label)).not.toContain('组织整改落实情况');
    expect(item(r, '（一）').detail).toBe('二级标题：本层第一个');
    expect(item(r, '继续深化后续整改').detail).toBe('二、继续深化后续整改（一级标题及常用段落）');
  });

  it('after the closing invitation: nothing (the signature is a static snippet)', () => {
    const closed = CONTINUOUS + '\n欢迎广大干部群众对巡视整改落实情况进行监督。\n';
    expect(complete(closed + '<|>').items).toEqual([]);
    expect(complete(closed + '中共××县委\n2021年8月25日\n<|>').items).toEqual([]);
  });

  it('in the middle of a sentence: nothing', () => {
    expect(complete(CONTINUOUS + '\n整改情况：一是<|>').items).toEqual([]);
    expect(complete(CONTINUOUS.replace('文山会海。', '文山<|>会海。')).items).toEqual([]);
  });
});

describe('labels inside an item', () => {
  it('整改情况： and 整改结果： (with the status choice) after a level-4 item; none after a level-2 heading', () => {
    const r = complete(CONTINUOUS + '\n<|>');
    const labels = r.items.filter((i) => i.kind === CompletionItemKind.Field);
    expect(labels.map((i) => i.label)).toEqual(['整改情况：', '整改结果：']);
    expect((labels[1].textEdit as TextEdit).newText).toBe('整改结果：${1|完成,阶段性完成,基本完成,长期坚持|}');
    expect(labels.every((l) => l.detail === '条目字段' && (l.documentation as { value: string }).value.startsWith('插入：'))).toBe(true);
    const cut = CONTINUOUS.slice(0, CONTINUOUS.indexOf('3.会议过多'));
    expect(complete(cut + '<|>').items.some((i) => i.kind === CompletionItemKind.Field)).toBe(false);
  });

  it('after 整改结果： the status values, inserted after the colon', () => {
    const r = complete(CONTINUOUS + '\n整改结果：<|>');
    expect(r.items.map((i) => i.label)).toEqual(['完成', '阶段性完成', '基本完成', '长期坚持', '未完成']);
    expect(accept(r, item(r, '阶段性完成')).endsWith('\n整改结果：阶段性完成')).toBe(true);
    const parsed = parseNotice(accept(r, item(r, '基本完成')));
    expect(parsed.paragraphs.at(-1)!.field!.status).toBe('基本完成');
  });
});

describe('English', () => {
  it('labels and details come from the English table; what is inserted stays Chinese', () => {
    const r = complete(CONTINUOUS + '\n<|>', 'auto', 'en');
    expect(item(r, '（5）').detail).toBe('level-4 heading: after “（4）”');
    const followUp = item(r, 'Continue the rectification');
    expect(accept(r, followUp)).toContain('\n三、继续深化后续整改\n');
  });
});
