// Every rule of the product, in one list. A new rule is one file in this folder, one import
// and one entry here, and one test file.
import type { Rule } from './types.js';
import { countItems } from './count-items.js';
import { countRate } from './count-rate.js';
import { countStatus } from './count-status.js';
import { countSum } from './count-sum.js';

export const rules: Rule[] = [
  // issue 4: total counts
  countSum,
  countRate,
  countItems,
  countStatus,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
