// The one settings module: the project config file `.noticerc.json` (found upward from the
// checked file, as markdownlint finds its config; JSON with comments, never executable; checked
// against schemas/noticerc.schema.json with ajv), the editor's
// `notice.*` settings, and how they combine into the engine's settings. Read by the server and
// the CLI alike.
//
// Precedence (lowest first): built-in defaults < editor settings (`notice.rules`,
// `notice.numbering.mode`) < `.noticerc.json` (or the CLI's `--config`). The project file wins
// because it is shared with everyone who checks the same notices (editor, CLI, CI), so the
// editor shows what CI will report. The locale is never in the file: it follows the editor or
// `--locale`.
import { existsSync, statSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js'; // the ES build: the UMD one loads its parts at run time, which a bundle cannot follow
import schema from '../schemas/noticerc.schema.json';
import { MAX_CONFIG_BYTES, readTextFile } from './files.js';
import type { FormatSettings } from './features/formatting.js';
import { dirname, join, resolve } from 'node:path';
import { translator, type Translator } from './l10n/index.js';
import { ruleIds } from './rules/registry.js';
import { closest } from './suggest.js';
import { defaultSettings, type EngineSettings, type NumberingMode, type RuleSetting } from './rules/types.js';

import { CONFIG_FILE } from '../common/ids.js';

export { CONFIG_FILE };

/** The values the one schema allows (schemas/noticerc.schema.json, read here, never copied). */
export const RULE_SETTINGS = schema.properties.rules.additionalProperties.enum as readonly RuleSetting[];
export const NUMBERING_MODES = schema.properties.numbering.properties.mode.enum as readonly NumberingMode[];

/** The contract shape of `.noticerc.json` (schemas/noticerc.schema.json describes it). */
export interface NoticeConfig {
  rules?: Record<string, RuleSetting>;
  numbering?: { mode?: NumberingMode };
}

/** The editor's `notice` settings section. */
export interface ClientSettings extends NoticeConfig {
  locale?: 'auto' | 'zh' | 'en';
  codeLens?: { enabled?: boolean };
  diagnostics?: { debounceMs?: number };
  format?: FormatSettings;
  punctuation?: { perLine?: boolean };
}

export class ConfigError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema compiled once (ajv; VS Code's own keywords are known and ignored). */
let compiled: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
    ajv.addKeyword('enumDescriptions').addKeyword('markdownDescription');
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** A problem found in the config: its localised text and where it is (a path of keys). */
interface Problem {
  path: (string | number)[];
  text: string;
  /** The key is what is wrong (unknown, misspelt), not its value. */
  key?: boolean;
}

/** ajv's errors as the writer reads them: what is wrong, at which key, and what is allowed. */
function schemaProblems(raw: unknown, t: Translator): Problem[] {
  const validate = schemaValidator();
  if (validate(raw)) return [];
  const out: Problem[] = [];
  for (const e of validate.errors ?? []) {
    const path = e.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const [top, key] = path;
    const value = path.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), raw);
    const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
    let text: string;
    const unknownKey = e.keyword === 'additionalProperties';
    if (path.length === 0 && e.keyword === 'type') text = t('config.notObject');
    else if (unknownKey) {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      path.push(extra);
      const known = Object.keys((e.parentSchema as { properties?: object }).properties ?? {}).filter((k) => k !== '$schema');
      text = t('config.unknownKey', { key: path.join('.'), allowed: known.join(' | ') });
    } else if (top === 'rules' && path.length === 1) text = t('config.badRules');
    else if (top === 'rules' && key !== undefined) text = t('config.badSeverity', { rule: key, value: JSON.stringify(value), allowed: (allowed ?? RULE_SETTINGS).join(' | ') });
    else if (top === 'numbering') text = t('config.badMode', { value: JSON.stringify(value), allowed: (allowed ?? NUMBERING_MODES).join(' | ') });
    else {
      // Any other key of the schema (`$schema` of the wrong type): what is there and what is expected.
      const expected = (e.params as { type?: string }).type ?? allowed?.join(' | ') ?? e.keyword;
      text = t('config.invalid', { path: path.join('.'), value: JSON.stringify(value), expected });
    }
    // One problem per place: a wrong type and a wrong value of the same key say the same thing.
    if (!out.some((p) => p.path.join('.') === path.join('.'))) out.push({ path, text, key: unknownKey });
  }
  return out;
}

/**
 * Check a parsed config against the schema (and the rule ids against the registry). Returns the
 * config with the invalid entries dropped and the valid ones kept, and the problems found.
 */
