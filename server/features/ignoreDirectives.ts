// The edits behind 「本行忽略此规则」 and 「本文件忽略此规则」: insert a directive comment (see
// ../directives.ts). Only insertions: the writer's text is never touched.
import type { NoticeDocument } from '../../grammar/index.js';
import { directives } from '../directives.js';
import { memo } from '../model/memo.js';
import { lineAt } from '../positions.js';
import type { RuleResult, TextEdit } from '../rules/types.js';

function lineBreak(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : i >= 0 ? '\n' : text.includes('\r') ? '\r' : '\n';
}

/**
 * `<!-- notice-disable-next-line id -->` above the finding's first line, with that line's
 * indentation. A finding on a comment line (rule `directive` names a misspelt directive there)
 * cannot be reached that way — `disable-next-line` passes over comment lines — so that line is
 * wrapped in `notice-disable id` … `notice-enable id` instead.
 */
export function ignoreLineEdits(doc: NoticeDocument, r: Pick<RuleResult, 'span' | 'rule'>): TextEdit[] {
  const line = lineAt(doc.lineStarts, r.span.start);
  const start = doc.lineStarts[line];
  const indent = /^[ \t\u3000\u00a0]*/.exec(doc.text.slice(start, start + 200))![0];
  const eol = lineBreak(doc.text);
  // Which lines are comments: worked out once per tree (a quick fix per finding asks).
  const comment = memo(doc, 'ignore:commentLines', () => new Set(doc.comments.map((c) => c.line))).has(line);
  if (!comment) return [{ span: { start, end: start }, newText: `${indent}<!-- notice-disable-next-line ${r.rule} -->${eol}` }];
  // The end of the comment line, before its break: the enable line follows it.
  let end = doc.lineStarts[line + 1] ?? doc.text.length;
  while (end > start && (doc.text[end - 1] === '\n' || doc.text[end - 1] === '\r')) end--;
  return [
    { span: { start, end: start }, newText: `${indent}<!-- notice-disable ${r.rule} -->${eol}` },
    { span: { start: end, end }, newText: `${eol}${indent}<!-- notice-enable ${r.rule} -->` },
  ];
}

/**
 * Adds the rule to an existing `notice-disable-file` comment, or appends a new one at the end of
 * the file (the first line stays the title, which is how editors recognise a notice).
 */
export function ignoreFileEdit(doc: NoticeDocument, rule: string): TextEdit {
  const existing = memo(doc, 'ignore:disableFile', () => directives(doc).find((d) => d.kind === 'disable-file' && d.rules.length > 0));
  if (existing) {
    const close = existing.comment.start + existing.comment.text.lastIndexOf('-->');
    let at = close;
    while (at > existing.comment.start && /\s/.test(doc.text[at - 1])) at--;
    return { span: { start: at, end: at }, newText: ` ${rule}` };
  }
  const eol = lineBreak(doc.text);
  const end = doc.text.length;
  const needsBreak = end > 0 && !/[\r\n]$/.test(doc.text);
  return { span: { start: end, end }, newText: `${needsBreak ? eol : ''}<!-- notice-disable-file ${rule} -->${eol}` };
}
