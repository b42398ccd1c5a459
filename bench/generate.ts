// Generated notices for the benchmark and the robustness tests, made from the real ones:
// `scaledNotice` repeats the problem sections of a notice (renumbering the level-1 headings)
// until the text is `factor` times as long; `variantNotice` makes the n-th of many distinct
// notices by small deterministic edits of a corpus notice.
import { numberToChinese } from '../grammar/index.js';

const LEVEL1 = /^([ \t\u3000]*)([一二三四五六七八九十]{1,4})、/;

function lines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

/**
 * The notice `factor` times as long (in bytes, approximately): its problem sections (the
 * level-1 sections from the second to the one before last) repeated, and every level-1
 * heading from the second on renumbered 二、三、四… so the numbering stays right.
 * `factor` 1 returns the text unchanged.
 */
export function scaledNotice(text: string, factor: number): string {
  if (factor <= 1) return text;
  const ls = lines(text);
  const level1 = ls.map((l, i) => (LEVEL1.test(l) ? i : -1)).filter((i) => i >= 0);
  if (level1.length < 3) throw new Error('scaledNotice: the notice needs at least three level-1 sections');
  const from = level1[1];
  const to = level1[level1.length - 1];
  const head = ls.slice(0, from);
  const block = ls.slice(from, to);
  const tail = ls.slice(to);
  const bytes = (a: string[]) => Buffer.byteLength(a.join(''));
  const rest = bytes(head) + bytes(tail);
  const copies = Math.max(1, Math.round((factor * Buffer.byteLength(text) - rest) / bytes(block)));
  let n = 1; // 一 stays as it is
  const renumber = (l: string) => (LEVEL1.test(l) ? l.replace(LEVEL1, (_, ind: string) => `${ind}${numberToChinese(++n)}、`) : l);
  const out = [...head];
  for (let c = 0; c < copies; c++) for (const l of block) out.push(renumber(l));
  for (const l of tail) out.push(renumber(l));
  return out.join('');
}

/** A small deterministic PRNG (mulberry32) so generated sets are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = ['的', '和', '整改', '落实', '工作', '问题', '2021年'];

/** The n-th of many distinct notices: one of `bases`, with a few words inserted before sentence ends. */
export function variantNotice(bases: string[], n: number): string {
  const rnd = prng(n + 1);
  let text = bases[n % bases.length];
  for (let k = 0; k < 3; k++) {
    // Just before a 。 : inside a sentence, never touching a heading marker.
    const at = text.indexOf('。', Math.floor(rnd() * text.length));
    if (at < 0) continue;
    text = text.slice(0, at) + FILLER[Math.floor(rnd() * FILLER.length)] + text.slice(at);
  }
  return text;
}
