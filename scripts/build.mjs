// Bundles the client, the language server and the CLI into dist/ with esbuild.
// `--minify` for the packaged extension (no source maps); `--watch` while developing;
// `--bench` adds the benchmark, `--bench-only` bundles it alone (its test: the other bundles may
// be in use by tests running beside it); `--outdir DIR` to bundle somewhere other than dist/ (the
// packaging script stages there).
import * as esbuild from 'esbuild';

const minify = process.argv.includes('--minify');
const watch = process.argv.includes('--watch');
const outIdx = process.argv.indexOf('--outdir');
const outdir = outIdx > 0 ? process.argv[outIdx + 1] : 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !minify,
  minify,
  logLevel: 'warning',
};

const builds = process.argv.includes('--bench-only') ? [] : [
  { entryPoints: ['client/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] },
  // The language client library, loaded by extension.js only once a notice is open.
  { entryPoints: ['client/languageClient.ts'], outfile: `${outdir}/languageClient.js`, external: ['vscode'] },
  { entryPoints: ['server/server.ts'], outfile: `${outdir}/server.js` },
  { entryPoints: ['server/cli.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' } },
];
// `npm run bench` also bundles the benchmark (bench/bench.ts → dist/bench.js).
if (process.argv.includes('--bench') || process.argv.includes('--bench-only')) builds.push({ entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js' });

if (watch) {
  for (const b of builds) (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
