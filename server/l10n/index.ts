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

/** Each template split once into literal text and placeholder names: `['共', 'n', '处']`. */
const compiled = new Map<string, string[]>();

export function translator(locale: Locale): Translator {
  const table: Record<string, string> = locale === 'en' ? en : zh;
  return (key, args) => {
    const template = table[key] ?? zh[key] ?? key;
    if (!args) return template;
    let parts = compiled.get(template);
    if (parts === undefined) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
    // Literal, name, literal, name … literal: an unknown name stays as written.
    let out = parts[0];
    for (let k = 1; k < parts.length; k += 2) {
      const name = parts[k];
      out += (name in args ? String(args[name]) : `{${name}}`) + parts[k + 1];
    }
    return out;
  };
}
