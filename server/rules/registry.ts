// Every rule of the product, in one list. A new rule is one file in this folder, one import
// and one entry here, and one test file.
import type { Rule } from './types.js';
// issue 7: writing conventions
import { closingBlockRule } from './closing-block.js';
import { dateFormat } from './date-format.js';
import { inspectionTerm } from './inspection-term.js';
import { placeholder } from './placeholder.js';
import { punctuation } from './punctuation.js';

export const rules: Rule[] = [
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
