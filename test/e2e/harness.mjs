// What both real-editor drivers (drive.mjs, preview.mjs) need: their command-line arguments
// and the small waiting and asserting helpers.
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

/** Opens the command palette (F1) of `page` and types `text` into it. */
export async function palette(page, text) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 30000 });
  await input.fill(text);
}
