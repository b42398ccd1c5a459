// The npm package (`npx notice-lint`): `npm pack --dry-run` lists only what runs and what a
// user reads — the bundles, the rule pages, the schema, README, LICENSE, CHANGELOG and the
// manifest — and the manifest says where the project lives.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));

describe('the npm package', () => {
  it('npm pack --dry-run lists only dist, docs, schemas, README, LICENSE, CHANGELOG and the manifest', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const files = packed.files.map((f) => f.path);
    const allowed = [/^dist\/(cli|server|extension|notice-export|notice-import)\.js$/, /^dist\/publish\/\w+\.js$/, /^docs\/rules\/[\w-]+\.md$/, /^schemas\/[\w.-]+\.json$/, /^(README\.md|LICENSE|CHANGELOG\.md|package\.json)$/];
    expect(files.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    for (const must of ['dist/cli.js', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'schemas/noticerc.schema.json', 'docs/rules/count-sum.md']) {
      expect(files).toContain(must);
    }
    for (const bin of Object.values(pkg.bin) as string[]) expect(files).toContain(bin);
    // The Word export and import CLIs load their bundles at run time.
    for (const lazy of ['dist/publish/export.js', 'dist/publish/import.js']) expect(files).toContain(lazy);
  });

  it('names its public repository, issue tracker, homepage and publisher', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: expect.stringMatching(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/) });
    const web = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(pkg.bugs.url).toBe(`${web}/issues`);
    expect(pkg.homepage).toBe(`${web}#readme`);
    expect(pkg.publisher).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    // npm pack (publish, pre-commit's install) ships the minified bundles.
    expect(pkg.scripts.prepack).toBe('node scripts/build.mjs --minify');
  });
});
