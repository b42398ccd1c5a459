// What the two command-line tools around the Word export and import share (cli-export.ts and
// cli-import.ts, bundled apart as dist/notice-export.js and dist/notice-import.js: package.json
// `bin`). The work is done by export.ts and import.ts; files are read and written through
// ../files.ts (size caps, atomic writes).
//   notice-export FILE [-o OUT.docx] [--locale zh|en]
//   notice-import FILE.docx [-o OUT.notice] [--force] [--locale zh|en]
// Exit code 0 when done, 2 for a usage error or a file that could not be read or written.
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs as parseNodeArgs } from 'node:util';
import { localeFrom, translator, type Translator } from '../l10n/index.js';

export interface Args {
  file?: string;
  out?: string;
  force: boolean;
  help: boolean;
  /** An unknown option or a second file: the usage is shown and the tool exits with 2. */
  usageError: boolean;
  t: Translator;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Args {
  const t = translator(localeFrom(argv, env));
  try {
    const { values, positionals } = parseNodeArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean', short: 'f' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const usageError = positionals.length > 1;
    return { file: positionals[0], out: values.out, force: values.force ?? false, help: values.help ?? false, usageError, t };
  } catch {
    return { force: false, help: false, usageError: true, t };
  }
}

/** Next to the input, with the other extension. */
export const beside = (file: string, ext: string) => join(dirname(file), basename(file, extname(file)) + ext);
