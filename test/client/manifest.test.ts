// The extension manifest (package.json) and the config schema: the settings and the
// .noticerc.json schema describe the same contract as the code (config.ts), list the rule ids
// of the contract and every registered rule, and point at files that exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE } from '../../common/ids.js';
import { NUMBERING_MODES, RULE_SETTINGS } from '../../server/config.js';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/features/semanticTokens.js';
import { rules } from '../../server/rules/registry.js';
import { REPO } from '../helpers.js';

const CONTRACT_RULES = [
  'numbering-sequence', 'numbering-level', 'numbering-style', 'inline-sequence',
  'count-sum', 'count-rate', 'count-items', 'count-status',
  'date-format', 'placeholder', 'inspection-term', 'closing-block', 'punctuation',
];
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const c = pkg.contributes;
const props = c.configuration.properties;
const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'noticerc.schema.json'), 'utf8'));

describe('settings notice.*', () => {
  it('has the settings of the issue, with the values the code accepts', () => {
    expect(Object.keys(props).sort()).toEqual(
      [
        'notice.codeLens.enabled',
        'notice.detectTxt',
        'notice.diagnostics.debounceMs',
        'notice.locale',
        'notice.numbering.mode',
        'notice.rules',
        // issue 7: the formatter
        'notice.format.punctuation',
        'notice.format.numbering',
        'notice.format.trailingSpaces',
        'notice.format.blankLines',
        // issue 16: per-line punctuation findings instead of one for a pasted document
        'notice.punctuation.perLine',
        // issue 19: findings in the preview's margin
        'notice.preview.findings',
      ].sort(),
    );
    expect(props['notice.rules'].additionalProperties.enum).toEqual([...RULE_SETTINGS]);
    expect(props['notice.numbering.mode'].enum).toEqual([...NUMBERING_MODES]);
    expect(props['notice.locale'].enum).toEqual(['auto', 'zh', 'en']);
  });

  it('notice.rules and the schema list the 13 contract rules and every registered rule', () => {
    const ids = [...new Set([...CONTRACT_RULES, ...rules.map((r) => r.id)])].sort();
    expect(Object.keys(props['notice.rules'].properties).sort()).toEqual(ids);
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(ids);
    for (const id of ids) expect(schema.properties.rules.properties[id].enum).toEqual([...RULE_SETTINGS]);
  });
});

describe('.noticerc.json schema', () => {
  it('is contributed for the file name the server and CLI look for, with the contract shape', () => {
    expect(c.jsonValidation).toEqual([{ fileMatch: CONFIG_FILE, url: './schemas/noticerc.schema.json' }]);
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'numbering', 'rules']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.numbering.properties.mode.enum).toEqual([...NUMBERING_MODES]);
  });
});

describe('highlighting contributions', () => {
  it('the grammar file exists for the notice language; semantic token types and modifiers match the server legend', () => {
    expect(c.grammars).toEqual([{ language: 'notice', scopeName: 'text.notice', path: './syntaxes/notice.tmLanguage.json' }]);
    expect(existsSync(join(REPO, c.grammars[0].path))).toBe(true);
    const standard = ['comment'];
    expect(c.semanticTokenTypes.map((t: { id: string }) => t.id).sort()).toEqual(TOKEN_TYPES.filter((t) => !standard.includes(t)).sort());
    expect(c.semanticTokenModifiers.map((t: { id: string }) => t.id)).toEqual([...TOKEN_MODIFIERS]);
    // Every semantic token maps to a scope the TextMate grammar also produces, so themes agree.
    const grammar = readFileSync(join(REPO, c.grammars[0].path), 'utf8');
    for (const scopes of Object.values(c.semanticTokenScopes[0].scopes) as string[][]) {
      for (const s of scopes) expect(grammar).toContain(`"${s}"`);
    }
  });

  it('the packaged extension ships the grammar, schema, nls files and rule docs', () => {
    const ignore = readFileSync(join(REPO, '.vscodeignore'), 'utf8');
    for (const p of ['!syntaxes/**', '!schemas/**', '!package.nls*.json', '!docs/rules/**']) expect(ignore).toContain(p);
  });
});
