// Hover on a count statement: what the notice states against what the document computes —
// the total against the items listed (with their range), each status against the items'
// `整改结果：` tally, the sum of the parts, and the rate recomputed for each numerator.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { NoticeDocument } from '../../grammar/index.js';
import { scopeWord, type Translator } from '../l10n/index.js';
import {
  countModel,
  itemRange,
  partValue,
  percent,
  rateCandidates,
  statementAt,
  totalOf,
} from '../model/counts.js';
import type { PositionMapper } from '../positions.js';

const row = (...cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function countHover(doc: NoticeDocument, pos: PositionMapper, position: Position, t: Translator): Hover | null {
  const s = statementAt(countModel(doc), pos.offsetAt(position));
  if (!s) return null;
  const total = totalOf(s);
  const section = s.describes?.clear ? s.describes : undefined;
  const lines = [t('count.hover.title'), '', t('count.hover.header'), '|---|---:|---|'];
  const listed = section ? t('count.hover.listed', { n: section.count, range: itemRange(section) }) : '';
  lines.push(row(t('count.hover.total', { scope: scopeWord(t, total.scope, total.number.value) }), total.number.value, listed));
  if (s.aspects) {
    const level2 = section && section.heading.level === 1 ? section.heading.children.filter((c) => c.level === 2).length : undefined;
    lines.push(row(t('count.hover.aspects'), s.aspects.value, level2 !== undefined ? t('count.hover.aspectsListed', { n: level2 }) : ''));
  }
  const tallied = section?.tallyComplete ? section.tally : undefined;
  for (const p of s.parts) {
    lines.push(row(p.status.text, partValue(s, p), tallied ? t('count.hover.tally', { n: tallied[p.category] ?? 0 }) : ''));
  }
  if (s.parts.length > 0) {
    const values = s.parts.map((p) => partValue(s, p));
    lines.push(row(t('count.hover.sum'), '', `${values.join('+')}=${values.reduce((a, b) => a + b, 0)}`));
  }
  if (s.rate && total.number.value > 0) {
    const rate = s.rate;
    const computed = rateCandidates(t, s).map((c) =>
      t('count-rate.candidate', { label: c.label, num: c.numerator, total: total.number.value, rate: percent(c.numerator, total.number.value, rate.decimals) }),
    );
    lines.push(row(rate.kind, `${rate.digits.text}%`, computed.join('<br>')));
  }
  if (s.notBreakdown) lines.push('', t('count.hover.notBreakdown', { reason: t(`count.reason.${s.notBreakdown}`) }));
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: pos.range(s.span) };
}
