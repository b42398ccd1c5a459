// placeholder: text left from a template or a snippet (NOTICE-FORMAT.md §8) — `××`, `XX`/`xx` and
// `＊＊` in names (`党的XX大`, `＊＊县委`), `${1:…}` / `$1`; a closing contact field whose value is
// nothing but a placeholder, with or without its colon (`联系电话：……`, `电话……；邮政信箱……`,
// `电话:****`); and `……` (or `...`) standing as a whole sentence, field value or heading title
// (`整改情况：一是……。二是……。`, `（一）……`). `……` inside a sentence is an ellipsis and never reported
// (`问题……`, `提出“一是……二是……”`); a lone `×` between digits is a multiplication.
import type { Heading, Span } from '../../grammar/index.js';
import { closingBlock, isPlaceholderValue } from '../model/closing.js';
import { linesHolding, writtenLines } from '../model/lines.js';
import type { Rule, RuleContext } from './types.js';

const PLACEHOLDER = /[×╳]+|[Ｘｘ]{2,}|＊{2,}|(?<![A-Za-z])(?:XX+|xx+)(?![A-Za-z])|\$\{[^}\r\n]*\}|(?<![A-Za-z])\$[0-9](?![0-9])/g;
/** Every placeholder starts with one of these. */
const PLACEHOLDER_START = ['×', '╳', 'Ｘ', 'ｘ', '＊', 'X', 'x', '$'];
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60“”]/u;
const DIGIT = /[0-9０-９]/;
const HAN = /\p{Script=Han}/u;
const LATIN_TAIL = /[A-Za-z0-9_\-.@]/;

/**
 * A template's blank that is an ellipsis: reported only when it is a whole sentence. (Runs of
 * `_` or `*` alone on a line are as often a divider: they count only as a contact field's value.)
 */
const BLANK = /…+|⋯+|\.{3,}/g;
/** Every such blank starts with one of these (`...`, not `.`: decimals hold dots). */
const BLANK_START = ['…', '⋯', '...'];
/**
 * A sentence (or a field's value, or a heading title) that is nothing but blanks, each perhaps
 * after 一是/二是: tested with each blank first written as one ■ (a pattern of runs of runs, as
 * `(?:…+)+`, would backtrack exponentially).
 */
const BLANK_SENTENCE = /^(?:(?:[一二三四五六七八九十]+是)?■[，,、]?)+$/;
/** Where a sentence, a clause of an enumeration or a label's value ends or starts. */
const SENTENCE_SPLIT = /[。；;！？!?：:\r\n]/g;

/** A blank inside a contact value (`××` is found by the names' scan). */
const FIELD_BLANK = /…+|⋯+|\.{3,}|_{3,}|＿{2,}|\*{2,}|＊{2,}/g;

const overlaps = (a: Span, spans: readonly Span[]) => spans.some((b) => a.start < b.end && b.start < a.end);

/** `××`, `XX`, `${1:…}` … in one line; a match inside `skip` (already reported) is passed over. */
function scanNames(ctx: RuleContext, line: Span, skip: readonly Span[]): void {
  const s = ctx.doc.text.slice(line.start, line.end);
  for (const m of s.matchAll(PLACEHOLDER)) {
    const text = m[0];
    const i = m.index ?? 0;
    const before = s[i - 1] ?? '';
    const after = s[i + text.length] ?? '';
    if (text[0] === '×' || text[0] === '╳') {
      if (text.length === 1 && DIGIT.test(before) && DIGIT.test(after)) continue; // 3×4
    } else if (text[0] === '＊') {
      // In a name (＊＊县委), not a divider of asterisks.
      if (!HAN.test(before) && !HAN.test(after)) continue;
    } else if (text[0] === 'X' || text[0] === 'x') {
      // In a Chinese name (党的XX大, XX县), not Latin text or a model number (xx-100A).
      const name = (CJK.test(before) && !LATIN_TAIL.test(after)) || (CJK.test(after) && !LATIN_TAIL.test(before));
      if (!name) continue;
    }
    const span = { start: line.start + i, end: line.start + i + text.length };
    if (overlaps(span, skip)) continue;
    ctx.report({ span, message: ctx.t(text[0] === '$' ? 'placeholder.snippet' : 'placeholder.template', { text }) });
  }
}

/** The blanks of the sentences of one line that are nothing but blanks. */
function scanBlankSentences(ctx: RuleContext, line: Span, skip: readonly Span[]): void {
  const { text } = ctx.doc;
  // A heading's marker (`1.`) is no part of its title.
  const from = (line as Heading).type === 'heading' ? (line as Heading).marker.end : line.start;
  const s = text.slice(from, line.end);
  let at = 0;
  const sentence = (start: number, end: number) => {
    const t = s.slice(start, end).trim();
    if (t.length === 0 || !BLANK_SENTENCE.test(t.replace(BLANK, '■'))) return;
    const offset = from + start + s.slice(start, end).indexOf(t);
    for (const m of t.matchAll(BLANK)) {
      const span = { start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length };
      if (!overlaps(span, skip)) ctx.report({ span, message: ctx.t('placeholder.template', { text: m[0] }) });
    }
  };
  for (const m of s.matchAll(SENTENCE_SPLIT)) {
    sentence(at, m.index ?? 0);
    at = (m.index ?? 0) + 1;
  }
  sentence(at, s.length);
}

export const placeholder: Rule = {
  id: 'placeholder',
  severity: 'warning',
  tags: ['writing'],
  check(ctx) {
    const { doc } = ctx;
    // The closing's contact fields first: a field that is nothing but a placeholder is named as such, once.
    const block = closingBlock(doc);
    const fieldSpans: Span[] = [];
    for (const f of block?.fields ?? []) {
      // The whole value, or one of the values it lists (`……、12388`).
      for (const m of f.value.text.matchAll(/[^、，,／/]+/g)) {
        const part = m[0].trim();
        const start = f.value.start + (m.index ?? 0) + m[0].indexOf(part);
        if (isPlaceholderValue(part)) {
          const span = { start, end: start + part.length };
          fieldSpans.push(span);
          ctx.report({ span, message: ctx.t('placeholder.contact', { label: f.label.text, text: part }) });
          continue;
        }
        // Partly filled (`0731-……`): in a contact value a blank is never an ellipsis.
        for (const b of part.matchAll(FIELD_BLANK)) {
          const span = { start: start + (b.index ?? 0), end: start + (b.index ?? 0) + b[0].length };
          fieldSpans.push(span);
          ctx.report({ span, message: ctx.t('placeholder.template', { text: b[0] }) });
        }
      }
    }
    // Most lines hold none of the characters a placeholder starts with: the text is searched for each of them once.
    const lines = writtenLines(doc);
    for (const k of linesHolding(doc.text, lines, PLACEHOLDER_START)) scanNames(ctx, lines[k], fieldSpans);
    for (const k of linesHolding(doc.text, lines, BLANK_START)) scanBlankSentences(ctx, lines[k], fieldSpans);
    // Contact lines after the closing are read as page residue by the parser, but the writer wrote them.
    for (const p of block?.paragraphs ?? []) {
      if (p.role !== 'residue') continue;
      scanNames(ctx, p, fieldSpans);
      scanBlankSentences(ctx, p, fieldSpans);
    }
  },
};
