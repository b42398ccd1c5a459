// notice-lint: the engine in batch.
//   notice-lint [--format text|json|sarif] [--outline] [--fix] [--config file] [--locale zh|en] [--jobs n] <file|dir>...
// Many files are checked in worker threads (one per core); the output keeps the file order.
// Exit code: 0 when no diagnostic has error severity, 1 when one does, 2 for bad usage or an
// unreadable file (named in a message on stderr; the other files are still checked).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { fileLooksLikeNotice } from './detect.js';
import { MAX_NOTICE_BYTES, readFileBytes, writeFileAtomic } from './files.js';
import { analyze } from './engine.js';
import { toDiagnostics } from './features/diagnostics.js';
import { documentSymbols } from './features/documentSymbols.js';
import { formatText } from './features/formatting.js';
import { translator, type Locale, type Translator } from './l10n/index.js';
import { PositionMapper } from './positions.js';
import { ConfigError, ConfigResolver, readConfigFile, settingsFor, type NoticeConfig } from './config.js';
import type { EngineSettings } from './rules/types.js';
import { findNoticeFiles } from './workspaceIndex.js';

type Format = 'text' | 'json' | 'sarif';

interface Options {
  format: Format;
  outline: boolean;
  /** Format each file in place (the editor's formatter, default settings) before checking it. */
  fix: boolean;
  config?: string;
  locale: Locale;
  /** Worker threads to use; default: one per core when there are many files. */
  jobs?: number;
  paths: string[];
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  outline: DocumentSymbol[];
}

class UsageError extends Error {}

function parseArgs(argv: string[], t: Translator): Options & { help: boolean } {
  const o: Options & { help: boolean } = { format: 'text', outline: false, fix: false, locale: 'zh', paths: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(t('cli.usage'));
      return v;
    };
    switch (flag) {
      case '--format':
      case '-f': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(t('cli.badFormat', { format: f }));
        o.format = f;
        break;
      }
      case '--outline':
        o.outline = true;
        break;
      case '--fix':
        o.fix = true;
        break;
      case '--config':
      case '-c':
        o.config = value();
        break;
      case '--locale':
        o.locale = value().startsWith('en') ? 'en' : 'zh';
        break;
      case '--jobs':
      case '-j': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError(t('cli.usage'));
        o.jobs = n;
        break;
      }
      case '--help':
      case '-h':
        o.help = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(t('cli.unknownOption', { option: a }));
        o.paths.push(a);
    }
  }
  return o;
}

/** The files to check: files as given, and notice files found under directories. */
function expand(paths: string[]): { files: string[]; missing: { path: string; reason: string }[] } {
  const files: string[] = [];
  const missing: { path: string; reason: string }[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      missing.push({ path: p, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      continue;
    }
    if (st.isDirectory()) {
      for (const f of findNoticeFiles(p)) {
        if (fileLooksLikeNotice(f)) files.push(f);
      }
    } else {
      files.push(p);
    }
  }
  return { files, missing };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read a file as UTF-8 text; a binary or non-UTF-8 file is refused with a reason. */
export function readText(file: string, locale: Locale): string {
  const buf = readFileBytes(file, MAX_NOTICE_BYTES, translator(locale));
  if (buf.subarray(0, 8000).includes(0)) throw new Error(translator(locale)('cli.binary'));
  try {
    return utf8.decode(buf);
  } catch {
    throw new Error(translator(locale)('cli.notUtf8'));
  }
}

export function lintText(file: string, text: string, settings: EngineSettings): FileResult & { rulesSkipped?: { chars: number; limit: number } } {
  const analysis = analyze(text, settings);
  const pos = new PositionMapper(text, analysis.doc.lineStarts);
  // relatedInformation (e.g. the previous item of a numbering slip) points into the same file.
  const uri = pathToFileURL(resolve(file)).href;
  const r = { file, diagnostics: toDiagnostics(analysis, pos, uri), outline: documentSymbols(analysis.doc, pos) };
  return analysis.rulesSkipped ? { ...r, rulesSkipped: analysis.rulesSkipped } : r;
}

/** One file checked: its result, and what to say on stderr about it (unreadable, unwritable, too large). */
interface FileOutcome {
  result?: FileResult;
  messages: string[];
  failed?: boolean;
}

/** Read, format when `fix` (writing the file back), and check one file. */
function lintFile(file: string, settings: EngineSettings, fix: boolean): FileOutcome {
  const t = translator(settings.locale);
  const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  let text: string;
  try {
    text = readText(file, settings.locale);
  } catch (e) {
    return { messages: [t('cli.unreadable', { file, reason: reason(e) })], failed: true };
  }
  const out: FileOutcome = { messages: [] };
  if (fix) {
    const formatted = formatText(text);
    if (formatted !== text) {
      try {
        writeFileAtomic(file, formatted);
        text = formatted;
      } catch (e) {
        out.messages.push(t('cli.unwritable', { file, reason: reason(e) }));
        out.failed = true;
      }
    }
  }
  const { rulesSkipped, ...result } = lintText(file, text, settings);
  if (rulesSkipped) out.messages.push(t('cli.rulesSkipped', { file, ...rulesSkipped }));
  out.result = result;
  return out;
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

function textReport(results: FileResult[], o: Options, t: Translator): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
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
      counts[sev]++;
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${t(`severity.${sev}`)} ${d.message} [${d.code}]`);
    }
  }
  lines.push(
    t('cli.summary', { files: results.length, errors: counts.error, warnings: counts.warning, infos: counts.information + counts.hint }),
  );
  return lines.join('\n') + '\n';
}

function sarifReport(results: FileResult[]): string {
  const level = (s?: number) => (s === 1 ? 'error' : s === 2 ? 'warning' : 'note');
  const ruleIds = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => String(d.code))))].sort();
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'notice-lint', informationUri: 'https://www.npmjs.com/package/notice-tools', rules: ruleIds.map((id) => ({ id })) } },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: String(d.code),
            level: level(d.severity),
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.split('\\').join('/') },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let t = translator('zh');
  let o: ReturnType<typeof parseArgs>;
  try {
    o = parseArgs(argv, t);
  } catch (e) {
    err((e as Error).message + '\n' + t('cli.usage') + '\n');
    return 2;
  }
  t = translator(o.locale);
  if (o.help) {
    out(t('cli.usage') + '\n');
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
  const { files, missing } = expand(o.paths);
  for (const m of missing) {
    err(t('cli.unreadable', { file: m.path, reason: m.reason }) + '\n');
    status = 2;
  }
  if (files.length === 0 && missing.length === 0) {
    err(t('cli.noFiles', { paths: o.paths.join(', ') }) + '\n');
    return 2;
  }
  const jobs = Math.min(o.jobs ?? (files.length >= 2 * BATCH ? availableParallelism() : 1), Math.ceil(files.length / BATCH));
  const work = files.map((file) => ({ file, settings: settingsOf(file), fix: o.fix }));
  const outcomes = jobs > 1 ? await lintInWorkers(work, jobs) : work.map((w) => lintFile(w.file, w.settings, w.fix));
  const results: FileResult[] = [];
  for (const r of outcomes) {
    for (const m of r.messages) err(m + '\n');
    if (r.failed) status = 2;
    if (r.result) results.push(r.result);
  }
  if (o.format === 'json') out(JSON.stringify(results, null, 2) + '\n');
  else if (o.format === 'sarif') out(sarifReport(results));
  else out(textReport(results, o, t));
  const hasError = results.some((r) => r.diagnostics.some((d) => d.severity === 1));
  return status === 2 ? 2 : hasError ? 1 : 0;
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

