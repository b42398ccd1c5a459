// `notice-export FILE [-o OUT.docx] [--locale zh|en]`: a notice as a Word document in 公文 format.
import { parseNotice } from '../../grammar/index.js';
import { readNotice, writeFileAtomic } from '../files.js';
import { beside, parseArgs } from './cli.js';
import { exportDocx } from './export.js';

export async function runExport(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  const a = parseArgs(argv);
  const { t } = a;
  if (a.usageError || a.help || !a.file) {
    const help = a.help && !a.usageError;
    (help ? out : err)(t('publish.usageExport'));
    return help ? 0 : 2;
  }
  const target = a.out ?? beside(a.file, '.docx');
  try {
    const text = readNotice(a.file, t);
    // Atomic: a .docx the writer already has is replaced whole or not at all.
    writeFileAtomic(target, await exportDocx(parseNotice(text)), { create: true });
  } catch (e) {
    err(t('publish.failed', { file: a.file, message: e instanceof Error ? e.message : String(e) }));
    return 2;
  }
  out(t('publish.exported', { file: target }));
  return 0;
}

// Run as a program (not when a test imports it).
if (require.main === module) void runExport(process.argv.slice(2)).then((code) => (process.exitCode = code));
