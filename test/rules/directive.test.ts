// directive: a misspelt directive kind or rule id is reported where it is written, with a fix
// to the closest known name — and the fixed directive then does its work.
import { describe, expect, it } from 'vitest';
import { CORPUS, corpus, diagnosticStrings, findingsAt, fixAll, onlyRules, plant, settings } from '../helpers.js';
import { findingsMarked, unmark } from '../markers.js';

const only = (text: string) => diagnosticStrings(text, settings(), 'directive');
// lusong's one genuine fault: `4.` at line 91 where `3.` is missing.
const LUSONG_91 = '4.意识形态工作存在短板';

describe('directive', () => {
  it('is silent on the real notices and on well-written directives', () => {
    for (const c of CORPUS) expect(findingsAt(corpus(c), settings(), 'directive'), c).toEqual([]);
    const text = '<!-- notice-disable-file punctuation -->\n<!-- notice-disable numbering-sequence, count-items -->\n<!-- notice-enable -->\n<!-- 备注：notice-foo 只是提到 -->\n<!-- notice-disable-next-line-->\n一、甲\n';
    expect(only(text)).toEqual([]);
  });

  it('names a misspelt rule id at its place and offers the closest id', () => {
    expect(only('<!-- notice-disable-next-line numbering-sequnce, count-items -->\n一、甲\n')).toEqual([
      '[0:30..0:47] directive: 没有编号为“numbering-sequnce”的规则，指令对它不起作用',
    ]);
    expect(only('<!-- notice-disable foo -->\n')).toEqual(['[0:20..0:23] directive: 没有编号为“foo”的规则，指令对它不起作用']);
  });

  it('names an unknown directive kind', () => {
    expect(only('<!-- notice-disable-nextline punctuation -->\n')).toEqual([
      '[0:12..0:28] directive: 无法识别的指令“notice-disable-nextline”，此注释不起作用（可用：notice-disable-next-line、notice-disable、notice-enable、notice-disable-file）',
    ]);
  });

  it('on a real notice: the typo leaves the finding it meant to silence; the fix silences it', () => {
    const marked = plant(corpus('lusong-district-2021'), LUSONG_91, `<!-- notice-disable-next-line {directive}numbering-sequense -->\n{numbering-sequence}${LUSONG_91}`);
    const s = onlyRules(['numbering-sequence', 'directive']);
    expect(findingsMarked(marked, s)).toBe(marked);
    const { text } = unmark(marked);
    // fixAll applies the preferred fixes: the id becomes numbering-sequence (the renumbering is off here).
    const fixed = fixAll(text, onlyRules(['directive'])).text;
    expect(fixed).toBe(text.replace('numbering-sequense', 'numbering-sequence'));
    expect(findingsAt(fixed, s)).toEqual([]);
  });

  it('a directive the engine would not apply is named as a whole, not by its ids', () => {
    // `notice-disable,punctuation` is no directive (a space must follow the kind): the comment does nothing.
    expect(only('<!-- notice-disable,punctuation -->\n')).toEqual([
      '[0:12..0:31] directive: 无法识别的指令“notice-disable,punctuation”，此注释不起作用（可用：notice-disable-next-line、notice-disable、notice-enable、notice-disable-file）',
    ]);
  });

  it('fixes a misspelt kind, and offers no fix when nothing is close', () => {
    const text = '<!-- notice-disabel-file -->\n<!-- notice-zzz -->\n';
    expect(fixAll(text, onlyRules(['directive'])).text).toBe('<!-- notice-disable-file -->\n<!-- notice-zzz -->\n');
  });
});
