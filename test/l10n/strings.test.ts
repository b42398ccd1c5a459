// Localisation: no user-facing string lives outside the message tables (a scan of server/ and
// client/ with the TypeScript parser), the two tables agree, and the manifest is localised
// (package.nls.json: English, VS Code's fallback and what an English UI reads;
// package.nls.zh-cn.json / zh-tw: Chinese UIs).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../server/l10n/en.js';
import { zh } from '../../server/l10n/zh.js';
import { REPO } from '../helpers.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Properties whose value the user reads: diagnostics, fixes, code lenses, completions, hovers. */
const USER_PROPS = new Set(['message', 'title', 'label', 'detail', 'documentation', 'tooltip', 'description', 'placeHolder', 'prompt']);
/** Calls whose string arguments the user reads. */
const USER_CALLS = new Set(['Error', 'ConfigError', 'UsageError', 'showWarningMessage', 'showErrorMessage', 'showInformationMessage', 'LanguageClient', 'out', 'err']);

/** Is this literal text meant for a reader: any CJK, or two or more English words? */
const isProse = (s: string) => CJK.test(s) || /[A-Za-z]{2,}[^A-Za-z\n]+[A-Za-z]{2,}/.test(s.replace(/\$\{[^}]*\}/g, ' '));

/** The user-facing string literals of a source file, as `file:line: text`. */
export function userFacingLiterals(source: string, file: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const flag = (n: ts.Node, text: string) => out.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${text}`);
  const literalText = (n: ts.Node): string | undefined =>
    ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)
      ? n.text
      : ts.isTemplateExpression(n)
        ? n.head.text + n.templateSpans.map((s) => ' ${} ' + s.literal.text).join('')
        : undefined;
  /** Literals reached from a user-facing position (through ?:, ||, ?? and +). */
  const check = (n: ts.Node) => {
    const text = literalText(n);
    if (text !== undefined) {
      if (isProse(text)) flag(n, text);
    } else if (ts.isConditionalExpression(n)) {
      check(n.whenTrue);
      check(n.whenFalse);
    } else if (ts.isBinaryExpression(n)) {
      check(n.left);
      check(n.right);
    } else if (ts.isParenthesizedExpression(n)) check(n.expression);
  };
  const calleeName = (e: ts.Expression) => (ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : '');
  const visit = (n: ts.Node) => {
    // Anything with CJK prose punctuation is a sentence for a reader, wherever it stands.
    const text = literalText(n);
    if (text !== undefined && CJK.test(text) && /[，。；！？：（）“”]/.test(text) && text.length > 3) flag(n, text);
    else if (ts.isPropertyAssignment(n) && USER_PROPS.has(n.name.getText(sf))) check(n.initializer);
    else if (ts.isPropertyAssignment(n) && n.name.getText(sf) === 'value' && ts.isObjectLiteralExpression(n.parent) && n.parent.properties.some((p) => p.name?.getText(sf) === 'kind')) check(n.initializer);
    else if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && USER_CALLS.has(calleeName(n.expression))) for (const a of n.arguments ?? []) check(a);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return [...new Set(out)];
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('no user-facing string outside the message tables', () => {
  it('the scan finds messages, titles, errors and CJK sentences, and passes data and keys', () => {
    const sample = [
      `ctx.report({ span, message: '编号不连续' });`,
      'ctx.report({ span, message: `Expected ${n} here` });',
      `const fix = { title: ok ? 'Renumber the rest' : t('x') };`,
      `throw new Error('binary file');`,
      `const note = '本节未列出问题，请核对。';`,
      `const h = { contents: { kind: 'markdown', value: '**规则**' } };`,
      `const STATUS = ['完成', '基本完成', '长期坚持'];`,
      `ctx.report({ span, message: ctx.t('numbering-sequence.gap', { n }) });`,
      `const re = /整改结果[:：]/; const id = { title: 'notice' };`,
    ].join('\n');
    expect(userFacingLiterals(sample, 'x.ts').map((s) => s.split(': ')[0])).toEqual(['x.ts:1', 'x.ts:2', 'x.ts:3', 'x.ts:4', 'x.ts:5', 'x.ts:6']);
  });

  it('server/ and client/ (outside server/l10n) hold none', () => {
    // snippetData.ts holds the notice text a snippet inserts into the writer's document (always
    // Chinese, whatever the UI language): document content, not UI; its labels come from the tables.
    const files = [...sources(join(REPO, 'server')), ...sources(join(REPO, 'client'))].filter(
      (f) => !f.includes(join('server', 'l10n')) && !f.endsWith(join('features', 'snippetData.ts')),
    );
    expect(files.length).toBeGreaterThan(15);
    const found = files.flatMap((f) => userFacingLiterals(readFileSync(f, 'utf8'), relative(REPO, f)));
    expect(found).toEqual([]);
  });
});

describe('the message tables', () => {
  // The arguments a message uses (`{n}` and the plural `{n:item|items}` alike).
  const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();
  // What a total counts: Chinese repeats the notice's own word ({scope}), English names it for the count ({n}).
  const differ = (k: string) => k.startsWith('count.scope.') && k !== 'count.scope.other';

  it('have the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const diff = Object.keys(zh).filter((k) => !differ(k) && placeholders(zh[k as keyof typeof zh]).join() !== placeholders(en[k as keyof typeof en]).join());
    expect(diff).toEqual([]);
  });

  it('the English table reads as English: no CJK outside quoted domain terms', () => {
    // Domain words (一是, 整改结果：) may be quoted in English messages; prose may not be Chinese.
    const chinese = Object.entries(en).filter(([, v]) => CJK.test(v.replace(/[“"「（(][^”"」）)]*[”"」）)]/g, '').replace(/\{\w+\}/g, '')) && /[\u4e00-\u9fff]{6,}/.test(v));
    expect(chinese).toEqual([]);
  });
});

describe("the client's messages", () => {
  it('every vscode.l10n.t text of client/ is in l10n/bundle.l10n.zh-cn.json and zh-tw, translated, and nothing else is', () => {
    const texts = sources(join(REPO, 'client')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/l10n\.t\(\s*'([^']+)'/g)].map((m) => m[1]));
    expect(texts.length).toBeGreaterThan(1);
    for (const locale of ['zh-cn', 'zh-tw']) {
      const bundle = JSON.parse(readFileSync(join(REPO, 'l10n', `bundle.l10n.${locale}.json`), 'utf8')) as Record<string, string>;
      expect(Object.keys(bundle).sort(), locale).toEqual([...new Set(texts)].sort());
      expect(Object.values(bundle).filter((v) => !CJK.test(v)), locale).toEqual([]);
    }
  });
});

describe('the manifest is localised', () => {
  const pkg = readFileSync(join(REPO, 'package.json'), 'utf8');
  const nls = (suffix: string) => JSON.parse(readFileSync(join(REPO, `package.nls${suffix}.json`), 'utf8')) as Record<string, string>;
  const keys = [...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);

  it('every %key% of package.json is in package.nls.json and the Chinese files, and nothing else is', () => {
    expect(keys.length).toBeGreaterThan(20);
    for (const suffix of ['', '.zh-cn', '.zh-tw']) expect(Object.keys(nls(suffix)).sort(), suffix).toEqual([...new Set(keys)].sort());
  });

  it('Chinese UIs read Chinese, the fallback (English UIs) reads English', () => {
    for (const suffix of ['.zh-cn', '.zh-tw']) expect(Object.entries(nls(suffix)).filter(([, v]) => !CJK.test(v))).toEqual([]);
    expect(Object.entries(nls('')).filter(([, v]) => !/^[A-Z`]/.test(v))).toEqual([]);
    expect(nls('.zh-cn')['command.switchToNoticeMode']).toBe(zh['command.switchToNoticeMode']);
    expect(nls('')['command.switchToNoticeMode'].toLowerCase()).toBe(en['command.switchToNoticeMode'].toLowerCase());
  });

  it('no user-facing text is left literal in package.json contributions', () => {
    const c = JSON.parse(pkg).contributes;
    const literal: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      else if (typeof v === 'string' && /\.(title|description|markdownDescription|category)$|enumDescriptions\[\d+\]$/.test(path) && !/^%[^%]+%$/.test(v))
        literal.push(`${path}: ${v}`);
    };
    walk(c, 'contributes');
    expect(literal).toEqual([]);
  });
});
