// The preview in a real VS Code (code-server, headless Chromium through playwright-core):
// opened beside a corpus notice with the editor-title button, it shows the notice's title and
// headings, follows an edit within a second, and a click on a heading moves the editor there.
// Writes preview.png and preview-report.json into --out; exits 1 when a check failed.
// Usage: node preview.mjs --url http://127.0.0.1:PORT --workspace DIR --out DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { arg, expect, finish, palette, pick, show, sleep, until as untilEvery } from './harness.mjs';

// Fine polling: the preview must follow an edit within a second, and this measures it.
const until = (fn, ms, what) => untilEvery(fn, ms, what, 50);

const BASE = arg('url');
const WORKSPACE = arg('workspace');
const OUT = arg('out', 'test-results/e2e');
const BROWSER = process.env.CHROMIUM || '/usr/bin/chromium';
const FILE = 'lusong-district-2021.txt';
mkdirSync(OUT, { recursive: true });

const report = { checks: [] };
let page;
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    report.checks.push({ name, ok: true, ms: Date.now() - started });
    console.log(`  ok   ${name}`);
  } catch (e) {
    await page?.screenshot({ path: join(OUT, 'preview-failed.png') }).catch(() => undefined);
    report.checks.push({ name, ok: false, ms: Date.now() - started, error: String(e?.message ?? e) });
    console.log(`  FAIL ${name}\n       ${String(e?.message ?? e).split('\n').join('\n       ')}`);
  }
}

/** The webview frame that holds the preview's pages (VS Code nests it in two iframes). */
async function previewFrame() {
  for (const f of page.frames()) {
    if (await f.locator('#pages').count().catch(() => 0)) return f;
  }
  return null;
}

/** The preview as a reader sees it: its blocks' text, class and source line. */
const previewBlocks = (frame) =>
  frame.locator('#pages [data-line]').evaluateAll((els) => els.map((e) => ({ line: Number(e.dataset.line), cls: e.className, text: e.innerText })));

const cursorLine = async () => {
  const label = await page.locator('[id="status.editor.selection"]').innerText();
  return Number(/(\d+)/.exec(label)?.[1]);
};

