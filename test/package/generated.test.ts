// What scripts/generate.mjs derives from the rule registry — `notice.rules` in package.json,
// its descriptions in package.nls*.json, the rule entries of schemas/noticerc.schema.json, and
// package.nls.zh-tw.json in Traditional characters (opencc-js) — is up to date: adding a rule
// and forgetting `npm run generate` fails here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleDescriptions } from '../../server/l10n/rules.js';
import { rules } from '../../server/rules/registry.js';
import { REPO } from '../helpers.js';

const json = (f: string) => JSON.parse(readFileSync(join(REPO, f), 'utf8'));

describe('generated from the rule registry', () => {
  it('npm run generate -- --check finds nothing stale', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'generate.mjs'), '--check'], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('every registered rule is a setting and a schema entry, with its own description in each language', () => {
    const setting = json('package.json').contributes.configuration.properties['notice.rules'].properties;
    const schema = json('schemas/noticerc.schema.json').properties.rules.properties;
    const [en, zhCn] = [json('package.nls.json'), json('package.nls.zh-cn.json')];
    expect(Object.keys(setting)).toEqual(rules.map((r) => r.id));
    expect(Object.keys(schema)).toEqual(rules.map((r) => r.id));
    for (const r of rules) {
      const key = /^%(.+)%$/.exec(setting[r.id].markdownDescription)![1];
      expect(en[key]).toContain(ruleDescriptions[r.id].en);
      expect(zhCn[key]).toContain(ruleDescriptions[r.id].zh);
      expect(schema[r.id].description).toContain(ruleDescriptions[r.id].zh);
      expect(schema[r.id].description).toContain(`docs/rules/${r.id}.md`);
    }
  });

  it('zh-tw is Traditional: every entry of zh-cn converted, not a copy', () => {
    const [cn, tw] = [json('package.nls.zh-cn.json'), json('package.nls.zh-tw.json')];
    expect(Object.keys(tw)).toEqual(Object.keys(cn));
    expect(tw.displayName).toBe('整改通報助手');
    expect(tw['command.renumberAll']).toBe('重新編號全文');
    expect(Object.keys(cn).filter((k) => /[们说为这个条号编设报检查项]/.test(cn[k]) && tw[k] === cn[k])).toEqual([]);
  });
});
