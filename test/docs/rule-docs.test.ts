// Rule documentation, the one docs test: every registered rule has its page docs/rules/<id>.md
// (in Chinese, with a one-line English summary at the top) with a wrong and a right example, its
// messages and its description in both languages; diagnostics and SARIF link to the page on the
// project's public repository, never to a path on the machine. The template says how.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine.js';
import { toDiagnostics } from '../../server/features/diagnostics.js';
import { en } from '../../server/l10n/en.js';
import { ruleDescriptions } from '../../server/l10n/rules.js';
import { zh } from '../../server/l10n/zh.js';
import { PositionMapper } from '../../server/positions.js';
import { rules } from '../../server/rules/registry.js';
import { corpus, REPO } from '../helpers.js';

const DOCS = join(REPO, 'docs', 'rules');

/**
 * What is missing from a rule page: a `# …<id>…` title, and the two example sections (`##` or
 * `###`), each with a non-empty fenced example. The other template sections are advice.
 */
export function pageProblems(id: string, page: string): string[] {
  const problems: string[] = [];
  const lines = page.split(/\r?\n/);
  if (!lines[0]?.startsWith(`# ${id}`)) problems.push(`${id}: no "# ${id}" title`);
  // The English summary: one line near the top, so non-Chinese readers (and code scanning) know the gist.
  if (!lines.slice(1, 4).some((l) => /^> \*\*English:\*\* \S.*\S/.test(l))) problems.push(`${id}: no "> **English:** …" summary under the title`);
  for (const section of ['## 规则说明', '## 设置']) if (!lines.includes(section)) problems.push(`${id}: no "${section}" section`);
  for (const section of ['错误示例', '正确示例']) {
    const m = new RegExp(`^#{2,3} ${section}[^\\n]*$([\\s\\S]*?)(?=^#{1,3} |(?![\\s\\S]))`, 'm').exec(page);
    if (!m) problems.push(`${id}: no "## ${section}" section`);
    else if (!/```[\w-]*\r?\n[\s\S]*?\S[\s\S]*?```/.test(m[1])) problems.push(`${id}: "## ${section}" has no example`);
  }
  return problems;
}

describe('rule documentation', () => {
  it('the template shows every required section', () => {
    const readme = readFileSync(join(DOCS, 'README.md'), 'utf8');
    const template = /````markdown\n([\s\S]*?)\n````/.exec(readme)![1];
    expect(pageProblems('<规则编号>', template)).toEqual([]);
  });

  it('the check finds a missing example, an empty example and a missing title', () => {
    const good = '# r\n\n> **English:** Checks numbers.\n\n## 规则说明\n\n查编号。\n\n## 错误示例\n\n```text\n1.甲\n3.乙\n```\n\n## 正确示例\n\n```text\n1.甲\n2.乙\n```\n\n## 设置\n\n无。\n';
    expect(pageProblems('r', good)).toEqual([]);
    expect(pageProblems('r', good.replace(/## 正确示例[\s\S]*?(?=## 设置)/, ''))).toEqual(['r: no "## 正确示例" section']);
    expect(pageProblems('r', good.replace('1.甲\n3.乙', ''))).toEqual(['r: "## 错误示例" has no example']);
    expect(pageProblems('q', good)).toEqual(['q: no "# q" title']);
    expect(pageProblems('r', good.replace('> **English:** Checks numbers.\n', ''))).toEqual(['r: no "> **English:** …" summary under the title']);
    expect(pageProblems('r', good.replace('## 设置', '## 其他'))).toEqual(['r: no "## 设置" section']);
  });

  it('every registered rule has its page with a wrong and a right example', () => {
    const problems = rules.flatMap((r) => {
      const file = join(DOCS, `${r.id}.md`);
      return existsSync(file) ? pageProblems(r.id, readFileSync(file, 'utf8')) : [`${r.id}: no page docs/rules/${r.id}.md`];
    });
    expect(problems).toEqual([]);
  });

  it.each(rules.map((r) => r.id))('%s has its messages and its description in Chinese and English', (id) => {
    const keys = Object.keys(zh).filter((k) => k.startsWith(`${id}.`));
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect((en as Record<string, string>)[k], k).toBeTruthy();
    expect(ruleDescriptions[id]?.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(ruleDescriptions[id]?.en).toMatch(/^[A-Z]/);
  });

  it('diagnostics link to the rule page on the public repository (package.json repository), a page that exists here', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    const web = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(web).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w-]+$/);
    const text = corpus('lusong-district-2021');
    const analysis = analyze(text);
    const diagnostics = toDiagnostics(analysis, new PositionMapper(text, analysis.doc.lineStarts));
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.codeDescription?.href).toBe(`${web}/blob/main/docs/rules/${d.code}.md`);
      expect(existsSync(join(REPO, 'docs', 'rules', `${d.code}.md`))).toBe(true);
    }
  });
});
