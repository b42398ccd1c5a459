// Hover on a count statement: its reading and what the checks made of it — the totals (the one
// the parts were compared with marked), each part with its notes, the sum, each rate or share
// recomputed (with its hedge), the items listed, and the pieces left unread. Everything shown
// comes from the model's StatementChecks, the very values the count-* rules report from.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { NoticeDocument } from '../../grammar/index.js';
import { scopeWord, type Translator } from '../l10n/index.js';
import { candidateLabel, countModel, itemRange, partValue, percent, statementAt, type SumCheck } from '../model/countModel.js';
import type { PositionMapper } from '../positions.js';

const row = (...cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function sumCell(t: Translator, sum: SumCheck): string {
  const written = `${sum.values.join('+')}=${sum.sum}`;
  if (sum.verdict === 'skipped') return t('count.hover.skipped', { reason: t(`count.skip.${sum.reason ?? 'gap'}`) });
  const total = sum.total?.number.value ?? 0;
  return t(sum.verdict === 'ok' ? 'count.hover.sumOk' : 'count.hover.sumWrong', { written, total });
}

export function countHover(doc: NoticeDocument, pos: PositionMapper, position: Position, t: Translator): Hover | null {
  const s = statementAt(countModel(doc), pos.offsetAt(position));
  if (!s) return null;
  const { sum, notes, rates } = s.checks;
  const section = s.describes?.clear ? s.describes : undefined;
  const lines = [t('count.hover.title'), '', t('count.hover.header'), '|---|---:|---|'];
  if (s.aspects) {
    const level2 = section && section.heading.level === 1 ? section.heading.children.filter((c) => c.level === 2).length : undefined;
    lines.push(row(t('count.hover.aspects'), s.aspects.value, level2 !== undefined ? t('count.hover.aspectsListed', { n: level2 }) : ''));
  }
  for (const total of s.chain) {
    const cells: string[] = [];
    if (total === sum.total && sum.verdict !== 'skipped') cells.push(t('count.hover.compared'));
    if (section && total === s.chain[s.chain.length - 1]) cells.push(t('count.hover.listed', { n: section.count, range: itemRange(section) }));
    lines.push(row(t('count.hover.total', { scope: scopeWord(t, total.scope || total.number.unit, total.number.value) }), total.number.value, cells.join(t('count.hover.cellSep'))));
  }
  const tallied = section?.tallyComplete ? section.tally : undefined;
  const noteRow = (n: (typeof notes)[number]) => row(t('count.hover.note', { note: n.note.text }), n.note.number?.value ?? '', t(n.ok ? 'count.hover.noteOk' : 'count.hover.noteWrong', { within: n.within }));
  for (const n of notes) if (s.notes.includes(n.note)) lines.push(noteRow(n));
  for (const p of s.parts) {
    const label = p.rest ? t('count.hover.rest', { status: p.status?.text ?? '' }) : (p.status?.text ?? '');
    lines.push(row(label, partValue(s, p), tallied && p.category ? t('count.hover.tally', { n: tallied[p.category] ?? 0 }) : ''));
    for (const n of notes) if (p.notes.includes(n.note)) lines.push(noteRow(n));
  }
  if (s.parts.length > 0) lines.push(row(t('count.hover.sum'), '', sumCell(t, sum)));
  for (const r of rates) {
    const rate = r.rate;
    const kind = rate.part !== undefined ? t('count-rate.share') : rate.kind;
    const hedge = rate.hedge ? t(`count.hover.hedge.${rate.hedge}`, { word: rate.hedgeText ?? '' }) : '';
    let cell: string;
    if (r.verdict === 'skipped' || r.total === undefined) cell = t('count.hover.skipped', { reason: t(`count.skip.${r.reason ?? 'noNumerator'}`) });
    else {
      const total = r.total;
      const computed = r.candidates.map((c) => t('count-rate.candidate', { label: candidateLabel(t, c, s, rate), num: c.numerator, total, rate: percent(c.numerator, total, rate.decimals) }));
      cell = `${computed.join('<br>')}<br>${t(r.verdict === 'ok' ? 'count.hover.rateOk' : 'count.hover.rateWrong')}`;
    }
    lines.push(row(kind + hedge, `${rate.digits.text}%`, cell));
  }
  if (s.gaps.length > 0) lines.push('', t('count.hover.gaps', { pieces: s.gaps.map((g) => `“${g.text}”`).join(t('count.hover.listSep')) }));
  // Only when the sum was left unchecked for it: never beside a comparison a diagnostic makes.
  if (sum.verdict === 'skipped' && s.notBreakdown) lines.push('', t('count.hover.notBreakdown', { reason: t(`count.reason.${s.notBreakdown}`) }));
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: pos.range(s.span) };
}
