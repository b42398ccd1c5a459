import { readFileSync } from 'node:fs';
import { formatText } from './server/features/formatting.js';
import { analyze } from './server/engine.js';
import { parseNotice } from './grammar/index.js';
import { HALF_WIDTH } from './server/model/punctuation.js';
const fold = (s: string) => s.replace(/[\s\u3000\ufeff]/g, '').replace(/[，：；？！（）“”‘’]/g, (c) => HALF_WIDTH[c]);
for (const f of ['changsha-county-2021','lusong-district-2021','yiyang-hitech-2023']) {
  const text = readFileSync(`/work/shared/corpus/${f}.txt`, 'utf8');
  const t0 = performance.now();
  const out = formatText(text);
  const ms = performance.now() - t0;
  const again = formatText(out);
  const o1 = parseNotice(text).headings.map(h => `${h.level}:${h.marker.value}:${h.marker.part}:${fold(h.title.text)}`);
  const o2 = parseNotice(out).headings.map(h => `${h.level}:${h.marker.value}:${h.marker.part}:${fold(h.title.text)}`);
  const a = analyze(out);
  const fa = fold(text), fb = fold(out);
  let d = 0; while (fa[d] === fb[d] && d < fa.length) d++;
  console.log(f, ms.toFixed(0), 'idem', again === out, 'outline', JSON.stringify(o1) === JSON.stringify(o2), 'fold', fa === fb, d, fa.slice(d-10, d+10), '|', fb.slice(d-10,d+10), 'results', a.results.map(r => r.rule + r.severity + r.message));
  if (f.startsWith('lusong')) console.log(out.slice(0, 1500));
}
