// Bundles the client, the language server and the CLI into dist/ with esbuild.
// `--minify` for the packaged extension; `--watch` while developing; `--bench` adds the benchmark.
import * as esbuild from 'esbuild';

const minify = process.argv.includes('--minify');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !minify,
  minify,
  logLevel: 'warning',
};

const builds = [
  { entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
// `npm run bench` also bundles the benchmark (bench/bench.ts → dist/bench.js).
if (process.argv.includes('--bench')) builds.push({ entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js' });

if (watch) {
  for (const b of builds) (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
