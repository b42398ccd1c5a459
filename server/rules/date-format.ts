// date-format: the date line and the dates of the preamble (GB/T 9704-2012 7.3.5). Impossible
// dates (2023年2月30日), broken ones (2025年1021日, 20211228日), a date line in Chinese
// numerals (二〇二三年十二月五日) or with zero-padded month/day (2021年08月05日); and, as
// information, a date line earlier than a date the text reports as already past (the
// inspection and feedback dates of the preamble, `截至…`). Anywhere in the writer's text (and in
// a date line the parser could not read as one): dates typed with dots, hyphens or slashes
// (`2023.5.14`, `2023-5-14`, `2023/5/14`, NOTICE-FORMAT.md §8), fixed to `2023年5月14日`.
import type { Heading, NoticeDocument, Paragraph, Span, TextSpan } from '../../grammar/index.js';
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

/**
 * A date typed as year, month and day joined by one separator, written twice: `2023.5.14`,
 * `2023-05-14`, `２０２３／５／１４`. What stands around it is judged in `separatorDates`.
 */
const SEP_DATE = /((?:19|20|１９|２０)[0-9０-９]{2})([.\-/．－／])([0-9０-９]{1,2})\2([0-9０-９]{1,2})/g;
/** Before a date: what makes it part of a longer number, a version, a path or a code. */
const NOT_BEFORE = /[0-9０-９A-Za-z_.\-/．－／\\#@=]/;
/** Before a date, a dash that may end a range (`2021.1.1-2021.12.31`) when the date itself is not joined by dashes. */
const RANGE_DASH = /[\-－]/;
/** After a date: a longer number, a unit, a code (`2021-12-01号`), a percentage. */
const NOT_AFTER = /^(?:[0-9０-９A-Za-z_%％]|[号批版条款楼栋幢室届]|单元)/;
/**
 * Web-page metadata (`日期:2021-08-25 来源:…`, `发布时间：…`): page residue, never the writer's
 * date, wherever the parser put it. A label only a web page writes, or two of the plainer ones.
 */
const PAGE_META_STRONG = /(?:发布日期|发布时间|发表时间|更新时间|浏览次数|点击数|阅读数|字体大小)[ \t\u3000]*[:：]/;
const PAGE_META_WEAK = /(?:^|[\s\u3000])(日期|时间|来源|编辑|作者|责任编辑)[ \t\u3000]*[:：]/g;
const pageMeta = (line: string) => PAGE_META_STRONG.test(line) || new Set(Array.from(line.matchAll(PAGE_META_WEAK), (m) => m[1])).size >= 2;
const URL_OR_MAIL = /(?:https?:\/\/|www\.)[^\s\u3000，。；、）)」”"'<>\u4e00-\u9fff]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g;
/** A signature line: an issuing body (中共某县委, 某县人民政府, 某区纪委监委, 某县委办公室). */
const ISSUER = /^中共[^。，,；;:：！？!?]{1,38}$|^[^。，,；;:：！？!?]{1,38}(?:委|委员会|党组|党委|工委|政府|办公室|纪委监委|监委|局|院|部|会)$/;
/** A whole line that is a date typed with separators (a date line the parser could not read as one). */
const SEP_DATE_LINE = /^(?:19|20|１９|２０)[0-9０-９]{2}([.\-/．－／])[0-9０-９]{1,2}\1[0-9０-９]{1,2}日?$/;

const ascii = (digits: string) => digits.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));

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

