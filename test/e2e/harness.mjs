// What both real-editor drivers (drive.mjs, preview.mjs) need: their command-line arguments,
// the small waiting and asserting helpers, the palette and how a run ends.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};

export function expect(cond, message) {
  if (!cond) throw new Error(message);
}
export const show = (x) => JSON.stringify(x);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` every `every` ms until it returns a truthy value (or throws the last reason after `ms`). */
export async function until(fn, ms, what, every = 250) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await sleep(every);
  }
}

/**
 * Opens the command palette (F1) of `page` and types `text` into it. The palette closes when
 * focus moves (an editor that a click just opened takes it a moment later): then it is opened again.
 */
export async function palette(page, text) {
  const input = page.locator('.quick-input-widget input');
  await until(
    async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await input.waitFor({ timeout: 5000 });
      await input.fill(text, { timeout: 3000 });
      await sleep(100);
      return (await input.isVisible()) && (await input.inputValue()) === text;
    },
    30000,
    `the command palette to hold ${show(text)}`,
  );
}

/**
 * Types `text` into the palette and runs the row that shows `row` once the list has been
 * filtered to it (the focused row; pressing Enter earlier would run a recently used entry).
 */
export async function pick(page, text, row, ms = 30000) {
  const focused = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: row }).first();
  await until(
    async () => {
      await palette(page, text);
      await focused.waitFor({ timeout: 5000 });
      return true;
    },
    ms,
    `the palette row ${show(row)}`,
  );
  await page.keyboard.press('Enter');
}

/**
 * Ends a driver's run: a crash of the run is recorded as a failed check (with a screenshot),
 * the report is written to `out/name.json`, a summary line printed, and the exit code is 1
 * when a check failed or none ran.
 */
export function finish(run, { report, out, name, label, page }) {
  run
    .catch(async (e) => {
      report.checks.push({ name: 'the run', ok: false, error: String(e?.stack ?? e) });
      console.log(`  FAIL the run: ${e?.stack ?? e}`);
      await page()?.screenshot({ path: join(out, `${name}-failed.png`) }).catch(() => undefined);
    })
    .finally(() => {
      writeFileSync(join(out, `${name}.json`), JSON.stringify(report, null, 2));
      const failed = report.checks.filter((c) => !c.ok);
      console.log(`${label}: ${report.checks.length - failed.length} passed, ${failed.length} failed (report: ${join(out, `${name}.json`)})`);
      process.exit(failed.length > 0 || report.checks.length === 0 ? 1 : 0);
    });
}
