// Any text, however broken: the preview renders it and shows every published line; export then
// import gives the published text back; the .docx stays well-formed XML even with characters
// XML cannot carry (control characters are left out of the Word file, and only they).
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { translator } from '../../server/l10n/index.js';
import { publishedBlocks, publishedText } from '../../server/publish/blocks.js';
import { exportDocx } from '../../server/publish/export.js';
import { importDocx } from '../../server/publish/import.js';
import { renderPreview } from '../../server/publish/preview.js';

const PIECES = [
  '一、', '（一）', '(二)', '1.', '2．', '3、', '（1）', '(35-1)', '①', '十一、',
  '组织整改落实情况', '整改结果：完成', '反馈问题：', '。', '，', '；', '“', '”', '<', '>', '&', '"', "'",
  '<!-- notice-disable count-sum -->', '<!--', '-->', ' ', '　', '\t', '\n', '\r\n', '\r', '\n\n',
  '中共××县委', '2023年12月15日', '2023.5.14', 'abc', '123', '42.5%', '😀', '\uFEFF',
];
const notice = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const t = translator('zh');

describe('publishing any text', () => {
  it('the preview renders it, every published line once', () => {
    fc.assert(
      fc.property(notice, (text) => {
        const doc = parseNotice(text);
        const { html } = renderPreview(doc, t, [{ line: 0, severity: 'warning', message: '<提示>' }]);
        const shown = [...html.matchAll(/<p class="[^"]*" data-line="(\d+)">/g)].map((m) => Number(m[1]));
        expect([...new Set(shown)]).toEqual(publishedBlocks(doc).map((b) => b.line));
        expect(html).not.toContain('<提示>');
      }),
      { numRuns: 300 },
    );
  });

  it('export then import gives the published text back', async () => {
    await fc.assert(
      fc.asyncProperty(notice, async (text) => {
        const doc = parseNotice(text);
        const back = await importDocx(await exportDocx(doc));
        const expected = publishedText(publishedBlocks(doc));
        expect(back.text).toBe(expected ? expected + '\n' : '');
      }),
      { numRuns: 25 },
    );
  }, 60000);

  it('keeps the Word file well-formed when the text holds control characters', async () => {
    const text = '关于巡视整改进展情况的通报\n一、总体\u0001情况\n正文\u0008有\u000b控制\u001f字符。';
    const bytes = await exportDocx(parseNotice(text));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    // XML 1.0 cannot carry these characters, raw or escaped: Word refuses a file that holds one.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect((await importDocx(bytes)).text).toBe('关于巡视整改进展情况的通报\n一、总体情况\n正文有控制字符。\n');
  });
});
