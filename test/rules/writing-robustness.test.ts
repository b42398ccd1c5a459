// The writing-convention rules on any text: random text and random edits of the real notices
// never make a rule fail, every finding and fix lies inside the text, and a fix changes only
// punctuation width, a date's numerals and separators (2023.5.14 → 2023年5月14日) or the inspection
// term (never the wording).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine.js';
import { CORPUS, corpus } from '../helpers.js';

const IDS = ['date-format', 'placeholder', 'inspection-term', 'closing-block', 'punctuation'];
const chars = fc.constantFrom(
  ...Array.from('巡视察组进行了反馈意见欢迎监督联系电话方式邮政信箱电子邮箱：:；;,，。（）()"“”?!…×Xx${}@.-0123456789年月日〇二三十截至 \n'),
);
const text = fc.array(chars, { maxLength: 300 }).map((a) => a.join(''));

const ALLOWED: Record<string, RegExp> = {
  punctuation: /^(,→，|:→：|;→；|\?→？|!→！|\(→（|\)→）|"→[“”]|'→[‘’])$/,
  'date-format': /^(?:[0-9０-９〇零一二三四五六七八九十]+→[0-9]+|[.\-/．－／]→[年月]|→日)$/,
  'inspection-term': /^(巡视→巡察|巡察→巡视)$/,
};

function check(t: string): void {
  const a = analyze(t);
  expect(a.ruleErrors).toEqual([]);
  for (const r of a.results.filter((x) => IDS.includes(x.rule))) {
    expect(r.span.start).toBeGreaterThanOrEqual(0);
    expect(r.span.end).toBeLessThanOrEqual(t.length);
    for (const f of r.fixes ?? []) {
      for (const e of f.edits) {
        expect(e.span.end).toBeLessThanOrEqual(t.length);
        // Each fix changes only what it must: a mark's width, a numeral, the term.
        expect(`${t.slice(e.span.start, e.span.end)}→${e.newText}`).toMatch(ALLOWED[r.rule]);
      }
    }
  }
}

describe('writing-convention rules on any text', () => {
  it('random text', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 200 })), (t) => check(`关于巡察整改进展情况的通报\n${t}\n欢迎广大干部群众监督。${t}\n`)), { numRuns: 300 });
  });

  it('random edits of the corpus', () => {
    const texts = CORPUS.map((c) => corpus(c));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.nat(), fc.nat({ max: 300 }), text, (d, at, del, insert) => {
        const t = texts[d];
        const i = at % (t.length + 1);
        check(t.slice(0, i) + insert + t.slice(i + del));
      }),
      { numRuns: 40 },
    );
  });
});
