// directive: an inline directive that cannot do what its writer meant — a misspelt kind
// (`notice-disable-nextline`) or a rule id no rule has (`numbering-sequnce`). Such a directive
// would otherwise be ignored without a word and the finding it was meant to silence would stay.
// A quick fix puts the closest known name in its place.
import { DIRECTIVE_KINDS, directiveWords, isDirectiveKind } from '../directives.js';
import { closest } from '../suggest.js';
import type { Rule, RuleContext } from './types.js';

function suggestion(ctx: RuleContext, at: number, written: string, known: readonly string[], prefix = '') {
  const near = closest(written, known);
  const title = near ? ctx.t('directive.fix', { name: prefix + near }) : undefined;
  return near && title ? [{ title, preferred: true, edits: [{ span: { start: at, end: at + written.length }, newText: near }] }] : undefined;
}

export const directive: Rule = {
  id: 'directive',
  severity: 'warning',
  tags: ['control'],
  check(ctx) {
    for (const c of ctx.doc.comments) {
      // Read as the engine reads directives (directives.ts): what it would not apply is reported.
      const w = directiveWords(c);
      if (w === undefined) continue;
      if (!isDirectiveKind(w.kind)) {
        ctx.report({
          span: { start: w.kindAt, end: w.kindAt + w.kind.length },
          message: ctx.t('directive.unknownKind', { kind: `notice-${w.kind}`, known: DIRECTIVE_KINDS.map((k) => `notice-${k}`).join('、') }),
          fixes: suggestion(ctx, w.kindAt, w.kind, DIRECTIVE_KINDS, 'notice-'),
        });
        continue;
      }
      for (const { id, at } of w.ids) {
        if (ctx.ruleIds.includes(id)) continue;
        ctx.report({
          span: { start: at, end: at + id.length },
          message: ctx.t('directive.unknownRule', { rule: id }),
          fixes: suggestion(ctx, at, id, ctx.ruleIds),
        });
      }
    }
  },
};
