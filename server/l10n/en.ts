// English messages, used when the editor runs in English.
import type { MessageKey } from './zh.js';

export const en: Record<MessageKey, string> = {
  'outline.untitled': '(untitled)',
  'cli.usage': 'Usage: notice-lint [--format text|json|sarif] [--outline] [--config file] <file|dir>...',
  'cli.unreadable': 'Cannot read file: {file} ({reason})',
  'cli.noFiles': 'No notice files found in: {paths}',
  'cli.badFormat': 'Unknown output format: {format} (use text, json or sarif)',
  'cli.unknownOption': 'Unknown option: {option}',
  'cli.summary': '{files} files, {errors} errors, {warnings} warnings, {infos} information',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.information': 'info',
  'severity.hint': 'hint',
  'command.switchToNoticeMode': 'Switch to notice mode',
  'action.fixAll': 'Fix all auto-fixable problems',

  // issue 3: numbering checks and renumbering
  'numbering-sequence.gap': 'Numbering gap: expected “{expected}”, found “{found}”',
  'numbering-sequence.repeat': 'Repeated number: expected “{expected}”, found “{found}”',
  'numbering-sequence.back': 'Numbering goes back: expected “{expected}”, found “{found}”',
  'numbering-sequence.start': 'Numbering does not start at the first number: expected “{expected}”, found “{found}”',
  'numbering-sequence.part': 'Split item out of order: expected “{expected}”, found “{found}”',
  'numbering-sequence.previous': 'Previous item: “{marker}”',
  'numbering-sequence.fix': 'Renumber from here ({count} changes)',
  'numbering-level.inverted': 'Inverted levels: “{marker}” is nested in item “{host}” (order: 一、 → （一） → 1. → （1） → ①)',
  'numbering-level.host': 'Enclosing item: “{marker}”',
  'numbering-style.mixed': 'Mixed numbering style: this level mostly uses the style “{dominant}” ({count} times), here “{found}”',
  'numbering-style.mixedFirst': 'Mixed numbering style: this level first uses the style “{dominant}”, here “{found}”',
  'numbering-style.double': 'Doubled punctuation after the number: “{found}” should be “{fixed}”',
  'numbering-style.fix': 'Change to “{fixed}”',
  'numbering-style.dropExtra': 'Remove the extra “{extra}”',
  'inline-sequence.gap': 'Enumeration gap: expected “{expected}”, found “{found}”',
  'inline-sequence.repeat': 'Repeated enumeration: expected “{expected}”, found “{found}”',
  'inline-sequence.previous': 'Previous item: “{marker}”',
  'inline-sequence.fix': 'Renumber the enumeration from here ({count} changes)',
  'command.renumberAll': 'Renumber the whole notice',
};
