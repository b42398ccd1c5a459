// directive: an inline directive that cannot do what its writer meant — a misspelt kind
// (`notice-disable-nextline`) or a rule id no rule has (`numbering-sequnce`). Such a directive
// would otherwise be ignored without a word and the finding it was meant to silence would stay.
// A quick fix puts the closest known name in its place.
import { DIRECTIVE_KINDS } from '../directives.js';
import { closest } from '../suggest.js';
import type { Rule, RuleContext } from './types.js';

/** `<!--` `notice-kind` and what follows, up to `-->`. */
const DIRECTIVE = /^<!--[ \t\u3000]*notice-([A-Za-z-]*)/;
const ID = /[^\s,，]+/g;

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
      const inner = c.text.slice(0, -3); // without `-->`
      const m = DIRECTIVE.exec(inner);
      if (m === null) continue;
      const kind = m[1];
      const kindAt = c.start + m[0].length - kind.length;
      if (!(DIRECTIVE_KINDS as readonly string[]).includes(kind)) {
        ctx.report({
          span: { start: kindAt, end: kindAt + kind.length },
          message: ctx.t('directive.unknownKind', { kind: `notice-${kind}`, known: DIRECTIVE_KINDS.map((k) => `notice-${k}`).join('、') }),
          fixes: suggestion(ctx, kindAt, kind, DIRECTIVE_KINDS, 'notice-'),
        });
        continue;
      }
      const known = ctx.ruleIds;
      const body = inner.slice(m[0].length);
      const bodyAt = c.start + m[0].length;
      for (const id of body.matchAll(ID)) {
        if (known.includes(id[0])) continue;
        const at = bodyAt + (id.index ?? 0);
        ctx.report({
          span: { start: at, end: at + id[0].length },
          message: ctx.t('directive.unknownRule', { rule: id[0] }),
          fixes: suggestion(ctx, at, id[0], known),
        });
      }
    }
  },
};
