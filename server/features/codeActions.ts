// Quick fixes: the fixes rules attached to their findings, for the findings that touch the
// requested range; and `source.fixAll.notice`: every preferred fix whose edits do not overlap.
//
// A fix's edits can grow with the document (renumber the rest of a sequence), so an editor
// that resolves code actions (`codeAction/resolve`, as VS Code does) gets the list without
// edits and asks for the edits of the one the writer picks (`resolveCodeAction`).
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../engine.js';
import type { PositionMapper } from '../positions.js';
import type { RuleResult, TextEdit } from '../rules/types.js';
import { toDiagnostics } from './diagnostics.js';
import { translator, type Translator } from '../l10n/index.js';
import { ignoreFileEdit, ignoreLineEdits } from './ignoreDirectives.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.notice`;

/** Which fix of which finding a quick fix is: what `codeAction/resolve` gets back. */
export interface QuickFixData {
  uri: string;
  version: number;
  /** Index of the finding in `analysis.results`, and its rule and start (checked on resolve). */
  result: number;
  rule: string;
  start: number;
  /** Index in the finding's `fixes`, or `ignoreLine` / `ignoreFile`. */
  fix: number | 'ignoreLine' | 'ignoreFile';
}

/** Without resolve, at most this many edits in one answer: a fix past it is not offered. */
const EAGER_EDIT_BUDGET = 200_000;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function lspEdits(edits: TextEdit[], pos: PositionMapper) {
  return edits.map((e) => ({ range: pos.range(e.span), newText: e.newText }));
}

/** The offset edits of one quick fix; undefined when the finding or fix is not there (any more). */
function quickFixEdits(analysis: Analysis, data: QuickFixData): TextEdit[] | undefined {
  const r = analysis.results[data.result];
  if (!r || r.rule !== data.rule || r.span.start !== data.start) return undefined;
  if (data.fix === 'ignoreLine') return ignoreLineEdits(analysis.doc, r);
  if (data.fix === 'ignoreFile') return [ignoreFileEdit(analysis.doc, r.rule)];
  return r.fixes?.[data.fix]?.edits;
}

export interface CodeActionOptions {
  /** The client resolves actions: send them without edits, with `data` for `resolveCodeAction`. */
  resolve?: boolean;
  /** The document version the analysis is of (kept in `data`). */
  version?: number;
  /** Stop early (a cancelled request): checked between findings. */
  cancelled?: () => boolean;
}

export function codeActions(
  analysis: Analysis,
  pos: PositionMapper,
  uri: string,
  range: Range,
  only?: string[],
  t: Translator = translator('zh'),
  options: CodeActionOptions = {},
): CodeAction[] {
  const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k === CodeActionKind.QuickFix);
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k)) ?? false;
  const actions: CodeAction[] = [];
  const span = { start: pos.offsetAt(range.start), end: pos.offsetAt(range.end) };
  if (wantsQuickFix) {
    // Only the findings in the range become diagnostics here (not the whole document's).
    const touching = analysis.results.flatMap((r, i) => (overlaps(r.span, span) ? [i] : []));
    const diagnostics = toDiagnostics({ ...analysis, results: touching.map((i) => analysis.results[i]) }, pos, uri);
    let budget = EAGER_EDIT_BUDGET;
    touching.forEach((i, k) => {
      if (options.cancelled?.()) return;
      const r = analysis.results[i];
      const offer = (title: string, fix: QuickFixData['fix'], isPreferred?: boolean, size?: number) => {
        const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostics[k]] };
        if (isPreferred !== undefined) action.isPreferred = isPreferred;
        const data: QuickFixData = { uri, version: options.version ?? 0, result: i, rule: r.rule, start: r.span.start, fix };
        if (options.resolve) action.data = data;
        else {
          // A fix that would not fit is not even computed (its size is known beforehand).
          if (size !== undefined && size > budget) return;
          const edits = quickFixEdits(analysis, data) ?? [];
          if (edits.length > budget) return;
          budget -= edits.length;
          action.edit = { changes: { [uri]: lspEdits(edits, pos) } };
        }
        actions.push(action);
      };
      (r.fixes ?? []).forEach((fix, n) => offer(fix.title, n, fix.preferred, fix.size));
      // Every diagnostic can be silenced by a directive comment, for its line or the whole file.
      offer(t('action.ignoreLine', { rule: r.rule }), 'ignoreLine');
      offer(t('action.ignoreFile', { rule: r.rule }), 'ignoreFile');
    });
  }
  if (wantsFixAll && !options.cancelled?.()) {
    const all = fixAllEdits(analysis.results);
    if (all.length > 0) {
      actions.push({ title: t('action.fixAll'), kind: FIX_ALL_KIND, edit: { changes: { [uri]: lspEdits(all, pos) } } });
    }
  }
  return actions;
}

/** The action with its edits (`codeAction/resolve`); unchanged when its finding is gone. */
export function resolveCodeAction(action: CodeAction, analysis: Analysis, pos: PositionMapper): CodeAction {
  const data = action.data as QuickFixData | undefined;
  if (!data || typeof data.uri !== 'string' || typeof data.result !== 'number') return action;
  const edits = quickFixEdits(analysis, data);
  return edits ? { ...action, edit: { changes: { [data.uri]: lspEdits(edits, pos) } } } : action;
}

/**
 * The preferred fix of every finding, skipping any whose edits overlap an edit already taken.
 * Each fix's edits are read once; what is taken is marked per character (and per insertion
 * point), so the whole costs the edits' size, not fixes × edits taken.
 */
export function fixAllEdits(results: RuleResult[]): TextEdit[] {
  const fixes: TextEdit[][] = [];
  let size = 0;
  for (const r of results) {
    const fix = r.fixes?.find((f) => f.preferred);
    if (!fix) continue;
    const edits = fix.edits;
    fixes.push(edits);
    for (const e of edits) size = Math.max(size, e.span.end);
  }
  // owner[c]: 1 + the index of the taken edit that replaces character c (0: none).
  const owner = new Int32Array(size + 1);
  const inserted = new Uint8Array(size + 1);
  const taken: TextEdit[] = [];
  const clashes = (e: TextEdit) => {
    const { start, end } = e.span;
    if (start === end) return start > 0 && owner[start - 1] !== 0 && owner[start - 1] === owner[start];
    for (let c = start; c < end; c++) if (owner[c] !== 0 || (c > start && inserted[c])) return true;
    return false;
  };
  for (const edits of fixes) {
    if (edits.some(clashes)) continue;
    for (const e of edits) {
      const { start, end } = e.span;
      if (start === end) {
        if (inserted[start]) continue; // the same insertion point twice: the first one stands
        inserted[start] = 1;
      } else if (owner[start] !== 0) continue; // an edit of this fix already took these characters
      taken.push(e);
      for (let c = start; c < end; c++) owner[c] = taken.length;
    }
  }
  return taken.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Apply offset edits to a text in one pass (for tests, the CLI's --fix and the formatter).
 * Edits must not overlap; at one offset, insertions go in the reverse order of the list (as
 * applying them one after another from the end would). An edit overlapping an earlier one in
 * the text is skipped: the text under it stays as it was.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.span.start - b.e.span.start || (a.e.span.end === a.e.span.start ? 0 : 1) - (b.e.span.end === b.e.span.start ? 0 : 1) || b.i - a.i);
  const parts: string[] = [];
  let at = 0;
  for (const { e } of sorted) {
    if (e.span.start < at || e.span.end > text.length || e.span.end < e.span.start) continue;
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export type { Diagnostic };
