// English messages, used when the editor runs in English.
import type { MessageKey } from './zh.js';

export const en: Record<MessageKey, string> = {
  'outline.untitled': '(untitled)',
  'cli.usage': 'Usage: notice-lint [--format text|json|sarif] [--outline] [--config file] [--jobs n] <file|dir>...',
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
  // issue 8: very large documents, unreadable files
  'engine.rulesSkipped': 'The document is very large ({chars} characters, over {limit}): only the outline was built; the checks were skipped.',
  'cli.rulesSkipped': '{file}: very large ({chars} characters, over {limit}): only the outline was built; the checks were skipped',
  'cli.binary': 'binary file',
  'cli.notUtf8': 'not UTF-8 text',
};
