// notice-lint: the engine in batch.
//   notice-lint [--format text|json|sarif] [--outline] [--fix] [--config file] [--locale zh|en] <file|dir>...
// Exit code: 0 when no diagnostic has error severity, 1 when one does, 2 for bad usage or an
// unreadable file (named in a message on stderr; the other files are still checked).
import { readFileSync, statSync, writeFileSync } from 'node:fs';

import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { looksLikeNotice } from './detect.js';
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
        if (f.toLowerCase().endsWith('.notice')) files.push(f);
        else {
          try {
            if (looksLikeNotice(readFileSync(f, 'utf8').slice(0, 4000))) files.push(f);
          } catch {
            files.push(f); // reported as unreadable below
          }
        }
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
  const buf = readFileSync(file);
  if (buf.subarray(0, 8000).includes(0)) throw new Error(translator(locale)('cli.binary'));
  try {
    return utf8.decode(buf);
  } catch {
    throw new Error(translator(locale)('cli.notUtf8'));
  }
}

export function lintText(file: string, text: string, settings: EngineSettings): FileResult {
  const analysis = analyze(text, settings);
  const pos = new PositionMapper(text, analysis.doc.lineStarts);
  return { file, diagnostics: toDiagnostics(analysis, pos), outline: documentSymbols(analysis.doc, pos) };
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

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
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
  const results: FileResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readText(file, o.locale);
    } catch (e) {
      err(t('cli.unreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }) + '\n');
      status = 2;
      continue;
    }
    if (o.fix) {
      const formatted = formatText(text);
      if (formatted !== text) {
        try {
          writeFileSync(file, formatted, 'utf8');
          text = formatted;
        } catch (e) {
          err(t('cli.unwritable', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }) + '\n');
          status = 2;
        }
      }
    }
    results.push(lintText(file, text, settingsOf(file)));
  }
  if (o.format === 'json') out(JSON.stringify(results, null, 2) + '\n');
  else if (o.format === 'sarif') out(sarifReport(results));
  else out(textReport(results, o, t));
  const hasError = results.some((r) => r.diagnostics.some((d) => d.severity === 1));
  return status === 2 ? 2 : hasError ? 1 : 0;
}

if (require.main === module) {
  const chunks: string[] = [];
  const code = main(process.argv.slice(2), (s) => chunks.push(s), (s) => process.stderr.write(s));
  // Write all at once and exit when stdout has drained (large JSON output through a pipe).
  process.stdout.write(chunks.join(''), () => process.exit(code));
}

