// 统计句生成: write or rewrite the count statement of a problems section from what the
// section lists — the number of problem items (split items once) and, when every item states
// a 整改结果, the tally of the statuses:
//   截至××，巡视反馈的31个问题，已完成整改13个，阶段性完成整改18个。
// An existing statement (in the section's own paragraphs, else in the organisation section)
// is rewritten in place: only its total and, when the tallies are known, its breakdown
// change; its date, its wording up to 个问题 and the rest of the paragraph stay as written.
// Without statuses the writer's breakdown stays while it adds up to the new total; when it
// cannot, its numbers (only they) become ×× for the writer to fill in. A rate after the
// breakdown (`整改完成率88.9%`) follows the new numbers, by the definition it was written with.
import type { CodeAction, Range } from 'vscode-languageserver-types';
import { applyEdits } from './codeActions.js';
import { COUNT_STATEMENT_KIND } from './kinds.js';
import { readCountStatements, type NoticeDocument, type Paragraph, type Span } from '../../grammar/index.js';
import type { Translator } from '../l10n/index.js';
import { percent, rateCandidates, reproduces, totalOf, type CountSentence } from '../model/countModel.js';
import { memo } from '../model/memo.js';
import { numberingModel } from '../model/numbering.js';
import { inspectionKind, problemSections, type ProblemsSection } from '../model/sections.js';
import type { PositionMapper } from '../positions.js';
import type { NumberingMode, TextEdit } from '../rules/types.js';
import { COUNT_DATE_PLACEHOLDER, COUNT_PHRASES, COUNT_UNKNOWN, countSentence } from './snippetData.js';

export { COUNT_STATEMENT_KIND };

/** `截至6月30日,巡视反馈长沙县的60个问题` — the head of a count statement, up to its noun. */
const STATEMENT_HEAD = /(?:截至[^，,。；;]{1,20}[，,][ \t\u3000]*)?(?:巡视|巡察)反馈([^，,。；;0-9０-９]{0,24}?)的?([0-9]+|[〇零一二两三四五六七八九十百]+)个(?:具体)?问题/g;
/** A clause that breaks the total down names at least one status. */
const HAS_STATUS = /完成|整改|办结|坚持/;
const BREAKDOWN = /^(?:[，,、][ \t\u3000]*[^，,、。；;0-9]{1,12}?[0-9]+[个项件条])+/;

export interface ExistingStatement {
  paragraph: Paragraph;
  /** The total as written. */
  total: Span;
  /** The breakdown: from after 问题 through the last `，<status>N个` part (empty when there is none). */
  tail: Span;
  /** What the statement names between 反馈 and the number (`长沙县`), trimmed of 的. */
  object: string;
}

export interface CountPlan {
  section: ProblemsSection;
  total: number;
  /** The breakdown (`已完成整改13个`), when every item states its status. */
  parts?: string[];
  existing?: ExistingStatement;
  edits: TextEdit[];
}

function findStatements(paragraphs: Paragraph[]): ExistingStatement[] {
  const out: ExistingStatement[] = [];
  for (const p of paragraphs) {
    STATEMENT_HEAD.lastIndex = 0;
    for (let m = STATEMENT_HEAD.exec(p.text); m; m = STATEMENT_HEAD.exec(p.text)) {
      const headEnd = m.index + m[0].length;
      const rest = p.text.slice(headEnd);
      const stop = rest.search(/[。；;]/);
      const clause = stop < 0 ? rest : rest.slice(0, stop);
      if (!/^(?:中)?[，,、]/.test(clause) || !HAS_STATUS.test(clause)) continue;
      // The breakdown: the run of `，<status>N个` parts (a rate or other words after it stay).
      const parts = BREAKDOWN.exec(clause)?.[0] ?? '';
      const numberAt = m.index + m[0].lastIndexOf(m[2] + '个');
      out.push({
        paragraph: p,
        total: { start: p.start + numberAt, end: p.start + numberAt + m[2].length },
        tail: { start: p.start + headEnd, end: p.start + headEnd + parts.length },
        object: m[1].replace(/的$/, '').trim(),
      });
      break;
    }
  }
  return out;
}

function tally(section: ProblemsSection): string[] | undefined {
  if (section.items.length === 0 || section.items.some((i) => i.status === undefined)) return undefined;
  const parts: string[] = [];
  for (const { statuses, phrase } of COUNT_PHRASES) {
    const n = section.items.filter((i) => statuses.includes(i.status!)).length;
    if (n > 0) parts.push(`${phrase}${n}个`);
  }
  return parts;
}

function within(p: Paragraph, s: Span): boolean {
  return p.start >= s.start && p.start <= s.end;
}

/** For each problems section, the edits that write its count statement (empty when it is up to date); memoised per tree. */
export function countPlans(doc: NoticeDocument, mode: NumberingMode = 'auto'): CountPlan[] {
  return memo(doc, `countPlans:${mode}`, () => computePlans(doc, mode));
}

