// Drives a running code-server (VS Code in the browser) with headless Debian Chromium through
// playwright-core, and checks what a person sees against test/e2e/expectations.mjs: the language
// mode, the Outline view (nested rows), the Problems panel, suggestions and quick fixes.
// The profile does not save by itself (files.autoSave: off): every check that edits a file
// starts from a clean copy of it on disk (`fresh`), and every screenshot is taken with the
// file it names in the active tab (`shot`).
// Usage: node drive.mjs --url http://127.0.0.1:PORT --workspace DIR --out DIR
// Writes PNG screenshots and report.json into --out; exits 1 when a check failed.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import * as E from './expectations.mjs';
import { arg, expect, finish, palette, pick, show, sleep, until } from './harness.mjs';

const BASE = arg('url');
const WORKSPACE = arg('workspace');
const OUT = arg('out', 'test-results/e2e');
const EXT_DIR = arg('ext', join(WORKSPACE, '..', 'ext'));
const BROWSER = process.env.CHROMIUM || '/usr/bin/chromium';
mkdirSync(OUT, { recursive: true });

const t0 = Date.now();
const report = { checks: [], timings: {}, blockedRequests: [], outline: {}, problems: {}, languageMode: {} };
const mark = (k) => (report.timings[k] = Date.now() - t0);
let page;
let shots = 0;

/** One check: passes, or records why not (with a screenshot) and lets the next check run. */
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    report.checks.push({ name, ok: true, ms: Date.now() - started });
    console.log(`  ok   ${name}`);
  } catch (e) {
    const shot = `failed-${++shots}.png`;
    await page?.screenshot({ path: join(OUT, shot) }).catch(() => undefined);
    report.checks.push({ name, ok: false, ms: Date.now() - started, error: String(e?.message ?? e), screenshot: shot });
    console.log(`  FAIL ${name}\n       ${String(e?.message ?? e).split('\n').join('\n       ')}`);
  }
}

// ---- the workbench ------------------------------------------------------------------------

async function runCommand(label) {
  await pick(page, '>' + label, label);
}

async function goToLine(line) {
  await palette(page, ':' + line);
  await sleep(300);
  await page.keyboard.press('Enter');
  await sleep(300);
}

async function openFile(name) {
  const tab = page.locator('.tabs-container .tab', { hasText: name }).first();
  if (await tab.count()) {
    await tab.click();
  } else {
    await pick(page, name, name, 60000); // Quick Open by file name
  }
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 60000 });
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 60000 });
}

/**
 * The rows of a tree view (Outline, Problems), all of them: the list renders only the rows in
 * view, so the tree is paged through from the top and rows are kept by their index.
 */
async function treeRows(container) {
  const rows = new Map();
  const collect = async () => {
    const seen = await page.locator(`${container} .monaco-list-row`).evaluateAll((els) =>
      els.map((e) => ({
        index: Number(e.getAttribute('data-index')),
        level: Number(e.getAttribute('aria-level')),
        // Outline rows read `name (kind)`; the name is what the row shows.
        label: (e.getAttribute('aria-label') ?? '').replace(/ \([a-z ]+\)$/, ''),
        text: e.innerText,
      })),
    );
    let added = 0;
    for (const r of seen) if (!rows.has(r.index)) rows.set(r.index, r), added++;
    return added;
  };
  await page.keyboard.press('Home');
  await sleep(150);
  await collect();
  for (let quiet = 0; quiet < 2; ) {
    await page.keyboard.press('PageDown');
    await sleep(150);
    quiet = (await collect()) === 0 ? quiet + 1 : 0;
  }
  await page.keyboard.press('Home');
  return [...rows.values()].sort((a, b) => a.index - b.index);
}

async function outlineRows(waitMs = 5000) {
  await runCommand('Explorer: Focus on Outline View');
  await until(async () => (await page.locator('.outline-pane .monaco-list-row').count()) > 0, waitMs, 'the Outline to show rows').catch(() => undefined);
  await sleep(300);
  return (await treeRows('.outline-pane')).map((r) => [r.level, r.label.trim() || r.text.trim()]);
}

