// What must hold for any text, however broken: the engine, every rule and every provider
// answer without throwing, every range lies inside the text, and fixes keep the writer's words.
import { expect } from 'vitest';
import type { Position, Range } from 'vscode-languageserver-types';
import { runRules, type Analysis } from '../../server/engine.js';
import { parseNotice } from '../../grammar/index.js';
import { applyEdits, codeActions, fixAllEdits, FIX_ALL_KIND } from '../../server/features/codeActions.js';
import { toDiagnostics } from '../../server/features/diagnostics.js';
import { documentSymbols } from '../../server/features/documentSymbols.js';
import { foldingRanges } from '../../server/features/folding.js';
import { selectionRanges } from '../../server/features/selectionRanges.js';
import { workspaceSymbols } from '../../server/features/workspaceSymbols.js';
import { PositionMapper } from '../../server/positions.js';
import { rules as allRules } from '../../server/rules/registry.js';
import type { Rule } from '../../server/rules/types.js';
import { settings } from '../helpers.js';

/** Lengths of the lines of `text` without their breaks (CRLF, CR and LF all count). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

export function expectPosition(p: Position, lines: number[], what: string): void {
  expect(p.line, what).toBeGreaterThanOrEqual(0);
  expect(p.line, what).toBeLessThan(lines.length);
  expect(p.character, what).toBeGreaterThanOrEqual(0);
  expect(p.character, what).toBeLessThanOrEqual(lines[p.line]);
}

export function expectRange(r: Range, lines: number[], what: string): void {
  expectPosition(r.start, lines, what);
  expectPosition(r.end, lines, what);
  expect(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), what).toBe(true);
}

/**
 * The writer's words: the text without numbers (Arabic, Chinese, circled), punctuation,
 * symbols, spaces and control characters — what a numbering, count or typography fix may
 * change. Fixes may add to it, never take from it.
 */
export function writerText(text: string): string {
  return text.replace(/[0-9０-９〇零一二两三四五六七八九十百千①-⑳㉑-㉟㊱-㊿\p{P}\p{S}\p{Z}\p{C}\s]/gu, '');
}

/** True when `a` is a subsequence of `b` (every character of `a`, in order, is in `b`). */
export function isSubsequence(a: string, b: string): boolean {
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    j = b.indexOf(a[i], j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

/** Analyse `text` with `rules` and check everything an editor would show. Returns the analysis. */
export function checkEverything(text: string, rules: Rule[] = allRules, probes: number[] = []): Analysis {
  const analysis = runRules(parseNotice(text), settings(), rules);
  expect(analysis.ruleErrors, 'a rule threw').toEqual([]);
  const lines = lineLengths(text);
  const pos = new PositionMapper(text, analysis.doc.lineStarts);
  expect(analysis.doc.lineStarts.length).toBe(lines.length);
  const uri = 'file:///robust.notice';
  for (const d of toDiagnostics(analysis, pos, uri)) {
    expectRange(d.range, lines, `diagnostic ${String(d.code)}`);
    expect(d.message.length, `message of ${String(d.code)}`).toBeGreaterThan(0);
    for (const rel of d.relatedInformation ?? []) expectRange(rel.location.range, lines, `related of ${String(d.code)}`);
  }
  const walk = (symbols: ReturnType<typeof documentSymbols>) => {
    for (const s of symbols) {
      expectRange(s.range, lines, 'symbol range');
      expectRange(s.selectionRange, lines, 'symbol selection');
      expect(s.name.length).toBeGreaterThan(0);
      walk(s.children ?? []);
    }
  };
  walk(documentSymbols(analysis.doc, pos));
  for (const f of foldingRanges(analysis.doc, pos)) {
    expect(f.startLine).toBeLessThanOrEqual(f.endLine);
    expect(f.endLine).toBeLessThan(lines.length);
  }
  for (const s of workspaceSymbols(uri, analysis.doc, pos, '整改')) {
    if ('range' in s.location) expectRange(s.location.range, lines, 'workspace symbol');
  }
  const positions = probes.map((o) => pos.positionAt(o));
  for (const sel of selectionRanges(analysis.doc, pos, positions)) {
    for (let r: typeof sel | undefined = sel; r; r = r.parent) expectRange(r.range, lines, 'selection range');
  }
  const whole = { start: { line: 0, character: 0 }, end: pos.positionAt(text.length) };
  for (const a of codeActions(analysis, pos, uri, whole, undefined)) {
    for (const e of a.edit?.changes?.[uri] ?? []) expectRange(e.range, lines, `edit of ${a.title}`);
  }
  codeActions(analysis, pos, uri, whole, [FIX_ALL_KIND]);
  // Every edit of every fix keeps the writer's words of what it replaces (a cheap, local
  // check), and all preferred fixes applied together keep those of the whole text.
  for (const r of analysis.results) {
    for (const fix of r.fixes ?? []) {
      for (const e of fix.edits) {
        expect(e.span.start, `fix of ${r.rule}`).toBeGreaterThanOrEqual(0);
        expect(e.span.end, `fix of ${r.rule}`).toBeLessThanOrEqual(text.length);
        expect(e.span.start, `fix of ${r.rule}`).toBeLessThanOrEqual(e.span.end);
        const kept = isSubsequence(writerText(text.slice(e.span.start, e.span.end)), writerText(e.newText));
        expect(kept, `fix “${fix.title}” of ${r.rule} drops writer text`).toBe(true);
      }
    }
  }
  expect(isSubsequence(writerText(text), writerText(applyEdits(text, fixAllEdits(analysis.results)))), 'fix-all drops writer text').toBe(true);
  return analysis;
}
