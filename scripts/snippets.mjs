// Writes snippets/notice.json from server/features/snippetData.ts (the one source of the
// snippet bodies, also used by the completion provider). Run after editing the bodies:
// `npm run snippets`; a test fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { loadTs } from './load-ts.mjs';

const { snippetsJson } = await loadTs("export { snippetsJson } from './server/features/snippetData.ts';");
writeFileSync('snippets/notice.json', JSON.stringify(snippetsJson(), null, 2) + '\n');
