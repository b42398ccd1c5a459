// date-format: the date line and the dates of the preamble (GB/T 9704-2012 7.3.5). Impossible
// dates (2023年2月30日), broken ones (2025年1021日, 20211228日), a date line in Chinese
// numerals (二〇二三年十二月五日) or with zero-padded month/day (2021年08月05日); and, as
// information, a date line earlier than a date the text reports as already past (the
// inspection and feedback dates of the preamble, `截至…`).
import type { Span, TextSpan } from '../../grammar/index.js';
import { chineseToNumber } from '../../grammar/index.js';
import { linesHolding, writtenLines } from '../model/lines.js';
import type { Rule, RuleContext } from './types.js';

interface FoundDate {
  span: Span;
  year?: number;
  month: number;
  day: number;
}

const DATE = /(?<![0-9])(?:([0-9]{4})年)?([0-9]{1,3})月([0-9]{1,3})日/g;
const BROKEN = /(?<![0-9])[0-9]{4}年[0-9]{3,4}日|(?<![0-9年月])[0-9]{5,8}日/g;
const CN_DATE_LINE = /^([〇零一二三四五六七八九]{4})年([〇零一二三四五六七八九十]{1,3})月([〇零一二三四五六七八九十]{1,4})日$/;
const NO_DAY_MARK = /^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}$|^[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日?$/;
/** 截至, 截止: the lines that may say a date is past. */
const PAST_START = ['截'];
const PAST = /(?:截至|截止到?)[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日/g;
const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

const daysIn = (year: number | undefined, month: number) =>
  month === 2 ? (year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const value = (d: FoundDate) => (d.year ?? 0) * 10000 + d.month * 100 + d.day;

/** Check the dates of one line; returns the valid ones (with the year carried from the line's previous date). */
function checkLine(ctx: RuleContext, line: TextSpan, padding: boolean): FoundDate[] {
  const found: FoundDate[] = [];
  let year: number | undefined;
  for (const m of line.text.matchAll(BROKEN)) {
    const start = line.start + (m.index ?? 0);
    ctx.report({ span: { start, end: start + m[0].length }, message: ctx.t('date-format.broken', { date: m[0] }) });
  }
  for (const m of line.text.matchAll(DATE)) {
    const start = line.start + (m.index ?? 0);
    const span = { start, end: start + m[0].length };
    if (m[1] !== undefined) year = parseInt(m[1], 10);
    const month = parseInt(m[2], 10);
    const day = parseInt(m[3], 10);
    if (month < 1 || month > 12) {
      ctx.report({ span, message: ctx.t('date-format.badMonth', { date: m[0] }) });
      continue;
    }
    if (day < 1 || day > daysIn(year, month)) {
      ctx.report({ span, message: ctx.t('date-format.impossible', { date: m[0], month, day }) });
      continue;
    }
    if (padding && (/^0/.test(m[2]) || /^0/.test(m[3]))) {
      const fixed = `${m[1] !== undefined ? `${m[1]}年` : ''}${month}月${day}日`;
      const monthAt = start + m[0].length - m[3].length - 2 - m[2].length;
      const dayAt = start + m[0].length - 1 - m[3].length;
      const edits = [];
      if (/^0/.test(m[2])) edits.push({ span: { start: monthAt, end: monthAt + m[2].length }, newText: String(month) });
      if (/^0/.test(m[3])) edits.push({ span: { start: dayAt, end: dayAt + m[3].length }, newText: String(day) });
      ctx.report({
        span,
        message: ctx.t('date-format.zeroPadded', { date: m[0], fixed }),
        fixes: [{ title: ctx.t('date-format.zeroPadded.fix', { fixed }), preferred: true, edits }],
      });
    }
    found.push({ span, year, month, day });
  }
  return found;
}

export const dateFormat: Rule = {
  id: 'date-format',
  severity: 'warning',
  tags: ['writing'],
  check(ctx) {
    const { doc } = ctx;
    const past: FoundDate[] = [];
    for (const p of doc.preamble) past.push(...checkLine(ctx, p, true).filter((d) => d.year !== undefined));
    // `截至2021年6月30日` anywhere in the text: a date already past when the notice was signed.
    const lines = writtenLines(doc);
    for (const k of linesHolding(doc.text, lines, PAST_START)) {
      const line = lines[k];
      if (line.start === doc.date?.start || doc.preamble.some((p) => p.start === line.start)) continue;
      for (const m of doc.text.slice(line.start, line.end).matchAll(PAST)) {
        const d = /([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日/.exec(m[0]);
        if (!d) continue;
        const start = line.start + (m.index ?? 0) + m[0].length - d[0].length;
        const [year, month, day] = [parseInt(d[1], 10), parseInt(d[2], 10), parseInt(d[3], 10)];
        if (month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)) past.push({ span: { start, end: start + d[0].length }, year, month, day });
      }
    }

    const line = doc.date;
    if (!line) return;
    const cn = CN_DATE_LINE.exec(line.text);
    if (cn) {
      const year = Array.from(cn[1], (c) => CN_DIGIT[c]).join('');
      const month = chineseToNumber(cn[2]);
      const day = chineseToNumber(cn[3]);
      const fixed = `${year}年${month}月${day}日`;
      const monthAt = line.start + cn[1].length + 1;
      const dayAt = monthAt + cn[2].length + 1;
      const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(parseInt(year, 10), month);
      ctx.report({
        span: line,
        message: ctx.t('date-format.chineseNumerals', { fixed }),
        fixes: valid
          ? [
              {
                title: ctx.t('date-format.chineseNumerals.fix', { fixed }),
                preferred: true,
                edits: [
                  { span: { start: line.start, end: line.start + 4 }, newText: year },
                  { span: { start: monthAt, end: monthAt + cn[2].length }, newText: String(month) },
                  { span: { start: dayAt, end: dayAt + cn[3].length }, newText: String(day) },
                ],
              },
            ]
          : undefined,
      });
      return;
    }
    if (NO_DAY_MARK.test(line.text)) {
      ctx.report({ span: line, message: ctx.t('date-format.broken', { date: line.text }) });
      return;
    }
    const signed = checkLine(ctx, line, true)[0];
    if (!signed || signed.year === undefined) return;
    const latest = past.reduce<FoundDate | undefined>((a, d) => (a === undefined || value(d) > value(a) ? d : a), undefined);
    if (latest && value(latest) > value(signed)) {
      const fmt = (d: FoundDate) => `${d.year}年${d.month}月${d.day}日`;
      ctx.report({
        span: signed.span,
        severity: 'information',
        message: ctx.t('date-format.beforePast', { date: fmt(signed), past: fmt(latest) }),
        related: [{ span: latest.span, message: ctx.t('date-format.pastDate') }],
      });
    }
  },
};
