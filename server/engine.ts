// The engine: one analysis per text and settings — the tree, and every rule's findings. The
// LSP server and the CLI both call it; nothing here knows about LSP transport.
import { parseNotice, type NoticeDocument } from '../grammar/index.js';
import { applyDirectives } from './directives.js';
import { translator } from './l10n/index.js';
import { rules as allRules, ruleIds } from './rules/registry.js';
import type { EngineSettings, Finding, Rule, RuleResult } from './rules/types.js';
import { defaultSettings } from './rules/types.js';

export interface Analysis {
  doc: NoticeDocument;
  results: RuleResult[];
  /** The settings the rules ran with (locale, severities, numbering mode). */
  settings: EngineSettings;
  /** Rule failures (a bug in a rule must never take the others down). */
  ruleErrors: { rule: string; message: string }[];
  /** Set when the text was too large for the rules: only the tree (the outline) was built. */
  rulesSkipped?: { chars: number; limit: number };
}

/**
 * Past this many characters (about 14 times the largest real notice) the rules are skipped
 * and only the tree is built: the outline stays, the checks say once that they were left out.
 */
export const RULES_MAX_CHARS = 1_000_000;

/** The fields `report` copies: when Finding gains one, this stops compiling until it is copied too. */
const COPIED_FIELDS = { span: true, message: true, severity: true, related: true, fixes: true } satisfies Record<keyof Finding, true>;
void COPIED_FIELDS;

/**
 * At most this many findings of one rule in one document (real notices have a few dozen);
 * past it, one more finding says how many were left out. A pasted log of 10,000 identical
 * headings must not become 10,000 diagnostics with a fix each.
 */
export const FINDINGS_PER_RULE = 1000;

export function runRules(doc: NoticeDocument, settings: EngineSettings = defaultSettings(), rules: Rule[] = allRules): Analysis {
  const t = translator(settings.locale);
  const results: RuleResult[] = [];
  const ruleErrors: Analysis['ruleErrors'] = [];
  const known = ruleIds();
  for (const rule of rules) {
    const setting = settings.rules[rule.id];
    if (setting === 'off') continue;
    const severity = setting ?? rule.severity;
    let reported = 0;
    let firstLeftOut: Finding | undefined;
    try {
      rule.check({
        doc,
        settings,
        t,
        ruleIds: known,
        report: (f) => {
          if (++reported > FINDINGS_PER_RULE) {
            firstLeftOut ??= f;
            return;
          }
          // One shape for every result (a spread of findings of many shapes takes V8's slow path,
          // and fields added afterwards grow each object once more); absent fields stay undefined.
          results.push({ span: f.span, message: f.message, rule: rule.id, severity: setting ?? f.severity ?? severity, related: f.related, fixes: f.fixes });
        },
      });
    } catch (e) {
      ruleErrors.push({ rule: rule.id, message: e instanceof Error ? e.message : String(e) });
    }
    if (firstLeftOut) {
      const message = t('engine.moreFindings', { more: reported - FINDINGS_PER_RULE, limit: FINDINGS_PER_RULE });
      results.push({ span: firstLeftOut.span, message, rule: rule.id, severity, related: undefined, fixes: undefined });
    }
  }
  // Ties by rule id (plain code-unit order: ids are ASCII, and no locale belongs in the order).
  results.sort((a, b) => a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  // Inline directives (`<!-- notice-disable… -->`) switch findings off for lines, blocks or the file.
  return { doc, results: applyDirectives(doc, results), ruleErrors, settings };
}

export function analyze(text: string, settings: EngineSettings = defaultSettings()): Analysis {
  const doc = parseNotice(text);
  if (text.length > RULES_MAX_CHARS) return { doc, results: [], ruleErrors: [], settings, rulesSkipped: { chars: text.length, limit: RULES_MAX_CHARS } };
  return runRules(doc, settings);
}
