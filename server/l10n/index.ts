// Message lookup: `t(locale, key, args)` fills `{name}` placeholders. Chinese by default;
// English when the locale starts with "en".
import { en } from './en.js';
import { zh, type MessageKey } from './zh.js';

export type Locale = 'zh' | 'en';
export type { MessageKey };
export type Translator = (key: MessageKey, args?: Record<string, string | number>) => string;

export function normalizeLocale(locale: string | undefined): Locale {
  return locale !== undefined && locale.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** A command-line tool's language: `--locale`, else the environment (LC_ALL, LC_MESSAGES, LANG), Chinese unless it says English. */
export function localeFrom(argv: string[], env: NodeJS.ProcessEnv = process.env): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (i >= 0) return normalizeLocale(argv[i].includes('=') ? argv[i].slice(9) : argv[i + 1]);
  return normalizeLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined);
}

/**
 * Each message split once into literal text and placeholders, by locale and key: one Map
 * lookup per message (a notice gets hundreds of them per analysis). A placeholder is `{name}`
 * (the argument) or `{name:one|other}` (the word for the argument's count, for English
 * plurals: `{n} {n:item|items}` → `1 item`, `2 items`).
 */
const compiled: Record<Locale, Map<string, string[]>> = { zh: new Map(), en: new Map() };
const PLACEHOLDER = /\{(\w+(?::[^{}|]*\|[^{}]*)?)\}/;

export function translator(locale: Locale): Translator {
  const table: Record<string, string> = locale === 'en' ? en : zh;
  const parsed = compiled[locale];
  return (key, args) => {
    if (!args) return table[key] ?? zh[key] ?? key;
    let parts = parsed.get(key);
    if (parts === undefined) parsed.set(key, (parts = (table[key] ?? zh[key] ?? key).split(PLACEHOLDER)));
    // Literal, placeholder, literal, placeholder … literal: an unknown name stays as written.
    let out = parts[0];
    for (let k = 1; k < parts.length; k += 2) {
      const [name, forms] = parts[k].split(':');
      const value = args[name];
      if (forms !== undefined) {
        const [one, other] = forms.split('|');
        out += (Number(value) === 1 ? one : other) + parts[k + 1];
        continue;
      }
      out += (value !== undefined ? String(value) : name in args ? 'undefined' : `{${name}}`) + parts[k + 1];
    }
    return out;
  };
}

/** What a count statement's total counts, as the message tables word it: `问题`, `具体问题` / problems, specific problems … */
const SCOPE_WORDS: Record<string, MessageKey> = {
  问题: 'count.scope.problems',
  反馈问题: 'count.scope.problems',
  立行立改问题: 'count.scope.immediate',
  具体问题: 'count.scope.specific',
  整改事项: 'count.scope.items',
  分项任务: 'count.scope.tasks',
  整改任务: 'count.scope.tasks',
  信访件: 'count.scope.petitions',
  信访举报: 'count.scope.petitions',
  问题线索: 'count.scope.leads',
};

/** The word for `n` of what a total counts (`scope` as written in the notice), in the translator's language. */
export function scopeWord(t: Translator, scope: string, n: number): string {
  // Chinese keeps the notice's own word (each key reads `{scope}`).
  return t(SCOPE_WORDS[scope] ?? 'count.scope.other', { scope, n });
}
