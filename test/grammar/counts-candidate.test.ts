// Which sentences the count reader lexes: `holdsTotal` (an anchor scan and a look at the words
// around each counted number) against the one regex it replaced on the hot path, CANDIDATE — a
// counted number right before or right after a scope word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountReader, holdsTotal, readCountStatements, SCOPES, type CountSentence } from '../../grammar/counts.js';
import { corpus, CORPUS } from '../helpers.js';

const NUM = '(?:[0-9０-９]+|[零〇一二两三四五六七八九十百]+)';
const ALT = SCOPES.join('|');
const CANDIDATE = new RegExp(`${NUM}(?:多|余)?[个项件条宗处](?:${ALT})|(?:${ALT})${NUM}(?:多|余)?[个项件条宗处]`);

const bits = fc.constantFrom(
  ...['44', '十四', '两', '０', '9', '五十', '多', '余', '个', '项', '件', '条', '宗', '处', '方面'],
  ...[...SCOPES, '问题线', '信访', '任务', '立行立改', '楼盘', '整改', '完成'],
  ...['，', '。', '；', '！', '?', ' ', '\n', 'a', '是', '中'],
);
const countLike = fc.array(bits, { maxLength: 30 }).map((a) => a.join(''));

describe('the count reader lexes the sentences CANDIDATE picks', () => {
  it('on every line of the real notices', () => {
    let hits = 0;
    for (const c of CORPUS) {
      for (const line of corpus(c).split(/\r\n|\r|\n/)) {
        expect(holdsTotal(line), line).toBe(CANDIDATE.test(line));
        if (CANDIDATE.test(line)) hits++;
      }
    }
    expect(hits).toBeGreaterThan(20);
  });

  it('on random text, and on a window of it', () => {
    fc.assert(
      fc.property(countLike, fc.nat(), fc.nat(), (s, i, j) => {
        expect(holdsTotal(s)).toBe(CANDIDATE.test(s));
        const a = i % (s.length + 1);
        const b = a + (j % (s.length - a + 1));
        expect(holdsTotal(s, a, b)).toBe(CANDIDATE.test(s.slice(a, b)));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The statements as JSON with every offset made relative to `base`. */
const shifted = (st: CountSentence[], base: number) =>
  JSON.stringify(st, (k, v) => ((k === 'start' || k === 'end') && typeof v === 'number' ? v - base : v));

describe('the count reader reads a line of a text as that line alone', () => {
  // Its anchor search runs over the whole text and finds counted numbers by their unit: a
  // numeral just before the line (`3` + line `个问题…`) must not make an anchor of the unit.
  it('on random text cut into consecutive lines, read by one reader or one each', () => {
    fc.assert(
      fc.property(countLike, fc.array(fc.nat(), { maxLength: 4 }), (s, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((x, y) => x - y);
        const bounds = [0, ...at, s.length];
        const reader = new CountReader(s);
        for (let k = 0; k + 1 < bounds.length; k++) {
          const [a, b] = [bounds[k], bounds[k + 1]];
          const one: CountSentence[] = [];
          reader.read(a, b, one);
          const alone = readCountStatements(s.slice(a, b));
          expect(shifted(one, a)).toBe(shifted(alone, 0));
          expect(shifted(readCountStatements(s, a, b), a)).toBe(shifted(alone, 0));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
