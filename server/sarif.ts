// SARIF 2.1.0 for code scanning (GitHub and others): the tool with its version and every
// registered rule (descriptions, the rule page, default level), each result pointing at its
// rule by index; columns are UTF-16 code units, as the LSP ranges they come from.
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Translator } from './l10n/index.js';
import { ruleDescriptions } from './l10n/rules.js';
import { HOMEPAGE, ruleDocUrl, VERSION } from './project.js';
import type { Locale } from './l10n/index.js';
import { rules } from './rules/registry.js';
import type { Severity } from './rules/types.js';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const levelOf = (severity?: number): Level => (severity === 1 ? 'error' : severity === 2 ? 'warning' : 'note');

/** A file's URI relative to the working folder (SRCROOT), or its file URL when it lies outside. */
function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, resolve(cwd, file));
  if (rel.startsWith('..') || resolve(rel) === rel) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

export function sarifLog(results: { file: string; diagnostics: Diagnostic[] }[], t: Translator, locale: Locale, cwd = process.cwd()): Log {
  const driverRules: ReportingDescriptor[] = rules.map((r) => {
    const short = ruleDescriptions[r.id]?.[locale] ?? r.id;
    const help = ruleDocUrl(r.id);
    return {
      id: r.id,
      shortDescription: { text: short },
      fullDescription: { text: t('cli.sarifFullDescription', { description: short, url: help }) },
      helpUri: help,
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { tags: r.tags },
    };
  });
  const index = new Map(driverRules.map((r, i) => [r.id, i]));
  const out: Result[] = [];
  for (const r of results) {
    const artifactLocation = artifactUri(r.file, cwd);
    for (const d of r.diagnostics) {
      const region = (range: Diagnostic['range']) => ({
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      });
      const result: Result = {
        ruleId: String(d.code),
        ruleIndex: index.get(String(d.code)),
        level: levelOf(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(d.range) } }],
      };
      if (d.relatedInformation?.length) {
        result.relatedLocations = d.relatedInformation.map(
          (rel, id): Location => ({ id, message: { text: rel.message }, physicalLocation: { artifactLocation, region: region(rel.location.range) } }),
        );
      }
      out.push(result);
    }
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'notice-lint', version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules: driverRules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
}
