// Completions and 统计句 on any text: never throw, every completion edit replaces only what was
// typed on the cursor's line, and a count-statement edit replaces numbers or inserts a line —
// it never removes anything else of the writer's text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from 'vscode-languageserver-types';
import { parseNotice } from '../../grammar/index.js';
import { completions } from '../../server/features/completion.js';
import { countPlans } from '../../server/features/countStatement.js';
import { translator } from '../../server/l10n/index.js';
import { PositionMapper } from '../../server/positions.js';
import { corpus, CORPUS } from '../helpers.js';

const chars = fc.constantFrom(...Array.from('一二三四五六七八九十（）()、.．:：。，；是整改结果情况反馈问题巡视巡察截至个完成阶段性①0123456789- \u3000\n\r'));
const noticeText = fc.array(chars, { maxLength: 300 }).map((a) => a.join(''));
const t = translator('zh');

function check(text: string, at: number, mode: 'auto' | 'restart' | 'continuous') {
  const doc = parseNotice(text);
  const pos = new PositionMapper(text, doc.lineStarts);
  const position = pos.positionAt(at);
  for (const item of completions(doc, pos, position, mode, t)) {
    const e = item.textEdit as TextEdit;
    expect(e.range.start.line).toBe(position.line);
    expect(e.range.end).toEqual(position);
    expect(e.range.start.character).toBeLessThanOrEqual(position.character);
    expect(item.label).not.toBe('');
    expect(item.detail).toBeTruthy();
  }
  for (const plan of countPlans(doc, mode)) {
    for (const e of plan.edits) {
      const old = text.slice(e.span.start, e.span.end);
      // A number replaced, a breakdown rewritten after 问题, or a new line inserted.
      if (old === '') expect(e.newText).toMatch(/^(\r\n|\n)+[ \t\u3000]*截至/);
      else if (/^[0-9〇零一二两三四五六七八九十百]+$/.test(old)) expect(e.newText).toMatch(/^([0-9]+|××)$/);
      else expect(text.slice(e.span.start - 2, e.span.start)).toBe('问题');
    }
  }
}

describe('writing help on any text', () => {
  it('random texts and cursor positions', () => {
    fc.assert(
      fc.property(noticeText, fc.nat(), fc.constantFrom('auto', 'restart', 'continuous'), (text, n, mode) => check(text, n % (text.length + 1), mode)),
      { numRuns: 400 },
    );
  });

  it('random cursor positions in the real notices', () => {
    const texts = CORPUS.map((c) => corpus(c));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), (d, n) => check(texts[d], n % (texts[d].length + 1), 'auto')),
      { numRuns: 60 },
    );
  });
});
