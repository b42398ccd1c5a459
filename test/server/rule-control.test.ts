// Rule control in the engine, for any registered rule (proven with test-only rules): inline
// directives, the quick fixes that insert them, settings and the project config file.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { ConfigResolver, findConfigFile, type ClientSettings, readConfigFile, settingsFor, validateConfig } from '../../server/config.js';
import { runRules } from '../../server/engine.js';
import { applyEdits, codeActions } from '../../server/features/codeActions.js';
import { translator } from '../../server/l10n/index.js';
import { PositionMapper } from '../../server/positions.js';
import type { EngineSettings } from '../../server/rules/types.js';
import { testRules } from '../fixtures/testRules.js';
import { corpus, CORPUS, outlineLines, settings } from '../helpers.js';

/** `rule@line` (1-based) of what the test rules report. */
function found(text: string, s: EngineSettings = settings()): string[] {
  const doc = parseNotice(text);
  const pos = new PositionMapper(text, doc.lineStarts);
  return runRules(doc, s, testRules).results.map((r) => `${r.rule}@${pos.positionAt(r.span.start).line + 1}`);
}

const NOTICE = ['一、组织整改落实情况', '整改情况：一是成立领导小组。', '二、问题整改情况', '整改情况：一是建立台账。', '三、下一步工作安排', '整改情况：持续推进。', ''].join('\n');

describe('inline directives', () => {
  it('without directives every finding is reported', () => {
    expect(found(NOTICE)).toEqual(['test-section@1', 'test-label@2', 'test-section@3', 'test-label@4', 'test-section@5', 'test-label@6']);
  });

  it('notice-disable-next-line: one rule, on the next non-comment line only', () => {
    const text = NOTICE.replace('整改情况：一是建立台账。', '<!-- notice-disable-next-line test-label -->\n<!-- 备注 -->\n整改情况：一是建立台账。');
    expect(found(text)).toEqual(['test-section@1', 'test-label@2', 'test-section@3', 'test-section@7', 'test-label@8']);
  });

  it('notice-disable-next-line without an id: every rule; several ids with commas', () => {
    expect(found('<!-- notice-disable-next-line -->\n' + NOTICE)).not.toContain('test-section@2');
    expect(found('<!-- notice-disable-next-line -->\n' + NOTICE).length).toBe(5);
    const both = NOTICE.replace('二、问题整改情况', '  <!-- notice-disable-next-line test-label, test-section -->\n二、问题整改情况');
    expect(found(both)).toEqual(['test-section@1', 'test-label@2', 'test-label@5', 'test-section@6', 'test-label@7']);
  });

  it('notice-disable … notice-enable: a block', () => {
    const text = NOTICE.replace('二、问题整改情况', '<!-- notice-disable test-label -->\n二、问题整改情况').replace(
      '三、下一步工作安排',
      '<!-- notice-enable test-label -->\n三、下一步工作安排',
    );
    expect(found(text)).toEqual(['test-section@1', 'test-label@2', 'test-section@4', 'test-section@7', 'test-label@8']);
  });

  it('notice-disable (all) with notice-enable of one rule inside', () => {
    const text = '<!-- notice-disable -->\n' + NOTICE.replace('三、下一步工作安排', '<!-- notice-enable test-section -->\n三、下一步工作安排');
    expect(found(text)).toEqual(['test-section@7']);
  });

  it('notice-disable-file: anywhere in the file, for one rule or all', () => {
    expect(found(NOTICE + '<!-- notice-disable-file test-section -->\n')).toEqual(['test-label@2', 'test-label@4', 'test-label@6']);
    expect(found('<!-- notice-disable-file -->\n' + NOTICE)).toEqual([]);
  });

  it('an unknown directive or a comment that merely mentions one does nothing', () => {
    expect(found('<!-- notice-disabel test-label -->\n' + NOTICE).length).toBe(6);
    expect(found('<!-- 不要 notice-disable-file -->\n' + NOTICE).length).toBe(6);
  });

  it('the settings switch off what a directive leaves on, and directives work at any severity', () => {
    const s = settings({ rules: { 'test-section': 'off', 'test-label': 'hint' } });
    const doc = parseNotice(NOTICE.replace('整改情况：一是成立', '<!-- notice-disable-next-line test-label -->\n整改情况：一是成立'));
    expect(runRules(doc, s, testRules).results.map((r) => `${r.rule}:${r.severity}`)).toEqual(['test-label:hint', 'test-label:hint']);
  });
});

