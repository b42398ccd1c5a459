// `notice-import FILE.docx [-o OUT.notice] [--force] [--locale zh|en]`: a Word document as notice text.
import { existsSync } from 'node:fs';
import { readFileBytes, writeFileAtomic } from '../files.js';
import { beside, parseArgs } from './cli.js';
import { importDocx, NotDocxError } from './import.js';

/** A .docx larger than this is refused (a long notice with pictures is a few MB). */
const MAX_DOCX_BYTES = 64 * 1024 * 1024;

export async function runImport(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  const a = parseArgs(argv);
  const { t } = a;
  if (a.usageError || a.help || !a.file) {
    const help = a.help && !a.usageError;
    (help ? out : err)(t('publish.usageImport'));
    return help ? 0 : 2;
  }
  const target = a.out ?? beside(a.file, '.notice');
  // Never over a writer's text without being asked; with --force, replaced whole or not at all.
  if (existsSync(target) && !a.force) {
    err(t('publish.exists', { file: target }));
    return 2;
  }
  try {
    const { text } = await importDocx(new Uint8Array(readFileBytes(a.file, MAX_DOCX_BYTES, t)));
    writeFileAtomic(target, text, { create: true });
  } catch (e) {
    err(t('publish.failed', { file: a.file, message: e instanceof NotDocxError ? t('publish.notDocx') : e instanceof Error ? e.message : String(e) }));
    return 2;
  }
  out(t('publish.imported', { file: target }));
  return 0;
}

// Run as a program (not when a test imports it).
if (require.main === module) void runImport(process.argv.slice(2)).then((code) => (process.exitCode = code));
