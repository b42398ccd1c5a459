// 统计句生成: write or update the count statement of a problems section from what the section
// lists — the number of problem items (split items once) and, when every item states a
// 整改结果, the tally of the statuses:
//   截至××，巡视反馈的31个问题，已完成整改13个，阶段性完成整改18个。
// The statement the section already has (the count model's statement that describes it: in
// the section, or in the organisation section naming its body) is updated in place: only its
// numbers change — the total it counts (问题, 具体问题 or 整改事项, as written) and the parts.
// Only when the items tally a status the statement does not name is its breakdown rewritten.
// Without statuses the writer's breakdown stays while it adds up to the new total; when it
// cannot, its numbers (only they) become ×× for the writer to fill in. A rate after the
// breakdown (`整改完成率88.9%`) follows the new numbers, by the definition it was written with.
// A new statement is written only where the section has none, counting what the notice's
// other statements count.
//
// Fields of the count model read here: statements[].span, .describes.heading, .kind,
// .secondary, .foreign, .notBreakdown, .chain[].scope/.number (start, end, value, unit,
// numeral), .parts[].number/.category, .rate (through rateCandidates/reproduces).
import type { CodeAction, Range } from 'vscode-languageserver-types';
import { applyEdits } from './codeActions.js';
import { COUNT_STATEMENT_KIND } from '../../common/ids.js';
import { readCountStatements, type NoticeDocument, type Paragraph, type Span } from '../../grammar/index.js';
import type { Translator } from '../l10n/index.js';
import { countModel, formatLike, percent, rateCandidates, reproduces, totalOf, type CountSentence, type CountStatement, type CountTotal } from '../model/countModel.js';
import { memo } from '../model/memo.js';
import { numberingModel } from '../model/numbering.js';
import { inspectionKind, problemSections, type ProblemsSection } from '../model/sections.js';
import type { PositionMapper } from '../positions.js';
import type { NumberingMode, TextEdit } from '../rules/types.js';
import { COUNT_DATE_PLACEHOLDER, COUNT_PHRASES, COUNT_UNKNOWN, countSentence } from './snippetData.js';

export { COUNT_STATEMENT_KIND };

/** The totals that count the problems a section lists, as notices word them. */
const COUNTED_SCOPES = new Set(['问题', '具体问题', '反馈问题', '整改事项']);
/** After a total: the next clause names a status (`60个问题，已完成整改××个`). */
const STATUS_NEXT = /^[个项件条]?[^，,。；;]{0,6}[，,、][ \t\u3000]*(?:已|基本|阶段性|正在|未|长期|持续|全部|均)/;

export interface ExistingStatement {
  statement: CountStatement;
  /** The paragraph that holds it (undefined on a heading line). */
  paragraph?: Paragraph;
  /** The total it states for the section's items. */
  total: CountTotal;
}

export interface CountPlan {
  section: ProblemsSection;
  total: number;
  /** The tally by status phrase (`已完成整改` → 13), when every item states its status. */
  tally?: Map<(typeof COUNT_PHRASES)[number], number>;
  existing?: ExistingStatement;
  edits: TextEdit[];
}

/** The statement's total that counts the listed items: the last counted scope of its chain. */
function countedTotal(s: CountStatement): CountTotal | undefined {
  return [...s.chain].reverse().find((c) => COUNTED_SCOPES.has(c.scope));
}

function tallyOf(section: ProblemsSection): CountPlan['tally'] {
  if (section.items.length === 0 || section.items.some((i) => i.status === undefined)) return undefined;
  const tally: NonNullable<CountPlan['tally']> = new Map();
  for (const entry of COUNT_PHRASES) {
    const n = section.items.filter((i) => entry.statuses.includes(i.status!)).length;
    if (n > 0) tally.set(entry, n);
  }
  return tally;
}

/** For each problems section, the edits that write or update its count statement (empty when it is up to date); memoised per tree. */
export function countPlans(doc: NoticeDocument, mode: NumberingMode = 'auto'): CountPlan[] {
  return memo(doc, `countPlans:${mode}`, () => computePlans(doc, mode));
}

