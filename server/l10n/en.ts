// English messages, used when the editor runs in English.
import type { MessageKey } from './zh.js';

export const en: Record<MessageKey, string> = {
  'outline.untitled': '(untitled)',
  'cli.usage': 'Usage: notice-lint [--format text|json|sarif] [--outline] [--config file] [--locale zh|en] <file|dir>...',
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
  // issue 6: editor experience — rule control, config, quick fixes to ignore, server names
  'action.ignoreLine': 'Ignore this rule on this line ({rule})',
  'action.ignoreFile': 'Ignore this rule in this file ({rule})',
  'config.notObject': 'The config file must hold a JSON object',
  'config.unknownKey': 'Unknown key "{key}" in the config file (use rules, numbering)',
  'config.badRules': '"rules" must be an object: rule id → severity',
  'config.badSeverity': 'Invalid setting {value} for rule {rule} (use {allowed})',
  'config.badMode': 'Invalid value {value} for "numbering.mode" (use {allowed})',
  'config.unreadable': 'Cannot read the config file {file}: {reason}',
  'config.problem': 'Config file {file}: {problem}',
  'cli.binary': 'binary file, not text',
  'cli.notUtf8': 'not UTF-8 text',
  'server.name': 'Notice language server',
  'outline.label': 'Notice',
};
