// The running server and CLI parse through the Chevrotain lexer and parser (grammar/parser.ts
// parseLines): the built bundles carry them, and a CPU profile of notice-lint at work shows
// Chevrotain's tokenizer and the parser running. (Run after `npm run build`, as `npm test` does.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaledNotice } from '../../bench/generate.js';
import { corpus, REPO } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'notice-parser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one parser, Chevrotain, in what ships', () => {
  it('dist/server.js and dist/cli.js call the Chevrotain lexer and the one parser instance', () => {
    for (const bundle of ['server.js', 'cli.js']) {
      const js = readFileSync(join(REPO, 'dist', bundle), 'utf8');
      expect(js, bundle).toContain('noticeLexer.tokenize(text)');
      expect(js, bundle).toContain('parser.input = lexed.tokens');
      expect(js, bundle).toContain('this.performSelfAnalysis()');
    }
  });

  it('notice-lint, profiled on a notice, spends its parse in Chevrotain', () => {
    const file = join(dir, 'big.notice');
    writeFileSync(file, scaledNotice(corpus('changsha-county-2021'), 8));
    const profiles = join(dir, 'prof');
    try {
      execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '50', '--cpu-prof-dir', profiles, join(REPO, 'dist', 'cli.js'), file], { stdio: 'pipe' });
    } catch (e) {
      // Exit code 1: the scaled notice carries changsha's count-items errors; the profile is written all the same.
      expect((e as { status: number }).status).toBe(1);
    }
    const [profile] = readdirSync(profiles);
    const names = new Set((JSON.parse(readFileSync(join(profiles, profile), 'utf8')) as { nodes: { callFrame: { functionName: string } }[] }).nodes.map((n) => n.callFrame.functionName));
    expect(names).toContain('parseLines');
    expect(names).toContain('tokenizeInternal'); // Chevrotain's Lexer
    // The parser's rules run inside Chevrotain's rule wrapper (named invokeRuleWithTry or …Cst by its output mode).
    expect([...names].some((n) => n.startsWith('invokeRuleWithTry'))).toBe(true);
  });
});
