// A small reader for VS Code's snippet syntax (tabstops $1 ${1}, placeholders ${1:text},
// choices ${1|a,b|}, variables $NAME ${NAME:default}, variable transforms ${NAME/re/fmt/opts})
// that expands a snippet body to the text the editor would insert with every placeholder
// left at its default (a choice at its first option). Completion documentation shows this
// text; tests expand every snippet with it and parse the result.

export interface ExpandedPlaceholder {
  index: number;
  /** Offsets in the expanded text. */
  start: number;
  end: number;
  /** The options of a choice. */
  choices?: string[];
}

export interface Expansion {
  text: string;
  /** Every tabstop occurrence (mirrors included), in text order. */
  placeholders: ExpandedPlaceholder[];
}

interface Transform {
  regex: string;
  format: FormatPart[];
  options: string;
}
type FormatPart = string | { group: number; op?: 'upcase' | 'downcase' | 'capitalize'; ifText?: string; elseText?: string };

type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children?: SnippetNode[]; choices?: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[]; transform?: Transform };

class Reader {
  pos = 0;
  constructor(readonly s: string) {}
  peek(k = 0): string {
    return this.s[this.pos + k] ?? '';
  }
  eof(): boolean {
    return this.pos >= this.s.length;
  }
}

const VAR_START = /[_a-zA-Z]/;
const VAR_CHAR = /[_a-zA-Z0-9]/;
const DIGIT = /[0-9]/;

function readInt(r: Reader): number | undefined {
  const from = r.pos;
  while (DIGIT.test(r.peek())) r.pos++;
  return r.pos > from ? parseInt(r.s.slice(from, r.pos), 10) : undefined;
}

/** Text up to an unescaped `stop` character (consumed); escapes `\x` for x in `escapable`. */
function readUntil(r: Reader, stop: string, escapable: string): string | undefined {
  let out = '';
  while (!r.eof()) {
    const c = r.peek();
    if (c === '\\' && escapable.includes(r.peek(1))) {
      out += r.peek(1);
      r.pos += 2;
    } else if (c === stop) {
      r.pos++;
      return out;
    } else {
      out += c;
      r.pos++;
    }
  }
  return undefined;
}

function parseFormat(s: string): FormatPart[] {
  const parts: FormatPart[] = [];
  let text = '';
  const r = new Reader(s);
  while (!r.eof()) {
    const c = r.peek();
    if (c === '\\' && r.peek(1) !== '') {
      text += r.peek(1);
      r.pos += 2;
      continue;
    }
    if (c === '$') {
      const save = r.pos;
      r.pos++;
      let part: FormatPart | undefined;
      if (r.peek() === '{') {
        r.pos++;
        const group = readInt(r);
        if (group !== undefined) {
          if (r.peek() === '}') {
            r.pos++;
            part = { group };
          } else if (r.peek() === ':') {
            r.pos++;
            const body = readUntil(r, '}', '}\\');
            if (body !== undefined) {
              if (body === '/upcase' || body === '/downcase' || body === '/capitalize') part = { group, op: body.slice(1) as 'upcase' };
              else if (body.startsWith('+')) part = { group, ifText: body.slice(1) };
              else if (body.startsWith('?')) {
                const [ifText, elseText = ''] = body.slice(1).split(':');
                part = { group, ifText, elseText };
              } else if (body.startsWith('-')) part = { group, elseText: body.slice(1) };
              else part = { group, elseText: body };
            }
          }
        }
      } else {
        const group = readInt(r);
        if (group !== undefined) part = { group };
      }
      if (part) {
        if (text) parts.push(text);
        text = '';
        parts.push(part);
        continue;
      }
      r.pos = save + 1;
      text += '$';
      continue;
    }
    text += c;
    r.pos++;
  }
  if (text) parts.push(text);
  return parts;
}

function parseTransform(r: Reader): Transform | undefined {
  // r.pos is after the opening '/'
  const regex = readUntil(r, '/', '/');
  if (regex === undefined) return undefined;
  // Keep escapes in the format (parseFormat reads them); only find the closing '/'.
  let format = '';
  while (!r.eof() && r.peek() !== '/') {
    if (r.peek() === '\\' && r.peek(1) !== '') {
      format += r.peek() + r.peek(1);
      r.pos += 2;
    } else format += r.s[r.pos++];
  }
  if (r.peek() !== '/') return undefined;
  r.pos++;
  const options = readUntil(r, '}', '');
  if (options === undefined) return undefined;
  return { regex, format: parseFormat(format), options };
}

/** Parse nodes until an unescaped `}` (when nested) or the end. */
function parseNodes(r: Reader, nested: boolean): SnippetNode[] {
  const nodes: SnippetNode[] = [];
  let text = '';
  const flush = () => {
    if (text) nodes.push({ kind: 'text', value: text });
    text = '';
  };
  while (!r.eof()) {
    const c = r.peek();
    if (c === '\\' && '$}\\'.includes(r.peek(1)) && r.peek(1) !== '') {
      text += r.peek(1);
      r.pos += 2;
      continue;
    }
    if (nested && c === '}') return flush(), nodes;
    if (c === '$') {
      const save = r.pos;
      const node = parseDollar(r);
      if (node) {
        flush();
        nodes.push(node);
        continue;
      }
      r.pos = save + 1;
      text += '$';
      continue;
    }
    text += c;
    r.pos++;
  }
  flush();
  return nodes;
}

function readName(r: Reader): string {
  const from = r.pos;
  while (VAR_CHAR.test(r.peek())) r.pos++;
  return r.s.slice(from, r.pos);
}

