// The client is only a client (issue 14): client/ imports VS Code, the language client and
// common/ — never server/ or grammar/, which would pull the rules, the parser and Chevrotain into
// the extension bundle — and common/ imports nothing, so that both sides can take it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '..', '..');
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"`;]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
const tsFiles = (dir: string) => readdirSync(join(REPO, dir)).filter((f) => f.endsWith('.ts')).map((f) => join(REPO, dir, f));

describe('what the client and common/ import', () => {
  it('client/ imports only vscode, the language client, node built-ins, its own files and common/', () => {
    const imports = tsFiles('client').flatMap((f) => importsOf(f).map((i) => `${f.slice(REPO.length + 1)} → ${i}`));
    expect(imports.length).toBeGreaterThan(3);
    const allowed = (i: string) => /^(vscode|vscode-languageclient(\/node)?|node:[a-z_/]+)$/.test(i) || /^\.\/[\w-]+$/.test(i) || /^\.\.\/common\/[\w-]+$/.test(i);
    expect(imports.filter((line) => !allowed(line.split(' → ')[1]))).toEqual([]);
  });

  it('common/ imports nothing', () => {
    const files = tsFiles('common');
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((f) => importsOf(f).map((i) => `${f} → ${i}`))).toEqual([]);
  });
});
