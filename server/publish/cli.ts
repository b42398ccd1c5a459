// What the two command-line tools around the Word export and import share (cli-export.ts and
// cli-import.ts, bundled apart as dist/notice-export.js and dist/notice-import.js: package.json
// `bin`). The work is done by export.ts and import.ts.
//   notice-export FILE [-o OUT.docx] [--locale zh|en]
//   notice-import FILE.docx [-o OUT.notice] [--force] [--locale zh|en]
// Exit code 0 when done, 2 for a usage error or a file that could not be read or written.
import { basename, dirname, extname, join } from 'node:path';
import { normalizeLocale, translator, type Translator } from '../l10n/index.js';

export interface Args {
  file?: string;
  out?: string;
  force: boolean;
  help: boolean;
  t: Translator;
}

export function parseArgs(argv: string[]): Args | undefined {
  const a: Args = { force: false, help: false, t: translator('zh') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-o' || arg === '--out') a.out = argv[++i];
    else if (arg === '--force' || arg === '-f') a.force = true;
    else if (arg === '--locale') a.t = translator(normalizeLocale(argv[++i]));
    else if (arg.startsWith('--locale=')) a.t = translator(normalizeLocale(arg.slice(9)));
    else if (arg === '-h' || arg === '--help') a.help = true;
    else if (arg.startsWith('-') || a.file !== undefined) return undefined;
    else a.file = arg;
  }
  return a;
}

/** Next to the input, with the other extension. */
export const beside = (file: string, ext: string) => join(dirname(file), basename(file, extname(file)) + ext);

export const utf8 = new TextDecoder('utf-8', { fatal: true });
