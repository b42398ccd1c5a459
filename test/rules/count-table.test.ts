// The table of count sentences (count-sentences.ts): each is read as the table says, brings the
// count rules the table says as a short notice (a title and the sentence: no numbered headings),
// and for each consistent one, every generated slip — a part ±1, a total changed, two digits of a
// rate swapped — is reported by the rule that owns it. Hedged and non-breakdown sentences stay
// silent. (The hover over each sentence: test/server/count-hover-table.test.ts.)
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { readCountStatements, type CountNote, type CountSentence } from '../../grammar/counts-reading.js';
import { analyze } from '../../server/engine.js';
import { countModel, formatLike, type CountNumber } from '../../server/model/countModel.js';
import { onlyRules } from '../helpers.js';
import { COUNT_ROWS } from './count-sentences.js';

const notes = (ns: CountNote[]) => ns.map((n) => `(${n.number?.value ?? '?'})`).join('');

export function reading(s: CountSentence): string {
  const chain = [s.aspects ? `${s.aspects.value}方面` : '', ...s.chain.map((c) => `${c.number.value}${c.scope}`)].filter(Boolean).join('/');
  const parts = s.parts.map((p) => `${p.rest ? '其余' : ''}${p.all ? '全部' : p.number?.value}${p.category ?? ''}${notes(p.notes)}`).join(',');
  const rates = [...(s.rate ? [s.rate] : []), ...s.shares].map((r) => `${r.kind}${r.hedge ? `~${r.hedge}` : ''}=${r.digits.text}`).join(',');
  let out = `${chain}${notes(s.notes)}|${parts}|${rates}`;
  if (s.gaps.length > 0) out += `|!${s.gaps.map((g) => g.piece).join(',')}`;
  if (s.notBreakdown) out += `|#${s.notBreakdown}`;
  return out;
}

const TITLE = '中共某某县委关于巡视整改进展情况的通报\n\n';
/** The sentence as a short notice: a title and one paragraph. */
const notice = (sentence: string) => `${TITLE}${sentence}\n`;
const COUNT_RULES = onlyRules(['count-']);
/** The count rules a text brings, sorted and deduplicated, as `count-rate,count-sum`. */
const rulesOf = (text: string) => [...new Set(analyze(text, COUNT_RULES).results.map((r) => r.rule))].sort().join(',');

describe('the count sentence table', () => {
  it('holds at least 120 sentences covering every shape of §6 and §6a', () => {
    expect(COUNT_ROWS.length).toBeGreaterThanOrEqual(120);
    const shapes = new Set(COUNT_ROWS.map((r) => r.shape));
    for (const shape of ['plain', 'chain', 'number first', 'qualifier', 'note', 'figures', 'totals', 'rate', 'share', 'hedge', 'all', 'numerals', 'no breakdown', 'slip', 'unread', 'several']) {
      expect(shapes.has(shape), shape).toBe(true);
    }
  });

  it.each(COUNT_ROWS.map((r) => [r.sentence, r] as const))('reads %s', (_, row) => {
    expect(readCountStatements(row.sentence).map(reading).join(' ; ')).toBe(row.reading);
  });

  it.each(COUNT_ROWS.map((r) => [r.sentence, r] as const))('as a short notice, %s brings what the table says', (_, row) => {
    expect(rulesOf(notice(row.sentence))).toBe(row.rules);
  });
});

interface Mutation {
  what: string;
  text: string;
  rule: string;
}

const replace = (text: string, n: { start: number; end: number }, by: string) => text.slice(0, n.start) + by + text.slice(n.end);
const withValue = (text: string, n: CountNumber, v: number) => replace(text, n, formatLike(v, n));

/** The slips planted into a consistent sentence, each with the rule that must report it. */
function mutations(text: string): Mutation[] {
  const out: Mutation[] = [];
  for (const s of countModel(parseNotice(text)).statements) {
    const sum = s.checks.sum;
    if (sum.verdict === 'ok' && sum.total) {
      const numbered = s.parts.filter((p) => p.number);
      if (s.parts.length >= 2 && numbered.length === s.parts.length) {
        for (const p of numbered) {
          const n = p.number!;
          out.push({ what: `part ${n.text}+1`, text: withValue(text, n, n.value + 1), rule: 'count-sum' });
          if (n.value > 1) out.push({ what: `part ${n.text}-1`, text: withValue(text, n, n.value - 1), rule: 'count-sum' });
        }
        out.push({ what: `total ${sum.total.number.text}+1`, text: withValue(text, sum.total.number, sum.total.number.value + 1), rule: 'count-sum' });
      } else if (numbered.length === 1 && sum.sum > 1) {
        // One part may be fewer than the total, never more.
        out.push({ what: `total below the part`, text: withValue(text, sum.total.number, sum.sum - 1), rule: 'count-sum' });
      }
    }
    for (const r of s.checks.rates) {
      if (r.verdict !== 'ok' || r.rate.hedge) continue;
      const d = r.rate.digits.text;
      const i = [...d].findIndex((c, k) => k + 1 < d.length && /\d/.test(c) && /\d/.test(d[k + 1]) && c !== d[k + 1]);
      const swapped = i >= 0 ? d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2) : String(Number(d) + 1);
      out.push({ what: `rate ${d}→${swapped}`, text: replace(text, r.rate.digits, swapped), rule: 'count-rate' });
    }
  }
  return out;
}

describe('slips planted into the consistent sentences', () => {
  const consistent = COUNT_ROWS.filter((r) => r.rules === '' && r.mutate !== false);

  it('has consistent sentences of every checked shape to mutate', () => {
    expect(consistent.length).toBeGreaterThanOrEqual(70);
  });

  it.each(consistent.map((r) => [r.sentence, r] as const))('reports every slip planted into %s', (_, row) => {
    const planted = mutations(notice(row.sentence));
    expect(planted.length, 'a consistent sentence has something to mutate').toBeGreaterThan(0);
    for (const m of planted) expect(rulesOf(m.text).split(','), `${m.what}: ${m.text.slice(TITLE.length).trim()}`).toContain(m.rule);
  });

  it('keeps the hedged and non-breakdown sentences silent', () => {
    for (const r of COUNT_ROWS.filter((x) => x.mutate === false && x.rules === '')) expect(rulesOf(notice(r.sentence)), r.sentence).toBe('');
  });
});
