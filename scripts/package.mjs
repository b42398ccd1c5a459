// `npm run package`: builds notice-tools-<version>.vsix with @vscode/vsce from a staging folder
// that holds only what the extension ships — minified bundles (no source maps), the manifest,
// README/CHANGELOG/LICENSE, the icon and screenshots, and the rule pages. The working dist/ is
// left alone, so tests can package while other tests run the development build.
// Usage: node scripts/package.mjs [--out FILE.vsix]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const outIdx = process.argv.indexOf('--out');
const out = resolve(outIdx > 0 ? process.argv[outIdx + 1] : join(repo, `${manifest.name}-${manifest.version}.vsix`));
const stage = join(repo, '.cache', `package-${process.pid}`);

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
try {
  execFileSync(process.execPath, [join(repo, 'scripts', 'build.mjs'), '--minify', '--outdir', join(stage, 'dist')], { cwd: repo, stdio: 'inherit' });
  // The manifest without what only development needs (vsce would run scripts, list dependencies),
  // nor npm's `files` list: vsce refuses it beside .vscodeignore, which says what the .vsix holds.
  const { scripts: _s, devDependencies: _d, files: _f, ...shipped } = manifest;
  writeFileSync(join(stage, 'package.json'), JSON.stringify(shipped, null, 2) + '\n');
  const files = ['README.md', 'CHANGELOG.md', 'LICENSE', 'language-configuration.json', '.vscodeignore'];
  for (const f of readdirSync(repo)) if (/^package\.nls(\..+)?\.json$/.test(f)) files.push(f);
  for (const f of files) cpSync(join(repo, f), join(stage, f));
  for (const d of ['images', 'docs/rules', 'snippets', 'syntaxes', 'schemas', 'media', 'l10n']) {
    if (existsSync(join(repo, d))) cpSync(join(repo, d), join(stage, d), { recursive: true });
  }
  mkdirSync(dirname(out), { recursive: true });
  // Relative links in the README stay relative: VS Code shows them from the installed folder.
  execFileSync(
    process.execPath,
    [join(repo, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out],
    { cwd: stage, stdio: 'inherit' },
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
