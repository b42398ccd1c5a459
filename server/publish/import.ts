// Import from Word: the text of a .docx as a notice, one paragraph a line. mammoth reads the
// text; Word's automatic numbering (word/numbering.xml), which mammoth does not write out, is
// turned back into written markers first (一、（一）1.（1）…) by putting each numbered
// paragraph's marker into document.xml as text, so that the markers the whole tool relies on
// survive. Characters are kept as written (full-width punctuation stays full-width).
// Loaded only when used: bundled apart (dist/publish/import.js).
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import mammoth from 'mammoth';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

type El = Element;
const kids = (el: El | null | undefined, name: string): El[] => {
  const out: El[] = [];
  if (!el) return out;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as El).localName === name && (n as El).namespaceURI === W) out.push(n as El);
  return out;
};
const kid = (el: El | null | undefined, name: string): El | undefined => kids(el, name)[0];
const val = (el: El | undefined): string | undefined => (el ? (el.getAttributeNS(W, 'val') ?? el.getAttribute('w:val') ?? undefined) || undefined : undefined);

interface Level {
  fmt: string;
  text: string;
  start: number;
}
interface Num {
  abstractId: string;
  /** startOverride per level: the list restarts there when this instance is first used. */
  overrides: Map<number, number>;
}
interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, Num>;
}

function readNumbering(xml: string | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, Num>();
  if (!xml) return { abstracts, nums };
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  const readLevel = (lvl: El): Level => ({
    fmt: val(kid(lvl, 'numFmt')) ?? 'decimal',
    text: val(kid(lvl, 'lvlText')) ?? '',
    start: Number(val(kid(lvl, 'start')) ?? 1),
  });
  for (const a of kids(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of kids(a, 'lvl')) levels.set(Number(lvl.getAttributeNS(W, 'ilvl') ?? 0), readLevel(lvl));
    abstracts.set(a.getAttributeNS(W, 'abstractNumId') ?? '', levels);
  }
  for (const n of kids(root, 'num')) {
    const overrides = new Map<number, number>();
    const abstractId = val(kid(n, 'abstractNumId')) ?? '';
    for (const o of kids(n, 'lvlOverride')) {
      const ilvl = Number(o.getAttributeNS(W, 'ilvl') ?? 0);
      const start = val(kid(o, 'startOverride'));
      if (start !== undefined) overrides.set(ilvl, Number(start));
      // A level redefined in the instance itself.
      const lvl = kid(o, 'lvl');
      if (lvl) {
        const copy = new Map(abstracts.get(abstractId) ?? []);
        copy.set(ilvl, readLevel(lvl));
        abstracts.set(`${abstractId}#${n.getAttributeNS(W, 'numId')}`, copy);
      }
    }
    nums.set(n.getAttributeNS(W, 'numId') ?? '', { abstractId, overrides });
  }
  return { abstracts, nums };
}

/** Paragraph styles that carry numbering (a heading style linked to a list), through basedOn. */
function readStyleNumbering(xml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return out;
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  const styles = new Map<string, El>();
  for (const s of kids(root, 'style')) styles.set(s.getAttributeNS(W, 'styleId') ?? '', s);
  const resolve = (id: string, seen: Set<string>): { numId: string; ilvl: number } | undefined => {
    const s = styles.get(id);
    if (!s || seen.has(id)) return undefined;
    seen.add(id);
    const numPr = kid(kid(s, 'pPr'), 'numPr');
    const numId = val(kid(numPr, 'numId'));
    if (numId !== undefined) return { numId, ilvl: Number(val(kid(numPr, 'ilvl')) ?? 0) };
    const base = val(kid(s, 'basedOn'));
    return base ? resolve(base, seen) : undefined;
  };
  for (const id of styles.keys()) {
    const r = resolve(id, new Set());
    if (r) out.set(id, r);
  }
  return out;
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
const roman = (n: number) => ROMAN.reduce((s, [v, r]) => { while (n >= v) { s += r; n -= v; } return s; }, '');
const letter = (n: number) => (n >= 1 ? String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1) : String(n));
// Word's own counting, written here: the grammar's numerals module pulls in its lexer (chevrotain),
// 130 KB this bundle does without.
const DIGITS = '〇一二三四五六七八九';
/** chineseCounting: 1 一, 10 十, 12 十二, 20 二十, 105 一百零五. */
function chineseCounting(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const head = DIGITS[Math.floor(n / 100)] + '百';
    return rest === 0 ? head : head + (rest < 10 ? '零' + DIGITS[rest] : rest < 20 ? '一' + chineseCounting(rest) : chineseCounting(rest));
  }
  return String(n);
}
/** decimalEnclosedCircle: ① … ⑳ (U+2460), ㉑ … ㉟ (U+3251), ㊱ … ㊿ (U+32B1). */
function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
  return `(${n})`;
}
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';

