// The preview as the server renders it (notice/preview over LSP, from the bundled dist/server.js
// and its lazily loaded dist/publish/ bundles), and the Word export and import requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { translator } from '../../server/l10n/index.js';
import { publishedBlocks, publishedText } from '../../server/publish/blocks.js';
import { importDocx } from '../../server/publish/import.js';
import { renderPreview } from '../../server/publish/preview.js';
import { corpus } from '../helpers.js';
import { startClient, type TestClient } from '../lsp/client.js';

interface PreviewResult {
  html: string;
  css: string;
  faces: { part: string; standard: string; stack: string[] }[];
  fontMissing: string;
  version: number;
  title: string;
}

/** The pages' text, block by block (data-line and text), as a reader of the preview sees it. */
function blocksOf(html: string): { line: number; text: string; cls: string }[] {
  return [...html.matchAll(/<p class="([^"]*)" data-line="(\d+)">(.*?)<\/p>/g)].map((m) => ({
    cls: m[1],
    line: Number(m[2]),
    text: m[3].replace(/^<span class="notes">.*?<\/span><\/span>/, '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  }));
}
const pagesOf = (html: string) => html.split('<section class="page').length - 1;
const t = translator('zh');

describe('the preview page (renderer)', () => {
  it('shows every line of the notice once, from the tree, headings with their level and line', () => {
    const text = corpus('lusong-district-2021');
    const doc = parseNotice(text);
    const { html } = renderPreview(doc, t);
    const shown = blocksOf(html);
    // Split paragraphs (over a page break) are joined back by their line.
    const byLine = new Map<number, string>();
    for (const b of shown) byLine.set(b.line, (byLine.get(b.line) ?? '') + b.text);
    expect([...byLine.values()].join('\n')).toBe(publishedText(publishedBlocks(doc)));
    for (const h of doc.headings) expect(shown.find((b) => b.line === h.line)?.cls).toContain(`h${h.level}`);
    expect(shown.find((b) => b.text === '中共株洲市芦淞区委关于巡视整改进展情况的通报')?.cls).toBe('title');
  });

  it('breaks pages after 22 lines of 28 characters, going on with a paragraph over the break', () => {
    const short = Array.from({ length: 44 }, (_, i) => `第${i + 1}段。`).join('\n');
    const two = renderPreview(parseNotice(short), t).html;
    expect(pagesOf(two)).toBe(2);
    expect(two).toContain('— 2 —');
    // 21 one-line paragraphs, then one of three lines: one line fits on page 1, two go on to page 2.
    const long = '一二三四五六七八九十'.repeat(7); // 70 characters + 2 of indent = 3 lines
    const html = renderPreview(parseNotice(short.split('\n').slice(0, 21).join('\n') + '\n' + long), t).html;
    const [first, second] = html.split('<section class="page').slice(1);
    const head = blocksOf(first).at(-1)!;
    const tail = blocksOf(second)[0];
    expect(head.cls).toContain('split');
    expect(tail.cls).toContain('cont');
    expect(head.text.length).toBe(26);
    expect(head.text + tail.text).toBe(long);
  });

  it('lays out faces, A4 and margins in its style, with no remote resource', () => {
    const { css, html, faces } = renderPreview(parseNotice(corpus('yiyang-hitech-2023')), t);
    expect(css).toContain('--page-w: 210mm; --page-h: 297mm; --m-top: 37mm; --m-bottom: 35mm; --m-left: 28mm; --m-right: 26mm');
    expect(css).toMatch(/\.page \{ font-family: "Times New Roman", "仿宋_GB2312", [^}]*"FangSong", "STFangsong"[^}]*"Noto Serif CJK SC"/);
    expect(css).toMatch(/\.h1 \.head \{ font-family: [^}]*"黑体"/);
    expect(css).toMatch(/\.h2 \.head \{ font-family: [^}]*"楷体_GB2312"/);
    expect(`${css}${html}`).not.toMatch(/https?:|url\(|@import|<script|style="/);
    expect(faces.map((f) => f.standard)).toContain('仿宋_GB2312');
  });

  it('puts the signature and the date at the right (the date under the signature)', () => {
    const { html } = renderPreview(parseNotice('关于巡视整改进展情况的通报\n一、总体情况\n截至6月30日，已完成整改3个。\n中共某某县委\n2023年12月15日'), t);
    const shown = blocksOf(html);
    // The date (7 wide: half-width digits) is the longer: it keeps two characters from the right
    // edge (ri4: half characters), and the signature (6 wide) starts two characters before it,
    // so it ends 2 + 7 + 2 − 6 = 5 characters from the edge (ri10), a line below the body.
    expect(shown.find((b) => b.text === '2023年12月15日')?.cls).toBe('date ri4');
    expect(shown.find((b) => b.text === '中共某某县委')?.cls).toBe('signature gap ri10');
  });
});

describe('preview, export and import over LSP (bundled server)', () => {
  let client: TestClient;
  const uri = 'file:///tmp/preview-test.notice';
  beforeAll(async () => {
    client = await startClient();
    await client.open(uri, corpus('changsha-county-2021'));
  });
  afterAll(() => client.stop());

  it('answers notice/preview with the title, the headings and the version it rendered', async () => {
    const r = await client.ask<PreviewResult>('notice/preview', uri);
    const shown = blocksOf(r.html);
    const doc = parseNotice(client.text(uri));
    expect(r.version).toBe(client.version(uri));
    expect(r.title).toBe('预览 preview-test.notice');
    expect(shown.filter((b) => b.cls === 'title').map((b) => b.text).join('')).toBe(doc.title.map((p) => p.text.trim()).join(''));
    for (const h of doc.headings.filter((x) => x.level <= 2)) expect(shown.some((b) => b.line === h.line && b.cls.startsWith(`h h${h.level}`))).toBe(true);
    expect(pagesOf(r.html)).toBeGreaterThan(5);
  });

  it('follows an edit', async () => {
    const doc = parseNotice(client.text(uri));
    const h = doc.headings.find((x) => x.level === 1)!;
    await client.edit(uri, [{ range: { start: { line: h.line, character: 0 }, end: { line: h.line, character: 0 } }, newText: '新插入的一段文字。\n' }]);
    const r = await client.ask<PreviewResult>('notice/preview', uri);
    expect(r.version).toBe(client.version(uri));
    expect(blocksOf(r.html).find((b) => b.line === h.line)?.text).toBe('新插入的一段文字。');
  });

  it('shows the findings in the margin only when asked', async () => {
    const slip = 'file:///tmp/preview-slip.notice';
    await client.open(slip, '关于巡视整改进展情况的通报\n一、组织整改落实情况\n三、继续深化后续整改\n');
    const off = await client.ask<PreviewResult>('notice/preview', slip);
    const on = await client.ask<PreviewResult>('notice/preview', slip, { findings: true });
    expect(off.html).not.toContain('class="note');
    expect(on.html).toMatch(/<p class="h h1" data-line="2"><span class="notes"><span class="note (warning|error)">[^<]*二/);
  });

  it('exports the open document (with its unsaved edit) and imports a .docx back', async () => {
    const r = await client.ask<{ data: string; done: string }>('notice/exportDocx', uri);
    expect(r.done).toBe('已导出：{file}');
    const bytes = new Uint8Array(Buffer.from(r.data, 'base64'));
    const expected = publishedText(publishedBlocks(parseNotice(client.text(uri)))) + '\n';
    expect((await importDocx(bytes)).text).toBe(expected);
    const back = (await client.conn.sendRequest('notice/importDocx', { data: r.data })) as { text: string };
    expect(back.text).toBe(expected);
    const bad = (await client.conn.sendRequest('notice/importDocx', { data: Buffer.from('not a zip').toString('base64') })) as { error: string };
    expect(bad.error).toBe('不是 Word 文档（.docx）');
  });
});

describe('the preview of a very large text', () => {
  it('stays linear: a single line of 400,000 characters renders in well under a second', () => {
    const text = '关于巡视整改进展情况的通报\n' + '整改'.repeat(200_000);
    const started = performance.now();
    const { html } = renderPreview(parseNotice(text), t);
    expect(performance.now() - started).toBeLessThan(2000);
    // 400,000 characters at 28 a line, 22 lines a page.
    expect(pagesOf(html)).toBeGreaterThan(400_000 / (28 * 22));
    expect(blocksOf(html).filter((b) => b.line === 1).map((b) => b.text).join('')).toBe('整改'.repeat(200_000));
  });
});
