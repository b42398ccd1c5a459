// Every snippet of snippets/notice.json expands (as VS Code would, with placeholders at their
// defaults and the date variables of a fixed day) to text the parser reads with the intended
// outline; the JSON is what the data module generates and what package.json contributes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';
import { countSentence, SNIPPETS, snippetsJson, STATUS_CHOICE, type SnippetId } from '../../server/features/snippetData.js';
import { dateVariables, expandSnippet, type Expansion } from '../../server/features/snippetSyntax.js';
import { zh } from '../../server/l10n/zh.js';
import { outlineLines, REPO } from '../helpers.js';

const AUG_5 = dateVariables(new Date(2021, 7, 5));
const json = JSON.parse(readFileSync(resolve(REPO, 'snippets/notice.json'), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;
/** A snippet body: from the data module (the static ones are checked equal to the JSON below). */
const byId = (id: SnippetId) => SNIPPETS.find((s) => s.id === id)!;

/** A section around a fragment, so that it is read where it belongs in a notice. */
const CONTEXT: Partial<Record<SnippetId, [string, string]>> = {
  // Items sit in section 二 of a notice whose section 一 comes first (a notice starting at 二 is a numbering slip).
  item: ['一、组织整改落实情况\n二、巡视反馈问题整改进展情况\n（一）反馈问题：学习不够\n', ''],
  itemWithResult: ['一、组织整改落实情况\n二、巡视反馈问题整改进展情况\n（一）反馈问题：学习不够\n', ''],
  result: ['一、组织整改落实情况\n二、巡视反馈问题整改进展情况\n1.学习不够\n', ''],
  countStatement: ['一、组织整改落实情况\n', ''],
  closing: ['一、组织整改落实情况\n正文。\n', ''],
  signature: [
    '一、组织整改落实情况\n正文。\n欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0731-84012157；邮政信箱：某某县委办公室；电子邮箱：xszg@example.org。\n',
    '',
  ],
};

function expandInContext(id: SnippetId, values: Record<number, string> = {}): { text: string; expansion: Expansion; offset: number } {
  const [before, after] = CONTEXT[id] ?? ['', ''];
  const expansion = expandSnippet(byId(id).body, AUG_5, values);
  return { text: before + expansion.text + after, expansion, offset: before.length };
}

const OUTLINES: Record<SnippetId, string[]> = {
  notice: [
    '一、组织整改落实情况',
    '二、巡视反馈问题整改进展情况',
    '  （一）反馈问题：……',
    '    1.……',
    '三、继续深化后续整改',
    '  （一）坚守政治站位，压紧压实整改责任',
    '  （二）坚持问题导向，推动整改全面见效',
    '  （三）坚持建章立制，巩固拓展整改成果',
  ],
  organisation: ['一、组织整改落实情况', '  （一）健全组织，扛起整改责任', '  （二）细化方案，明确整改路径', '  （三）跟踪督办，确保整改见效'],
  problems: ['二、巡视反馈问题整改进展情况', '  （一）反馈问题：……', '    1.……'],
  item: ['一、组织整改落实情况', '二、巡视反馈问题整改进展情况', '  （一）反馈问题：学习不够', '    （1）……'],
  itemWithResult: ['一、组织整改落实情况', '二、巡视反馈问题整改进展情况', '  （一）反馈问题：学习不够', '    （1）……'],
  result: ['一、组织整改落实情况', '二、巡视反馈问题整改进展情况', '  1.学习不够'],
  countStatement: ['一、组织整改落实情况'],
  followUp: ['三、继续深化后续整改', '  （一）坚守政治站位，压紧压实整改责任', '  （二）坚持问题导向，推动整改全面见效', '  （三）坚持建章立制，巩固拓展整改成果'],
  nextSteps: ['三、下一步工作打算', '  （一）持续深化思想认识', '  （二）紧盯问题抓好整改', '  （三）强化整改成果运用'],
  closing: ['一、组织整改落实情况'],
  signature: ['一、组织整改落实情况'],
};

describe('snippets/notice.json', () => {
  it('is what the data module generates (run `npm run snippets` after editing the bodies)', () => {
    expect(json).toEqual(snippetsJson());
  });

  it('is contributed for the notice language', () => {
    const pkg = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8'));
    expect(pkg.contributes.snippets).toEqual([{ language: 'notice', path: './snippets/notice.json' }]);
  });

  it('holds only what completion does not offer: the whole notice, the count statement, the closing, the signature', () => {
    expect(Object.keys(json)).toEqual(['整改通报全文', '统计句', '结束语（欢迎监督）', '落款与日期']);
    for (const id of ['notice', 'countStatement', 'closing', 'signature'] as const) expect(json[zh[`snippet.${id}.name`]].body).toEqual(byId(id).body);
  });

  it('reaches every snippet by a Chinese prefix and by a pinyin-initial prefix', () => {
    expect(Object.keys(json).length).toBe(SNIPPETS.filter((s) => s.static).length);
    for (const s of SNIPPETS) {
      expect(s.prefix.some((p) => /^[\u4e00-\u9fff]+$/.test(p))).toBe(true);
      expect(s.prefix.some((p) => /^[a-z]+$/.test(p))).toBe(true);
    }
    expect(byId('followUp').prefix).toEqual(expect.arrayContaining(['继续深化后续整改', 'jxsh']));
    expect(byId('nextSteps').prefix).toEqual(expect.arrayContaining(['下一步工作打算', 'xybgzds']));
    // No two snippets share a prefix.
    const all = SNIPPETS.flatMap((s) => s.prefix);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('every snippet expands to what the parser reads as intended', () => {
  for (const id of Object.keys(OUTLINES) as SnippetId[]) {
    it(`${id}: outline ${OUTLINES[id].length} headings, no diagnostic outside its placeholders`, () => {
      const { text, expansion, offset } = expandInContext(id);
      expect(outlineLines(text)).toEqual(OUTLINES[id]);
      expect(parseNotice(text).errors).toEqual([]);
      const holes = expansion.placeholders.map((p) => ({ start: p.start + offset, end: p.end + offset }));
      const outside = analyze(text).results.filter((r) => !holes.some((h) => r.span.start < h.end + 1 && h.start <= r.span.end));
      expect(outside.map((r) => `${r.rule}@${r.span.start}`)).toEqual([]);
    });
  }
  it('covers every snippet', () => expect(Object.keys(OUTLINES).sort()).toEqual(SNIPPETS.map((s) => s.id).sort()));
});

describe('the parts of a notice the snippets stand for', () => {
  it('the whole notice: title, preamble, closing, signature and the date as 2021年8月5日 (no zero padding)', () => {
    const { text } = expandInContext('notice');
    const doc = parseNotice(text);
    expect(doc.title.map((p) => p.text)).toEqual(['中共××县委关于巡视整改进展情况的通报']);
    expect(doc.preamble).toHaveLength(1);
    expect(doc.preamble[0].text).toMatch(/^根据省委统一部署，.*省委第×巡视组对××县进行了巡视。/);
    expect(doc.closing?.text).toMatch(/^欢迎广大干部群众对巡视整改落实情况进行监督。.*联系电话：……；邮政信箱：……；电子邮箱：……。$/);
    expect(doc.signature.map((p) => p.text)).toEqual(['中共××县委']);
    expect(doc.date?.text).toBe('2021年8月5日');
    expect(doc.residue).toEqual([]);
  });

  it('the whole notice with 巡察 chosen says 巡察 everywhere (the choice is mirrored)', () => {
    const text = expandSnippet(byId('notice').body, AUG_5, { 2: '巡察' }).text;
    expect(text).not.toContain('巡视');
    expect(outlineLines(text)[1]).toBe('二、巡察反馈问题整改进展情况');
  });

  it('dates of two-digit months and days stay whole', () => {
    const text = expandSnippet(byId('signature').body, dateVariables(new Date(2023, 11, 25))).text;
    expect(text.split('\n')[1]).toBe('2023年12月25日');
  });

  it('a problem item: 整改情况 with 一是/二是, and each 整改结果 choice read as the status', () => {
    const doc = parseNotice(expandInContext('item').text);
    const field = doc.paragraphs.find((p) => p.field)!;
    expect(field.field!.label.name).toBe('整改情况');
    expect(field.inline.map((m) => `${m.kind}${m.value}`)).toEqual(['shi1', 'shi2']);
    const choice = expandSnippet(byId('itemWithResult').body).placeholders.find((p) => p.choices)!;
    expect(choice.choices).toEqual(STATUS_CHOICE.split(','));
    expect(choice.choices).toEqual(['完成', '阶段性完成', '基本完成', '长期坚持']);
    for (const status of choice.choices!) {
      const text = expandInContext('itemWithResult', { [choice.index]: status }).text;
      const statuses = parseNotice(text).paragraphs.filter((p) => p.field?.status).map((p) => p.field!.status);
      expect(statuses).toEqual([status]);
    }
  });

  it('the count statement, filled in, is the sentence the generator writes', () => {
    const text = expandSnippet(byId('countStatement').body, {}, { 1: '6月30日', 3: '31', 4: '13', 5: '阶段性完成整改', 6: '18' }).text;
    expect(text).toBe(countSentence('6月30日', '巡视', 31, ['已完成整改13个', '阶段性完成整改18个']));
    expect(text).toBe('截至6月30日，巡视反馈的31个问题，已完成整改13个，阶段性完成整改18个。');
  });

  it('the closing invitation is read as the closing, with its three contact placeholders', () => {
    const { text, expansion } = expandInContext('closing');
    expect(parseNotice(text).closing?.text).toBe(expansion.text);
    expect(expansion.text).toMatch(/联系电话：……；邮政信箱：……；电子邮箱：……。$/);
  });

  it('the stock paragraphs are ours, not copied from the corpus', () => {
    const corpusText = ['changsha-county-2021', 'lusong-district-2021', 'yiyang-hitech-2023']
      .map((n) => readFileSync(resolve(REPO, '..', 'shared', 'corpus', `${n}.txt`), 'utf8'))
      .join('\n');
    for (const id of ['followUp', 'nextSteps', 'organisation'] as SnippetId[]) {
      for (const sentence of expandSnippet(byId(id).body).text.split(/[。\n]/)) {
        if (sentence.length >= 12) expect(corpusText).not.toContain(sentence);
      }
    }
  });
});
