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

/**
 * Analyses of the open documents only: `open` when the editor opens one, `delete` when it
 * closes it. An analysis finished after the close (it waited for the settings) is returned
 * but not kept, so a closed document leaves nothing behind.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly opened = new Set<string>();

  open(uri: string): void {
    this.opened.add(uri);
  }

  /** The analysis of this version is here already (no work to get it). */
  has(document: Snapshot | TextDocument, settings: EngineSettings): boolean {
    const hit = this.entries.get(document.uri);
    return hit !== undefined && hit.version === document.version && hit.settingsKey === JSON.stringify(settings);
  }

  /** How many analyses are kept (for tests: it follows the open documents). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * The analysis of a document version. `document` may be a snapshot taken when a request
   * arrived (`snapshot()`): an answer is for the version asked about, even if edits came since;
   * the analysis of an older version is not kept over a newer one.
   */
  get(document: Snapshot | TextDocument, settings: EngineSettings): { analysis: Analysis; pos: PositionMapper; version: number } {
    const key = JSON.stringify(settings);
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version && hit.settingsKey === key) return hit;
    // An older version's analysis is let go before the new one is made, not after: the two are
    // never held at once (on a 1 MB notice each is tens of megabytes while it is built).
    if (hit && hit.version < document.version) this.entries.delete(document.uri);
    const text = document.getText();
    const analysis = analyze(text, settings);
    const entry: Entry = {
      version: document.version,
      settingsKey: key,
      analysis,
      pos: new PositionMapper(text, analysis.doc.lineStarts),
    };
    if (this.opened.has(document.uri) && (!hit || hit.version <= document.version)) this.entries.set(document.uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.opened.delete(uri);
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