/** A counter written in a numFmt of WordprocessingML. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(n);
    case 'ideographDigital':
      return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]);
    case 'chineseLegalSimplified':
      return chineseCounting(n).replace(/^十/, '一十').replace(/[一二三四五六七八九]/g, (c) => LEGAL['零一二三四五六七八九'.indexOf(c)]).replace(/十/g, '拾').replace(/百/g, '佰');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? TIANGAN[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circled(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * Counts Word's lists through the document in order and says each numbered paragraph's marker.
 * Instances of one abstract list share their counters (as Word numbers them) unless an instance
 * restarts a level (startOverride); a level's count restarts below a level that moves on.
 */
class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly seen = new Set<string>();
  constructor(private readonly numbering: Numbering) {}

  marker(numId: string, ilvl: number): string | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    const levels = this.numbering.abstracts.get(`${num.abstractId}#${numId}`) ?? this.numbering.abstracts.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level || level.fmt === 'bullet') return undefined;
    const key = num.abstractId;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    if (!this.seen.has(numId)) {
      this.seen.add(numId);
      for (const [l, start] of num.overrides) counts[l] = start - 1;
    }
    const startOf = (l: number) => levels.get(l)?.start ?? 1;
    counts[ilvl] = (counts[ilvl] ?? startOf(ilvl) - 1) + 1;
    for (let l = ilvl + 1; l < 9; l++) counts[l] = startOf(l) - 1;
    return level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? startOf(l), levels.get(l)?.fmt ?? 'decimal');
    });
  }
}

/** document.xml with each automatically numbered paragraph's marker written at its start. */
function writeMarkers(documentXml: string, numbering: Numbering, styleNumbering: Map<string, { numId: string; ilvl: number }>): string {
  const dom = new DOMParser().parseFromString(documentXml, 'text/xml');
  const counter = new ListCounter(numbering);
  const paragraphs = dom.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const pPr = kid(p, 'pPr');
    const numPr = kid(pPr, 'numPr');
    let numId = val(kid(numPr, 'numId'));
    let ilvl = Number(val(kid(numPr, 'ilvl')) ?? 0);
    if (numId === undefined) {
      const fromStyle = styleNumbering.get(val(kid(pPr, 'pStyle')) ?? '');
      if (fromStyle) ({ numId, ilvl } = { numId: fromStyle.numId, ilvl: numPr && kid(numPr, 'ilvl') ? ilvl : fromStyle.ilvl });
    }
    // numId 0 switches numbering off for the paragraph.
    if (numId === undefined || numId === '0') continue;
    const marker = counter.marker(numId, ilvl);
    if (!marker) continue;
    const r = dom.createElementNS(W, 'w:r');
    const t = dom.createElementNS(W, 'w:t');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(dom.createTextNode(marker));
    r.appendChild(t);
    p.insertBefore(r, pPr ? pPr.nextSibling : p.firstChild);
  }
  return new XMLSerializer().serializeToString(dom);
}

/** Thrown for bytes that are not a Word document (not a zip, or no word/document.xml); callers say it in the writer's language. */
export class NotDocxError extends Error {}

async function openDocx(bytes: Uint8Array): Promise<{ zip: JSZip; documentFile: JSZip.JSZipObject }> {
  const zip = await JSZip.loadAsync(bytes).catch((e: unknown) => {
    throw new NotDocxError(String(e));
  });
  const documentFile = zip.file('word/document.xml');
  if (!documentFile) throw new NotDocxError('word/document.xml');
  return { zip, documentFile };
}

/** The notice text of a .docx: one line per non-empty paragraph, numbering written out. */
export async function importDocx(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  const { zip, documentFile } = await openDocx(bytes);
  const numbering = readNumbering(await zip.file('word/numbering.xml')?.async('string'));
  if (numbering.nums.size > 0) {
    const styles = readStyleNumbering(await zip.file('word/styles.xml')?.async('string'));
    zip.file('word/document.xml', writeMarkers(await documentFile.async('string'), numbering, styles));
  }
  const buffer = await zip.generateAsync({ type: 'nodebuffer' });
  const result = await mammoth.extractRawText({ buffer });
  const lines = result.value
    .split(/\r?\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((l) => l.length > 0);
  return { text: lines.length > 0 ? lines.join('\n') + '\n' : '', warnings: result.messages.map((m) => m.message) };
}
