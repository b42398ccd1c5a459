// Every rule of the product, in one list. A new rule is one file in this folder, one import
// and one entry here, and one test file.
import { closingBlockRule } from './closing-block.js';
import { countItems } from './count-items.js';
import { countRate } from './count-rate.js';
import { countStatus } from './count-status.js';
import { countSum } from './count-sum.js';
import { directive } from './directive.js';
import { dateFormat } from './date-format.js';
import { inlineSequence } from './inline-sequence.js';
import { inspectionTerm } from './inspection-term.js';
import { numberingLevel } from './numbering-level.js';
import { numberingSequence } from './numbering-sequence.js';
import { numberingStyle } from './numbering-style.js';
import { placeholder } from './placeholder.js';
import { punctuation } from './punctuation.js';
import type { Rule } from './types.js';

export const rules: Rule[] = [
  // numbering (issue 3)
  numberingSequence,
  numberingLevel,
  numberingStyle,
  inlineSequence,
  // total counts (issue 4)
  countSum,
  countRate,
  countItems,
  countStatus,
  // writing conventions (issue 7)
  dateFormat,
  placeholder,
  inspectionTerm,
  closingBlockRule,
  punctuation,
  // inline control
  directive,
];

/** Every registered rule's id, asked each time: test bundles register rules after load. */
export function ruleIds(): string[] {
  return rules.map((r) => r.id);
}

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
