// English mode is English (issue 16): every message key rendered from the English table, with
// its arguments standing for what the code passes (document text where the code passes
// document text), holds no CJK character outside quoted document text (“…”, "…", a code
// block). Then the same on real findings, lenses, hovers, completions and the outline.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { analyze } from '../../server/engine.js';
import { countCodeLenses } from '../../server/features/codeLens.js';
import { completions } from '../../server/features/completion.js';
import { documentSymbols } from '../../server/features/documentSymbols.js';
import { countHover } from '../../server/features/hover.js';
import { en } from '../../server/l10n/en.js';
import { translator, type MessageKey } from '../../server/l10n/index.js';
import { PositionMapper } from '../../server/positions.js';
import { corpus, settings } from '../helpers.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
/** The text with its quoted document text taken out: “…”, "…", ‘…’ after a space or bracket, ```code```. */
const unquoted = (s: string) =>
  s
    .replace(/```[\s\S]*?```/g, '')
    .replace(/“[^”]*”/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/`[^`]*`/g, '');

/** Arguments the code fills with numbers or with English text of its own (labels, reasons, file names …). */
const NUMBERS = new Set(['count', 'n', 'stated', 'listed', 'total', 'sum', 'num', 'rate', 'files', 'errors', 'warnings', 'infos', 'limit', 'month', 'day', 'lines', 'version', 'min', 'max', 'line', 'column', 'note', 'within', 'level3', 'level4', 'more', 'size', 'done']);
const ENGLISH = new Set(['level', 'tally', 'candidates', 'parts', 'hint', 'known', 'reason', 'allowed', 'option', 'format', 'problem', 'file', 'paths', 'rule', 'key', 'value', 'name', 'chars', 'field', 'scope', 'path', 'expected', 'error', 'description', 'url', 'locale', 'docs', 'written', 'message', 'part', 'standard', 'used']);
/** Per key: an argument that is English there though document text elsewhere. */
const ENGLISH_IN: Partial<Record<MessageKey, string[]>> = {
  'count-rate.candidate': ['label'],
  'count-rate.fix': ['label'],
  'count.tally.item': ['label'],
  'directive.unknownKind': ['kind'],
  // each piece is quoted by the hover itself, joined by the English list separator
  'count.hover.gaps': ['pieces'],
};

function render(key: MessageKey): string {
  const names = [...en[key].matchAll(/\{(\w+)/g)].map((m) => m[1]);
  const args: Record<string, string | number> = {};
  for (const n of names) args[n] = NUMBERS.has(n) ? 2 : ENGLISH.has(n) || ENGLISH_IN[key]?.includes(n) ? 'text' : '整改情况（一）';
  return translator('en')(key, args);
}

describe('English messages', () => {
  it('every key, rendered with document text for its document arguments, has no CJK outside quotes', () => {
    const bad = (Object.keys(en) as MessageKey[]).map((k) => [k, render(k)]).filter(([, s]) => CJK.test(unquoted(s)));
    expect(bad).toEqual([]);
  });

  it('counts read as English: 1 item, 2 files, units problems / items / tasks / aspects', () => {
    const t = translator('en');
    expect(t('count.lens.listed', { n: 1 })).toBe('1 item listed');
    expect(t('count.lens.listed', { n: 28 })).toBe('28 items listed');
    expect(t('cli.summary', { files: 2, errors: 1, warnings: 0, infos: 3 })).toBe('2 files, 1 error, 0 warnings, 3 information');
    expect(t('punctuation.halfWidth', { count: 1, chars: ',' })).toMatch(/^1 half-width punctuation mark \(,\)/);
    expect(t('count-items.aspects', { stated: 3, section: 'x', listed: 4 })).toBe('The notice states 3 aspects, but “x” has 4 level-2 headings');
    // Chinese keeps the words as written.
    expect(translator('zh')('count.lens.listed', { n: 1 })).toBe('列出 1 项');
  });

  it('on the real notices: findings, code lenses, the outline and the hover are English', () => {
    const en = settings({ locale: 'en', rules: {} });
    for (const name of ['changsha-county-2021', 'lusong-district-2021', 'yiyang-hitech-2023'] as const) {
      const text = corpus(name);
      const a = analyze(text, en);
      for (const r of a.results) {
        expect(unquoted(r.message), `${name}: ${r.message}`).not.toMatch(CJK);
        for (const f of r.fixes ?? []) expect(unquoted(f.title)).not.toMatch(CJK);
      }
      const doc = parseNotice(text);
      const pos = new PositionMapper(text, doc.lineStarts);
      const t = translator('en');
      for (const lens of countCodeLenses(doc, pos, t)) expect(lens.command?.title ?? '').not.toMatch(CJK);
      const details = new Set<string>();
      const walk = (ss: ReturnType<typeof documentSymbols>) => ss.forEach((s) => (details.add(s.detail ?? ''), walk(s.children ?? [])));
      walk(documentSymbols(doc, pos, t));
      expect([...details].sort()).toEqual(['level-1 heading', 'level-2 heading', 'level-3 heading', 'level-4 heading', 'level-5 number'].filter((d) => details.has(d)));
      expect([...details].every((d) => !CJK.test(d))).toBe(true);
    }
    // changsha's count-items warning names the unit in English.
    const changsha = analyze(corpus('changsha-county-2021'), en).results.filter((r) => r.rule === 'count-items');
    expect(changsha.map((r) => r.message)).toEqual([
      'The notice states 60 problems, but “二、长沙县巡视反馈问题整改进展情况” lists 50 items (“(1)–(50)”)',
      'The notice states 67 problems, but “三、长沙经开区巡视反馈问题整改进展情况” lists 64 items (“1–64”)',
    ]);
  });

  it('the count hover is a real Markdown table of stated and computed figures, in English', () => {
    const text = corpus('lusong-district-2021');
    const doc = parseNotice(text);
    const pos = new PositionMapper(text, doc.lineStarts);
    const at = text.indexOf('巡视反馈42个具体问题');
    const hover = countHover(doc, pos, pos.positionAt(at + 5), translator('en'))!;
    const md = (hover.contents as { value: string }).value;
    const html = new MarkdownIt().render(md);
    expect(html).toContain('<table>');
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1].trim()));
    expect(rows[0]).toEqual(['figure', 'stated', 'computed']);
    expect(rows[1]).toEqual(['total (specific problems)', '42', '← the parts were checked against this; 42 items listed (“(1)–(42)”)']);
    expect(rows.every((r) => r.length === 3)).toBe(true);
    expect(unquoted(md.replace(/^\| ([^|]*) \|/gm, '| |'))).not.toMatch(CJK); // the first column of a part is the notice's own status words
  });

  it('completion details are English; what is inserted stays Chinese', () => {
    const text = '关于巡视整改进展情况的通报\n一、组织整改落实情况\n二、巡视反馈问题整改进展情况\n（一）反馈问题：学习不够\n1.学习不深入\n';
    const doc = parseNotice(text);
    const pos = new PositionMapper(text, doc.lineStarts);
    const items = completions(doc, pos, pos.positionAt(text.length), 'auto', translator('en'));
    for (const i of items) {
      expect(unquoted(String(i.detail)), String(i.detail)).not.toMatch(CJK);
    }
    expect(items.find((i) => i.label === '2.')?.detail).toBe('level-3 heading: after “1.”');
  });
});
