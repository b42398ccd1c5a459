// The one settings module: the project config file `.noticerc.json` (found upward from the
// checked file, as markdownlint finds its config; JSON only, never executable), the editor's
// `notice.*` settings, and how they combine into the engine's settings. Read by the server and
// the CLI alike.
//
// Precedence (lowest first): built-in defaults < editor settings (`notice.rules`,
// `notice.numbering.mode`) < `.noticerc.json` (or the CLI's `--config`). The project file wins
// because it is shared with everyone who checks the same notices (editor, CLI, CI), so the
// editor shows what CI will report. The locale is never in the file: it follows the editor or
// `--locale`.
import { existsSync, statSync } from 'node:fs';
import { MAX_CONFIG_BYTES, readTextFile } from './files.js';
import type { FormatSettings } from './features/formatting.js';
import { dirname, join, resolve } from 'node:path';
import { translator, type Translator } from './l10n/index.js';
import { ruleIds } from './rules/registry.js';
import { closest } from './suggest.js';
import { defaultSettings, type EngineSettings, type NumberingMode, type RuleSetting } from './rules/types.js';

export const CONFIG_FILE = '.noticerc.json';

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'information', 'hint'];
export const NUMBERING_MODES: readonly NumberingMode[] = ['auto', 'restart', 'continuous'];

/** The contract shape of `.noticerc.json` (schemas/noticerc.schema.json describes the same). */
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
}

export class ConfigError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Check a parsed config against the contract. Returns the config and the problems (as localised
 * messages); invalid entries are dropped, valid ones kept.
 */
export function validateConfig(raw: unknown, t: Translator): { config: NoticeConfig; problems: string[] } {
  const problems: string[] = [];
  const config: NoticeConfig = {};
  if (!isObject(raw)) return { config, problems: [t('config.notObject')] };
  for (const key of Object.keys(raw)) {
    if (key !== 'rules' && key !== 'numbering' && key !== '$schema') problems.push(t('config.unknownKey', { key }));
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) problems.push(t('config.badRules'));
    else {
      config.rules = {};
      const known = ruleIds();
      for (const [id, value] of Object.entries(raw.rules)) {
        if (RULE_SETTINGS.includes(value as RuleSetting)) config.rules[id] = value as RuleSetting;
        else problems.push(t('config.badSeverity', { rule: id, value: JSON.stringify(value), allowed: RULE_SETTINGS.join(' | ') }));
        if (!known.includes(id)) {
          const near = closest(id, known);
          problems.push(t('config.unknownRule', { rule: id, hint: near ? t('config.didYouMean', { name: near }) : '' }));
        }
      }
    }
  }
  if (raw.numbering !== undefined) {
    const mode = isObject(raw.numbering) ? raw.numbering.mode : undefined;
    if (!isObject(raw.numbering) || (mode !== undefined && !NUMBERING_MODES.includes(mode as NumberingMode))) {
      problems.push(t('config.badMode', { value: JSON.stringify(mode ?? raw.numbering), allowed: NUMBERING_MODES.join(' | ') }));
    } else if (mode !== undefined) config.numbering = { mode: mode as NumberingMode };
  }
  return { config, problems };
}

/** Read and check one config file; throws a ConfigError with a localised reason when it is unusable. */
export function readConfigFile(file: string, t: Translator): { config: NoticeConfig; problems: string[] } {
  let raw: unknown;
  try {
    // Checked as a regular file of at most 1 MB first (a symlink to /dev/zero is one git keeps).
    raw = JSON.parse(readTextFile(file, MAX_CONFIG_BYTES, t));
  } catch (e) {
    throw new ConfigError(t('config.unreadable', { file, reason: e instanceof Error ? e.message : String(e) }));
  }
  return validateConfig(raw, t);
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
export function mergeSettings(base: EngineSettings, ...layers: (NoticeConfig | undefined)[]): EngineSettings {
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
  return { ...mergeSettings(defaultSettings(), editor, project), locale };
}
