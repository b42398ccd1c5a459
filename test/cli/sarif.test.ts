// SARIF for code scanning: the report of the corpus validates against the SARIF 2.1.0 schema
// (the OASIS schema as shipped by @microsoft/jest-sarif, checked with ajv); the tool names its
// version and every rule with its descriptions, page and default level; each result points
// at its rule by index; files are relative to the checked-out folder (SRCROOT).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { rules } from '../../server/rules/registry.js';
import { CORPUS_DIR, REPO } from '../helpers.js';
import { lint } from './run.js';

const require = createRequire(import.meta.url);
const SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const docs = `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/docs/rules/`;

function validator() {
  const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false }) // one pattern of the schema is not valid with /u;
  addFormats(ajv);
  return ajv.compile(SCHEMA);
}

describe('notice-lint --format sarif', () => {
  const run = () => {
    const r = lint(['--format', 'sarif', '../shared/corpus'], { cwd: join(REPO) });
    return { ...r, log: JSON.parse(r.stdout) as Log };
  };

  it('the SARIF of the corpus validates against the SARIF 2.1.0 schema', () => {
    const { log, stderr } = run();
    expect(stderr).toBe('');
    const validate = validator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // The check can fail: a result without its message does not validate.
    const broken = structuredClone(log);
    delete (broken.runs[0].results![0] as { message?: unknown }).message;
    expect(validator()(broken)).toBe(false);
  });

  it('names the tool, its version and every rule with descriptions, page and default level', () => {
    const { log } = run();
    const run0 = log.runs[0];
    const driver = run0.tool.driver;
    expect([driver.name, driver.version, driver.informationUri]).toEqual(['notice-lint', pkg.version, pkg.homepage]);
    expect(run0.columnKind).toBe('utf16CodeUnits');
    expect(driver.rules!.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    for (const r of driver.rules!) {
      expect(r.shortDescription?.text, r.id).toMatch(/[\u4e00-\u9fff]/);
      expect(r.fullDescription?.text, r.id).toContain(r.shortDescription!.text);
      expect(r.helpUri).toBe(`${docs}${r.id}.md`);
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration?.level);
    }
    expect(driver.rules!.find((r) => r.id === 'count-sum')!.defaultConfiguration!.level).toBe('error');
    expect(driver.rules!.find((r) => r.id === 'punctuation')!.defaultConfiguration!.level).toBe('note');
  });

  it('every result points at its rule by index; the corpus (outside the working folder) by file URL, with exactly its genuine faults as warnings', () => {
    const { log } = run();
    const { results, tool } = log.runs[0];
    const json = lint(['-f', 'json', '../shared/corpus'], { cwd: join(REPO) });
    expect(results!.length).toBe(JSON.parse(json.stdout).flatMap((f: { diagnostics: unknown[] }) => f.diagnostics).length);
    for (const r of results!) expect(tool.driver.rules![r.ruleIndex!].id).toBe(r.ruleId);
    const warnings = results!
      .filter((r) => r.level !== 'note')
      .map((r) => `${r.locations![0].physicalLocation!.artifactLocation!.uri}:${r.locations![0].physicalLocation!.region!.startLine} ${r.ruleId} ${r.level}`);
    expect(warnings).toEqual([
      '../shared/corpus/changsha-county-2021.txt:14 count-items warning',
      '../shared/corpus/changsha-county-2021.txt:250 count-items warning',
      '../shared/corpus/lusong-district-2021.txt:91 numbering-sequence warning',
    ].map((w) => w.replace('../shared/corpus/', new URL(`file://${CORPUS_DIR}/`).href)));
  });

  it('files under the working folder are relative to SRCROOT and percent-encoded; columns count UTF-16 units', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-sarif-'));
    // 𠀀 (a supplementary character) is two UTF-16 code units: the half-width comma after 𠀀甲 is at column 4.
    writeFileSync(join(dir, '通报 1.notice'), '中共某县委关于巡察整改进展情况的通报\n一、问题整改情况\n1.甲\n3.乙\n𠀀甲,乙丙丁。\n');
    const log = JSON.parse(lint(['-f', 'sarif', '.'], { cwd: dir }).stdout) as Log;
    expect(validator()(log)).toBe(true);
    expect(log.runs[0].originalUriBaseIds!.SRCROOT.uri).toBe(new URL(`file://${dir}/`).href);
    const places = log.runs[0].results!.map((r) => {
      const p = r.locations![0].physicalLocation!;
      return `${p.artifactLocation!.uriBaseId} ${p.artifactLocation!.uri} ${p.region!.startLine}:${p.region!.startColumn}`;
    });
    expect(places).toEqual(['SRCROOT %E9%80%9A%E6%8A%A5%201.notice 4:1', 'SRCROOT %E9%80%9A%E6%8A%A5%201.notice 5:4']);
  });
});
