// inline-sequence: 一是/二是/三是 and inline （1）（2） enumerations inside a paragraph that skip
// or repeat (NOTICE-FORMAT.md §5). An inline （n） part starts a new 一是 sequence; a paragraph
// that opens with 二是 continues the sequence of the paragraph before it (same item). A
// sequence that does not start at 一是/（1） is left alone: it may be a reference, not a list.
import { arabicLike, numberToChinese, type InlineMark } from '../../grammar/index.js';
import type { Rule, RuleContext, TextEdit } from './types.js';

function numeral(m: InlineMark, value: number): string {
  return m.numeral === 'arabic' ? arabicLike(value, m.text) : numberToChinese(value);
}

function shown(m: InlineMark, value = m.value): string {
  return m.kind === 'shi' ? numeral(m, value) + '是' : m.text[0] + numeral(m, value) + m.text[m.text.length - 1];
}

/** Where the number of a mark is written: `三` of 三是, `3` of （3）. */
function digitsSpan(m: InlineMark): { start: number; end: number } {
  return m.kind === 'shi' ? { start: m.start, end: m.end - 1 } : { start: m.start + 1, end: m.end - 1 };
}

/** Report the slips of one enumeration, each with a fix renumbering it and the rest of the chain. */
function checkChain(ctx: RuleContext, chain: InlineMark[]): void {
  if (chain.length < 2 || chain[0].value !== 1) return;
  let first = true;
  for (let i = 1; i < chain.length; i++) {
    const m = chain[i];
    const pv = chain[i - 1].value;
    if (m.value === pv + 1 || (m.value > pv && m.value === i + 1)) continue;
    const edits: TextEdit[] = [];
    for (let j = i; j < chain.length; j++) {
      const want = numeral(chain[j], pv + 1 + j - i);
      const span = digitsSpan(chain[j]);
      if (ctx.doc.text.slice(span.start, span.end) !== want) edits.push({ span, newText: want });
    }
    ctx.report({
      span: m,
      message: ctx.t(m.value === pv ? 'inline-sequence.repeat' : 'inline-sequence.gap', { expected: shown(m, pv + 1), found: shown(m) }),
      related: [{ span: chain[i - 1], message: ctx.t('inline-sequence.previous', { marker: shown(chain[i - 1]) }) }],
      fixes: [{ title: ctx.t('inline-sequence.fix', { count: edits.length }), edits, preferred: first }],
    });
    first = false;
  }
}

export const inlineSequence: Rule = {
  id: 'inline-sequence',
  severity: 'warning',
  tags: ['numbering'],
  check(ctx) {
    // Headings (their body part) and body paragraphs, in line order (both lists are in line
    // order: merged, not sorted); a heading ends the chains.
    const { headings, paragraphs } = ctx.doc;
    const chains: InlineMark[][] = [];
    let carried: InlineMark[] | undefined; // the 一是 chain at the end of the previous paragraph
    const paren: InlineMark[][] = [];
    let h = 0;
    let p = 0;
    while (h < headings.length || p < paragraphs.length) {
      let marks: InlineMark[];
      if (p === paragraphs.length || (h < headings.length && headings[h].line <= paragraphs[p].line)) {
        marks = headings[h++].inline;
        carried = undefined;
      } else if (paragraphs[p].role !== 'body') {
        p++;
        continue;
      } else marks = paragraphs[p++].inline;
      if (marks.length === 0) {
        carried = undefined; // most lines: no marks, nothing carried past them
        continue;
      }
      let shi: InlineMark[] | undefined;
      let parens = 0; // the （n） chains of this unit, one per numeral: paren[0, parens)
      for (let i = 0; i < marks.length; i++) {
        const m = marks[i];
        if (m.kind === 'paren') {
          let c: InlineMark[] | undefined;
          for (let j = 0; j < parens; j++) if (paren[j][0].numeral === m.numeral) c = paren[j];
          if (!c) {
            paren[parens++] = c = [];
            chains.push(c);
          }
          c.push(m);
          shi = carried = undefined;
          continue;
        }
        // A paragraph opening with 二是… continues the previous paragraph's sequence.
        if (!shi && i === 0 && m.value !== 1 && carried) shi = carried;
        if (!shi || m.value === 1) chains.push((shi = []));
        shi.push(m);
      }
      carried = shi;
    }
    for (const c of chains) checkChain(ctx, c);
  },
};
