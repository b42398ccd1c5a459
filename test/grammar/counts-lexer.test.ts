// The count tokenizer (grammar/counts.ts `countTokens`) against the Chevrotain count lexer it
// replaces on the hot path: the same tokens (type, text, offset) on every sentence of the real
// notices and on random text full of counts, scopes, status words and odd characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLexer, countTokens } from '../../grammar/counts.js';
import { corpus, CORPUS } from '../helpers.js';

const plain = (tokens: { image: string; startOffset: number; tokenType: { name: string } }[]) =>
  tokens.map((t) => `${t.tokenType.name}@${t.startOffset}:${t.image}`);

const bits = fc.constantFrom(
  ...['44个', '十四项', '20余件', '20多个', '十多项', '3.5万元', '５个月', '整改到位', '整改中', '整改事项', '整改落实率', '整改情况', '整', '3个方面', '问题', '反馈问题', '立行立改问题', '信访件', '整改任务', '已完成整改', '正在整改', '阶段性完成'],
  ...['尚未全部', '已全部', '均已', '其中', '截至', '截止到', '2021年6月底', '6月30日', '94.5%', '１２％', '完成率', '整改完成率', '万元', '人次', '个月'],
  ...['，', ',', '、', '。', '；', ' ', '\u3000', '\n', '\ud800', '\u0000', 'a', '9', '０', '十', '一', '两', '是', '中'],
  // what may follow a numeral: each decides which number tokens the tokenizer tries
  ...['.', '．', '%', '％', '多', '余', '个', '项', '件', '条', '宗', '处', '方面', '方', '年', '月', '日', '人', '元', '万', '公顷', '平方米', '百', '零'],
);
const countLike = fc.array(bits, { maxLength: 60 }).map((a) => a.join(''));

describe('the count tokenizer reads as the Chevrotain count lexer does', () => {
  it('on every line of the real notices', () => {
    let tokens = 0;
    for (const c of CORPUS) {
      for (const line of corpus(c).split(/\r\n|\r|\n/)) {
        const mine = countTokens(line);
        expect(plain(mine), line).toEqual(plain(countLexer.tokenize(line).tokens));
        tokens += mine.length;
      }
    }
    expect(tokens).toBeGreaterThan(1000);
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.oneof(countLike, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 })), (s) => {
        expect(plain(countTokens(s))).toEqual(plain(countLexer.tokenize(s).tokens));
      }),
      { numRuns: 400 },
    );
  });
});