const run = (async () => {
  const text = readFileSync(join(WORKSPACE, FILE), 'utf8');
  const lines = text.split(/\r?\n/);
  const lineOf = (s) => lines.findIndex((l) => l.trim().startsWith(s));
  const TITLE = '中共株洲市芦淞区委关于巡视整改进展情况的通报';
  const HEADINGS = ['一、组织整改落实情况', '二、巡视反馈问题整改进展情况', '三、继续深化后续整改'].filter((h) => lineOf(h) >= 0);

  const browser = await chromium.launch({ executablePath: BROWSER, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) || ['data:', 'blob:'].includes(u.protocol) || u.hostname.endsWith('.localhost');
    return local ? route.continue() : route.abort();
  });
  page = await context.newPage();
  await page.goto(`${BASE}/?folder=${encodeURIComponent(WORKSPACE)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).first().waitFor({ timeout: 120000 });

  let frame;
  await check(`${FILE}: the editor-title button opens the preview beside the notice, with its title and headings`, async () => {
    await pick(page, FILE, FILE, 60000);
    await until(async () => (await page.locator('[id="status.editor.mode"]').innerText()).trim() === '整改通报', 60000, 'the 整改通报 language mode');
    const button = page.locator('.editor-actions .action-label[aria-label*="Preview"], .editor-actions .action-label[aria-label*="预览"]').first();
    await button.waitFor({ timeout: 30000 });
    await button.click();
    frame = await until(previewFrame, 30000, 'the preview webview');
    const blocks = await until(async () => {
      const b = await previewBlocks(frame);
      return b.length > 0 ? b : null;
    }, 30000, 'the preview to show the notice');
    expect(await page.locator('.editor-group-container').count() >= 2, 'the preview is not beside the editor');
    await page.locator('.tabs-container .tab', { hasText: `预览 ${FILE}` }).first().waitFor({ timeout: 5000 });
    const title = blocks.find((b) => b.cls === 'title');
    expect(title?.text === TITLE, `the title reads ${show(title)}`);
    for (const h of HEADINGS) {
      const b = blocks.find((x) => x.text.startsWith(h));
      expect(b && /\bh1\b/.test(b.cls) && b.line === lineOf(h), `heading ${h} shows as ${show(b)}`);
    }
    expect(blocks.filter((b) => /\bh2\b/.test(b.cls)).length >= 4, 'the level-2 headings are missing');
    // No 仿宋_GB2312 on this machine: the note says which face stands in for the body.
    const note = await frame.locator('#notes').innerText();
    expect(/仿宋_GB2312[^\n]*正文/.test(note), `the missing-face note reads ${show(note)}`);
    report.fontNote = note;
    report.pages = await frame.locator('.page').count();
    expect(report.pages > 3, `only ${report.pages} pages`);
  });

  await check(`${FILE}: the preview follows an edit within a second`, async () => {
    expect(frame, 'no preview');
    const at = lineOf(HEADINGS[1]) + 1; // 1-based line of the heading 二、
    await palette(page, ':' + at);
    await sleep(300);
    await page.keyboard.press('Enter');
    await sleep(300);
    await page.keyboard.press('Home');
    const typed = '新增一段：预览随输入更新。';
    await page.keyboard.insertText(typed);
    await page.keyboard.press('Enter');
    const t0 = Date.now();
    await until(() => frame.locator('#pages').evaluate((e, t) => e.textContent.includes(t), typed), 1000, `${show(typed)} in the preview`);
    report.editFollowedMs = Date.now() - t0;
    // Undone, it leaves the preview as well.
    const inEditor = () => page.locator('.editor-instance .view-lines').first().innerText().then((v) => v.includes(typed));
    for (let i = 0; i < 4 && (await inEditor()); i++) await page.keyboard.press('Control+z'), await sleep(100);
    expect(!(await inEditor()), `the edit was not undone in the editor`);
    await until(() => frame.locator('#pages').evaluate((e, t) => !e.textContent.includes(t), typed), 3000, `${show(typed)} to leave the preview`);
  });

  await check(`${FILE}: a click on a heading in the preview moves the editor to its line`, async () => {
    expect(frame, 'no preview');
    const h = HEADINGS[HEADINGS.length - 1];
    const target = frame.locator('#pages .h1', { hasText: h }).first();
    await target.scrollIntoViewIfNeeded();
    const line = Number(await target.getAttribute('data-line'));
    await target.click();
    await until(async () => (await cursorLine()) === line + 1, 5000, `the cursor on line ${line + 1} (it is on ${await cursorLine()})`);
    const visible = await page.locator('.editor-instance .view-lines').first().innerText();
    expect(visible.includes(h), `the editor does not show ${h}`);
  });

  /** The source line of the first block in the preview's view. */
  const previewTop = () =>
    frame.evaluate(() => {
      const b = [...document.querySelectorAll('#pages [data-line]')].find((e) => e.getBoundingClientRect().bottom > 0);
      return b ? Number(b.dataset.line) : -1;
    });
  /** The first line number the editor shows (1-based). */
  const editorTop = () =>
    page.evaluate(() => {
      const nums = [...document.querySelectorAll('.editor-instance .margin-view-overlays .line-numbers')];
      const top = nums.map((e) => ({ n: Number(e.textContent), y: e.getBoundingClientRect().top })).filter((x) => x.n > 0).sort((a, b) => a.y - b.y);
      return top[0]?.n ?? -1;
    });

  await check(`${FILE}: the preview scrolls with the editor, and the editor with the preview`, async () => {
    expect(frame, 'no preview');
    const line = Math.floor(lines.length / 2); // the middle of the notice
    await palette(page, ':' + (line + 1));
    await sleep(200);
    await page.keyboard.press('Enter');
    // The editor jumped down to the heading: the preview shows the editor's top line at its top.
    const reached = await until(async () => {
      const top = await previewTop();
      const etop = await editorTop();
      return Math.abs(top - (etop - 1)) <= 3 && etop > 100 ? top : null;
    }, 5000, `the preview at the editor's top line (preview ${await previewTop()}, editor ${await editorTop()})`);
    report.scrollSync = { editorToPreview: reached };
    // Scrolling the preview back up a few screens brings the editor along.
    const before = await editorTop();
    const box = await page.locator('.webview, iframe.webview').first().boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -600), await sleep(100);
    const after = await until(async () => {
      const e = await editorTop();
      return e < before - 10 ? e : null;
    }, 5000, `the editor to scroll up from line ${before}`);
    report.scrollSync.previewToEditor = { before, after };
  });

  await check('screenshot of the preview beside the notice', async () => {
    expect(frame, 'no preview');
    // The notice as it was, its top in the editor: the preview follows to its first page.
    await page.locator('.editor-instance .view-lines').first().click();

    await page.keyboard.press('Control+Home');
    await until(async () => (await previewTop()) <= 2, 5000, 'the preview at the top').catch(async (e) => {
      throw new Error(`${e.message}: the preview shows line ${await previewTop()}, the editor ${await editorTop()}`);
    });
    await sleep(500);
    await page.screenshot({ path: join(OUT, 'preview.png') });
  });

  await browser.close();
})();
finish(run, { report, out: OUT, name: 'preview-report', label: 'e2e preview', page: () => page });
