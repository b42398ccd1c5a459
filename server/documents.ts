// The one cached analysis per open document version: parse once, every provider reads it.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './engine.js';
import { PositionMapper } from './positions.js';
import type { EngineSettings } from './rules/types.js';

interface Entry {
  version: number;
  settingsKey: string;
  analysis: Analysis;
  pos: PositionMapper;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  get(document: TextDocument, settings: EngineSettings): { analysis: Analysis; pos: PositionMapper; version: number } {
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
    this.entries.set(document.uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
