// Every rule of the product, in one list. A new rule is one file in this folder, one import
// and one entry here, and one test file.
import { inlineSequence } from './inline-sequence.js';
import { numberingLevel } from './numbering-level.js';
import { numberingSequence } from './numbering-sequence.js';
import { numberingStyle } from './numbering-style.js';
import type { Rule } from './types.js';
// issue 7: writing conventions
import { closingBlockRule } from './closing-block.js';
import { dateFormat } from './date-format.js';
import { inspectionTerm } from './inspection-term.js';
import { placeholder } from './placeholder.js';
import { punctuation } from './punctuation.js';

export const rules: Rule[] = [
  // issue 3: numbering
  numberingSequence,
  numberingLevel,
  numberingStyle,
  inlineSequence,
  // issue 7: writing conventions
  dateFormat,
  placeholder,
  inspectionTerm,
  closingBlockRule,
  punctuation,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
