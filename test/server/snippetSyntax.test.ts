// The snippet expander that the snippet tests and completion documentation rely on: it must
// read VS Code's syntax as the editor does.
import { describe, expect, it } from 'vitest';
import { dateVariables, expandSnippet } from '../../server/features/snippetSyntax.js';

describe('snippet expander', () => {
  it('fills placeholders with their defaults, mirrors with the first definition, $0 with nothing', () => {
    const e = expandSnippet(['${1:甲}、${2:乙}$1', '$0丙']);
    expect(e.text).toBe('甲、乙甲\n丙');
    expect(e.placeholders.map((p) => [p.index, p.start, p.end])).toEqual([
      [1, 0, 1],
      [2, 2, 3],
      [1, 3, 4],
      [0, 5, 5],
    ]);
  });

  it('takes the first option of a choice (and mirrors it); options may hold escaped commas', () => {
    const e = expandSnippet('${1|巡视,巡察|}反馈；${1}；${2|a\\,b,c|}');
    expect(e.text).toBe('巡视反馈；巡视；a,b');
    expect(e.placeholders[0].choices).toEqual(['巡视', '巡察']);
  });

  it('nests placeholders, keeps escaped $ and }', () => {
    expect(expandSnippet('${1:外${2:内}外}\\$5 \\}').text).toBe('外内外$5 }');
  });

  it('uses values typed into tabstops, for every mirror', () => {
    expect(expandSnippet('${1:×}个，共${1}个；${2|a,b|}', {}, { 1: '31', 2: 'b' }).text).toBe('31个，共31个；b');
  });

  it('resolves variables, applies their transforms, and falls back to the default or the name', () => {
    const vars = dateVariables(new Date(2021, 7, 5));
    expect(vars.CURRENT_MONTH).toBe('08');
    expect(expandSnippet('$CURRENT_YEAR年${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日', vars).text).toBe('2021年8月5日');
    const oct = dateVariables(new Date(2023, 9, 30));
    expect(expandSnippet('${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日', oct).text).toBe('10月30日');
    expect(expandSnippet('${CURRENT_MONTH/^0?([0-9]+)$/第$1月/}', vars).text).toBe('第8月');
    expect(expandSnippet('${UNKNOWN:默认}|$UNKNOWN', vars).text).toBe('默认|UNKNOWN');
  });

  it('leaves a lone or malformed $ as text', () => {
    expect(expandSnippet('100$ 与 ${ 与 ${1:x').text).toBe('100$ 与 ${ 与 ${1:x');
  });
});
