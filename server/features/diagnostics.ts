// Rule results → LSP diagnostics (code = rule id, source = "notice").
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../engine.js';
import type { PositionMapper } from '../positions.js';
import type { Severity } from '../rules/types.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Where each rule's page lives: docs/rules/<id>.md shipped beside dist/ (the bundles run from
 * dist/, so `__dirname/../docs/rules`). Worked out once: it is fixed for the process, and
 * every publish of every keystroke asks for it.
 */
let docsBaseCache: string | undefined;
function ruleDocsBase(): string {
  if (docsBaseCache === undefined) {
    const dir = typeof __dirname === 'string' ? join(__dirname, '..', 'docs', 'rules') : join(process.cwd(), 'docs', 'rules');
    docsBaseCache = pathToFileURL(dir).href + '/';
  }
  return docsBaseCache;
}

export function toDiagnostics(analysis: Analysis, pos: PositionMapper, uri?: string, docsBase = ruleDocsBase()): Diagnostic[] {
  return analysis.results.map((r) => {
    const d: Diagnostic = {
      range: pos.range(r.span),
      severity: SEVERITY[r.severity],
      code: r.rule,
      codeDescription: { href: `${docsBase}${r.rule}.md` },
      source: 'notice',
      message: r.message,
    };
    if (r.related && r.related.length > 0 && uri !== undefined) {
      d.relatedInformation = r.related.map((rel) => ({ location: { uri, range: pos.range(rel.span) }, message: rel.message }));
    }
    return d;
  });
}