describe('quick fixes 「本行忽略此规则」 and 「本文件忽略此规则」', () => {
  const actionsAt = (text: string, line: number, locale: 'zh' | 'en' = 'zh', character = 0) => {
    const doc = parseNotice(text);
    const analysis = runRules(doc, settings({ locale }), testRules);
    const pos = new PositionMapper(text, doc.lineStarts);
    const range = { start: { line, character }, end: { line, character } };
    return codeActions(analysis, pos, 'file:///x.notice', range, undefined, translator(locale)).map((a) => ({
      title: a.title,
      apply: () => {
        const edits = a.edit!.changes!['file:///x.notice'].map((e) => ({ span: { start: pos.offsetAt(e.range.start), end: pos.offsetAt(e.range.end) }, newText: e.newText }));
        return applyEdits(text, edits);
      },
    }));
  };

  it('every diagnostic offers both, titled in the editor language', () => {
    expect(actionsAt(NOTICE, 1).map((a) => a.title)).toEqual(['本行忽略此规则（test-label）', '本文件忽略此规则（test-label）']);
    expect(actionsAt(NOTICE, 1, 'en').map((a) => a.title)).toEqual([
      'Ignore this rule on this line (test-label)',
      'Ignore this rule in this file (test-label)',
    ]);
  });

  it('the line fix inserts a directive with the line indentation, only inserts, and silences that line only', () => {
    const indented = NOTICE.replace('整改情况：一是建立台账。', '\u3000\u3000整改情况：一是建立台账。');
    const fixed = actionsAt(indented, 3, 'zh', 2)[0].apply();
    expect(fixed.split('\n')[3]).toBe('\u3000\u3000<!-- notice-disable-next-line test-label -->');
    expect(fixed.replace('\u3000\u3000<!-- notice-disable-next-line test-label -->\n', '')).toBe(indented);
    expect(found(fixed)).toEqual(['test-section@1', 'test-label@2', 'test-section@3', 'test-section@6', 'test-label@7']);
  });

  it('keeps CRLF line breaks', () => {
    const crlf = NOTICE.replace(/\n/g, '\r\n');
    const fixed = actionsAt(crlf, 1)[0].apply();
    expect(fixed).toBe(crlf.replace('整改情况：一是成立', '<!-- notice-disable-next-line test-label -->\r\n整改情况：一是成立'));
  });

  it('the file fix appends a directive at the end (the title stays the first line), then extends it', () => {
    const noBreak = NOTICE.trimEnd();
    const once = actionsAt(noBreak, 1)[1].apply();
    expect(once).toBe(noBreak + '\n<!-- notice-disable-file test-label -->\n');
    expect(found(once)).toEqual(['test-section@1', 'test-section@3', 'test-section@5']);
    const twice = actionsAt(once, 0)[1].apply();
    expect(twice).toBe(noBreak + '\n<!-- notice-disable-file test-label test-section -->\n');
    expect(found(twice)).toEqual([]);
  });

  it('on a real notice: the directive line changes neither the outline nor other findings', () => {
    const text = corpus('yiyang-hitech-2023');
    const fileFix = actionsAt(text, text.split('\n').findIndex((l) => l.startsWith('整改结果')))[1].apply();
    expect(outlineLines(fileFix)).toEqual(outlineLines(text));
    expect(found(fileFix).every((f) => f.startsWith('test-section'))).toBe(true);
    expect(found(fileFix)).toEqual(found(text).filter((f) => f.startsWith('test-section')));
  });

  it('on every real notice: directive lines at the top or the end leave title, closing, signature and date as they were', () => {
    const shape = (t: string) => {
      const d = parseNotice(t);
      return [d.title.map((p) => p.text), d.closing?.text, d.signature.map((p) => p.text), d.date?.text, d.headings.length];
    };
    for (const name of CORPUS) {
      const text = corpus(name);
      const eol = text.endsWith('\n') ? '' : '\n';
      expect(shape(text + eol + '<!-- notice-disable-file test-label -->\n'), name).toEqual(shape(text));
      expect(shape('<!-- notice-disable-next-line test-label -->\n' + text), name).toEqual(shape(text));
    }
  });
});

