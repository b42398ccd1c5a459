// Writes what is derived from the rule registry, so that adding a rule is one rule file, its
// test, its doc page and its description (server/l10n/rules.ts):
// - package.json `contributes.configuration` → `notice.rules`: one entry per registered rule;
// - package.nls.json (English) and package.nls.zh-cn.json: those entries' descriptions;
// - package.nls.zh-tw.json: the whole Simplified table converted to Traditional characters
//   (opencc-js, cn → tw);
// - schemas/noticerc.schema.json: `rules.properties`, one entry per rule, linking its page.
// `npm run generate` after adding a rule or editing package.nls.zh-cn.json; `--check` writes
// nothing and exits 1 naming the stale files (a test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenCC from 'opencc-js';
import { loadTs, repo } from './load-ts.mjs';

const check = process.argv.includes('--check');

// The registry, descriptions and docs links, loaded from the TypeScript sources.
const { rules, ruleDescriptions, RULE_SETTINGS, ruleDocUrl } = await loadTs(
  [
    "export { rules } from './server/rules/registry.ts';",
    "export { ruleDescriptions } from './server/l10n/rules.ts';",
    "export { RULE_SETTINGS } from './server/config.ts';",
    "export { ruleDocUrl } from './server/project.ts';",
  ].join('\n'),
);
const missing = rules.filter((r) => !ruleDescriptions[r.id]).map((r) => r.id);
if (missing.length > 0) {
  console.error(`no description in server/l10n/rules.ts for: ${missing.join(', ')}`);
  process.exit(1);
}
const nlsKey = (id) => `config.rules.${id}`;
const json = (v) => JSON.stringify(v, null, 2) + '\n';
const read = (f) => readFileSync(join(repo, f), 'utf8');

/** Every file's expected content, by path. */
const expected = {};

// package.json: the rule entries of `notice.rules`, in registry order.
const pkg = JSON.parse(read('package.json'));
const rulesSetting = pkg.contributes.configuration.properties['notice.rules'];
rulesSetting.properties = Object.fromEntries(
  rules.map((r) => [r.id, { type: 'string', enum: [...RULE_SETTINGS], markdownDescription: `%${nlsKey(r.id)}%` }]),
);
expected['package.json'] = json(pkg);

// The nls tables: generated rule keys replace the old ones, the rest is kept as written.
const withRules = (table, lang) => {
  const kept = Object.entries(table).filter(([k]) => !k.startsWith('config.rules.'));
  const generated = rules.map((r) => [nlsKey(r.id), `${ruleDescriptions[r.id][lang]} ([${r.id}](${ruleDocUrl(r.id)}))`]);
  return Object.fromEntries([...kept, ...generated]);
};
const zhCn = withRules(JSON.parse(read('package.nls.zh-cn.json')), 'zh');
expected['package.nls.json'] = json(withRules(JSON.parse(read('package.nls.json')), 'en'));
expected['package.nls.zh-cn.json'] = json(zhCn);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
expected['package.nls.zh-tw.json'] = json(Object.fromEntries(Object.entries(zhCn).map(([k, v]) => [k, toTraditional(v)])));

// The schema: the rule entries, with both descriptions and the page.
const schema = JSON.parse(read('schemas/noticerc.schema.json'));
schema.properties.rules.properties = Object.fromEntries(
  rules.map((r) => {
    const d = ruleDescriptions[r.id];
    return [r.id, { type: 'string', enum: [...RULE_SETTINGS], description: `${d.zh}。${d.en}. ${ruleDocUrl(r.id)}` }];
  }),
);
expected['schemas/noticerc.schema.json'] = json(schema);

const stale = Object.keys(expected).filter((f) => read(f) !== expected[f]);
if (check) {
  if (stale.length > 0) {
    console.error(`out of date (run npm run generate): ${stale.join(', ')}`);
    process.exit(1);
  }
} else {
  for (const f of stale) writeFileSync(join(repo, f), expected[f]);
  console.log(stale.length > 0 ? `wrote ${stale.join(', ')}` : 'up to date');
}