/** The last written line (sorted, apart) starting at or before `at`, by bisection; -1 when none does. */
function lineAt(lines: readonly Span[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  if (hi < 0 || lines[0].start > at) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A date line the parser left as page residue because it is typed with separators
 * (`2023.10.15` under the signature): the first line after the closing's contact lines and at
 * most four signature lines (issuing bodies).
 */
function separatorDateLine(doc: NoticeDocument): Paragraph | undefined {
  if (doc.date || !doc.closing) return undefined;
  let i = doc.paragraphs.indexOf(doc.closing) + 1;
  // The contact lines on lines of their own start with a label (closing.ts CONTACT_LINE).
  while (i < doc.paragraphs.length && /^[^。]{0,6}(?:电话|联系方式|信箱|邮箱|地址|[Ee]-?mail)/.test(doc.paragraphs[i].text)) i++;
  for (let signature = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (SEP_DATE_LINE.test(p.text)) return p;
    // Between them only the issuing bodies (a page's links and buttons end the search).
    if (++signature > 4 || p.text.length > 40 || !ISSUER.test(p.text.replace(/[ \t\u3000]/g, ''))) return undefined;
  }
  return undefined;
}

/** Dates typed with separators in the written lines and in `dateLine` (a date line read as residue). */
function separatorDates(ctx: RuleContext, dateLine: Span | undefined): void {
  const { doc } = ctx;
  const { text } = doc;
  const lines = writtenLines(doc);
  let seen: Span | undefined;
  let meta = false;
  let links: Span[] = [];
  // `exec`, not `matchAll`: the text is long, and `matchAll` copies the regex and goes through an iterator (twice the time).
  SEP_DATE.lastIndex = 0;
  for (let m = SEP_DATE.exec(text); m; m = SEP_DATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let line: Span | undefined;
    const k = lineAt(lines, start);
    if (k >= 0 && end <= lines[k].end) line = lines[k];
    else if (dateLine && start >= dateLine.start && end <= dateLine.end) line = dateLine;
    if (!line) continue; // page residue, a comment
    const heading = (line as Heading).type === 'heading' ? (line as Heading) : undefined;
    // `3.2023年…` is heading 3: the marker's dot is no part of the date.
    const before = start > line.start && !(heading && start === heading.marker.end) ? text[start - 1] : '';
    if (NOT_BEFORE.test(before) && !(RANGE_DASH.test(before) && !RANGE_DASH.test(m[2]))) continue;
    if (text.charAt(start - 1) === '第') continue; // 第2021-05-01号 and the like: a number
    const after = text.slice(end, end + 2);
    if (NOT_AFTER.test(after)) continue;
    // `2021.1.2.3`: a version or an address, not a date.
    if (/^[.\-/．－／][0-9０-９]/.test(after) && after[0] === m[2]) continue;
    // What the line says of itself is worked out once per line, not once per date in it.
    if (line !== seen) {
      seen = line;
      const lineText = text.slice(line.start, line.end);
      meta = pageMeta(lineText);
      const from = line.start;
      links = Array.from(lineText.matchAll(URL_OR_MAIL), (u) => ({ start: from + (u.index ?? 0), end: from + (u.index ?? 0) + u[0].length }));
    }
    if (meta || links.some((u) => start < u.end && u.start < end)) continue;
    const year = parseInt(ascii(m[1]), 10);
    const month = parseInt(ascii(m[3]), 10);
    const day = parseInt(ascii(m[4]), 10);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue; // no date at all
    const span = { start, end };
    if (day > daysIn(year, month)) {
      ctx.report({ span, message: ctx.t('date-format.impossible', { date: m[0], month, day }) });
      continue;
    }
    const fixed = `${year}年${month}月${day}日`;
    // Only the separators, the digits and the missing 日 change: `2023.5.14日` keeps its 日.
    const monthAt = start + m[1].length + 1;
    const dayAt = monthAt + m[3].length + 1;
    const edits = [{ span: { start: monthAt - 1, end: monthAt }, newText: '年' }, { span: { start: dayAt - 1, end: dayAt }, newText: '月' }];
    if (ascii(m[1]) !== m[1]) edits.unshift({ span: { start, end: start + m[1].length }, newText: String(year) });
    if (String(month) !== m[3]) edits.push({ span: { start: monthAt, end: monthAt + m[3].length }, newText: String(month) });
    if (String(day) !== m[4]) edits.push({ span: { start: dayAt, end: dayAt + m[4].length }, newText: String(day) });
    if (text[end] !== '日') edits.push({ span: { start: end, end }, newText: '日' });
    edits.sort((a, b) => a.span.start - b.span.start);
    // Without a closing the parser reads a date line it cannot parse as body: the text's last line, a date and nothing else.
    const isDateLine = line === dateLine || line === doc.date || (line === lines[lines.length - 1] && SEP_DATE_LINE.test(text.slice(line.start, line.end)));
    ctx.report({
      span,
      message: ctx.t(isDateLine ? 'date-format.separatorDateLine' : 'date-format.separator', { date: m[0], fixed }),
      fixes: [{ title: ctx.t('date-format.separator.fix', { fixed }), preferred: true, edits }],
    });
  }
}

export const dateFormat: Rule = {
  id: 'date-format',
  severity: 'warning',
  tags: ['writing'],
  check(ctx) {
    const { doc } = ctx;
    separatorDates(ctx, separatorDateLine(doc));
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
