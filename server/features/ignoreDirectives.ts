// The edits behind 「本行忽略此规则」 and 「本文件忽略此规则」: insert a directive comment (see
// ../directives.ts). Only insertions: the writer's text is never touched.
import type { NoticeDocument } from '../../grammar/index.js';
import { directives } from '../directives.js';
import { lineAt } from '../positions.js';
import type { RuleResult, TextEdit } from '../rules/types.js';

function lineBreak(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : i >= 0 ? '\n' : text.includes('\r') ? '\r' : '\n';
}

/** `<!-- notice-disable-next-line id -->` above the finding's first line, with that line's indentation. */
export function ignoreLineEdit(doc: NoticeDocument, r: Pick<RuleResult, 'span' | 'rule'>): TextEdit {
  const start = doc.lineStarts[lineAt(doc.lineStarts, r.span.start)];
  const indent = /^[ \t\u3000\u00a0]*/.exec(doc.text.slice(start, start + 200))![0];
  return { span: { start, end: start }, newText: `${indent}<!-- notice-disable-next-line ${r.rule} -->${lineBreak(doc.text)}` };
}

/**
 * Adds the rule to an existing `notice-disable-file` comment, or appends a new one at the end of
 * the file (the first line stays the title, which is how editors recognise a notice).
 */
export function ignoreFileEdit(doc: NoticeDocument, rule: string): TextEdit {
  const existing = directives(doc).find((d) => d.kind === 'disable-file' && d.rules.length > 0);
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
