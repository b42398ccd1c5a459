// Every rule of the product, in one list. A new rule is one file in this folder, one import
// and one entry here, and one test file.
import { inlineSequence } from './inline-sequence.js';
import { numberingLevel } from './numbering-level.js';
import { numberingSequence } from './numbering-sequence.js';
import { numberingStyle } from './numbering-style.js';
import type { Rule } from './types.js';

export const rules: Rule[] = [
  // issue 3: numbering
  numberingSequence,
  numberingLevel,
  numberingStyle,
  inlineSequence,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
