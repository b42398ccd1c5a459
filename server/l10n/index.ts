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

export function translator(locale: Locale): Translator {
  const table: Record<string, string> = locale === 'en' ? en : zh;
  return (key, args) => {
    const template = table[key] ?? zh[key] ?? key;
    if (!args) return template;
    return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in args ? String(args[name]) : all));
  };
}
