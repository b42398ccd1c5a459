// The count grammar (grammar/counts-grammar.ts): its tokens, its one parser, and the error
// recovery that keeps what a sentence with an unreadable piece still says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCountGrammar, countLexer, parseCountSentence, statusCategory } from '../../grammar/counts-grammar.js';
import { readCountStatements } from '../../grammar/counts-reading.js';

const names = (text: string) => countLexer().tokenize(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);

/** The pieces of each clause, by kind (a broken piece ends in `!`). */
const pieces = (text: string): string[][] => parseCountSentence(text).clauses.map((c) => c.pieces.map((p) => p.kind + (p.broken ? '!' : '')));

describe('the count tokens', () => {
  it('tell counts, aspects, other figures, percentages and dates apart', () => {
    expect(names('三个方面14个具体问题')).toEqual(['Aspect:三个方面', 'Count:14个', 'Scope:具体问题']);
    expect(names('资金300万元，6个月，处分3人')).toEqual(['NonPart:资金', 'OtherQty:300万元', 'Sep:，', 'OtherQty:6个月', 'Sep:，', 'NonPart:处分', 'OtherQty:3人']);
    expect(names('完成率近60%')).toEqual(['RateWord:完成率', 'HedgeBefore:近', 'Percent:60%']);
    expect(names('截至2023年12月底')).toEqual(['AsOf:截至', 'Date:2023年12月底']);
  });

  it('keep other text in one run where a character only shares its first character with a keyword', () => {
    // 已 starts 已完成, 开 starts 开展, 问 starts 问题: none of them is written here.
    expect(names('已经开会研究问询')).toEqual(['Text:已经开会研究问询']);
    expect(names('已经完成')).toEqual(['Text:已经', 'Status:完成']);
    expect(names('已经问题5个')).toEqual(['Text:已经', 'Scope:问题', 'Count:5个']);
  });

  it('read a scope word only where it ends a word (`问题楼盘` counts buildings)', () => {
    expect(names('6个问题楼盘')).toEqual(['Count:6个', 'Text:问题楼盘']);
    expect(names('6个问题，')).toEqual(['Count:6个', 'Scope:问题', 'Sep:，']);
  });

  it('give every status word of §6 and §6a its category', () => {
    const cases: [string, string][] = [
      ['已完成整改', 'done'], ['整改到位', 'done'], ['已整改销号', 'done'], ['办结', 'done'], ['回复', 'done'],
      ['基本完成', 'basic'], ['阶段性完成', 'stage'], ['阶段性办结', 'stage'],
      ['正在整改', 'ongoing'], ['正在推进', 'ongoing'], ['部分整改', 'ongoing'], ['持续整改', 'ongoing'],
      ['未完成整改', 'notdone'], ['未整改到位', 'notdone'], ['未启动整改', 'notdone'], ['未办结', 'notdone'], ['申请延期整改', 'notdone'],
      ['长期整改', 'longterm'], ['长期坚持', 'longterm'],
    ];
    for (const [word, cat] of cases) {
      expect(statusCategory(word), word).toBe(cat);
      expect(names(word), word).toEqual([`Status:${word}`]);
    }
  });
});

describe('the count parser', () => {
  it("passes Chevrotain's definition checks (the running lexer and parser are built without them)", () => {
    expect(() => checkCountGrammar()).not.toThrow();
  });

  it('reads a sentence as clauses of pieces: chains, totals, parts, notes, rates and shares', () => {
    expect(pieces('巡察反馈的三个方面十四个具体问题，已完成整改12个（含立行立改2个），占85.7%，整改完成率近90%。')).toEqual([
      ['Text', 'TotalVerb', 'Text', 'chain'],
      ['Status', 'Count', 'note'],
      ['share'],
      ['rate', 'Text'],
    ]);
    expect(pieces('发现问题44个')).toEqual([['TotalVerb', 'scopeTotal']]);
  });

  it('recovers from a rate without its percentage and a note without its closing bracket, and reports where', () => {
    const rate = parseCountSentence('已完成整改20个，整改完成率明显提高，正在整改5个。');
    expect(rate.errors.length).toBeGreaterThan(0);
    expect(pieces('已完成整改20个，整改完成率明显提高，正在整改5个。')).toEqual([['Status', 'Count'], ['rate!'], ['Status', 'Count', 'Text']]);
    const note = parseCountSentence('已完成整改23个（含立行立改问题4个，正在整改4个。');
    expect(note.errors.length).toBeGreaterThan(0);
    expect(pieces('已完成整改23个（含立行立改问题4个，正在整改4个。')).toEqual([['Status', 'Count', 'note!']]);
    // What was read before the broken piece and after the broken rate is kept, marked as a gap.
    const [st] = readCountStatements('巡视反馈的25个问题，已完成整改20个，正在整改5个，整改完成率较去年明显提高。');
    expect(st.parts.map((p) => p.number?.value)).toEqual([20, 5]);
    expect(st.gaps.map((g) => `${g.piece}:${g.text}`)).toEqual(['rate:整改完成率较去年明显提高']);
  });

  it('is built once and never throws, whatever the text', () => {
    const alphabet = fc.constantFrom(...'0123456789个项件问题方面完成整改基本阶段性未全部均已其中其余率占近约左右以上%（）()。，、；截至年月日两十四九 '.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        // Clauses and pieces in text order, each token where the text has it.
        let at = 0;
        for (const c of parseCountSentence(text).clauses) {
          for (const p of c.pieces) {
            for (const t of p.tokens) {
              expect(t.startOffset).toBeGreaterThanOrEqual(at);
              expect(text.slice(t.startOffset, t.startOffset + t.image.length)).toBe(t.image);
              at = t.startOffset + t.image.length;
            }
          }
        }
        for (const s of readCountStatements(text)) {
          for (const n of s.numbers) expect(text.slice(n.start, n.end)).toBe(n.text);
          for (const r of [...(s.rate ? [s.rate] : []), ...s.shares]) expect(text.slice(r.digits.start, r.digits.end)).toBe(r.digits.text);
        }
      }),
      { numRuns: 400 },
    );
  });
});