function readChoices(r: Reader): string[] | undefined {
  const choices: string[] = [];
  let cur = '';
  while (!r.eof()) {
    const d = r.peek();
    if (d === '\\' && ',|\\$}'.includes(r.peek(1)) && r.peek(1) !== '') {
      cur += r.peek(1);
      r.pos += 2;
    } else if (d === ',' || (d === '|' && r.peek(1) === '}')) {
      choices.push(cur);
      cur = '';
      r.pos += d === ',' ? 1 : 2;
      if (d === '|') return choices;
    } else {
      cur += d;
      r.pos++;
    }
  }
  return undefined;
}

function parseDollar(r: Reader): SnippetNode | undefined {
  r.pos++; // '$'
  if (DIGIT.test(r.peek())) return { kind: 'tabstop', index: readInt(r)! };
  if (VAR_START.test(r.peek())) return { kind: 'variable', name: readName(r) };
  if (r.peek() !== '{') return undefined;
  r.pos++;
  const index = DIGIT.test(r.peek()) ? readInt(r) : undefined;
  const name = index === undefined && VAR_START.test(r.peek()) ? readName(r) : undefined;
  if (index === undefined && name === undefined) return undefined;
  const make = (extra: { children?: SnippetNode[]; choices?: string[]; transform?: Transform } = {}): SnippetNode =>
    index !== undefined ? { kind: 'tabstop', index, children: extra.children, choices: extra.choices } : { kind: 'variable', name: name!, ...extra };
  const c = r.peek();
  r.pos++;
  if (c === '}') return make();
  if (c === ':') {
    const children = parseNodes(r, true);
    if (r.peek() !== '}') return undefined;
    r.pos++;
    return make({ children });
  }
  if (c === '|' && index !== undefined) {
    const choices = readChoices(r);
    return choices ? make({ choices }) : undefined;
  }
  if (c === '/') {
    // A transform on a tabstop is read and ignored (its default is what we render).
    const transform = parseTransform(r);
    return transform ? make({ transform }) : undefined;
  }
  return undefined;
}

function applyTransform(value: string, t: Transform): string {
  let re: RegExp;
  try {
    re = new RegExp(t.regex, t.options.replace(/[^gimsuy]/g, ''));
  } catch {
    return value;
  }
  return value.replace(re, (...m: unknown[]) => {
    const named = typeof m[m.length - 1] === 'object';
    const groups = m.slice(0, named ? -3 : -2) as (string | undefined)[];
    let out = '';
    for (const p of t.format) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      const g = groups[p.group] ?? '';
      if (p.op === 'upcase') out += g.toUpperCase();
      else if (p.op === 'downcase') out += g.toLowerCase();
      else if (p.op === 'capitalize') out += g.charAt(0).toUpperCase() + g.slice(1);
      else if (p.ifText !== undefined || p.elseText !== undefined) out += g ? (p.ifText ?? g) : (p.elseText ?? '');
      else out += g;
    }
    return out;
  });
}

/** The variables VS Code resolves from the clock, for a given date. */
export function dateVariables(d: Date): Record<string, string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    CURRENT_YEAR: String(d.getFullYear()),
    CURRENT_YEAR_SHORT: String(d.getFullYear()).slice(-2),
    CURRENT_MONTH: pad(d.getMonth() + 1),
    CURRENT_DATE: pad(d.getDate()),
    CURRENT_HOUR: pad(d.getHours()),
    CURRENT_MINUTE: pad(d.getMinutes()),
    CURRENT_SECOND: pad(d.getSeconds()),
  };
}

/**
 * Expand a snippet body (lines joined with `\n`) as the editor would insert it; `values`
 * stands for what the writer types into tabstops (by index), mirrors included.
 */
export function expandSnippet(body: string | string[], variables: Record<string, string> = {}, values: Record<number, string> = {}): Expansion {
  const source = Array.isArray(body) ? body.join('\n') : body;
  const nodes = parseNodes(new Reader(source), false);
  // The value of each tabstop: its first placeholder's default (a choice: its first option).
  const defaults = new Map<number, SnippetNode & { kind: 'tabstop' }>();
  const collect = (ns: SnippetNode[]) => {
    for (const n of ns) {
      if (n.kind === 'tabstop' && (n.children || n.choices) && !defaults.has(n.index)) defaults.set(n.index, n);
      if (n.kind !== 'text' && n.children) collect(n.children);
    }
  };
  collect(nodes);

  let text = '';
  const placeholders: ExpandedPlaceholder[] = [];
  const render = (ns: SnippetNode[], depth: number) => {
    if (depth > 20) return;
    for (const n of ns) {
      if (n.kind === 'text') text += n.value;
      else if (n.kind === 'tabstop') {
        const start = text.length;
        const def = n.children || n.choices ? n : defaults.get(n.index);
        if (values[n.index] !== undefined) text += values[n.index];
        else if (def?.choices) text += def.choices[0] ?? '';
        else if (def?.children) render(def.children, depth + 1);
        placeholders.push({ index: n.index, start, end: text.length, ...(def?.choices ? { choices: def.choices } : {}) });
      } else {
        const value = variables[n.name];
        if (value !== undefined) text += n.transform ? applyTransform(value, n.transform) : value;
        else if (n.children) render(n.children, depth + 1);
        else text += n.name;
      }
    }
  };
  render(nodes, 0);
  placeholders.sort((a, b) => a.start - b.start || a.index - b.index);
  return { text, placeholders };
}
