// The hover over each sentence of the count table (test/rules/count-sentences.ts) shows the
// reading the rules used: every total, part, note and rate as read, and for the sum and each
// rate the same verdict the diagnostics give — never "not a breakdown" where a rule compares.
import { describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver-types';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';
import { countHover } from '../../server/features/hover.js';
import { translator } from '../../server/l10n/index.js';
import { countModel } from '../../server/model/countModel.js';
import { PositionMapper } from '../../server/positions.js';
import { onlyRules } from '../helpers.js';
import { COUNT_ROWS } from '../rules/count-sentences.js';

const zh = translator('zh');
const TITLE = '中共某某县委关于巡视整改进展情况的通报\n\n';

describe('the hover over each sentence of the count table', () => {
  const rows = COUNT_ROWS.filter((r) => r.reading !== '');

  it.each(rows.map((r) => [r.sentence, r] as const))('shows what the rules used for %s', (_, row) => {
    const text = `${TITLE}${row.sentence}\n`;
    const doc = parseNotice(text);
    const pos = new PositionMapper(text, doc.lineStarts);
    const findings = analyze(text, onlyRules(['count-'])).results;
    const statements = countModel(doc).statements;
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      const hover = countHover(doc, pos, pos.positionAt(s.span.start), zh);
      const md = (hover?.contents as MarkupContent).value;
      const rowsOf = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| |'));
      const cell = (v: number | string) => rowsOf.some((l) => l.split(' | ')[1] === String(v));
      for (const t of s.chain) expect(cell(t.number.value), `total ${t.number.text}\n${md}`).toBe(true);
      for (const p of s.parts) expect(cell(p.number?.value ?? s.chain[s.chain.length - 1].number.value), `part ${p.number?.text}\n${md}`).toBe(true);
      for (const r of [...(s.rate ? [s.rate] : []), ...s.shares]) expect(cell(`${r.digits.text}%`), `rate ${r.digits.text}\n${md}`).toBe(true);
      for (const n of [...s.notes, ...s.parts.flatMap((p) => p.notes)]) if (n.number) expect(cell(n.number.value), `note ${n.text}\n${md}`).toBe(true);
      // The sum and the rates: the verdict the diagnostics give on this statement.
      const inside = (start: number) => start >= s.span.start && start <= s.span.end;
      const sumFound = findings.some((f) => f.rule === 'count-sum' && inside(f.span.start) && !s.checks.notes.some((n) => n.note.start === f.span.start));
      const sumRow = rowsOf.find((l) => l.startsWith('| 分项之和 '));
      if (sumFound) expect(sumRow, md).toContain('不符 ✗');
      else if (s.checks.sum.verdict === 'ok') expect(sumRow, md).toContain('相符 ✓');
      else if (s.parts.length > 0) expect(sumRow, md).toContain('未核对');
      if (sumFound) expect(md).not.toContain('此句不是分项统计');
      for (const r of s.checks.rates) {
        const rateRow = rowsOf.find((l) => l.split(' | ')[1] === `${r.rate.digits.text}%`) ?? '';
        const rateFound = findings.some((f) => f.rule === 'count-rate' && f.span.start === r.rate.start);
        expect(rateRow.includes('不符 ✗'), md).toBe(rateFound);
        if (r.verdict === 'ok') expect(rateRow, md).toContain('相符 ✓');
        if (r.rate.hedge) expect(rateRow, md).toContain(r.rate.hedgeText);
      }
    }
  });
});
