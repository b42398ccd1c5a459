// Prints the plain closing line CI reads ("tests: N passed, N failed, N skipped") from the
// reports given as arguments — vitest JSON reports and the real-editor drivers' reports
// (`checks: [{ ok }]`); exits 1 when a report is missing or shows failures.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`test summary: no report at ${file}`);
    missing = true;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if (Array.isArray(r.checks)) {
    passed += r.checks.filter((c) => c.ok).length;
    failed += r.checks.filter((c) => !c.ok).length;
    continue;
  }
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(missing || failed > 0 || passed === 0 ? 1 : 0);
