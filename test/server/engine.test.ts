// The rule registry and engine: a rule plugs in, its severity can be overridden or switched
// off, and a rule that throws does not take the others down.
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { runRules } from '../../server/engine.js';
import type { Rule } from '../../server/rules/types.js';
import { settings } from '../helpers.js';

const levelOneRule: Rule = {
  id: 'test-level-one',
  severity: 'warning',
  tags: ['test'],
  check(ctx) {
    for (const h of ctx.doc.headings) if (h.level === 1) ctx.report({ span: h.marker, message: `一级：${h.title.text}` });
  },
};
const brokenRule: Rule = {
  id: 'test-broken',
  severity: 'error',
  tags: ['test'],
  check() {
    throw new Error('boom');
  },
};

describe('engine', () => {
  const doc = parseNotice('一、甲\n二、乙\n');

  it('runs every rule and reports with the rule id and severity', () => {
    const a = runRules(doc, settings(), [levelOneRule]);
    expect(a.results.map((r) => `${r.rule}:${r.severity}:${r.message}`)).toEqual([
      'test-level-one:warning:一级：甲',
      'test-level-one:warning:一级：乙',
    ]);
  });

  it('applies severity overrides and switches rules off', () => {
    expect(runRules(doc, settings({ rules: { 'test-level-one': 'error' } }), [levelOneRule]).results.map((r) => r.severity)).toEqual([
      'error',
      'error',
    ]);
    expect(runRules(doc, settings({ rules: { 'test-level-one': 'off' } }), [levelOneRule]).results).toEqual([]);
  });

  it('isolates a failing rule', () => {
    const a = runRules(doc, settings(), [brokenRule, levelOneRule]);
    expect(a.results).toHaveLength(2);
    expect(a.ruleErrors).toEqual([{ rule: 'test-broken', message: 'boom' }]);
  });
});
