// What an editor must receive over the protocol, one line per check. When a rule or a feature
// lands, add its lines here; the protocol tests (editor.test.ts) run every line.
import type { CorpusName } from '../helpers.js';

/** A document: a real notice, optionally with slips planted by text replacement. */
export interface Doc {
  notice: CorpusName;
  plant?: [find: string, replace: string][];
}

/**
 * Every diagnostic the server must report on these documents, and nothing else (a real notice
 * with no line here must get none). `line` is 1-based, as the editor shows it.
 * e.g. { doc: { notice: 'lusong-district-2021' }, line: 91, rule: 'numbering-sequence', message: '编号不连续：此处应为“3.”，实为“4.”' },
 */
export const DIAGNOSTICS: { doc: Doc; line: number; rule: string; message: string }[] = [];

/**
 * Quick fixes: on the diagnostic of `rule` at `line`, the action `title` turns the line into one
 * matching `after`, changes no other line, and the diagnostic is gone when re-checked.
 * e.g. { doc: { notice: 'lusong-district-2021' }, line: 91, rule: 'numbering-sequence', title: '改为“3.”', after: /^\s*3\.意识形态/ },
 */
export const QUICK_FIXES: { doc: Doc; line: number; rule: string; title: string; after: RegExp }[] = [];
