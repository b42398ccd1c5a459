// The count features: hover on a count statement (stated against computed), code lenses over
// the problems sections and their level-2 headings, and both through the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { parseNotice } from '../../grammar/index.js';
import { countCodeLenses } from '../../server/features/codeLens.js';
import { countHover } from '../../server/features/hover.js';
import { translator } from '../../server/l10n/index.js';
import { PositionMapper } from '../../server/positions.js';
import { analyze } from '../../server/engine.js';
import { codeActions } from '../../server/features/codeActions.js';
import { corpus, diagnosticStrings, lineOf, plant, settings } from '../helpers.js';
import { startClient, type TestClient } from '../lsp/client.js';
import { ISSUE5, yiyangWith } from '../rules/count-notice.js';

const zh = translator('zh');
const STATEMENT = ISSUE5.replace('。', '，整改完成率45%。');
const yiyang = yiyangWith(STATEMENT);

function hoverAt(text: string, needle: string): string | undefined {
  const doc = parseNotice(text);
  const pos = new PositionMapper(text, doc.lineStarts);
  const h = countHover(doc, pos, pos.positionAt(text.indexOf(needle)), zh);
  return h ? (h.contents as MarkupContent).value : undefined;
}

function lenses(text: string): string[] {
  const doc = parseNotice(text);
  const pos = new PositionMapper(text, doc.lineStarts);
  return countCodeLenses(doc, pos, zh).map((l) => `${l.range.start.line + 1}: ${l.command?.title}`);
}

describe('count hover', () => {
  it('shows the stated total against the listed items with their range', () => {
    const md = hoverAt(corpus('changsha-county-2021'), '已完成整改31个') as string;
    expect(md).toContain('| 总数（问题） | 60 | ← 分项据此核对；列出 50 项（(1)–(50)） |');
    expect(md).toContain('| 分项之和 |  | 31+23+2+4=60，与总数 60 相符 ✓ |');
    expect(md).toContain('| 基本完成整改 | 23 |  |');
  });

  it('shows each status against the items’ tally and the rate recomputed', () => {
    const md = hoverAt(yiyang, '阶段性完成整改18个') as string;
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| 项目 |'))).toEqual([
      '| 总数（问题） | 31 | ← 分项据此核对；列出 31 项（1–31） |',
      '| 已完成整改 | 13 | 各项“整改结果”：13 |',
      '| 阶段性完成整改 | 18 | 各项“整改结果”：18 |',
      '| 分项之和 |  | 13+18=31，与总数 31 相符 ✓ |',
      '| 整改完成率 | 45% | 完成 13÷31=42%<br>完成+阶段性完成 31÷31=100%<br>不符 ✗ |',
    ]);
  });

  it('says when a sentence is no breakdown, and nothing away from count statements', () => {
    const lusong = corpus('lusong-district-2021');
    expect(hoverAt(lusong, '接收信访举报77件')).toContain('（此句不是分项统计：含“其中”的子集）');
    expect(hoverAt(lusong, '芦淞区委坚持以习近平')).toBeUndefined();
  });
});

describe('count code lenses', () => {
  it('gives the items listed and the status tally over each problems section and level-2 heading', () => {
    const all = lenses(yiyang);
    // The statement planted under the heading states 31, as count-items compared it.
    expect(all[0]).toBe(`${lineOf(yiyang, '二、集中整改期内')}: 列出 31 项 · 完成 13 · 阶段性完成 18 · 通报称 31 ✓`);
    expect(all).toHaveLength(13);
    expect(all).toContain(`${lineOf(yiyang, '（十二）反馈问题')}: 列出 4 项 · 完成 1 · 阶段性完成 3`);
  });

  it('shows a stated total that count-items finds wrong as wrong (changsha states 60, lists 50)', () => {
    const changsha = corpus('changsha-county-2021');
    expect(lenses(changsha)[0]).toBe(`${lineOf(changsha, '二、长沙县巡视反馈问题整改进展情况')}: 列出 50 项 · 通报称 60 ✗`);
  });

  it('counts split items once and shows only the count where no statuses are given', () => {
    const lusong = corpus('lusong-district-2021');
    expect(lenses(lusong)).toEqual([
      // Line 15's chain (12个问题…42项具体问题) and line 21's 42个具体问题, both holding: said once.
      `${lineOf(lusong, '二、巡视反馈问题整改进展情况')}: 列出 42 项 · 通报称 12/42 ✓`,
      `${lineOf(lusong, '(一)反馈问题')}: 列出 17 项`,
      `${lineOf(lusong, '(二)反馈问题')}: 列出 10 项`,
      `${lineOf(lusong, '(三)反馈问题')}: 列出 7 项`,
      `${lineOf(lusong, '(四)反馈问题')}: 列出 8 项`,
    ]);
  });
});

describe('count quick fixes and messages', () => {
  it('offers the rules’ fixes as quick fixes on the statement', () => {
    const text = plant(corpus('changsha-county-2021'), '已完成整改31个', '已完成整改30个');
    const a = analyze(text);
    const pos = new PositionMapper(text, a.doc.lineStarts);
    const line = lineOf(text, '已完成整改30个') - 1;
    const actions = codeActions(a, pos, 'file:///x.notice', { start: { line, character: 20 }, end: { line, character: 20 } }, undefined, zh);
    expect(actions.map((x) => x.title)).toContain('将总数改为分项之和 59');
  });

  it('speaks English when the editor does', () => {
    const text = plant(corpus('changsha-county-2021'), '已完成整改31个', '已完成整改30个');
    expect(diagnosticStrings(text, settings({ locale: 'en' }), 'count-sum')[0]).toMatch(/count-sum: The parts add up to 30\+23\+2\+4=59, not to the total 60$/);
  });
});

describe('count features over stdio', () => {
  let on: TestClient;
  let off: TestClient;
  const uri = 'file:///tmp/count.notice';
  beforeAll(async () => {
    on = await startClient({ settings: { diagnostics: { debounceMs: 0 } } });
    off = await startClient({ settings: { diagnostics: { debounceMs: 0 }, codeLens: { enabled: false } } });
    for (const c of [on, off]) {
      await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text: yiyang } });
    }
  });
  afterAll(async () => {
    await on.stop();
    await off.stop();
  });

  it('announces hover and code lens, answers both, and turns lenses off by setting', async () => {
    expect(on.initResult.capabilities.hoverProvider).toBe(true);
    expect(on.initResult.capabilities.codeLensProvider).toBeTruthy();
    const line = lineOf(yiyang, STATEMENT) - 1;
    const hover = (await on.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 20 } })) as Hover;
    expect((hover.contents as MarkupContent).value).toContain('列出 31 项（1–31）');
    const lensOn = (await on.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    expect(lensOn[0].command?.title).toBe('列出 31 项 · 完成 13 · 阶段性完成 18 · 通报称 31 ✓');
    expect(await off.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })).toEqual([]);
  });
});