function check(raw: unknown, t: Translator): { config: NoticeConfig; problems: Problem[] } {
  const problems = schemaProblems(raw, t);
  const config: NoticeConfig = {};
  if (!isObject(raw)) return { config, problems };
  const bad = (...path: string[]) => problems.some((p) => p.path.join('.') === path.join('.'));
  if (isObject(raw.rules)) {
    config.rules = {};
    const known = ruleIds();
    for (const [id, value] of Object.entries(raw.rules)) {
      if (!bad('rules', id)) config.rules[id] = value as RuleSetting;
      if (!known.includes(id)) {
        const near = closest(id, known);
        problems.push({ path: ['rules', id], key: true, text: t('config.unknownRule', { rule: id, hint: near ? t('config.didYouMean', { name: near }) : '' }) });
      }
    }
  }
  if (isObject(raw.numbering) && raw.numbering.mode !== undefined && !bad('numbering', 'mode') && !bad('numbering')) {
    config.numbering = { mode: raw.numbering.mode as NumberingMode };
  }
  return { config, problems };
}

/** Validate a config object (the editor's settings, or a parsed file): problems as localised messages. */
export function validateConfig(raw: unknown, t: Translator): { config: NoticeConfig; problems: string[] } {
  const { config, problems } = check(raw, t);
  return { config, problems: problems.map((p) => p.text) };
}

/** The one place a config file is read from disk: a regular file of at most 1 MB (a symlink to /dev/zero is one git keeps). */
export function readConfigText(file: string, t: Translator): string {
  return readTextFile(file, MAX_CONFIG_BYTES, t);
}

/**
 * Read and check one config file: JSON with comments and trailing commas allowed (jsonc-parser).
 * Each problem says where it is: the key path and its line and column. Throws a ConfigError with
 * a localised reason when the file is unusable (unreadable, or not JSON at all).
 */
export function readConfigFile(file: string, t: Translator): { config: NoticeConfig; problems: string[] } {
  let text: string;
  try {
    text = readConfigText(file, t);
  } catch (e) {
    throw new ConfigError(t('config.unreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const lineCol = (offset: number) => {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: before.length, column: before[before.length - 1].length + 1 };
  };
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    const where = e ? lineCol(e.offset) : { line: 1, column: 1 };
    throw new ConfigError(t('config.unreadable', { file, reason: t('config.syntax', { ...where, error: e ? printParseErrorCode(e.error) : 'empty' }) }));
  }
  const { config, problems } = check(getNodeValue(tree), t);
  return {
    config,
    problems: problems.map((p) => {
      // The wrong value, or the key when the key is what is wrong (else the closest parent).
      let node: JsonNode | undefined;
      for (let n = p.path.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, p.path.slice(0, n));
      const at = p.key && node?.parent?.type === 'property' ? node.parent.children![0] : node;
      const where = lineCol(at?.offset ?? 0);
      return p.path.length > 0 ? t('config.at', { problem: p.text, path: p.path.join('.'), ...where }) : p.text;
    }),
  };
}

/** The nearest `.noticerc.json` in the file's folder or a folder above it. */
export function findConfigFile(fromFile: string): string | undefined {
  let dir = resolve(fromFile);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Layer configs over a base (later layers win, rule by rule). */
function mergeSettings(base: EngineSettings, ...layers: (NoticeConfig | undefined)[]): EngineSettings {
  let out: EngineSettings = { ...base, rules: { ...base.rules }, numbering: { ...base.numbering } };
  for (const l of layers) {
    if (!l) continue;
    out = {
      ...out,
      rules: { ...out.rules, ...(isObject(l.rules) ? l.rules : {}) },
      numbering: { mode: l.numbering?.mode ?? out.numbering.mode },
    };
  }
  return out;
}

export interface ResolvedConfig {
  file?: string;
  config?: NoticeConfig;
  problems: string[];
}

/**
 * Finds and reads the config file of each checked file, cached per folder until `clear()` (the
 * server clears it when a `.noticerc.json` changes).
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, ResolvedConfig>();

  constructor(private readonly t: () => Translator) {}

  forFile(file: string): ResolvedConfig {
    const dir = dirname(resolve(file));
    let found = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      found = findConfigFile(dir);
      this.byDir.set(dir, found);
    }
    if (found === undefined) return { problems: [] };
    let r = this.byFile.get(found);
    if (!r) {
      try {
        r = { file: found, ...readConfigFile(found, this.t()) };
      } catch (e) {
        r = { file: found, problems: [(e as Error).message] };
      }
      this.byFile.set(found, r);
    }
    return r;
  }

  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }
}

/** The engine settings for a document: defaults < editor settings < project config; locale as given. */
export function settingsFor(client: ClientSettings, project: NoticeConfig | undefined, locale: EngineSettings['locale']): EngineSettings {
  // The editor does not enforce its settings' schema: keep only valid entries (VS Code already
  // underlines the invalid ones in settings.json).
  const editor = validateConfig({ rules: client.rules, numbering: client.numbering }, translator(locale)).config;
  const perLine = client.punctuation?.perLine === true;
  return { ...mergeSettings(defaultSettings(), editor, project), locale, ...(perLine ? { punctuation: { perLine } } : {}) };
}
