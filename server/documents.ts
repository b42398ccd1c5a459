// The one cached analysis per open document version: parse once, every provider reads it.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './engine.js';
import { PositionMapper } from './positions.js';
import type { EngineSettings } from './rules/types.js';

/** A document's text and version at one moment (TextDocument objects change in place). */
export interface Snapshot {
  uri: string;
  version: number;
  getText(): string;
}

export function snapshot(doc: TextDocument): Snapshot {
  const text = doc.getText();
  return { uri: doc.uri, version: doc.version, getText: () => text };
}

interface Entry {
  version: number;
  settingsKey: string;
  analysis: Analysis;
  pos: PositionMapper;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  /**
   * The analysis of a document version. `document` may be a snapshot taken when a request
   * arrived (`snapshot()`): an answer is for the version asked about, even if edits came since;
   * the analysis of an older version is not kept over a newer one.
   */
  get(document: Snapshot | TextDocument, settings: EngineSettings): { analysis: Analysis; pos: PositionMapper; version: number } {
    const key = JSON.stringify(settings);
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version && hit.settingsKey === key) return hit;
    const text = document.getText();
    const analysis = analyze(text, settings);
    const entry: Entry = {
      version: document.version,
      settingsKey: key,
      analysis,
      pos: new PositionMapper(text, analysis.doc.lineStarts),
    };
    if (!hit || hit.version <= document.version) this.entries.set(document.uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
