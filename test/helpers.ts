// Test helpers in the spirit of Langium's: documents in, what the editor would show out, as
// short strings (`[3:0..3:4] rule: message`) so expectations read like the editor.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { parseNotice, type NoticeDocument } from '../grammar/index.js';
import { analyze, type Analysis } from '../server/engine.js';
import { applyEdits, fixAllEdits } from '../server/features/codeActions.js';
import { toDiagnostics } from '../server/features/diagnostics.js';
import { documentSymbols } from '../server/features/documentSymbols.js';
import { PositionMapper } from '../server/positions.js';
import { rules as allRules } from '../server/rules/registry.js';
import { defaultSettings, type EngineSettings } from '../server/rules/types.js';

export const REPO = resolve(__dirname, '..');
export const CORPUS_DIR = resolve(REPO, '..', 'shared', 'corpus');
export const CORPUS = ['changsha-county-2021', 'lusong-district-2021', 'yiyang-hitech-2023'] as const;
export type CorpusName = (typeof CORPUS)[number];

/** A real notice from ../shared/corpus (read, never copied into the repository). */
export function corpus(name: CorpusName): string {
  return readFileSync(resolve(CORPUS_DIR, `${name}.txt`), 'utf8');
}

export function settings(over: Partial<EngineSettings> = {}): EngineSettings {
  return { ...defaultSettings(), ...over };
}

/**
 * Settings with every registered rule off but those whose id starts with one of `prefixes`:
 * for a rule's own tests, so that other rules' findings and fixes stay out of the picture.
 */
export function onlyRules(prefixes: string[], over: Partial<EngineSettings> = {}): EngineSettings {
  const base = settings(over);
  const off = Object.fromEntries(allRules.filter((r) => !prefixes.some((p) => r.id.startsWith(p))).map((r) => [r.id, 'off' as const]));
  return { ...base, rules: { ...off, ...base.rules } };
}

/** Headings per level 1..5, as `a/b/c/d/e`. */
export function levelCounts(doc: NoticeDocument): string {
  const c = [0, 0, 0, 0, 0];
  for (const h of doc.headings) c[h.level - 1]++;
  return c.join('/');
}

/** The outline as indented lines: `  （一）强化领导抓整改`. */
export function outlineLines(text: string): string[] {
  const doc = parseNotice(text);
  const pos = new PositionMapper(text, doc.lineStarts);
  const out: string[] = [];
  const walk = (s: DocumentSymbol[], depth: number) => {
    for (const x of s) {
      out.push('  '.repeat(depth) + x.name);
      walk(x.children ?? [], depth + 1);
    }
  };
  walk(documentSymbols(doc, pos), 0);
  return out;
}

/** Diagnostics as `[line:col..line:col] rule: message` (0-based, like the LSP). */
export function diagnosticStrings(text: string, s: EngineSettings = settings(), only?: string | string[]): string[] {
  const a = analyze(text, s);
  const pos = new PositionMapper(text, a.doc.lineStarts);
  const wanted = only === undefined ? undefined : Array.isArray(only) ? only : [only];
  return toDiagnostics(a, pos)
    .filter((d) => wanted === undefined || wanted.includes(String(d.code)))
    .map((d) => `[${d.range.start.line}:${d.range.start.character}..${d.range.end.line}:${d.range.end.character}] ${d.code}: ${d.message}`);
}

/** Rule ids and 1-based lines of the findings, e.g. `numbering-sequence@42`. */
export function findingsAt(text: string, s: EngineSettings = settings(), prefix = ''): string[] {
  const a = analyze(text, s);
  const pos = new PositionMapper(text, a.doc.lineStarts);
  return a.results.filter((r) => r.rule.startsWith(prefix)).map((r) => `${r.rule}@${pos.positionAt(r.span.start).line + 1}`);
}

/** Apply every preferred fix (as `source.fixAll` does) and return the new text and analysis. */
export function fixAll(text: string, s: EngineSettings = settings()): { text: string; analysis: Analysis } {
  const a = analyze(text, s);
  const fixed = applyEdits(text, fixAllEdits(a.results));
  return { text: fixed, analysis: analyze(fixed, s) };
}

/** Replace the first occurrence of `find` in `text` (fails loudly when it is not there). */
export function plant(text: string, find: string | RegExp, replace: string): string {
  const i = typeof find === 'string' ? text.indexOf(find) : text.search(find);
  if (i < 0) throw new Error(`plant: ${String(find)} not found`);
  const len = typeof find === 'string' ? find.length : (text.slice(i).match(find) as RegExpMatchArray)[0].length;
  return text.slice(0, i) + replace + text.slice(i + len);
}

/** 1-based line number of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`lineOf: ${needle} not found`);
  return text.slice(0, i).split(/\r\n|\r|\n/).length;
}

// issue 3: planting numbering faults by program (delete, duplicate, swap whole items).

/** Offsets of the item whose heading line starts (after indentation) with `needle`: its line through its section, up to the next heading of the same or a higher level. */
export function itemBlock(text: string, needle: string): { start: number; end: number } {
  const doc = parseNotice(text);
  const k = doc.headings.findIndex((h) => text.slice(h.marker.start, h.lineSpan.end).startsWith(needle));
  if (k < 0) throw new Error(`itemBlock: no heading starts with ${needle}`);
  const h = doc.headings[k];
  const next = doc.headings.slice(k + 1).find((x) => x.level <= h.level);
  const start = doc.lineStarts[h.line];
  if (next) return { start, end: doc.lineStarts[next.line] };
  const lastLine = doc.lineStarts.findIndex((s) => s > h.section.end);
  return { start, end: lastLine < 0 ? text.length : doc.lineStarts[lastLine] };
}

export function deleteItem(text: string, needle: string): string {
  const b = itemBlock(text, needle);
  return text.slice(0, b.start) + text.slice(b.end);
}

export function duplicateItem(text: string, needle: string): string {
  const b = itemBlock(text, needle);
  return text.slice(0, b.end) + text.slice(b.start, b.end) + text.slice(b.end);
}

/** Swap two adjacent items (`first` directly followed by `second`). */
export function swapItems(text: string, first: string, second: string): string {
  const a = itemBlock(text, first);
  const b = itemBlock(text, second);
  if (a.end !== b.start) throw new Error(`swapItems: ${first} and ${second} are not adjacent`);
  return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.start, a.end) + text.slice(b.end);
}

/** The text without the characters a renumbering may change (digits and numerals). */
export function withoutNumbers(text: string): string {
  return text.replace(/[0-9０-９〇零一二两三四五六七八九十百①-⑳㉑-㉟㊱-㊿]/g, '');
}

/** Apply random edits (as fast-check draws them: any offset, any length) to a text. */
export function randomEdits(text: string, edits: { at: number; del: number; insert: string }[]): string {
  for (const e of edits) {
    const at = e.at % (text.length + 1);
    text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
  }
  return text;
}

export const FIXTURES = ['no-headings', 'restart-numbered', 'continuous-numbered', 'ascii-parens-xuncha', 'split-items'] as const;
export type FixtureName = (typeof FIXTURES)[number];

/** A notice written by the team (test/fixtures/notices/), as written: `{rule}` markers stand where a finding is expected. */
export function fixture(name: FixtureName): string {
  return readFileSync(resolve(REPO, 'test', 'fixtures', 'notices', `${name}.notice`), 'utf8');
}
