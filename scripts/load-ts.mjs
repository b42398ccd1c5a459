// Loads TypeScript sources of the project into a build script: bundled in memory by esbuild (as
// CommonJS for Node) and evaluated, so scripts read the one source of snippets, rules and
// descriptions instead of copies.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The exports of `source` (TypeScript, imports relative to the repository's root). */
export async function loadTs(source) {
  const built = await esbuild.build({
    stdin: { contents: source, resolveDir: repo, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    logLevel: 'warning',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', '__dirname', '__filename', built.outputFiles[0].text)(
    mod,
    mod.exports,
    createRequire(join(repo, 'package.json')),
    join(repo, 'server'),
    join(repo, 'server', 'generated.js'),
  );
  return mod.exports;
}
