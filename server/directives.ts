// Inline control: directives in whole-line comments, as markdownlint's, applied by the engine
// (so the server and the CLI agree). A comment line never shows in the published notice.
//
//   <!-- notice-disable-next-line rule-id … -->   the next line that is not a comment
//   <!-- notice-disable rule-id … -->             from here …
//   <!-- notice-enable rule-id … -->              … to here
//   <!-- notice-disable-file rule-id … -->        the whole file, wherever the line stands
//
// Without a rule id a directive applies to every rule. Ids are separated by spaces or commas.
import type { Comment, NoticeDocument } from '../grammar/index.js';
import { lineAt } from './positions.js';
import type { RuleResult } from './rules/types.js';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';
/** Every kind, as written after `notice-`. */
export const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable', 'enable', 'disable-file'];
export const isDirectiveKind = (kind: string): kind is DirectiveKind => (DIRECTIVE_KINDS as readonly string[]).includes(kind);

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every rule. */
  rules: string[];
  comment: Comment;
}

/** A `notice-…` comment as written, known kind or not: what the engine applies and what rule `directive` checks. */
export interface DirectiveWords {
  /** Everything after `notice-` up to the first space: `disable-next-line`, or a misspelling. */
  kind: string;
  /** Document offset of `kind`. */
  kindAt: number;
  /** The rule ids (separated by spaces or commas) with their document offsets. */
  ids: { id: string; at: number }[];
}

const WORDS_HEAD = /^notice-(\S*)/;
const ID = /[^\s,，]+/g;

export function directiveWords(c: Comment): DirectiveWords | undefined {
  const m = WORDS_HEAD.exec(c.content);
  if (!m) return undefined;
  // `content` is the text between `<!--` and `-->`, trimmed: the first occurrence after `<!--`.
  const contentAt = c.start + c.text.indexOf(c.content, 4);
  const ids: DirectiveWords['ids'] = [];
  const rest = c.content.slice(m[0].length);
  for (const id of rest.matchAll(ID)) ids.push({ id: id[0], at: contentAt + m[0].length + (id.index ?? 0) });
  return { kind: m[1], kindAt: contentAt + m[0].length - m[1].length, ids };
}

export function parseDirective(c: Comment): Directive | undefined {
  const w = directiveWords(c);
  if (w === undefined || !isDirectiveKind(w.kind)) return undefined;
  return { kind: w.kind, rules: w.ids.map((i) => i.id), comment: c };
}

export function directives(doc: NoticeDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const d = parseDirective(c);
    if (d) out.push(d);
  }
  return out;
}

/** Which rules are off: all of them, or a set with exceptions. */
class Switches {
  all = false;
  readonly off = new Set<string>();
  readonly on = new Set<string>();
  disable(rules: string[]): void {
    if (rules.length === 0) {
      this.all = true;
      this.off.clear();
      this.on.clear();
    } else for (const r of rules) this.all ? this.on.delete(r) : this.off.add(r);
  }
  enable(rules: string[]): void {
    if (rules.length === 0) {
      this.all = false;
      this.off.clear();
      this.on.clear();
    } else for (const r of rules) this.all ? this.on.add(r) : this.off.delete(r);
  }
  isOff(rule: string): boolean {
    return this.all ? !this.on.has(rule) : this.off.has(rule);
  }
}

/** Drop the results the document's directives switch off (a result counts on its first line). */
export function applyDirectives(doc: NoticeDocument, results: RuleResult[]): RuleResult[] {
  const list = directives(doc);
  if (list.length === 0) return results;
  const file = new Switches();
  const nextLine = new Map<number, Switches>();
  const commentLines = new Set(doc.comments.map((c) => c.line));
  const ranged: Directive[] = [];
  for (const d of list) {
    if (d.kind === 'disable-file') file.disable(d.rules);
    else if (d.kind === 'disable-next-line') {
      let target = d.comment.line + 1;
      while (commentLines.has(target)) target++;
      const s = nextLine.get(target) ?? new Switches();
      s.disable(d.rules);
      nextLine.set(target, s);
    } else ranged.push(d);
  }
  // Sweep the results in line order against the disable/enable directives.
  const withLine = results.map((r, i) => ({ r, i, line: lineAt(doc.lineStarts, r.span.start) }));
  const byLine = [...withLine].sort((a, b) => a.line - b.line || a.i - b.i);
  const range = new Switches();
  const keep = new Array<boolean>(results.length).fill(true);
  let k = 0;
  for (const x of byLine) {
    while (k < ranged.length && ranged[k].comment.line < x.line) {
      const d = ranged[k++];
      if (d.kind === 'disable') range.disable(d.rules);
      else range.enable(d.rules);
    }
    if (file.isOff(x.r.rule) || range.isOff(x.r.rule) || nextLine.get(x.line)?.isOff(x.r.rule)) keep[x.i] = false;
  }
  return results.filter((_, i) => keep[i]);
}
