// notice-lint: the engine in batch, as CI users expect a linter to behave (markdownlint-cli2,
// ESLint): files, directories and quoted globs; .gitignore and .noticeignore; stdin with `-`;
// --quiet, --max-warnings, -o; text, JSON or SARIF; --fix. `notice-lint --help` lists it all.
// Many files are checked in worker threads (one per core); the output keeps the file order.
// Exit code: 0 when no diagnostic is an error and the warnings are within --max-warnings, 1
// otherwise, 2 for bad usage, an unreadable file or a config problem (named on stderr; the
// other files are still checked).
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { analyze } from './engine.js';
import { applyEdits, fixAllEdits } from './features/codeActions.js';
import { toDiagnostics } from './features/diagnostics.js';
import { documentSymbols } from './features/documentSymbols.js';
import { formatText } from './features/formatting.js';
import { collectFiles } from './fileArgs.js';
import { decodeNotice, readNotice, writeFileAtomic } from './files.js';
import { localeFrom, normalizeLocale, translator, type Locale, type Translator } from './l10n/index.js';
import { PositionMapper } from './positions.js';
import { ConfigError, ConfigResolver, readConfigFile, settingsFor, type NoticeConfig } from './config.js';
import { RULE_DOCS_BASE, VERSION } from './project.js';
import type { EngineSettings } from './rules/types.js';
import { sarifLog } from './sarif.js';

type Format = 'text' | 'json' | 'sarif';

/** Every option (the help text lists each; a test checks that it does). */
export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  outline: { type: 'boolean' },
  fix: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'stdin-filename': { type: 'string' },
  'no-ignore': { type: 'boolean' },
  locale: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options'];

interface Options {
  format: Format;
  outline: boolean;
  /** Apply the safe fixes and the formatter to each file, writing it back, before the report. */
  fix: boolean;
  /** Report errors only. */
  quiet: boolean;
  maxWarnings?: number;
  output?: string;
  config?: string;
  stdinFilename?: string;
  ignore: boolean;
  locale: Locale;
  /** Worker threads to use; default: one per core when there are many files. */
  jobs?: number;
  help: boolean;
  version: boolean;
  paths: string[];
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  outline: DocumentSymbol[];
}

class UsageError extends Error {}

function readOptions(argv: string[], t: Translator, locale: Locale): Options {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // parseArgs says which option in English ("Option '-f, --format <value>' argument missing").
    const message = (e as Error).message;
    const option = /--[\w-]+/.exec(message)?.[0] ?? /'([^']+)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(t('cli.missingValue', { option }));
    throw new UsageError(t('cli.unknownOption', { option }));
  }
  const v = parsed.values;
  const count = (name: string, value: string | undefined, min: number) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min) throw new UsageError(t('cli.badNumber', { option: `--${name}`, value, min }));
    return n;
  };
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(t('cli.badFormat', { format }));
  if (v.locale !== undefined && !/^(zh|en)/i.test(v.locale)) throw new UsageError(t('cli.badLocale', { locale: v.locale }));
  const o: Options = {
    format,
    outline: v.outline ?? false,
    fix: v.fix ?? false,
    quiet: v.quiet ?? false,
    maxWarnings: count('max-warnings', v['max-warnings'], 0),
    output: v.output,
    config: v.config,
    stdinFilename: v['stdin-filename'],
    ignore: !v['no-ignore'],
    locale,
    jobs: count('jobs', v.jobs, 1),
    help: v.help ?? false,
    version: v.version ?? false,
    paths: parsed.positionals,
  };
  if (o.fix && o.paths.includes('-')) throw new UsageError(t('cli.fixStdin'));
  if (o.stdinFilename !== undefined && !o.paths.includes('-')) throw new UsageError(t('cli.stdinFilenameAlone'));
  return o;
}

export function lintText(file: string, text: string, settings: EngineSettings): FileResult & { rulesSkipped?: { chars: number; limit: number } } {
  const analysis = analyze(text, settings);
  const pos = new PositionMapper(text, analysis.doc.lineStarts);
  // relatedInformation (e.g. the previous item of a numbering slip) points into the same file.
  const uri = pathToFileURL(resolve(file)).href;
  const r = { file, diagnostics: toDiagnostics(analysis, pos, uri), outline: documentSymbols(analysis.doc, pos) };
  return analysis.rulesSkipped ? { ...r, rulesSkipped: analysis.rulesSkipped } : r;
}

/** Fix passes at most: a fix can reveal the next (a renumbered run ends where another starts). */
const FIX_PASSES = 5;

/**
 * What `--fix` makes of a text: the fixes the editor's "fix all" applies (each finding's
 * preferred fix: renumbering, safe count corrections, punctuation …), repeated while they
 * change something, then the formatter with its default settings.
 */
