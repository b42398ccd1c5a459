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

/**
 * Each message split once into literal text and placeholder names (`['共', 'n', '处']`), by
 * locale and key: one Map lookup per message (a notice gets hundreds of them per analysis).
 */
const compiled: Record<Locale, Map<string, string[]>> = { zh: new Map(), en: new Map() };

export function translator(locale: Locale): Translator {
  const table: Record<string, string> = locale === 'en' ? en : zh;
  const parsed = compiled[locale];
  return (key, args) => {
    if (!args) return table[key] ?? zh[key] ?? key;
    let parts = parsed.get(key);
    if (parts === undefined) parsed.set(key, (parts = (table[key] ?? zh[key] ?? key).split(/\{(\w+)\}/)));
    // Literal, name, literal, name … literal: an unknown name stays as written.
    let out = parts[0];
    for (let k = 1; k < parts.length; k += 2) {
      const name = parts[k];
      const value = args[name];
      out += (value !== undefined ? String(value) : name in args ? 'undefined' : `{${name}}`) + parts[k + 1];
    }
    return out;
  };
}
