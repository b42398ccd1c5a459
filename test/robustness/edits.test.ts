// applyEdits and fixAllEdits in one linear pass give what applying and choosing edits one by
// one (the old quadratic way, kept here as the reference) gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, fixAllEdits } from '../../server/features/codeActions.js';
import type { RuleResult, TextEdit } from '../../server/rules/types.js';

/** One edit after another from the end of the text. */
function applyOneByOne(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** The preferred fixes in order, each skipped when an edit overlaps one taken before. */
function fixAllOneByOne(results: RuleResult[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const r of results) {
    const fix = r.fixes?.find((f) => f.preferred);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => e.span.start < t.span.end && t.span.start < e.span.end))) continue;
    for (const e of fix.edits) if (!taken.some((t) => t.span.start === e.span.start && t.span.end === e.span.end)) taken.push(e);
  }
  return taken.sort((a, b) => a.span.start - b.span.start);
}

const text = fc.string({ minLength: 0, maxLength: 60 });
const edit = (len: number) =>
  fc.record({ a: fc.nat({ max: len }), b: fc.nat({ max: len }), newText: fc.string({ maxLength: 4 }) }).map(({ a, b, newText }) => ({ span: { start: Math.min(a, b), end: Math.max(a, b) }, newText }));

describe('edits in one pass', () => {
  it('applyEdits equals applying non-overlapping edits one by one', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.array(edit(t.length), { maxLength: 8 }))),
        ([t, edits]) => {
          // Non-overlapping and at distinct offsets: the cases where one by one is well defined.
          const kept: TextEdit[] = [];
          for (const e of edits) if (kept.every((k) => e.span.end <= k.span.start || k.span.end <= e.span.start) && kept.every((k) => k.span.start !== e.span.start)) kept.push(e);
          expect(applyEdits(t, kept)).toBe(applyOneByOne(t, kept));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('fixAllEdits chooses what choosing fix by fix chooses', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ preferred: fc.boolean(), edits: fc.array(edit(40), { minLength: 1, maxLength: 4 }) }), { maxLength: 12 }),
        (generated) => {
          // Well-formed fixes: a fix's own edits do not overlap each other.
          const fixes = generated.map((f) => ({
            ...f,
            edits: f.edits.filter((e, i) => f.edits.slice(0, i).every((o) => !(e.span.start < o.span.end && o.span.start < e.span.end) && (o.span.start !== e.span.start || o.span.end !== e.span.end))),
          }));
          const results = fixes.map((f, i) => ({ span: { start: i, end: i }, message: 'x', rule: 'r', severity: 'warning' as const, fixes: [{ title: 't', ...f }] }));
          expect(fixAllEdits(results)).toEqual(fixAllOneByOne(results));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('an edit overlapping an earlier one is skipped, never garbling the text', () => {
    expect(applyEdits('abcdef', [{ span: { start: 1, end: 4 }, newText: 'X' }, { span: { start: 2, end: 5 }, newText: 'Y' }])).toBe('aXef');
  });
});