export function fixText(text: string, settings: EngineSettings): string {
  let out = text;
  for (let pass = 0; pass < FIX_PASSES; pass++) {
    const edits = fixAllEdits(analyze(out, settings).results);
    const next = edits.length > 0 ? applyEdits(out, edits) : out;
    if (next === out) break;
    out = next;
  }
  return formatText(out);
}

/** One file checked: its result, and what to say on stderr about it (unreadable, unwritable, too large). */
interface FileOutcome {
  result?: FileResult;
  messages: string[];
  failed?: boolean;
}

/** Check one text; with `fix`, fix it first and write it back through `write`. */
function lintSource(file: string, text: string, settings: EngineSettings, fix: boolean): FileOutcome {
  const t = translator(settings.locale);
  const out: FileOutcome = { messages: [] };
  if (fix) {
    const fixed = fixText(text, settings);
    if (fixed !== text) {
      try {
        writeFileAtomic(file, fixed);
        text = fixed;
      } catch (e) {
        out.messages.push(t('cli.unwritable', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
        out.failed = true;
      }
    }
  }
  const { rulesSkipped, ...result } = lintText(file, text, settings);
  if (rulesSkipped) out.messages.push(t('cli.rulesSkipped', { file, ...rulesSkipped }));
  out.result = result;
  return out;
}

/** Read, fix when asked (writing the file back), and check one file. */
function lintFile(file: string, settings: EngineSettings, fix: boolean): FileOutcome {
  let text: string;
  try {
    text = readNotice(file, translator(settings.locale));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { messages: [translator(settings.locale)('cli.unreadable', { file, reason })], failed: true };
  }
  return lintSource(file, text, settings, fix);
}

/** Files per message between the main thread and a worker. */
const BATCH = 8;

/** A file to check and its settings (its config is resolved in the main thread). */
interface Work {
  file: string;
  settings: EngineSettings;
  fix: boolean;
}

/** Check `work` in `jobs` worker threads; outcomes come back in the order of `work`. */
function lintInWorkers(work: Work[], jobs: number): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(work.length);
  let next = 0;
  let running = jobs;
  return new Promise((resolve) => {
    const done = () => {
      if (--running > 0) return;
      // Files left by workers that died are checked here: never lost, never silent.
      for (let i = 0; i < work.length; i++) outcomes[i] ??= lintFile(work[i].file, work[i].settings, work[i].fix);
      resolve(outcomes);
    };
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(__filename, { workerData: { noticeLintWorker: true } });
      const feed = () => {
        if (next >= work.length) {
          void w.terminate().then(done);
          return;
        }
        const from = next;
        next = Math.min(work.length, next + BATCH);
        w.postMessage({ from, work: work.slice(from, next) });
      };
      w.on('message', (m: { from: number; outcomes: FileOutcome[] }) => {
        m.outcomes.forEach((o, k) => (outcomes[m.from + k] = o));
        feed();
      });
      w.once('error', done);
      feed();
    }
  });
}

const SEVERITY_NAME = ['', 'error', 'warning', 'information', 'hint'] as const;

