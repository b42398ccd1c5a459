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

  it('completes at the end of yiyang section 二: 32. and, typed 继续深化, 三、继续深化后续整改 (the notice goes on after it)', async () => {
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
    expect(items.filter((i) => i.kind === 20).map((i) => i.label)).toEqual(['①', '32.', '（十三）', '三、']);
    const followUp = items.find((i) => i.label === '继续深化后续整改')!;
    expect((followUp.textEdit as TextEdit).newText.startsWith('三、继续深化后续整改\n')).toBe(true);
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
});
