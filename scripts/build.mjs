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

// The preview, the Word export and the Word import are loaded by the server only when used
// (`import('../publish/…')`): each is a bundle of its own in dist/publish/, which the server and
// the two CLIs (notice-export, notice-import) only refer to (issue 19). Their libraries (docx,
// mammoth) stay out of dist/server.js, and are in the package once.
const LAZY = ['preview', 'export', 'import'];
const lazyPublish = {
  name: 'lazy-publish',
  setup(build) {
    build.onResolve({ filter: /(^|\/)(preview|export|import)\.js$/ }, (args) => {
      const name = /(\w+)\.js$/.exec(args.path)[1];
      const fromPublish = /[\\/]server[\\/]publish$/.test(args.resolveDir);
      if (!fromPublish && !args.path.startsWith('../publish/')) return undefined;
      return { path: `./publish/${name}.js`, external: true };
    });
  },
};

const builds = process.argv.includes('--bench-only') ? [] : [
  { entryPoints: ['client/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] },
  // The language client library, loaded by extension.js only once a notice is open.
  { entryPoints: ['client/languageClient.ts'], outfile: `${outdir}/languageClient.js`, external: ['vscode'] },
  { entryPoints: ['server/server.ts'], outfile: `${outdir}/server.js`, plugins: [lazyPublish] },
  { entryPoints: ['server/cli.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' } },
  ...LAZY.map((name) => ({ entryPoints: [`server/publish/${name}.ts`], outfile: `${outdir}/publish/${name}.js` })),
  { entryPoints: ['server/publish/cli-export.ts'], outfile: `${outdir}/notice-export.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [lazyPublish] },
  { entryPoints: ['server/publish/cli-import.ts'], outfile: `${outdir}/notice-import.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [lazyPublish] },
];
// `npm run bench` also bundles the benchmark (bench/bench.ts → dist/bench.js).
if (process.argv.includes('--bench') || process.argv.includes('--bench-only')) builds.push({ entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js' });

if (watch) {
  for (const b of builds) (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