/** The text report of `results` as shown (only errors under --quiet); the summary counts `all` the findings. */
function textReport(results: FileResult[], all: FileResult[], o: Options, t: Translator): string {
  const lines: string[] = [];
  for (const r of results) {
    if (o.outline) {
      lines.push(`${r.file}:`);
      const walk = (symbols: DocumentSymbol[], depth: number) => {
        for (const s of symbols) {
          lines.push(`${'  '.repeat(depth + 1)}${s.name}  (${s.selectionRange.start.line + 1})`);
          walk(s.children ?? [], depth + 1);
        }
      };
      walk(r.outline, 0);
    }
    for (const d of r.diagnostics) {
      const sev = SEVERITY_NAME[d.severity ?? 1];
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${t(`severity.${sev}`)} ${d.message} [${d.code}]`);
    }
  }
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of all.flatMap((r) => r.diagnostics)) counts[SEVERITY_NAME[d.severity ?? 1]]++;
  const summary = t('cli.summary', { files: all.length, errors: counts.error, warnings: counts.warning, infos: counts.information + counts.hint });
  // Under --quiet the summary still says what was hidden, and that it was.
  lines.push(o.quiet ? summary + t('cli.quietNote') : summary);
  return lines.join('\n') + '\n';
}

/** Everything standard input holds (`-`). */
function readStdin(): Buffer {
  return readFileSync(0);
}

export async function main(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  env: NodeJS.ProcessEnv = process.env,
  stdin: () => Buffer = readStdin,
): Promise<number> {
  const locale = localeFrom(argv, env);
  let t = translator(locale);
  let o: Options;
  try {
    o = readOptions(argv, t, locale);
  } catch (e) {
    err((e as Error).message + '\n' + t('cli.usage') + '\n');
    return 2;
  }
  t = translator(o.locale);
  if (o.help) {
    out(t('cli.help', { version: VERSION, docs: RULE_DOCS_BASE }) + '\n');
    return 0;
  }
  if (o.version) {
    out(VERSION + '\n');
    return 0;
  }
  if (o.paths.length === 0) {
    err(t('cli.usage') + '\n');
    return 2;
  }
  // The config: `--config` for every file, else the nearest .noticerc.json above each file.
  // An unreadable config stops the run; an invalid entry is named and skipped (exit code 2).
  let status = 0;
  const reported = new Set<string>();
  const reportProblems = (file: string, problems: string[]) => {
    for (const problem of problems) {
      if (reported.has(file + problem)) continue;
      reported.add(file + problem);
      err(t('config.problem', { file, problem }) + '\n');
      status = 2;
    }
  };
  let fixed: NoticeConfig | undefined;
  if (o.config) {
    try {
      const r = readConfigFile(o.config, t);
      reportProblems(o.config, r.problems);
      fixed = r.config;
    } catch (e) {
      err((e instanceof ConfigError ? e.message : t('cli.unreadable', { file: o.config, reason: String(e) })) + '\n');
      return 2;
    }
  }
  const resolver = new ConfigResolver(() => t);
  const settingsOf = (file: string): EngineSettings => {
    if (fixed) return settingsFor({}, fixed, o.locale);
    const r = resolver.forFile(file);
    if (r.file) reportProblems(r.file, r.problems);
    return settingsFor({}, r.config, o.locale);
  };
  const { files, stdin: readsStdin, missing, ignored, ignoredNamed } = collectFiles(o.paths, { ignore: o.ignore });
  for (const file of ignoredNamed) err(t('cli.ignoredNamed', { file }) + '\n');
  for (const m of missing) {
    err(t('cli.unreadable', { file: m.path, reason: m.reason }) + '\n');
    status = 2;
  }
  // Nothing to check is bad usage, unless the ignore files left it out (a pre-commit hook given
  // only ignored files passes).
  if (files.length === 0 && !readsStdin && missing.length === 0 && ignored === 0) {
    err(t('cli.noFiles', { paths: o.paths.join(', ') }) + '\n');
    return 2;
  }
  const jobs = Math.min(o.jobs ?? (files.length >= 2 * BATCH ? availableParallelism() : 1), Math.ceil(files.length / BATCH));
  const work = files.map((file) => ({ file, settings: settingsOf(file), fix: o.fix }));
  const outcomes = jobs > 1 ? await lintInWorkers(work, jobs) : work.map((w) => lintFile(w.file, w.settings, w.fix));
  if (readsStdin) {
    // Named by --stdin-filename (its config is looked up from there), else `<stdin>` in the working folder.
    const name = o.stdinFilename ?? '<stdin>';
    try {
      outcomes.push(lintSource(name, decodeNotice(stdin(), translator(o.locale)), settingsOf(resolve(name)), false));
    } catch (e) {
      outcomes.push({ messages: [t('cli.unreadable', { file: name, reason: (e as Error).message })], failed: true });
    }
  }
  const results: FileResult[] = [];
  for (const r of outcomes) {
    for (const m of r.messages) err(m + '\n');
    if (r.failed) status = 2;
    if (r.result) results.push(r.result);
  }
  // Counted before --quiet hides them: a quiet CI log still fails on too many warnings.
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 1).length;
  const warnings = all.filter((d) => d.severity === 2).length;
  const shown = o.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 1) })) : results;
  const report =
    o.format === 'json'
      ? JSON.stringify(shown, null, 2) + '\n'
      : o.format === 'sarif'
        ? JSON.stringify(sarifLog(shown, t, o.locale), null, 2) + '\n'
        : textReport(shown, results, o, t);
  if (o.output) {
    try {
      writeFileSync(o.output, report, 'utf8'); // a report of ours, not the writer's text
    } catch (e) {
      err(t('cli.unwritable', { file: o.output, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }) + '\n');
      return 2;
    }
  } else out(report);
  const tooManyWarnings = o.maxWarnings !== undefined && warnings > o.maxWarnings;
  if (tooManyWarnings) err(t('cli.tooManyWarnings', { warnings, max: o.maxWarnings! }) + '\n');
  return status === 2 ? 2 : errors > 0 || tooManyWarnings ? 1 : 0;
}

if (!isMainThread && (workerData as { noticeLintWorker?: boolean } | null)?.noticeLintWorker) {
  parentPort!.on('message', (m: { from: number; work: Work[] }) => {
    parentPort!.postMessage({ from: m.from, outcomes: m.work.map((w) => lintFile(w.file, w.settings, w.fix)) });
  });
} else if (require.main === module) {
  const chunks: string[] = [];
  void main(process.argv.slice(2), (s) => chunks.push(s), (s) => process.stderr.write(s)).then((code) => {
    // Write all at once and exit when stdout has drained (large JSON output through a pipe).
    process.stdout.write(chunks.join(''), () => process.exit(code));
  });
}
