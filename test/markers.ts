// Expectations written in the test text itself, as Langium's helpers do: `{count-sum}` stands
// where a finding of that rule starts, `<|>` where the cursor is. A test compares the text
// with markers it wrote against the same text marked with what the engine found, so a failure
// shows as a diff of the document, at the spot.
import { analyze } from '../server/engine.js';
import type { EngineSettings } from '../server/rules/types.js';
import { settings as defaults } from './helpers.js';

const FINDING = /\{([a-z][a-z0-9-]*)\}/g;
const CURSOR = '<|>';

/** The text without its `{rule}` markers, and each marker's rule and offset in that text. */
export function unmark(marked: string): { text: string; marks: { rule: string; offset: number }[] } {
  const marks: { rule: string; offset: number }[] = [];
  let removed = 0;
  const text = marked.replace(FINDING, (all, rule: string, at: number) => {
    marks.push({ rule, offset: at - removed });
    removed += all.length;
    return '';
  });
  return { text, marks };
}

/** `text` with a `{rule}` marker inserted where each finding starts (several at one spot in rule order). */
export function markFindings(text: string, s: EngineSettings = defaults(), only?: string[]): string {
  const found = analyze(text, s)
    .results.filter((r) => only === undefined || only.includes(r.rule))
    .map((r) => ({ rule: r.rule, offset: r.span.start }))
    .sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule));
  let out = '';
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.offset) + `{${f.rule}}`;
    at = f.offset;
  }
  return out + text.slice(at);
}

/**
 * The marked text as the engine would mark it: compare with `toBe(marked)`. Only the rules named
 * in the markers (or in `only`) are looked at, so other rules' findings do not clutter the test.
 */
export function findingsMarked(marked: string, s: EngineSettings = defaults(), only?: string[]): string {
  const { text, marks } = unmark(marked);
  const rules = only ?? [...new Set(marks.map((m) => m.rule))];
  return markFindings(text, s, rules);
}

/** The text without its `<|>` and the cursor's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0 || marked.indexOf(CURSOR, offset + 1) >= 0) throw new Error('cursor: the text needs exactly one <|>');
  return { text: marked.slice(0, offset) + marked.slice(offset + CURSOR.length), offset };
}
