// The editor features over the tree: outline symbols, folding, selection ranges, workspace
// symbols, and position mapping with UTF-16 columns.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { documentSymbols } from '../../server/features/documentSymbols.js';
import { foldingRanges } from '../../server/features/folding.js';
import { selectionRanges } from '../../server/features/selectionRanges.js';
import { matchesQuery } from '../../server/features/workspaceSymbols.js';
import { PositionMapper } from '../../server/positions.js';
import { WorkspaceIndex } from '../../server/workspaceIndex.js';
import { corpus } from '../helpers.js';

const sample = [
  '关于巡视整改进展情况的通报', // 0
  '一、组织整改落实情况', // 1
  '正文。', // 2
  '二、巡视反馈问题整改进展情况', // 3
  '（一）反馈问题：学习不够。正文在此', // 4
  '1.理论学习不深入', // 5
  '整改情况：一是学习。', // 6
  '2.研讨少', // 7
  '整改情况：加强研讨。', // 8
  '', // 9
  '欢迎广大干部群众对巡视整改落实情况进行监督。', // 10
].join('\n');

function setup(text: string) {
  const doc = parseNotice(text);
  return { doc, pos: new PositionMapper(text, doc.lineStarts) };
}

describe('document symbols', () => {
  it('nests headings; range = section, selection = heading line; name cut at the first sentence end', () => {
    const { doc, pos } = setup(sample);
    const symbols = documentSymbols(doc, pos);
    expect(symbols.map((s) => s.name)).toEqual(['一、组织整改落实情况', '二、巡视反馈问题整改进展情况']);
    const item = symbols[1].children![0];
    expect(item.name).toBe('（一）反馈问题：学习不够');
    expect(item.selectionRange).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 17 } });
    expect(item.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 8, character: 10 } });
    expect(item.children!.map((c) => c.name)).toEqual(['1.理论学习不深入', '2.研讨少']);
    expect(symbols[0].range.end).toEqual({ line: 2, character: 3 });
  });
});

describe('folding ranges', () => {
  it('folds every section and item that spans lines', () => {
    const { doc, pos } = setup(sample);
    expect(foldingRanges(doc, pos).map((f) => `${f.startLine}-${f.endLine}`)).toEqual(['1-2', '3-8', '4-8', '5-6', '7-8']);
  });

  it('folds the 125 sections and items of the changsha notice', () => {
    const text = corpus('changsha-county-2021');
    const { doc, pos } = setup(text);
    const folds = foldingRanges(doc, pos);
    expect(folds.length).toBe(doc.headings.filter((h) => pos.positionAt(h.section.end).line > h.line).length);
    expect(folds.length).toBeGreaterThan(130);
  });
});

describe('selection ranges', () => {
  it('grows from the title to the line, the item, its parents and the document', () => {
    const { doc, pos } = setup(sample);
    const [r] = selectionRanges(doc, pos, [{ line: 5, character: 4 }]);
    const chain: string[] = [];
    for (let s: typeof r | undefined = r; s; s = s.parent) chain.push(`${s.range.start.line}:${s.range.start.character}-${s.range.end.line}:${s.range.end.character}`);
    expect(chain).toEqual(['5:2-5:9', '5:0-5:9', '5:0-6:10', '4:0-8:10', '3:0-8:10', '0:0-10:22']);
  });
});

describe('positions', () => {
  it('maps offsets to UTF-16 columns and back, across CRLF and astral characters', () => {
    const text = 'a𠀀b\r\n第二行\n';
    const pos = new PositionMapper(text, parseNotice(text).lineStarts);
    expect(pos.positionAt(3)).toEqual({ line: 0, character: 3 });
    expect(pos.positionAt(6)).toEqual({ line: 1, character: 0 });
    expect(pos.offsetAt({ line: 0, character: 99 })).toBe(4);
    expect(pos.offsetAt({ line: 1, character: 2 })).toBe(8);
    expect(pos.offsetAt({ line: 7, character: 0 })).toBe(text.length);
  });
});

describe('workspace symbols', () => {
  it('matches by substring and by characters in order', () => {
    expect(matchesQuery('（一）反馈问题：学习不够', '学习')).toBe(true);
    expect(matchesQuery('（一）反馈问题：学习不够', '反馈学')).toBe(true);
    expect(matchesQuery('（一）反馈问题：学习不够', '作风')).toBe(false);
  });

  it('finds the headings of the workspace notice files, and of recognisable .txt notices only', async () => {
    const root = mkdtempSync(join(tmpdir(), 'notice-ws-'));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'a.notice'), '一、组织整改落实情况\n二、巡视反馈问题整改进展情况\n（一）反馈问题：学习不够\n');
    writeFileSync(join(root, 'sub', 'real.txt'), corpus('yiyang-hitech-2023'));
    writeFileSync(join(root, 'notes.txt'), '一、组织整改落实情况\n');
    const index = new WorkspaceIndex();
    index.setRoots([pathToFileURL(root).href]);
    const found = await index.symbols('组织整改', new Set());
    expect(found.map((s) => `${s.location.uri.slice(pathToFileURL(root).href.length)}#${s.name}`)).toEqual([
      '/a.notice#一、组织整改落实情况',
      '/sub/real.txt#一、组织整改落实情况',
    ]);
    expect((await index.symbols('学习不够', new Set())).map((s) => s.containerName)).toEqual(['二、巡视反馈问题整改进展情况']);
  });
});
