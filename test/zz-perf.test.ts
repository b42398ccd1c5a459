import { it } from 'vitest';
import { parseNotice } from '../grammar/index.js';
import { countModel } from '../server/model/countModel.js';
import { readCountStatements, holdsTotal } from '../grammar/counts-reading.js';
import { parseCountSentence, countLexer } from '../grammar/counts-grammar.js';
import { corpus } from './helpers.js';
it('perf', () => {
  const text = corpus('changsha-county-2021') + corpus('lusong-district-2021') + corpus('yiyang-hitech-2023');
  const time = (name: string, f: () => void) => { for (let i = 0; i < 20; i++) f(); const t0 = performance.now(); for (let i = 0; i < 100; i++) f(); console.log(name, ((performance.now() - t0) / 100).toFixed(3), 'ms'); };
  console.log('bytes', text.length);
  time('parseNotice', () => parseNotice(text));
  time('model', () => countModel(parseNotice(text)));
  const lines = text.split('\n');
  time('readCountStatements lines', () => { for (const l of lines) readCountStatements(l); });
  let n = 0; const sents: string[] = [];
  for (const l of lines) for (const s of l.split(/(?<=[。；;！？!?])/)) if (holdsTotal(s)) { n++; sents.push(s); }
  console.log('candidates', n);
  time('holdsTotal', () => { for (const l of lines) for (const s of l.split(/(?<=[。；;！？!?])/)) holdsTotal(s); });
  time('parse only', () => { for (const s of sents) parseCountSentence(s); });

  time('lex only', () => { for (const s of sents) countLexer.tokenize(s); });
});