describe('settings and the project config file', () => {
  const t = translator('zh');

  it('precedence: defaults < editor settings < .noticerc.json, rule by rule; locale from the editor', () => {
    const s = settingsFor(
      { rules: { 'test-section': 'error', 'test-label': 'hint' }, numbering: { mode: 'restart' }, locale: 'en' },
      { rules: { 'test-label': 'off' } },
      'en',
    );
    expect(s).toEqual({ rules: { 'test-section': 'error', 'test-label': 'off' }, numbering: { mode: 'restart' }, locale: 'en' });
    expect(settingsFor({}, { numbering: { mode: 'continuous' } }, 'zh').numbering.mode).toBe('continuous');
    // Invalid editor values (settings.json is not enforced) are dropped, not passed to the engine.
    const loose = { rules: { 'test-label': 'warn', 'test-section': 'hint' }, numbering: { mode: 'sometimes' } } as unknown as ClientSettings;
    expect(settingsFor(loose, undefined, 'zh')).toEqual({ rules: { 'test-section': 'hint' }, numbering: { mode: 'auto' }, locale: 'zh' });
    expect(found(NOTICE, settingsFor({ rules: { 'test-section': 'off' } }, { rules: { 'test-label': 'off' } }, 'zh'))).toEqual([]);
  });

  it('validates the contract shape, naming every problem in the user language', () => {
    expect(validateConfig({ rules: { 'count-sum': 'warning' }, numbering: { mode: 'restart' } }, t)).toEqual({
      config: { rules: { 'count-sum': 'warning' }, numbering: { mode: 'restart' } },
      problems: [],
    });
    const bad = validateConfig({ rules: { 'count-sum': 'loud', punctuation: 'off' }, numbering: { mode: 'sometimes' }, extends: 'x' }, t);
    expect(bad.config).toEqual({ rules: { punctuation: 'off' } });
    expect(bad.problems).toEqual([
      '配置文件中有未知的键“extends”（可用：rules | numbering）',
      '规则 count-sum 的设置 "loud" 无效（可用：off | error | warning | information | hint）',
      '“numbering.mode”的值 "sometimes" 无效（可用：auto | restart | continuous）',
    ]);
    // A misspelt rule id would switch nothing off without a word: it is named, with the closest id.
    expect(validateConfig({ rules: { punctuaton: 'off', zzz: 'off' } }, t).problems).toEqual([
      '没有编号为“punctuaton”的规则，此设置不起作用（是否指“punctuation”？）',
      '没有编号为“zzz”的规则，此设置不起作用',
    ]);
    expect(validateConfig([], translator('en')).problems).toEqual(['The config file must hold a JSON object']);
  });

  it('finds .noticerc.json upward from the file, nearest first, and reads JSON only', () => {
    const root = mkdtempSync(join(tmpdir(), 'noticerc-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, '.noticerc.json'), JSON.stringify({ rules: { 'test-label': 'off' } }));
    writeFileSync(join(root, 'a', 'b', 'x.notice'), NOTICE);
    expect(findConfigFile(join(root, 'a', 'b', 'x.notice'))).toBe(join(root, '.noticerc.json'));
    writeFileSync(join(root, 'a', '.noticerc.json'), '{"rules": {"test-section": "off"}}');
    expect(findConfigFile(join(root, 'a', 'b', 'x.notice'))).toBe(join(root, 'a', '.noticerc.json'));
    writeFileSync(join(root, 'a', '.noticerc.json'), 'module.exports = {}');
    expect(() => readConfigFile(join(root, 'a', '.noticerc.json'), t)).toThrow(/无法读取配置文件/);
    const resolver = new ConfigResolver(() => t);
    expect(resolver.forFile(join(root, 'a', 'b', 'x.notice')).problems[0]).toMatch(/无法读取配置文件/);
    writeFileSync(join(root, 'a', '.noticerc.json'), '{"rules": {"test-section": "off"}}');
    expect(resolver.forFile(join(root, 'a', 'b', 'x.notice')).config).toBeUndefined(); // cached …
    resolver.clear(); // … until the file watcher says it changed
    expect(resolver.forFile(join(root, 'a', 'b', 'x.notice')).config).toEqual({ rules: { 'test-section': 'off' } });
  });
});
