// The contract between rules and the engine. A rule reads the tree (never tokens, never LSP)
// and reports findings with offsets; the engine turns them into diagnostics and fixes.
import type { NoticeDocument, Span } from '../../grammar/index.js';
import type { Translator } from '../l10n/index.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';
export type NumberingMode = 'auto' | 'restart' | 'continuous';

export interface EngineSettings {
  /** Per-rule severity override or 'off'. */
  rules: Record<string, RuleSetting>;
  numbering: { mode: NumberingMode };
  locale: 'zh' | 'en';
  /** `notice.punctuation.perLine`: a punctuation finding on every line, not one for a pasted document. */
  punctuation?: { perLine?: boolean };
}

export const defaultSettings = (): EngineSettings => ({ rules: {}, numbering: { mode: 'auto' }, locale: 'zh' });

/** A text replacement: `span` of the current text becomes `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  /**
   * The edits. A fix whose edits grow with the document (renumber the rest) computes them when
   * read (`lazyFix`): n findings must not hold n lists of O(n) edits. Read it once.
   */
  readonly edits: TextEdit[];
  /** How many edits, when known without computing them (a lazy fix's). */
  size?: number;
  /** The fix the editor offers first (and `source.fixAll` applies). */
  preferred?: boolean;
}

/**
 * A fix whose edits are computed each time they are read, and never kept. A class, not an object
 * literal with a getter: each such literal gets a hidden class of its own, held in V8's old
 * generation and pointing at the getter's closure, which kept every analysed tree alive through
 * young-generation collections (a fifth of the analysis was spent copying them).
 */
class LazyFix implements Fix {
  constructor(
    readonly title: string,
    readonly preferred: boolean,
    readonly size: number | undefined,
    private readonly make: () => TextEdit[],
  ) {}

  get edits(): TextEdit[] {
    return this.make();
  }
}

/** A fix of `size` edits (undefined: not known before they are made) computed each time they are read. */
export function lazyFix(title: string, preferred: boolean, size: number | undefined, edits: () => TextEdit[]): Fix {
  return new LazyFix(title, preferred, size, edits);
}

export interface Finding {
  span: Span;
  message: string;
  /** Overrides the rule's severity for this finding. */
  severity?: Severity;
  related?: { span: Span; message: string }[];
  fixes?: Fix[];
}

export interface RuleContext {
  readonly doc: NoticeDocument;
  readonly settings: EngineSettings;
  readonly t: Translator;
  /** The ids of every registered rule (for checks of names the writer typed). */
  readonly ruleIds: readonly string[];
  report(finding: Finding): void;
}

export interface Rule {
  /** The stable id: the CLI's `code` field and the key of settings. */
  id: string;
  severity: Severity;
  /** Which part of the product the rule belongs to (numbering, count, writing …). */
  tags: string[];
  check(ctx: RuleContext): void;
}

/** A finding as the engine keeps it: with its rule and the severity in force. */
export interface RuleResult extends Finding {
  rule: string;
  severity: Severity;
}
