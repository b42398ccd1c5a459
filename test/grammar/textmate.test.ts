// The TextMate grammar (syntaxes/notice.tmLanguage.json), tokenised by the same engine VS Code
// uses (vscode-textmate + vscode-oniguruma), on lines taken from the real notices. The last test
// checks that every scope the grammar can produce was asserted somewhere above.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar } from 'vscode-textmate';
import { parseNotice } from '../../grammar/index.js';
import { corpus, CORPUS, plant, REPO, type CorpusName } from '../helpers.js';

const GRAMMAR_FILE = resolve(REPO, 'syntaxes', 'notice.tmLanguage.json');
let grammar: IGrammar;
const asserted = new Set<string>();

beforeAll(async () => {
  const wasm = readFileSync(resolve(REPO, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => (scopeName === 'text.notice' ? JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8')) : null),
  });
  grammar = (await registry.loadGrammar('text.notice'))!;
});

/** The first line of a real notice that contains `needle`. */
function line(name: CorpusName, needle: string): string {
  const l = corpus(name).split(/\r\n|\r|\n/).find((x) => x.includes(needle));
  if (l === undefined) throw new Error(`no line with ${needle} in ${name}`);
  return l;
}

/** The innermost scopes of each character range of a line: `[text, scope][]`. */
function tokens(text: string): { text: string; scopes: string[] }[] {
  const r = grammar.tokenizeLine(text, INITIAL);
  return r.tokens.map((t) => ({ text: text.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
}

/** Every character of the first occurrence of `part` (from `from`) carries `scope`; and nothing else of the line does, unless `exclusive` is false. */
function expectScope(text: string, part: string, scope: string, exclusive = true): void {
  const at = text.indexOf(part);
  expect(at, `${part} in ${text}`).toBeGreaterThanOrEqual(0);
  const r = grammar.tokenizeLine(text, INITIAL);
  const covering = r.tokens.filter((t) => t.endIndex > at && t.startIndex < at + part.length);
  for (const t of covering) expect(t.scopes, `"${text.slice(t.startIndex, t.endIndex)}" of ${part}`).toContain(scope);
  expect(covering[0].startIndex).toBe(at);
  expect(covering[covering.length - 1].endIndex).toBe(at + part.length);
  if (exclusive) {
    const carrying = r.tokens.filter((t) => t.scopes.includes(scope)).map((t) => text.slice(t.startIndex, t.endIndex));
    expect(carrying.join('')).toBe(part);
  }
  asserted.add(scope);
}

function expectNoScope(text: string, scope: string): void {
  for (const t of tokens(text)) expect(t.scopes, `"${t.text}" in ${text}`).not.toContain(scope);
}

describe('TextMate grammar: headings', () => {
  it('level 1 (一、), its title to the sentence end', () => {
    const l = line('changsha-county-2021', '二、长沙县巡视反馈问题整改进展情况');
    expectScope(l, '二、', 'markup.heading.marker.level1.notice');
    expectScope(l, '长沙县巡视反馈问题整改进展情况', 'entity.name.section.level1.notice');
    expectScope(l, l, 'meta.heading.level1.notice');
  });

  it('level 2 in ASCII and full-width brackets, indented, with a label', () => {
    const ascii = line('lusong-district-2021', '(一)反馈问题:贯彻党的理论');
    expect(ascii.startsWith('  ')).toBe(true);
    expectScope(ascii, '(一)', 'markup.heading.marker.level2.notice');
    expectScope(ascii, '反馈问题', 'entity.name.tag.label.notice');
    expectScope(ascii, ':', 'punctuation.separator.key-value.notice', false);
    const full = line('yiyang-hitech-2023', '（一）反馈问题：');
    expectScope(full, '（一）', 'markup.heading.marker.level2.notice');
    expectScope(full, '：', 'punctuation.separator.key-value.notice', false);
    expectScope(full, '（一）', 'meta.heading.level2.notice', false);
    // A level-2 slogan ends at 。; the body after it is not the title.
    const slogan = line('lusong-district-2021', '(一)强化领导抓整改。');
    expectScope(slogan, '强化领导抓整改', 'entity.name.section.level2.notice');
  });

  it('level 3: 3.1名 and 13.2019年 are headings 3 and 13; `2. ` with a space', () => {
    const l31 = line('yiyang-hitech-2023', '3.1名受处分干部');
    expectScope(l31, '3.', 'markup.heading.marker.level3.notice');
    expectScope(l31, '1名受处分干部未及时调整岗位的问题', 'entity.name.section.level3.notice');
    const l13 = line('lusong-district-2021', '13.2019年省审计厅');
    expectScope(l13, '13.', 'markup.heading.marker.level3.notice');
    expectScope(l13, '2019年', 'constant.other.date.notice');
    expectScope(l13, '13.', 'meta.heading.level3.notice', false);
    const l2 = line('lusong-district-2021', '2. 以人民为中心');
    expectScope(l2, '2.', 'markup.heading.marker.level3.notice');
    // A decimal with a unit at a line start is not a heading.
    expectNoScope('94.5%的问题已完成整改', 'markup.heading.marker.level3.notice');
  });

  it('level 4, split items (35-1), and level 5 (①)', () => {
    const l4 = line('changsha-county-2021', '(10)招商引资项目落地率不够高');
    expectScope(l4, '(10)', 'markup.heading.marker.level4.notice');
    expectScope(l4, '招商引资项目落地率不够高', 'entity.name.section.level4.notice');
    const split = line('lusong-district-2021', '(35-1)违规出借财政资金');
    expectScope(split, '(35-1)', 'markup.heading.marker.level4.notice');
    expectScope(split, '(35-1)', 'meta.heading.level4.notice', false);
    const l5 = line('yiyang-hitech-2023', '①高质量发展问题');
    expectScope(l5, '①', 'markup.heading.marker.level5.notice');
    expectScope(l5, '高质量发展问题', 'entity.name.section.level5.notice');
    expectScope(l5, '①', 'meta.heading.level5.notice', false);
  });

  it('the title line', () => {
    const t = line('lusong-district-2021', '关于巡视整改进展情况的通报');
    expectScope(t, t, 'markup.heading.title.notice');
  });
});

describe('TextMate grammar: fields, statuses, counts, enumerations', () => {
  it('整改结果：完成 is a label and a status value', () => {
    const l = line('yiyang-hitech-2023', '整改结果：完成');
    expectScope(l, '整改结果', 'entity.name.tag.label.notice');
    expectScope(l, '完成', 'constant.language.status.notice');
  });

  it('inline 一是/二是 after a label, only at a boundary', () => {
    const l = line('changsha-county-2021', '整改情况:一是推动河长高效履职。二是');
    expectScope(l, '整改情况', 'entity.name.tag.label.notice');
    expectScope(l, '一是', 'keyword.other.enumeration.notice', false);
    const at2 = l.indexOf('二是');
    expect(tokens(l).find((t) => l.indexOf(t.text, at2 - 1) === at2 && t.text === '二是')?.scopes).toContain('keyword.other.enumeration.notice');
    expectNoScope('统一是前提', 'keyword.other.enumeration.notice');
  });

  it('inline （1） parts inside a paragraph', () => {
    const l = plant(line('lusong-district-2021', '整改情况:一是坚持把学习'), '一是', '(1)一是');
    expectScope(l, '(1)', 'keyword.other.enumeration.paren.notice');
  });

  it('count numbers, units, status words and rates of a count statement', () => {
    const l = line('lusong-district-2021', '整改落实率40.91%');
    expectScope(l, '44', 'constant.numeric.count.notice', false);
    expectScope(l, '个', 'keyword.other.unit.notice', false);
    expectScope(l, '40.91%', 'constant.numeric.rate.notice');
    expectScope(l, '整改落实率', 'support.type.rate.notice', false);
    const s = line('lusong-district-2021', '44个问题已整改完成27个');
    expectScope(s, '已整改完成', 'constant.language.status.notice', false);
    expectScope(s, '方面', 'keyword.other.unit.notice', false);
    expectScope(s, '正在整改', 'constant.language.status.notice', false);
  });

  it('dates: the date line and dates in the text', () => {
    const d = line('changsha-county-2021', '2021年8月25日');
    expectScope(d.trim(), '2021年8月25日', 'constant.other.date.notice');
  });

  it('the closing fields, their values and placeholders', () => {
    const l = line('changsha-county-2021', '联系电话');
    expectScope(l, '联系电话', 'entity.name.tag.closing.notice', false);
    expectScope('邮政信箱：……', '邮政信箱', 'entity.name.tag.closing.notice');
    const value = /联系电话[:：]([^；;。，,]*)/.exec(l)![1];
    expectScope(l, value, 'string.unquoted.closing.value.notice', false);
    const draft = plant(l, value, '……');
    expectScope(draft, '……', 'invalid.deprecated.placeholder.notice');
  });
});

describe('TextMate grammar: comments and directives', () => {
  it('a whole-line comment and a directive with its rule ids', () => {
    const c = '  <!-- notice-disable-next-line count-sum numbering-sequence -->';
    expectScope(c, c.trim(), 'comment.block.notice', false);
    expectScope(c, '<!--', 'punctuation.definition.comment.begin.notice');
    expectScope(c, '-->', 'punctuation.definition.comment.end.notice');
    expectScope(c, 'notice-disable-next-line', 'keyword.control.directive.notice');
    expectScope(c, ' count-sum numbering-sequence', 'variable.parameter.rule-id.notice');
    expectNoScope('<!-- 待核实 -->', 'keyword.control.directive.notice');
  });
});

describe('TextMate grammar: agrees with the parser on the real notices', () => {
  it('marks exactly the heading markers the parser finds, at the same level, on every line', () => {
    const texts = [...CORPUS.map((n) => [n, corpus(n)]), ['sample', readFileSync(resolve(REPO, 'examples', 'sample.notice'), 'utf8')]];
    for (const [name, text] of texts) {
      const doc = parseNotice(text);
      const fromParser = doc.headings.map((h) => `${h.line}:${h.level}:${h.marker.text}`);
      const fromGrammar: string[] = [];
      text.split(/\r\n|\r|\n/).forEach((l, i) => {
        for (const t of tokens(l)) {
          const m = t.scopes.map((s) => /^markup\.heading\.marker\.level(\d)\.notice$/.exec(s)).find(Boolean);
          if (m) fromGrammar.push(`${i}:${m[1]}:${t.text}`);
        }
      });
      expect(fromGrammar, name).toEqual(fromParser);
    }
  });
});

describe('TextMate grammar: coverage', () => {
  it('every scope of the grammar is asserted by a test above', () => {
    const g = JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8'));
    const names = new Set<string>();
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'name' && typeof x === 'string' && x !== 'notice') names.add(x);
          else walk(x);
        }
      }
    };
    walk(g);
    expect([...names].filter((n) => !asserted.has(n)).sort()).toEqual([]);
    expect(names.size).toBeGreaterThan(20);
  });
});