function computePlans(doc: NoticeDocument, mode: NumberingMode): CountPlan[] {
  const sections = problemSections(doc, numberingModel(doc, mode));
  // Count statements: a total of the problems with a breakdown by status (or a rate, or parts
  // left ×× for the writer); a mere mention of a number of problems (`12个问题细化分解为…`) is none.
  const statements = countModel(doc).statements.filter((s) => {
    const total = s.kind !== 'item' && !s.secondary && !s.foreign ? countedTotal(s) : undefined;
    return total !== undefined && (s.parts.length > 0 || s.rate !== undefined || STATUS_NEXT.test(doc.text.slice(total.number.end, s.span.end)));
  });
  const plans: CountPlan[] = [];
  for (const section of sections) {
    if (section.items.length === 0) continue;
    const total = section.items.length;
    const tally = tallyOf(section);
    const own = statements.find((s) => s.describes?.heading === section.heading);
    const existing: ExistingStatement | undefined = own && {
      statement: own,
      paragraph: doc.paragraphs.find((p) => p.start <= own.span.start && own.span.start < p.end),
      total: countedTotal(own)!,
    };
    const edits = existing ? updateEdits(doc, existing, total, tally) : [insertEdit(doc, section, total, tally, statements)];
    plans.push({ section, total, tally, existing, edits });
  }
  return plans;
}

/** The edits that bring an existing statement up to date: its numbers, and its breakdown only when it lacks a tallied status. */
function updateEdits(doc: NoticeDocument, existing: ExistingStatement, total: number, tally: CountPlan['tally']): TextEdit[] {
  const { statement, total: stated } = existing;
  const text = doc.text;
  const edits: TextEdit[] = [];
  const setNumber = (n: CountTotal['number'], value: number | undefined) => {
    const newText = value === undefined ? COUNT_UNKNOWN : formatLike(value, n);
    if (text.slice(n.start, n.end) !== newText) edits.push({ span: { start: n.start, end: n.end }, newText });
  };
  setNumber(stated.number, total);
  // The parts are only read as a breakdown of this total when they are one (not 其中…, not other units).
  const parts = statement.notBreakdown ? [] : statement.parts;
  if (tally && parts.length > 0) {
    const byCategory = new Map<string, number>();
    for (const [entry, n] of tally) byCategory.set(entry.category, (byCategory.get(entry.category) ?? 0) + n);
    const categories = parts.map((p) => p.category);
    const inPlace = parts.every((p) => p.number !== undefined) && new Set(categories).size === categories.length && [...byCategory.keys()].every((c) => categories.includes(c as never));
    if (inPlace) {
      for (const p of parts) setNumber(p.number!, (p.category && byCategory.get(p.category)) || 0);
    } else {
      // A status the statement does not name: the breakdown is written anew, from its first part to its last number.
      const first = parts[0].span.start;
      const lastPart = parts[parts.length - 1];
      const end = lastPart.number ? lastPart.number.end + lastPart.number.unit.length : (lastPart.status?.end ?? lastPart.span.end);
      const unit = parts.find((p) => p.number)?.number?.unit ?? '个';
      const comma = /,/.test(text.slice(statement.span.start, first)) ? ',' : '，';
      const breakdown = [...tally].map(([entry, n]) => `${entry.phrase}${n}${unit}`).join(comma);
      if (text.slice(first, end) !== breakdown) edits.push({ span: { start: first, end }, newText: breakdown });
    }
  } else if (!tally && parts.length > 0) {
    // The items state no statuses: keep the writer's breakdown while it still fits the total;
    // when it no longer can, its numbers become placeholders for the writer.
    const numbers = parts.flatMap((p) => (p.number ? [p.number] : []));
    const sum = numbers.reduce((a, n) => a + n.value, 0);
    const fits = numbers.length === 0 || (numbers.length === 1 ? sum <= total : sum === total);
    if (!fits) for (const n of numbers) setNumber(n, undefined);
  }
  const rate = rateEdit(doc, statement, edits);
  if (rate) edits.push(rate);
  return edits;
}