/** Problems panel rows grouped by file: { file: [{ severity, message, line, col, raw }] }. */
async function problemsByFile() {
  await runCommand('View: Focus Problems');
  await page.locator('.markers-panel').first().waitFor({ timeout: 30000 });
  await sleep(300);
  const out = {};
  let file;
  for (const r of await treeRows('.markers-panel')) {
    if (r.level === 1) {
      // A file in a folder reads `lusong-pasted.noticepasted` (name, then folder): keep the name.
      file = r.text.split('\n')[0].trim().replace(/^(.+?\.(?:txt|notice)).*$/, '$1');
      out[file] = [];
      continue;
    }
    if (r.level > 2) continue; // related information (e.g. 上一项：…) nested under a problem
    // `… at line 91 and character 3. [This problem has references to 1 locations. ]generated by notice`
    const m = /^(\w+)[^:]*: (.*) at line (\d+) and character (\d+)\. (?:This problem has references to \d+ locations?\. )?generated by (.*)$/s.exec(r.label);
    out[file ?? '?']?.push(m ? { severity: m[1], message: m[2], line: +m[3], col: +m[4], source: m[5], raw: r.text } : { raw: r.label, text: r.text });
  }
  return out;
}

/** Each notice of the workspace as written at the start of the run: name → { path, text }. */
const pristine = new Map();
/** The file `name` as it was at the start of the run, on disk and in a freshly opened editor (any earlier edit discarded). */
async function fresh(name) {
  const tab = page.locator('.tabs-container .tab', { hasText: name }).first();
  if (await tab.count()) {
    await tab.click();
    await runCommand('View: Revert and Close Editor');
    await tab.waitFor({ state: 'detached', timeout: 30000 });
  }
  const { path, text } = pristine.get(name);
  writeFileSync(path, text);
  await openFile(name);
  expect((await page.locator('.tabs-container .tab.active.dirty').count()) === 0, `${name} opens with unsaved changes`);
}

/** A screenshot of the editor with `file` in the active tab (so that the picture shows what it names). */
async function shot(png, file) {
  await page.locator('.tabs-container .tab.active', { hasText: file }).first().waitFor({ timeout: 10000 });
  await page.screenshot({ path: join(OUT, png) });
}

const languageMode = async () => (await page.locator('[id="status.editor.mode"]').innerText()).trim();

/** The text of editor line `line` (1-based) as rendered, after revealing it. */
async function editorLine(line) {
  await goToLine(line);
  return until(
    async () =>
      page.evaluate((n) => {
        const editor = document.querySelector('.editor-instance .monaco-editor');
        const num = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => e.textContent.trim() === String(n));
        if (!num) return null;
        const top = num.closest('[style*="top"]').style.top;
        const view = [...editor.querySelectorAll('.view-lines .view-line')].find((e) => e.style.top === top);
        return view ? view.textContent.replace(/\u00a0/g, ' ') : null;
      }, line),
    10000,
    `line ${line} in the editor`,
  );
}

/** The Outline of a file according to the packaged command line: [depth, name] rows. */
function cliOutline(file) {
  const ext = readdirSync(EXT_DIR).find((d) => d.startsWith('notice-tools.notice-tools-'));
  expect(ext, `the extension is not installed in ${EXT_DIR}`);
  let json;
  try {
    json = execFileSync(process.execPath, [join(EXT_DIR, ext, 'dist', 'cli.js'), '--format', 'json', '--outline', '--no-ignore', join(WORKSPACE, file)], { encoding: 'utf8' });
  } catch (e) {
    json = e.stdout; // exit code 1 when an error is reported; the JSON is still there
  }
  const rows = [];
  const walk = (symbols, depth) => symbols.forEach((s) => (rows.push([depth, s.name]), walk(s.children ?? [], depth + 1)));
  walk(JSON.parse(json)[0].outline, 1);
  return rows;
}

/** `anchors` appear in `rows` in this order (other rows may lie between). */
function assertSubsequence(rows, anchors) {
  let i = 0;
  for (const a of anchors) {
    while (i < rows.length && !(rows[i][0] === a[0] && rows[i][1] === a[1])) i++;
    expect(i < rows.length, `the Outline lacks ${show(a)} (after the earlier anchors); it shows ${rows.length} rows, starting ${show(rows.slice(0, 8))}`);
    i++;
  }
}

/** Whether the extension's language server runs (a process of this profile's dist/server.js). */
const serverRunning = () =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .some((l) => l.includes(EXT_DIR) && l.includes('dist/server.js'));

