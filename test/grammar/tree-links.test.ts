// buildTree makes a heading's children and blocks at their final size once all are known
// (grammar/build.ts). They must be what the plain definitions give: the children are the
// headings whose parent it is, in document order; the blocks are the body paragraphs after
// it and before the next heading, when it is the paragraph's nearest open heading and has no
// child yet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice, type Heading, type Paragraph } from '../../grammar/index.js';
import { corpus, CORPUS } from '../helpers.js';

const bits = fc.constantFrom(
  ...['一、', '二、', '（一）', '(二)', '1.', '2、', '（1）', '(35-1)', '①', '②', '反馈问题：', '整改结果：完成', '正文。', '欢迎广大干部群众监督', '2021年8月1日', '中共某某县委'],
  ...['\n', '\n', '\n', '\r\n', ' ', '\u3000', '。', '文字', '关于某某巡察整改情况的通报'],
);
const noticeLike = fc.array(bits, { maxLength: 150 }).map((a) => a.join(''));

function check(text: string): void {
  const doc = parseNotice(text);
  const byLine = new Map<number, Heading | Paragraph>();
  for (const h of doc.headings) byLine.set(h.line, h);
  for (const p of doc.paragraphs) byLine.set(p.line, p);
  const children = new Map<Heading, Heading[]>(doc.headings.map((h) => [h, []]));
  const blocks = new Map<Heading, Paragraph[]>(doc.headings.map((h) => [h, []]));
  for (const h of doc.headings) if (h.parent) children.get(h.parent)!.push(h);
  // Walk the lines in order with the stack of open headings, as the tree was built.
  const stack: Heading[] = [];
  const seen = new Set<Heading>();
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const node = byLine.get(line)!;
    if (node.type === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1] !== node.parent) stack.pop();
      if (node.parent) seen.add(node.parent);
      stack.push(node);
    } else if (node.role === 'body' && stack.length > 0 && !seen.has(stack[stack.length - 1])) {
      blocks.get(stack[stack.length - 1])!.push(node);
    }
  }
  for (const h of doc.headings) {
    expect(h.children).toEqual(children.get(h));
    expect(h.blocks).toEqual(blocks.get(h));
    for (let k = 0; k < h.children.length; k++) expect(k in h.children).toBe(true);
  }
}

describe('heading children and blocks', () => {
  it('on the real notices', () => {
    for (const c of CORPUS) check(corpus(c));
  });
  it('on random notice-like text', () => {
    fc.assert(fc.property(noticeLike, (text) => check(text)), { numRuns: 1000 });
  });
});
