// readMarker reads arabic numbers by hand (it runs for every heading); value and part must be
// those of the regex it replaced, whatever the digits (tokens made by hand reach the odd cases).
import type { IToken } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarker } from '../../grammar/index.js';
import { Level3Marker, Level4Marker } from '../../grammar/lexer.js';

function byRegex(digits: string): { value: number; part?: number } {
  const m = /^([0-9]+)(?:[-－—]([0-9]+))?$/.exec(digits);
  return { value: m ? parseInt(m[1], 10) : NaN, part: m && m[2] !== undefined ? parseInt(m[2], 10) : undefined };
}

describe('readMarker', () => {
  it('reads (35-1) and 3.', () => {
    const t = (image: string, tokenType = Level4Marker) => ({ image, startOffset: 0, tokenType }) as unknown as IToken;
    expect(readMarker(t('（35-1）'))).toMatchObject({ value: 35, part: 1 });
    expect(readMarker(t('3.', Level3Marker))).toMatchObject({ value: 3, part: undefined });
  });

  it('reads arabic numbers as the regex does', () => {
    const digits = fc.array(fc.constantFrom(...'0123456789-－—a'), { maxLength: 7 }).map((a) => a.join(''));
    fc.assert(
      fc.property(digits, (d) => {
        const m = readMarker({ image: `（${d}）`, startOffset: 0, tokenType: Level4Marker } as unknown as IToken);
        expect({ value: m.value, part: m.part }).toEqual(byRegex(d));
      }),
      { numRuns: 3000 },
    );
  });
});