/** A new statement on the line after the section's heading, counting what the notice's statements count. */
function insertEdit(doc: NoticeDocument, section: ProblemsSection, total: number, tally: CountPlan['tally'], statements: CountStatement[]): TextEdit {
  const h = section.heading;
  const text = doc.text;
  const eol = text.startsWith('\r\n', h.lineSpan.end) ? '\r\n' : '\n';
  const nextLineStart = h.lineSpan.end + eol.length;
  const nextLineEnd = text.slice(nextLineStart).search(/\r\n|\r|\n|$/) + nextLineStart;
  const blankAfter = h.lineSpan.end < text.length && text.slice(nextLineStart, nextLineEnd).trim() === '';
  const indent = /^[ \t\u3000]*/.exec(text.slice(h.lineSpan.start, h.lineSpan.end))![0];
  const fullWidth = (text.match(/，/g)?.length ?? 0) >= (text.match(/,/g)?.length ?? 0);
  const comma = fullWidth ? '，' : ',';
  const like = statements.map(countedTotal).find((c) => c !== undefined);
  const unit = like?.number.unit ?? '个';
  const parts = tally ? [...tally].map(([entry, n]) => `${entry.phrase}${n}${unit}`) : [`已完成整改${COUNT_UNKNOWN}${unit}`];
  const sentence = countSentence(COUNT_DATE_PLACEHOLDER, inspectionKind(doc, h), total, parts, comma, '。', `${unit}${like?.scope ?? '问题'}`);
  return { span: { start: h.lineSpan.end, end: h.lineSpan.end }, newText: (blankAfter ? eol + eol : eol) + indent + sentence };
}

/** The count sentence of `text[start, end)` that starts at `start` and states a rate. */
function rateSentence(text: string, start: number, end: number): CountSentence | undefined {
  return readCountStatements(text, start, end).find((s) => s.rate !== undefined && s.span.start === start);
}

/**
 * The rate of an updated statement, recomputed from its new numbers by the definition its old
 * value matches (done only, done + 基本完成 …: the numerators count-rate knows), at the same
 * precision; ×× for the writer when the old value matches none (or the new parts are unknown).
 */
function rateEdit(doc: NoticeDocument, old: CountSentence, edits: TextEdit[]): TextEdit | undefined {
  if (edits.length === 0 || !old.rate) return undefined;
  // The sentence as the other edits leave it: they all lie in it, so its start stays and only its end moves.
  const grown = edits.reduce((n, e) => n + e.newText.length - (e.span.end - e.span.start), 0);
  const now = rateSentence(applyEdits(doc.text, edits), old.span.start, old.span.end + grown);
  const oldTotal = totalOf(old)?.number.value ?? 0;
  const nowTotal = now ? (totalOf(now)?.number.value ?? 0) : 0;
  // A definition is the categories its numerator sums (or the total less the unfinished).
  const key = (c: { categories: unknown }) => JSON.stringify(c.categories);
  const definition = oldTotal > 0 ? rateCandidates(old, oldTotal).find((c) => reproduces(c.numerator, oldTotal, old.rate!)) : undefined;
  const numerator = definition !== undefined && now && nowTotal > 0 ? rateCandidates(now, nowTotal).find((c) => key(c) === key(definition))?.numerator : undefined;
  const digits = numerator !== undefined && now ? percent(numerator, nowTotal, old.rate.decimals) : COUNT_UNKNOWN;
  return digits === old.rate.digits.text ? undefined : { span: old.rate.digits, newText: digits };
}

/** The code actions on the problems sections the range touches (or on their existing statements). */
export function countStatementActions(
  doc: NoticeDocument,
  pos: PositionMapper,
  uri: string,
  range: Range,
  only: string[] | undefined,
  t: Translator,
  mode: NumberingMode = 'auto',
): CodeAction[] {
  if (only && !only.some((k) => COUNT_STATEMENT_KIND === k || COUNT_STATEMENT_KIND.startsWith(`${k}.`))) return [];
  const span = { start: pos.offsetAt(range.start), end: pos.offsetAt(range.end) };
  const touches = (s: Span) => s.start <= span.end && span.start <= s.end;
  const actions: CodeAction[] = [];
  for (const plan of countPlans(doc, mode)) {
    if (plan.edits.length === 0) continue;
    const h = plan.section.heading;
    // Updating an outdated statement: anywhere in the section or on the statement; writing a
    // missing one (many notices rightly have none): on the heading and the paragraphs before its first item.
    const head = { start: h.lineSpan.start, end: h.children[0]?.lineSpan.start ?? h.section.end };
    const where = plan.existing ? touches(h.section) || touches(plan.existing.paragraph ?? plan.existing.statement.span) : touches(head);
    if (!where) continue;
    const name = (h.marker.text + h.title.text).slice(0, 24);
    actions.push({
      title: t(plan.existing ? 'countStatement.rewrite' : 'countStatement.write', { section: name }),
      kind: COUNT_STATEMENT_KIND,
      edit: { changes: { [uri]: plan.edits.map((e) => ({ range: pos.range(e.span), newText: e.newText })) } },
    });
  }
  return actions;
}