const problemKey = (p) => (p.line === undefined ? `unread row: ${p.raw}` : `${p.line}: ${p.message}`);

// ---- the run ------------------------------------------------------------------------------

const run = (async () => {
  let plantedText = readFileSync(join(WORKSPACE, E.PLANTED.from), 'utf8');
  for (const s of E.PLANTED.slips) {
    expect(plantedText.includes(s.find), `planted slip: ${show(s.find)} is not in ${E.PLANTED.from}`);
    plantedText = plantedText.replace(s.find, s.replace);
  }
  writeFileSync(join(WORKSPACE, E.PLANTED.name), plantedText);
  writeFileSync(join(WORKSPACE, E.PLAIN_TXT.name), E.PLAIN_TXT.text);
  const source = readFileSync(join(WORKSPACE, E.DRAFT.from), 'utf8');
  expect(source.includes(E.DRAFT.cutBefore), `draft: ${show(E.DRAFT.cutBefore)} is not in ${E.DRAFT.from}`);
  writeFileSync(join(WORKSPACE, E.DRAFT.name), source.slice(0, source.indexOf(E.DRAFT.cutBefore)));
  mkdirSync(join(WORKSPACE, E.PASTED.folder), { recursive: true });
  writeFileSync(join(WORKSPACE, E.PASTED.folder, '.noticerc.json'), JSON.stringify({ rules: E.PASTED.rules }));
  writeFileSync(join(WORKSPACE, E.PASTED.folder, E.PASTED.name), readFileSync(join(WORKSPACE, E.PASTED.from), 'utf8'));
  for (const dir of [WORKSPACE, join(WORKSPACE, E.PASTED.folder)]) {
    for (const f of readdirSync(dir)) if (/\.(txt|notice)$/.test(f)) pristine.set(f, { path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') });
  }

  const browser = await chromium.launch({
    executablePath: BROWSER,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Loopback only (the machine reaches nothing else; VS Code would try its gallery).
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    report.blockedRequests.push(u.href);
    return route.abort();
  });
  page = await context.newPage();
  mark('browser');
  await page.goto(`${BASE}/?folder=${encodeURIComponent(WORKSPACE)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: E.FILES[0] }).first().waitFor({ timeout: 120000 });
  // Room for the Outline: fold the file tree of the Explorer away.
  await page.locator('.pane-header', { hasText: 'workspace' }).first().click();
  mark('workbench');

  await check(`${E.PLAIN_TXT.name}: a .txt that is not a notice stays ${E.PLAIN_TXT.mode} and starts no language server`, async () => {
    await openFile(E.PLAIN_TXT.name);
    await until(async () => (await languageMode()) === E.PLAIN_TXT.mode, 30000, `language mode ${E.PLAIN_TXT.mode}`);
    await sleep(3000); // time for the extension to activate (onLanguage:plaintext) and decide
    expect((await languageMode()) === E.PLAIN_TXT.mode, `the status bar shows ${show(await languageMode())}`);
    expect(!serverRunning(), 'a language server process runs');
  });

  for (const file of E.FILES) {
    await check(`${file}: opens in the 整改通报 language mode`, async () => {
      await openFile(file);
      const mode = await until(async () => ((await languageMode()) === E.LANGUAGE_MODE ? E.LANGUAGE_MODE : null), 60000, `language mode ${E.LANGUAGE_MODE}`).catch(
        async (e) => {
          throw new Error(`${e.message}; the status bar shows ${show(await languageMode().catch(() => '?'))}`);
        },
      );
      report.languageMode[file] = mode;
    });
    await check(`${file}: the Outline view shows the notice's headings, nested as in notice-lint`, async () => {
      const expected = cliOutline(file);
      const rows = await until(
        async () => {
          const r = await outlineRows();
          return r.length === expected.length && r[0][1] === expected[0][1] ? r : null;
        },
        60000,
        `${expected.length} Outline rows starting with ${show(expected[0])}`,
      ).catch(async (e) => {
        throw new Error(`${e.message}; it shows ${show((await outlineRows(0).catch(() => [])).slice(0, 6))}…`);
      });
      report.outline[file] = rows;
      const diff = rows.findIndex((r, i) => r[0] !== expected[i][0] || r[1] !== expected[i][1]);
      expect(diff < 0, `Outline row ${diff}: shows ${show(rows[diff])}, expected ${show(expected[diff])}`);
      if (E.OUTLINE[file]) assertSubsequence(rows, E.OUTLINE[file]);
      if (file === E.FILES[0]) await shot('outline.png', file);
    });
    if (file === E.FILES[0]) {
      await check('the language server runs once a notice is open', async () => {
        await until(async () => serverRunning(), 30000, 'a process of dist/server.js');
      });
    }
    mark(`opened ${file}`);
  }

  await check('the Problems panel lists exactly the expected diagnostics for every opened notice', async () => {
    await sleep(2000); // the last file's diagnostics: give the pull a moment even when none are expected
    const wanted = Object.fromEntries(E.FILES.map((f) => [f, E.PROBLEMS.filter((p) => p.file === f).map(problemKey).sort()]));
    const read = async () => {
      const byFile = await problemsByFile();
      return Object.fromEntries(E.FILES.map((f) => [f, (byFile[f] ?? []).map(problemKey).sort()]));
    };
    const got = await until(async () => {
      const g = await read();
      return show(g) === show(wanted) ? g : null;
    }, 30000, 'the expected problems').catch(async (e) => {
      throw new Error(`${e.message}\n  expected ${show(wanted)}\n  shown    ${show(await read())}`);
    });
    report.problems = await problemsByFile();
    report.statusBarProblems = await page.locator('[id="status.problems"]').getAttribute('aria-label').catch(() => null);
    for (const p of E.PROBLEMS) {
      const row = report.problems[p.file].find((r) => r.line === p.line && r.message === p.message);
      expect(row && row.raw.includes(p.rule), `the Problems row ${show(row)} does not name the rule ${p.rule}`);
    }
    await shot('problems.png', E.FILES[E.FILES.length - 1]);
    expect(show(got) === show(wanted), 'unreachable');
  });

  await check(`${E.LIVE_EDIT.file}: a heading typed into the text shows up in the Outline`, async () => {
    await fresh(E.LIVE_EDIT.file);
    const has = (rows) => rows.some((r) => r[0] === E.LIVE_EDIT.row[0] && r[1] === E.LIVE_EDIT.row[1]);
    expect(!has(await outlineRows()), `the Outline shows ${show(E.LIVE_EDIT.row)} before it is typed`);
    await goToLine(E.LIVE_EDIT.line);
    await page.keyboard.press('Home');
    await page.keyboard.type(E.LIVE_EDIT.type);
    await page.keyboard.press('Enter');
    await until(async () => has(await outlineRows()), 30000, `Outline row ${show(E.LIVE_EDIT.row)}`).catch(async (e) => {
      throw new Error(`${e.message}; it ends ${show((await outlineRows(0)).slice(-4))}`);
    });
    await shot('live-edit.png', E.LIVE_EDIT.file);
    await runCommand('File: Revert File');
  });

  /** On a new line after `line` of a clean copy of `file`, type `type` and open the suggest widget: its row labels and the selected one. */
  async function suggestAfter(file, line, type) {
    await fresh(file);
    // A new empty line after `line`, made at the start of the next line (End would stop at the
    // wrap of a long line).
    await goToLine(line + 1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    if (type) await page.keyboard.type(type);
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    await widget.waitFor({ timeout: 30000 });
    // Rows, or the widget's "No suggestions." once the server has answered.
    await until(async () => (await widget.locator('.monaco-list-row').count()) > 0 || /No suggestions/.test(await widget.innerText()), 30000, 'the suggest widget to fill');
    await sleep(500);
    const rows = widget.locator('.monaco-list-row');
    const labels = (await rows.allInnerTexts()).map((l) => l.trim());
    const selected = (await widget.locator('.monaco-list-row.focused').allInnerTexts()).map((l) => l.trim())[0];
    return { labels, selected };
  }
  const closeSuggest = async () => {
    await page.keyboard.press('Escape');
    await runCommand('File: Revert File');
  };

  for (const s of E.SUGGEST) {
    await check(`${s.file}:${s.line}: a new line offers ${s.expect} in the suggest widget${s.preselected ? ', selected' : ''}`, async () => {
      const { labels, selected } = await suggestAfter(s.file, s.line, s.type);
      await shot(`suggest-${s.line}.png`, s.file);
      await closeSuggest();
      report.suggest = { ...(report.suggest ?? {}), [`${s.file}:${s.line}`]: { labels, selected } };
      expect(labels.some((l) => l.startsWith(s.expect)), `the suggest widget offers ${show(labels)}, not ${s.expect}`);
      if (s.preselected) expect(selected?.startsWith(s.expect), `the suggest widget selects ${show(selected)}, not ${s.expect} (rows: ${show(labels)})`);
    });
  }

  for (const s of E.SECTION_SUGGEST) {
    await check(`${s.file}:${s.line}: typing ${s.type} shows ${s.label} ${s.count === 0 ? 'nowhere (the notice has it)' : 'once'} in the suggest widget`, async () => {
      const { labels } = await suggestAfter(s.file, s.line, s.type);
      await shot(`suggest-${s.type}-${s.file.replace(/\.[a-z]+$/, '')}.png`, s.file);
      await closeSuggest();
      report.suggest = { ...(report.suggest ?? {}), [`${s.file}:${s.line}:${s.type}`]: { labels } };
      const entries = labels.filter((l) => l.split('\n')[0].trim().startsWith(s.label));
      expect(entries.length === s.count, `the suggest widget shows ${entries.length} rows for ${s.label}, expected ${s.count}: ${show(labels)}`);
    });
  }

  await check(`${E.PASTED.folder}/${E.PASTED.name}: a pasted half-width notice shows ${E.PASTED_PUNCTUATION.min}–${E.PASTED_PUNCTUATION.max} punctuation entries in the Problems panel, not one per line`, async () => {
    await fresh(E.PASTED.name);
    const rows = await until(
      async () => {
        const r = (await problemsByFile())[E.PASTED.name] ?? [];
        return r.some((p) => (p.raw ?? '').includes('punctuation')) ? r : null;
      },
      30000,
      'the punctuation finding of the pasted notice',
    ).catch(async (e) => {
      const rows = await treeRows('.markers-panel');
      throw new Error(`${e.message}; the Problems panel rows: ${show(rows.map((r) => [r.level, r.text.slice(0, 60)]))}`);
    });
    const punctuation = rows.filter((p) => (p.raw ?? '').includes('punctuation'));
    report.problems[`${E.PASTED.folder}/${E.PASTED.name}`] = rows;
    await openFile(E.PASTED.name); // paging through the Problems panel may have opened another file
    await shot('problems-pasted.png', E.PASTED.name);
    expect(
      punctuation.length >= E.PASTED_PUNCTUATION.min && punctuation.length <= E.PASTED_PUNCTUATION.max,
      `the Problems panel lists ${punctuation.length} punctuation entries: ${show(punctuation.map(problemKey).slice(0, 12))}`,
    );
  });

  for (const q of E.QUICK_FIXES) {
    await check(`${q.file}:${q.line}: the quick fix “${q.title}” corrects the line and clears the problem`, async () => {
      await fresh(q.file);
      await goToLine(q.line);
      const action = page.locator('.action-widget .monaco-list-row', { hasText: q.title }).first();
      // The fixes come with the diagnostics of the freshly opened file: ask again until they are there.
      await until(
        async () => {
          await page.keyboard.press('Escape');
          await page.keyboard.press('Control+Period');
          return action.waitFor({ timeout: 3000 }).then(
            () => true,
            () => false,
          );
        },
        30000,
        `the quick fix ${q.title}`,
      ).catch(async (e) => {
        throw new Error(`${e.message}; offered: ${show(await page.locator('.action-widget .monaco-list-row').allInnerTexts())}`);
      });
      await action.click();
      const text = await until(async () => {
        const t = await editorLine(q.line);
        return q.after.test(t) ? t : null;
      }, 15000, `line ${q.line} to match ${q.after}`).catch(async (e) => {
        throw new Error(`${e.message}; it reads ${show(await editorLine(q.line))}`);
      });
      report.quickFix = { ...(report.quickFix ?? {}), [`${q.file}:${q.line}`]: text };
      await until(async () => !((await problemsByFile())[q.file] ?? []).some((p) => p.message === q.message), 30000, `the problem “${q.message}” to clear`);
      await openFile(q.file);
      await shot(`quickfix-${q.line}.png`, q.file);
      await runCommand('File: Revert File');
    });
  }

  mark('done');
  await browser.close();
})();
finish(run, { report, out: OUT, name: 'report', label: 'e2e', page: () => page });
