// Rule results → LSP diagnostics (code = rule id, source = "notice").
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../engine.js';
import { RULE_DOCS_BASE } from '../project.js';
import type { PositionMapper } from '../positions.js';
import type { Severity } from '../rules/types.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Where each rule's page lives: docs/rules/<id>.md on the project's public repository
 * (package.json `repository`), so the link works wherever the extension or the CLI runs.
 */
export function ruleDocsBase(): string {
  return RULE_DOCS_BASE;
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