function computePlans(doc: NoticeDocument, mode: NumberingMode): CountPlan[] {
  const sections = problemSections(doc, numberingModel(doc, mode));
  const problemRoots = new Set(sections.map((s) => s.heading));
  const orgParagraphs = doc.paragraphs.filter((p) => doc.roots.some((r) => r.level === 1 && !problemRoots.has(r) && within(p, r.section)));
  const orgStatements = findStatements(orgParagraphs);
  const fullWidth = (doc.text.match(/，/g)?.length ?? 0) >= (doc.text.match(/,/g)?.length ?? 0);
  const plans: CountPlan[] = [];
  for (const section of sections) {
    if (section.items.length === 0) continue;
    const total = section.items.length;
    const parts = tally(section);
    const existing =
      findStatements(section.heading.blocks)[0] ??
      (sections.length === 1 ? orgStatements[0] : orgStatements.find((s) => s.object !== '' && section.heading.title.text.includes(s.object)));
    const edits: TextEdit[] = [];
    if (existing) {
      if (doc.text.slice(existing.total.start, existing.total.end) !== String(total)) edits.push({ span: existing.total, newText: String(total) });
      const tailText = doc.text.slice(existing.tail.start, existing.tail.end);
      if (parts && existing.tail.end > existing.tail.start) {
        const comma = /,/.test(doc.text.slice(existing.paragraph.start, existing.tail.end)) ? ',' : '，';
        const tail = comma + parts.join(comma);
        if (tailText !== tail) edits.push({ span: existing.tail, newText: tail });
      } else if (!parts) {
        // The items state no statuses: keep the writer's breakdown while it still fits the
        // total; when it no longer can, its numbers become placeholders for the writer.
        const numbers = [...tailText.matchAll(/[0-9]+(?=[个项件条])/g)];
        const sum = numbers.reduce((a, m) => a + parseInt(m[0], 10), 0);
        const fits = numbers.length === 0 || (numbers.length === 1 ? sum <= total : sum === total);
        if (!fits) {
          for (const m of numbers) {
            const start = existing.tail.start + m.index!;
            edits.push({ span: { start, end: start + m[0].length }, newText: COUNT_UNKNOWN });
          }
        }
      }
      const rate = rateEdit(doc, existing, edits);
      if (rate) edits.push(rate);
    } else {
      const h = section.heading;
      const text = doc.text;
      const eol = text.startsWith('\r\n', h.lineSpan.end) ? '\r\n' : '\n';
      const nextLineStart = h.lineSpan.end + eol.length;
      const nextLineEnd = text.slice(nextLineStart).search(/\r\n|\r|\n|$/) + nextLineStart;
      const blankAfter = h.lineSpan.end < text.length && text.slice(nextLineStart, nextLineEnd).trim() === '';
      const indent = /^[ \t\u3000]*/.exec(text.slice(h.lineSpan.start, h.lineSpan.end))![0];
      const comma = fullWidth ? '，' : ',';
      const sentence = countSentence(COUNT_DATE_PLACEHOLDER, inspectionKind(doc, h), total, parts ?? [`已完成整改${COUNT_UNKNOWN}个`], comma);
      edits.push({ span: { start: h.lineSpan.end, end: h.lineSpan.end }, newText: (blankAfter ? eol + eol : eol) + indent + sentence });
    }
    plans.push({ section, total, parts, existing, edits });
  }
  return plans;
}

/** The count sentence of `text[start, end)` that holds `offset` and states a rate. */
function rateSentence(text: string, start: number, end: number, offset: number): CountSentence | undefined {
  return readCountStatements(text, start, end).find((s) => s.rate !== undefined && s.span.start <= offset && offset < s.span.end);
}

/**
 * The rate of a rewritten statement, recomputed from its new numbers by the definition its old
 * value matches (done only, done + 基本完成 …: the numerators count-rate knows), at the same
 * precision; ×× for the writer when the old value matches none (or the new parts are unknown).
 */
function rateEdit(doc: NoticeDocument, existing: ExistingStatement, edits: TextEdit[]): TextEdit | undefined {
  if (edits.length === 0) return undefined;
  const p = existing.paragraph;
  const old = rateSentence(doc.text, p.start, p.end, existing.total.start);
  if (!old?.rate) return undefined;
  // The paragraph as the other edits leave it: they all lie in it, from the total on, so its
  // start and the total's offset stay and only its end moves.
  const grown = edits.reduce((n, e) => n + e.newText.length - (e.span.end - e.span.start), 0);
  const now = rateSentence(applyEdits(doc.text, edits), p.start, p.end + grown, existing.total.start);
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
    // Rewriting an outdated statement: anywhere in the section; writing a missing one (many
    // notices rightly have none): on the heading and the paragraphs before its first item.
    const head = { start: h.lineSpan.start, end: h.children[0]?.lineSpan.start ?? h.section.end };
    const where = plan.existing ? touches(h.section) || touches(plan.existing.paragraph) : touches(head);
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
