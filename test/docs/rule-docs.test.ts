// Rule documentation: every registered rule has its page docs/rules/<id>.md (the diagnostics'
// codeDescription links to it) with a wrong and a right example; the template says how.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../server/rules/registry.js';
import { REPO } from '../helpers.js';

const DOCS = join(REPO, 'docs', 'rules');

/**
 * What is missing from a rule page: a `# …<id>…` title, and the two example sections (`##` or
 * `###`), each with a non-empty fenced example. The other template sections are advice.
 */
export function pageProblems(id: string, page: string): string[] {
  const problems: string[] = [];
  if (!page.split(/\r?\n/).some((l) => l.startsWith('# ') && l.includes(id))) problems.push(`${id}: no "# ${id}" title`);
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
    for (const section of ['## 规则说明', '## 错误示例', '## 正确示例', '## 设置']) expect(template).toContain(section);
  });

  it('the check finds a missing example, an empty example and a missing title', () => {
    const good = '# r\n\n## 规则说明\n\n查编号。\n\n## 错误示例\n\n```text\n1.甲\n3.乙\n```\n\n## 正确示例\n\n```text\n1.甲\n2.乙\n```\n\n## 设置\n\n无。\n';
    expect(pageProblems('r', good)).toEqual([]);
    expect(pageProblems('r', good.replace(/## 正确示例[\s\S]*?(?=## 设置)/, ''))).toEqual(['r: no "## 正确示例" section']);
    expect(pageProblems('r', good.replace('1.甲\n3.乙', ''))).toEqual(['r: "## 错误示例" has no example']);
    expect(pageProblems('q', good)).toEqual(['q: no "# q" title']);
  });

  it('every registered rule has its page with a wrong and a right example', () => {
    const problems = rules.flatMap((r) => {
      const file = join(DOCS, `${r.id}.md`);
      return existsSync(file) ? pageProblems(r.id, readFileSync(file, 'utf8')) : [`${r.id}: no page docs/rules/${r.id}.md`];
    });
    expect(problems).toEqual([]);
  });
});
