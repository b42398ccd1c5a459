// Walking the heading tree.
import type { Heading } from './tree.js';

/** Every heading under `h`, depth first in document order (not `h` itself). */
export function descendants(h: Heading, out: Heading[] = []): Heading[] {
  for (const c of h.children) {
    out.push(c);
    descendants(c, out);
  }
  return out;
}
