// Every registered rule has its page: docs/rules/<id>.md with 规则说明, 错误示例, 正确示例 and
// 设置, and its messages in both tables (diagnostics link to the page).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../server/l10n/en.js';
import { zh } from '../../server/l10n/zh.js';
import { rules } from '../../server/rules/registry.js';
import { REPO } from '../helpers.js';

describe('rule pages', () => {
  it.each(rules.map((r) => r.id))('%s has a page with a wrong and a right example, and messages in zh and en', (id) => {
    const page = resolve(REPO, 'docs', 'rules', `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    for (const heading of ['## 规则说明', '## 错误示例', '## 正确示例', '## 设置']) expect(text).toContain(heading);
    expect(text.startsWith(`# ${id}`)).toBe(true);
    const keys = Object.keys(zh).filter((k) => k.startsWith(`${id}.`));
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect((en as Record<string, string>)[k], k).toBeTruthy();
  });
});
