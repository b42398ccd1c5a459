// Quick fixes: the fixes rules attached to their findings, for the findings that touch the
// requested range; and `source.fixAll.notice`: every preferred fix whose edits do not overlap.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../engine.js';
import type { PositionMapper } from '../positions.js';
import type { RuleResult, TextEdit } from '../rules/types.js';
import { toDiagnostics } from './diagnostics.js';
import { translator, type Translator } from '../l10n/index.js';
import { ignoreFileEdit, ignoreLineEdit } from './ignoreDirectives.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.notice`;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function lspEdits(edits: TextEdit[], pos: PositionMapper) {
  return edits.map((e) => ({ range: pos.range(e.span), newText: e.newText }));
}

export function codeActions(
  analysis: Analysis,
  pos: PositionMapper,
  uri: string,
  range: Range,
  only?: string[],
  t: Translator = translator('zh'),
): CodeAction[] {
  const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k === CodeActionKind.QuickFix);
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k)) ?? false;
  const actions: CodeAction[] = [];
  const diagnostics = toDiagnostics(analysis, pos, uri);
  const span = { start: pos.offsetAt(range.start), end: pos.offsetAt(range.end) };
  if (wantsQuickFix) {
    analysis.results.forEach((r, i) => {
      if (!overlaps(r.span, span)) return;
      for (const fix of r.fixes ?? []) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostics[i]],
          isPreferred: fix.preferred,
          edit: { changes: { [uri]: lspEdits(fix.edits, pos) } },
        });
      }
      // Every diagnostic can be silenced by a directive comment, for its line or the whole file.
      for (const [title, edit] of [
        [t('action.ignoreLine', { rule: r.rule }), ignoreLineEdit(analysis.doc, r)],
        [t('action.ignoreFile', { rule: r.rule }), ignoreFileEdit(analysis.doc, r.rule)],
      ] as const) {
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostics[i]], edit: { changes: { [uri]: lspEdits([edit], pos) } } });
      }
    });
  }
  if (wantsFixAll) {
    const all = fixAllEdits(analysis.results);
    if (all.length > 0) {
      actions.push({ title: t('action.fixAll'), kind: FIX_ALL_KIND, edit: { changes: { [uri]: lspEdits(all, pos) } } });
    }
  }
  return actions;
}

/** The preferred fix of every finding, skipping any whose edits overlap an edit already taken. */
export function fixAllEdits(results: RuleResult[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const r of results) {
    const fix = r.fixes?.find((f) => f.preferred);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => e.span.start < t.span.end && t.span.start < e.span.end))) continue;
    for (const e of fix.edits) if (!taken.some((t) => t.span.start === e.span.start && t.span.end === e.span.end)) taken.push(e);
  }
  return taken.sort((a, b) => a.span.start - b.span.start);
}

/** Apply offset edits to a text (for tests and the CLI's --fix). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

export type { Diagnostic };
