// `notice-import FILE.docx [-o OUT.notice] [--force] [--locale zh|en]`: a Word document as notice text.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { translator } from '../l10n/index.js';
import { beside, parseArgs } from './cli.js';
import { importDocx, NotDocxError } from './import.js';

export async function runImport(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  const a = parseArgs(argv);
  const t = a?.t ?? translator('zh');
  if (!a || a.help || !a.file) {
    (a?.help ? out : err)(t('publish.usageImport'));
    return a?.help ? 0 : 2;
  }
  const target = a.out ?? beside(a.file, '.notice');
  // Never over a writer's text without being asked.
  if (existsSync(target) && !a.force) {
    err(t('publish.exists', { file: target }));
    return 2;
  }
  try {
    const { text } = await importDocx(new Uint8Array(readFileSync(a.file)));
    writeFileSync(target, text);
  } catch (e) {
    err(t('publish.failed', { file: a.file, message: e instanceof NotDocxError ? t('publish.notDocx') : e instanceof Error ? e.message : String(e) }));
    return 2;
  }
  out(t('publish.imported', { file: target }));
  return 0;
}

// Run as a program (not when a test imports it).
if (require.main === module) void runImport(process.argv.slice(2)).then((code) => (process.exitCode = code));
