// The preview, Word export and Word import requests (issue 19). The work is done in
// server/publish/, loaded on first use (each is a bundle of its own: scripts/build.mjs), so a
// writer who never previews or exports never loads docx or mammoth.
//   notice/preview   { textDocument, findings? } → the page HTML, its CSS and the faces to check
//   notice/exportDocx { textDocument }           → the .docx as base64
//   notice/importDocx { data }                   → the notice text, or a message why not
import { RequestType } from 'vscode-languageserver/node.js';
import {
  EXPORT_DOCX_REQUEST,
  IMPORT_DOCX_REQUEST,
  PREVIEW_REQUEST,
  type ExportParams,
  type ExportResult,
  type ImportParams,
  type ImportResult,
  type PreviewParams,
  type PreviewResult,
} from '../../common/publish.js';
import type { Analysis } from '../engine.js';
import type { Translator } from '../l10n/index.js';
import type { MarginNote } from '../publish/preview.js';
import { lineAt } from '../positions.js';

export const PreviewRequest = new RequestType<PreviewParams, PreviewResult | null, void>(PREVIEW_REQUEST);
export const ExportDocxRequest = new RequestType<ExportParams, ExportResult | null, void>(EXPORT_DOCX_REQUEST);
export const ImportDocxRequest = new RequestType<ImportParams, ImportResult, void>(IMPORT_DOCX_REQUEST);

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

export async function preview(analysis: Analysis, uri: string, version: number, t: Translator, findings: boolean): Promise<PreviewResult> {
  const { renderPreview } = await import('../publish/preview.js');
  const notes: MarginNote[] = findings
    ? analysis.results.map((r) => ({
        line: lineAt(analysis.doc.lineStarts, r.span.start),
        severity: SEVERITIES.includes(r.severity as MarginNote['severity']) ? (r.severity as MarginNote['severity']) : 'warning',
        message: r.message,
      }))
    : [];
  const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  return { ...renderPreview(analysis.doc, t, notes), version, title: t('publish.previewTitle', { name }) };
}

export async function exportDocxRequest(analysis: Analysis, t: Translator): Promise<ExportResult> {
  const { exportDocx } = await import('../publish/export.js');
  return { data: Buffer.from(await exportDocx(analysis.doc)).toString('base64'), done: t('publish.exported', { file: '{file}' }) };
}

export async function importDocxRequest(data: string, t: Translator): Promise<ImportResult> {
  const { importDocx, NotDocxError } = await import('../publish/import.js');
  try {
    const { text } = await importDocx(new Uint8Array(Buffer.from(data, 'base64')));
    return { text, done: t('publish.imported', { file: '{file}' }) };
  } catch (e) {
    return { error: e instanceof NotDocxError ? t('publish.notDocx') : e instanceof Error ? e.message : String(e) };
  }
}
