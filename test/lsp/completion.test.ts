// The real server over stdio: it announces completion (with its trigger characters) and the
// count-statement code action kind, and answers both for an open notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { corpus } from '../helpers.js';
import { startClient, type TestClient } from './client.js';

describe('completion and 统计句 over stdio', () => {
  let client: TestClient;
  const uri = 'file:///tmp/completion.notice';

  beforeAll(async () => {
    client = await startClient({ settings: { diagnostics: { debounceMs: 0 } } });
  });
  afterAll(async () => {
    await client.stop();
  });

  it('announces completion with （ ( ： : as triggers, and the count-statement action kind', () => {
    const caps = client.initResult.capabilities as {
      completionProvider?: { triggerCharacters?: string[] };
      codeActionProvider?: { codeActionKinds?: string[] };
    };
    expect(caps.completionProvider?.triggerCharacters).toEqual(['（', '(', '：', ':']);
    expect(caps.codeActionProvider?.codeActionKinds).toContain('refactor.rewrite.countStatement');
  });

  it('completes at the end of yiyang section 二: 32. first; the closing section it has already (三、下一步工作安排) is not offered again', async () => {
    const text = corpus('yiyang-hitech-2023');
    const at = text.indexOf('三、下一步工作安排');
    const edited = text.slice(0, at) + '\n' + text.slice(at);
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'notice', version: 1, text: edited } });
    const line = edited.slice(0, at).split('\n').length - 1;
    const answer = (await client.conn.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: 0 },
    })) as CompletionItem[] | CompletionList;
    const items = Array.isArray(answer) ? answer : answer.items;
    expect(items.filter((i) => i.kind === 20).map((i) => i.label)).toEqual(['32.', '①', '（十三）', '三、']);
    expect(items.find((i) => i.preselect)?.label).toBe('32.');
    expect(items.map((i) => i.label)).not.toContain('继续深化后续整改');
    expect(items.map((i) => i.label)).not.toContain('下一步工作打算');
  });

  it('offers 生成统计句 on the heading of section 二 and its edit inserts the statement', async () => {
    const text = corpus('yiyang-hitech-2023');
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const heading = text.slice(0, text.indexOf('二、集中整改期内')).split('\n').length - 1;
    const actions = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: heading, character: 2 }, end: { line: heading, character: 2 } },
      context: { diagnostics: [], only: ['refactor.rewrite'] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual(['生成统计句：二、集中整改期内已完成的整改事项']);
    const [edit] = actions[0].edit!.changes![uri];
    expect(edit.newText.trim()).toBe('截至××，巡视反馈的31个问题，已完成整改13个，阶段性完成整改18个。');
  });

  // ---- issue 16: what a writer meets in the editor ----

  async function completeAt(name: string, text: string, line: number, character: number): Promise<CompletionItem[]> {
    const u = `file:///tmp/${name}.notice`;
    await client.open(u, text);
    const answer = (await client.conn.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line, character } })) as CompletionItem[] | CompletionList;
    return Array.isArray(answer) ? answer : answer.items;
  }

  it('on a notice that has 三、继续深化后续整改, no completion inserts it again (typed jxsh on a new line)', async () => {
    const text = corpus('lusong-district-2021');
    const at = text.indexOf('\n', text.indexOf('(38-2)')) + 1;
    const edited = text.slice(0, at) + 'jxsh\n' + text.slice(at);
    const line = edited.slice(0, at).split('\n').length - 1;
    const items = await completeAt('jxsh', edited, line, 4);
    const inserting = items.filter((i) => ((i.textEdit as TextEdit | undefined)?.newText ?? i.insertText ?? '').includes('继续深化后续整改'));
    expect(inserting).toEqual([]);
    expect(items.length).toBeGreaterThan(0); // the markers are still offered
  });

  it('on a 巡察 notice with (一)-style headings, the inserted section reads 巡察 and (一)', async () => {
    const text = corpus('lusong-district-2021').replace('关于巡视整改', '关于巡察整改');
    const at = text.indexOf('  三、继续深化后续整改');
    const cut = text.slice(0, at) + 'jxsh';
    const line = cut.split('\n').length - 1;
    const items = await completeAt('xuncha', cut, line, 6);
    const followUp = items.filter((i) => i.label === '继续深化后续整改');
    expect(followUp).toHaveLength(1);
    const newText = (followUp[0].textEdit as TextEdit).newText;
    // The line was typed without indentation: the section takes the notice's (two spaces).
    expect(newText).toMatch(/^ {2}三、继续深化后续整改\n\n {2}下一步，.*把巡察整改/);
    expect(newText).toContain('\n\n  (一)${4:');
    expect(newText).not.toMatch(/巡视|（一）/);
  });

  it('after 28、 the preselected item is 29、 (deeper and shallower levels follow)', async () => {
    const items28 = Array.from({ length: 28 }, (_, i) => `${i + 1}、第${i + 1}个问题。\n整改情况：已整改。`).join('\n');
    const text = `关于巡视整改进展情况的通报\n一、组织整改落实情况\n二、巡视反馈问题整改进展情况\n（一）反馈问题：学习不够\n${items28}\n`;
    const line = text.split('\n').length - 1;
    const items = await completeAt('item28', text, line, 0);
    const markers = items.filter((i) => i.kind === 20);
    expect(markers.filter((i) => i.preselect).map((i) => i.label)).toEqual(['29、']);
    expect(markers.map((i) => i.label)).toEqual(['29、', '（1）', '（二）', '三、']);
    expect([...markers].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0].label).toBe('29、');
  });

  it('统计句生成 on a section with a statement returns edits only inside that statement’s numbers', async () => {
    const text = corpus('changsha-county-2021');
    const u = 'file:///tmp/changsha-count.notice';
    await client.open(u, text);
    const line = text.slice(0, text.indexOf('三、长沙经开区')).split('\n').length - 1;
    const actions = (await client.codeActions(u, { start: { line, character: 2 }, end: { line, character: 2 } }, [], ['refactor.rewrite'])) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual(['按所列条目更新统计句：三、长沙经开区巡视反馈问题整改进展情况']);
    const edits = actions[0].edit!.changes![u];
    expect(edits.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    const statement = lines.findIndex((l) => l.includes('长沙经开区的67个问题'));
    for (const e of edits) {
      expect(e.range.start.line).toBe(statement);
      expect(e.range.end.line).toBe(statement);
      expect(lines[statement].slice(e.range.start.character, e.range.end.character)).toMatch(/^[0-9]+$/);
      expect(e.newText).toMatch(/^(?:[0-9]+|××)$/);
    }
  });

  it('a pasted half-width notice (lusong) shows one punctuation diagnostic, whose quick fix 「全文改为全角标点」 clears it', async () => {
    const u = 'file:///tmp/lusong-pasted.notice';
    await client.open(u, corpus('lusong-district-2021'));
    const punctuation = (await client.diagnostics(u)).filter((d) => d.code === 'punctuation');
    expect(punctuation).toHaveLength(1);
    const actions = (await client.codeActions(u, punctuation[0].range, punctuation, ['quickfix'])) as CodeAction[];
    const fix = actions.find((a) => a.title === '全文改为全角标点')!;
    expect(fix.isPreferred).toBe(true);
    await client.apply(fix.edit!);
    expect((await client.diagnostics(u)).filter((d) => d.code === 'punctuation')).toEqual([]);
    expect(client.text(u)).toContain('截至6月30日，巡视反馈42个具体问题，已完成整改23个');
  });
});
