// Export to Word: the file is a valid OOXML package laid out as GB/T 9704 asks (read back from
// its XML), and importing it gives back the notice's text (minus comments), for every real notice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../grammar/index.js';
import { publishedBlocks, publishedText } from '../../server/publish/blocks.js';
import { exportDocx } from '../../server/publish/export.js';
import { importDocx } from '../../server/publish/import.js';
import { CORPUS, corpus, REPO } from '../helpers.js';

const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

/** Notices of our own, for what the corpus lacks: comments, a letter-spaced signature, a long date. */
const OWN: Record<string, string> = {
  'comments and directives': [
    '中共青石县委',
    '关于巡察整改进展情况的通报',
    '<!-- notice-disable count-sum -->',
    '　　根据市委统一部署，市委第二巡察组对青石县进行了巡察。',
    '',
    '一、组织整改落实情况',
    '<!-- 这一段待核实 -->',
    '（一）强化领导抓整改。成立巡察整改工作领导小组，由县委书记任组长。',
    '1.理论学习不够深入',
    '（1）中心组学习联系实际不紧。',
    '整改情况：一是制定年度学习计划；二是建立学习成果转化清单。',
    '整改结果：完成',
    '①“第一议题”制度落实不到位。',
    '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0737-1234567；电子邮箱：qs@example.cn。',
    '中 共 青 石 县 委',
    '2025年10月8日',
  ].join('\n'),
  'date longer than the signature, CRLF': '关于巡视整改进展情况的通报\r\n一、总体情况\r\n截至6月30日，巡视反馈的3个问题，已完成整改3个。\r\n县委\r\n2023年12月15日\r\n',
};

/** Every notice the round trip is checked on: the corpus, test/fixtures/ (if any), the examples, ours. */
function notices(): [string, string][] {
  const out: [string, string][] = CORPUS.map((n) => [n, corpus(n)]);
  for (const dir of ['test/fixtures', 'examples']) {
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(notice|txt)$/.test(e.name)) out.push([p.slice(REPO.length + 1), readFileSync(p, 'utf8')]);
      }
    };
    walk(join(REPO, dir));
  }
  return out.concat(Object.entries(OWN));
}

describe('export to Word then import', () => {
  it.each(notices())('%s: gives back the same text', async (_name, text) => {
    const back = await importDocx(await exportDocx(parseNotice(text)));
    expect(back.text).toBe(publishedText(publishedBlocks(parseNotice(text))) + '\n');
  });

  it('the published text is every line of the notice but comments, without its indentation', () => {
    const text = OWN['comments and directives'];
    const expected = text
      .split('\n')
      .filter((l) => !l.startsWith('<!--'))
      .map((l) => l.replace(/^[\s\u3000]+/, ''))
      .filter((l) => l)
      .join('\n');
    expect(publishedText(publishedBlocks(parseNotice(text)))).toBe(expected);
  });
});

describe('the exported package', async () => {
  const zip = await JSZip.loadAsync(await exportDocx(parseNotice(corpus('changsha-county-2021'))));
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const stylesXml = await zip.file('word/styles.xml')!.async('string');
  const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(stylesXml)?.[1] ?? '';

  it('is an OOXML package: content types, relationships, the main document', async () => {
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(await zip.file('_rels/.rels')!.async('string')).toContain('Target="word/document.xml"');
    expect(documentXml).toMatch(/^<\?xml[^>]*\?><w:document /);
  });

  it('has A4 pages with the GB/T 9704 margins and 22 lines of 28 pt', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? '';
    expect(margin).toContain(`w:top="${twips(37)}"`);
    expect(margin).toContain(`w:bottom="${twips(35)}"`);
    expect(margin).toContain(`w:left="${twips(28)}"`);
    expect(margin).toContain(`w:right="${twips(26)}"`);
    expect(documentXml).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="560" w:charSpace="-8\d\d"\/>/);
    // 22 lines of 28 pt fit the 225 mm type area, 23 do not.
    const typeArea = ((297 - 37 - 35) / 25.4) * 72;
    expect(22 * 28).toBeLessThanOrEqual(typeArea);
    expect(23 * 28).toBeGreaterThan(typeArea);
  });

  it('sets the body in 仿宋_GB2312 3号 with exact 28 pt lines and a two-character indent', () => {
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(stylesXml)?.[1] ?? '';
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
    expect(defaults).toMatch(/<w:ind w:firstLine="640"\/>/);
  });

  it('has the title in 小标宋 2号 centred, the headings as Word heading styles in the faces of their level', () => {
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Title')).toContain('<w:sz w:val="44"/>');
    expect(style('Title')).toContain('<w:jc w:val="center"/>');
    const faces = ['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312'];
    faces.forEach((face, i) => {
      const s = style(`Heading${i + 1}`);
      expect(s).toContain(`<w:name w:val="heading ${i + 1}"/>`);
      expect(s).toContain(`w:eastAsia="${face}"`);
      expect(s).toContain(`<w:outlineLvl w:val="${i}"/>`);
    });
    expect(style('Heading3')).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    expect(style('Heading4')).toMatch(/<w:b w:val="false"\/>/);
    // Each heading of the notice is a paragraph of its heading style.
    const doc = parseNotice(corpus('changsha-county-2021'));
    for (const level of [1, 2, 3, 4] as const) {
      const count = doc.headings.filter((h) => h.level === level).length;
      expect(documentXml.split(`<w:pStyle w:val="Heading${level}"/>`).length - 1).toBe(count);
    }
  });

  it('numbers pages — N — at the outer edge: odd pages right, even pages left', async () => {
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:evenAndOddHeaders/>');
    const ref = (type: string) => new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(documentXml)?.[1];
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const footer = async (type: string) => {
      const target = new RegExp(`Id="${ref(type)}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${ref(type)}"`).exec(rels);
      return zip.file(`word/${target?.[1] ?? target?.[2]}`)!.async('string');
    };
    const odd = await footer('default');
    const even = await footer('even');
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
    for (const f of [odd, even]) expect(f).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
  });

  it('places the signature and the date at the right, the date two characters from the edge when longer', async () => {
    const own = await JSZip.loadAsync(await exportDocx(parseNotice(OWN['date longer than the signature, CRLF'])));
    const xml = await own.file('word/document.xml')!.async('string');
    const para = (text: string) => new RegExp(`<w:p>((?:(?!<w:p>).)*?${text}.*?)</w:p>`).exec(xml)?.[1] ?? '';
    // 2023年12月15日 is 7 characters wide (8 half-width digits): it ends 2 characters from the right
    // edge, so 县委 (2 wide) starting 2 characters before it ends 2 + 7 − 2 + 2 = 9 characters from it.
    expect(para('2023年12月15日')).toMatch(/<w:ind [^>]*w:right="640"/);
    expect(para('县委')).toMatch(/<w:ind [^>]*w:right="2880"/);
    expect(para('县委')).toContain('<w:jc w:val="right"/>');
    expect(para('县委')).toMatch(/w:before="560"/);
  });
});
