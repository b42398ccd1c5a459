// `notice-export FILE [-o OUT.docx] [--locale zh|en]`: a notice as a Word document in 公文 format.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseNotice } from '../../grammar/index.js';
import { translator } from '../l10n/index.js';
import { beside, parseArgs, utf8 } from './cli.js';
import { exportDocx } from './export.js';

export async function runExport(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  const a = parseArgs(argv);
  const t = a?.t ?? translator('zh');
  if (!a || a.help || !a.file) {
    (a?.help ? out : err)(t('publish.usageExport'));
    return a?.help ? 0 : 2;
  }
  const target = a.out ?? beside(a.file, '.docx');
  try {
    const text = utf8.decode(readFileSync(a.file));
    writeFileSync(target, await exportDocx(parseNotice(text)));
  } catch (e) {
    err(t('publish.failed', { file: a.file, message: e instanceof Error ? e.message : String(e) }));
    return 2;
  }
  out(t('publish.exported', { file: target }));
  return 0;
}

// Run as a program (not when a test imports it).
if (require.main === module) void runExport(process.argv.slice(2)).then((code) => (process.exitCode = code));
