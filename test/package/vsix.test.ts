// The packaged extension: `node scripts/package.mjs` builds the .vsix with vsce; it must hold the
// minified bundles and the manifest's files only (no sources, tests, maps or node_modules), stay
// under 1 MB, and its bundled server must answer an editor.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';
import { startClient } from '../lsp/client.js';
import { readZip, type ZipEntry } from './zip.js';

describe('notice-tools .vsix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'notice-vsix-'));
  const vsix = join(dir, 'notice-tools.vsix');
  let entries: ZipEntry[];
  const file = (name: string) => entries.find((e) => e.name === name)!;

  beforeAll(() => {
    execFileSync(process.execPath, [join(REPO, 'scripts', 'package.mjs'), '--out', vsix], { cwd: REPO, stdio: 'pipe' });
    entries = readZip(vsix);
  }, 120000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds only the extension files: bundles, manifest, readme, changelog, licence, icon and images, rule pages', () => {
    const allowed = [
      /^extension\.vsixmanifest$/,
      /^\[Content_Types\]\.xml$/,
      /^extension\/(package\.json|package\.nls(\.[\w-]+)?\.json|language-configuration\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
      /^extension\/dist\/(extension|languageClient|server|cli)\.js$/,
      /^extension\/l10n\/bundle\.l10n\.[\w-]+\.json$/,
      // issue 19: preview, export and import, loaded when used; the preview's page script and style
      /^extension\/dist\/publish\/(preview|export|import)\.js$/,
      /^extension\/media\/preview\.(js|css)$/,
      /^extension\/images\/[\w-]+\.png$/,
      /^extension\/(docs\/rules|snippets|syntaxes|schemas)\/[\w.-]+\.(md|json)$/,
    ];
    const names = entries.map((e) => e.name);
    expect(names.filter((n) => !allowed.some((re) => re.test(n)))).toEqual([]);
    for (const must of ['extension/dist/extension.js', 'extension/dist/languageClient.js', 'extension/l10n/bundle.l10n.zh-cn.json', 'extension/dist/server.js', 'extension/images/icon.png', 'extension/changelog.md', 'extension/LICENSE.txt', 'extension/readme.md']) {
      expect(names).toContain(must);
    }
    expect(names.some((n) => /\.(ts|map)$|node_modules|\/test\//.test(n))).toBe(false);
  });

  it('keeps the client a client: extension.js under 60 KB, without the grammar, the rules, Chevrotain or the language client library', () => {
    const ext = file('extension/dist/extension.js').read();
    expect(ext.length).toBeLessThan(60 * 1024);
    const js = ext.toString('utf8');
    // Strings each of those carries: the parser's set-up call, a rule id, the language client's start.
    for (const inServer of ['performSelfAnalysis', 'numbering-sequence', 'Notice language server']) expect(js).not.toContain(inServer);
    expect(file('extension/dist/languageClient.js').read().toString('utf8')).toContain('Notice language server');
    expect(file('extension/dist/server.js').read().toString('utf8')).toContain('performSelfAnalysis');
  });

  it('is under 1 MB', () => {
    const size = statSync(vsix).size;
    expect(size).toBeLessThan(1024 * 1024);
  });

  it('ships minified bundles without source maps', () => {
    for (const b of ['extension', 'languageClient', 'server']) {
      const js = file(`extension/dist/${b}.js`).read().toString('utf8');
      expect(js).not.toMatch(/sourceMappingURL/);
      // esbuild --minify: long lines (the few line breaks left are inside multi-line messages).
      expect(js.length / js.split('\n').length).toBeGreaterThan(1000);
    }
  });

  it('has the Chinese display name, icon, categories, keywords and licence in its manifest', () => {
    const pkg = JSON.parse(file('extension/package.json').read().toString('utf8'));
    // Name and description are localised (package.nls*.json, shipped in the .vsix): Chinese UIs read Chinese.
    const zh = JSON.parse(file('extension/package.nls.zh-cn.json').read().toString('utf8'));
    const nlsKey = (v: string) => /^%(.+)%$/.exec(v)?.[1] ?? '';
    expect(zh[nlsKey(pkg.displayName)]).toBe('整改通报助手');
    expect(zh[nlsKey(pkg.description)]).toMatch(/整改/);
    expect(JSON.parse(file('extension/package.nls.json').read().toString('utf8'))[nlsKey(pkg.displayName)]).toBeTruthy();
    expect(pkg.icon).toBe('images/icon.png');
    expect(pkg.categories).toEqual(expect.arrayContaining(['Programming Languages', 'Linters']));
    expect(pkg.keywords).toEqual(expect.arrayContaining(['整改', '通报']));
    expect(pkg.license).toBe('MIT');
    expect(pkg.main).toBe('./dist/extension.js');
    expect(pkg.devDependencies).toBeUndefined();
    const png = file('extension/images/icon.png').read();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
  });

  it('its bundled server answers an editor: the outline of a notice', async () => {
    const server = join(dir, 'x', 'dist', 'server.js');
    mkdirSync(dirname(server), { recursive: true });
    writeFileSync(server, file('extension/dist/server.js').read());
    const client = await startClient({ server });
    try {
      const uri = 'file:///tmp/packaged.notice';
      await client.open(uri, '中共某县委关于巡视整改进展情况的通报\n一、组织整改落实情况\n（一）强化领导\n二、问题整改情况\n');
      const symbols = await client.symbols(uri);
      expect(symbols.map((s) => s.name)).toEqual(['一、组织整改落实情况', '二、问题整改情况']);
      expect(symbols[0].children!.map((s) => s.name)).toEqual(['（一）强化领导']);
    } finally {
      await client.stop();
    }
  });
});
