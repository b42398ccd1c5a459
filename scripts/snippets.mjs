// Writes snippets/notice.json from server/features/snippetData.ts (the one source of the
// snippet bodies, also used by the completion provider). Run after editing the bodies:
// `npm run snippets`; a test fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const built = await esbuild.build({
  entryPoints: ['server/features/snippetData.ts'],
  bundle: true,
  write: false,
  format: 'cjs',
  platform: 'node',
  logLevel: 'warning',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', built.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
writeFileSync('snippets/notice.json', JSON.stringify(mod.exports.snippetsJson(), null, 2) + '\n');
