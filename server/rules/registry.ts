// Every rule of the product, in one list. A new rule is one file in this folder, one import
// and one entry here, and one test file.
import type { Rule } from './types.js';

export const rules: Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
