// Run in a child process with a small heap (see faults.test.ts): analyse the text of the file
// given as argument and run every per-document feature over it, and print what it took.
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/engine.js';
import { applyEdits, codeActions, fixAllEdits, resolveCodeAction } from '../../server/features/codeActions.js';
import { toDiagnostics } from '../../server/features/diagnostics.js';
import { documentSymbols } from '../../server/features/documentSymbols.js';
import { formatEdits } from '../../server/features/formatting.js';
import { renumberAllEdits } from '../../server/features/renumber.js';
import { semanticTokens } from '../../server/features/semanticTokens.js';
import { workspaceSymbols } from '../../server/features/workspaceSymbols.js';
import { PositionMapper } from '../../server/positions.js';

const text = readFileSync(process.argv[2], 'utf8');
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const analysis = analyze(text);
const cpu = process.cpuUsage(cpu0);
const analysisMs = performance.now() - t0;
// CPU time as well as wall time: the test machine may be shared.
const analysisCpuMs = (cpu.user + cpu.system) / 1000;
const pos = new PositionMapper(text, analysis.doc.lineStarts);
const uri = 'file:///big.notice';
const whole = { start: { line: 0, character: 0 }, end: pos.positionAt(text.length) };
const t1 = performance.now();
const diagnostics = toDiagnostics(analysis, pos, uri);
// What an editor asks for on a whole-document selection, lazily and (for clients without resolve) eagerly.
const lazy = codeActions(analysis, pos, uri, whole, undefined, undefined, { resolve: true, version: 1 });
const resolved = lazy.length > 0 ? resolveCodeAction(lazy[0], analysis, pos) : undefined;
const eager = codeActions(analysis, pos, uri, whole);
const fixed = applyEdits(text, fixAllEdits(analysis.results));
const renumbered = applyEdits(text, renumberAllEdits(analysis, analysis.settings));
const formatted = formatEdits(analysis.doc).length;
const symbols = documentSymbols(analysis.doc, pos).length + workspaceSymbols(uri, analysis.doc, pos, '').length + semanticTokens(analysis.doc, pos).data.length;
const featuresMs = performance.now() - t1;
process.stdout.write(
  JSON.stringify({
    analysisMs,
    analysisCpuMs,
    featuresMs,
    heapMB: process.memoryUsage().heapUsed / 1024 / 1024,
    findings: analysis.results.length,
    rules: [...new Set(analysis.results.map((r) => r.rule))],
    last: diagnostics[diagnostics.length - 1]?.message,
    lazyActions: lazy.length,
    lazyWithEdits: lazy.filter((a) => a.edit).length,
    resolvedEdits: resolved?.edit?.changes?.[uri]?.length ?? 0,
    eagerActions: eager.length,
    fixedLength: fixed.length,
    renumberedHead: renumbered.slice(0, 40),
    formatted,
    symbols,
  }),
);
