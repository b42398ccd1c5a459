// The lexers skip Chevrotain's validations when the server starts (grammar/lexer.ts): the token
// definitions are checked here instead, with every validation on.
import { createToken, Lexer } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { COUNT_TOKENS } from '../../grammar/counts-grammar.js';
import { allTokens } from '../../grammar/lexer.js';

describe('lexer definitions', () => {
  it.each([
    ['the notice lexer', allTokens],
    ['the count lexer', COUNT_TOKENS],
  ])('%s passes Chevrotain’s validations with its first-character optimisation', (_name, tokens) => {
    const lexer = new Lexer(tokens, { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: false });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });

  it('a definition that would lose the optimisation is caught by the same check', () => {
    const negated = createToken({ name: 'Negated', pattern: /[^a]+/ });
    expect(() => new Lexer([...allTokens, negated], { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: false })).toThrow();
  });
});
