// What an editor must receive over the protocol, one line per check. When a rule or a feature
// lands, add its lines here; the protocol tests (editor.test.ts) run every line.
import type { CorpusName } from '../helpers.js';

/**
 * A document: a real notice, optionally with slips planted by text replacement; or, where no
 * real notice can show a rule (an inverted level needs items that restart under each parent,
 * which none of the three has), a small notice written here.
 */
export interface Doc {
  notice: CorpusName;
  plant?: [find: string, replace: string][];
  /** Written text instead of the real notice. */
  text?: string;
}

/** A small notice whose items restart under each parent, with a （一）（二） run nested in a 1. item. */
const INVERTED = [
  '关于巡视整改进展情况的通报',
  '一、组织整改落实情况',
  '二、巡视反馈问题整改进展情况',
  '（一）反馈问题：学习',
  '1.理论学习不深入',
  '（一）中心组学习少',
  '（二）研讨少',
  '2.调研不够',
  '（二）反馈问题：作风',
  '1.会议多',
  '欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0737-6204888；邮政信箱：某某县委办公室；电子邮箱：xszg@example.org。',
].join('\n');

const lusong = { notice: 'lusong-district-2021' } as const;
const changsha = { notice: 'changsha-county-2021' } as const;
const LUSONG_GAP = { line: 91, rule: 'numbering-sequence', message: '编号不连续：此处应为“3.”，实为“4.”' };
const CHANGSHA_TOTALS = [
  { line: 14, rule: 'count-items', message: '通报称 60 个问题，“二、长沙县巡视反馈问题整改进展情况”列出 50 项（(1)–(50)）' },
  { line: 250, rule: 'count-items', message: '通报称 67 个问题，“三、长沙经开区巡视反馈问题整改进展情况”列出 64 项（1–64）' },
];
const yiyang = (...plant: [string, string][]) => ({ notice: 'yiyang-hitech-2023', plant }) as const;

/**
 * Every diagnostic the server must report on these documents, and nothing else: every warning
 * and error, and the information-level findings of the rules a document has a line for (the
 * half-width corpus notices carry hundreds of information-level punctuation hints, pinned by the
 * punctuation rule's own tests). `line` is 1-based, as the editor shows it. The unplanted real
 * notices carry exactly their genuine faults (NOTICE-FORMAT.md §9).
 */
export const DIAGNOSTICS: { doc: Doc; line: number; rule: string; message: string }[] = [
  // The real notices as published.
  { doc: lusong, ...LUSONG_GAP },
  ...CHANGSHA_TOTALS.map((c) => ({ doc: changsha, ...c })),
  // Numbering.
  {
    doc: { notice: 'yiyang-hitech-2023', text: INVERTED },
    line: 6,
    rule: 'numbering-level',
    message: '编号层级颠倒：“（一）”嵌在“1.”条目之下（层级顺序应为 一、→（一）→1.→（1）→①）',
  },
  {
    doc: { notice: 'yiyang-hitech-2023', text: INVERTED },
    line: 7,
    rule: 'numbering-level',
    message: '编号层级颠倒：“（二）”嵌在“1.”条目之下（层级顺序应为 一、→（一）→1.→（1）→①）',
  },
  { doc: yiyang(['31.统计方面问题', '32.统计方面问题']), line: 220, rule: 'numbering-sequence', message: '编号不连续：此处应为“31.”，实为“32.”' },
  { doc: yiyang(['2.“三重一大”', '2、“三重一大”']), line: 24, rule: 'numbering-style', message: '编号样式不一致：本级多用“2.”这种写法（30 处），此处为“2、”' },
  ...[
    { line: 30, rule: 'inline-sequence', message: '列举不连续：此处应为“三是”，实为“四是”' },
    { line: 30, rule: 'inline-sequence', message: '列举重复：此处应为“五是”，实为“四是”' },
    ...CHANGSHA_TOTALS,
  ].map((c) => ({ doc: { ...changsha, plant: [['三是厘清功能区职能职责', '四是厘清功能区职能职责']] as [string, string][] }, ...c })),
  // Totals.
  ...[{ line: 21, rule: 'count-sum', message: '分项之和 24+14+4+1=43，超过总数 42' }, LUSONG_GAP].map((c) => ({
    doc: { ...lusong, plant: [['已完成整改23个', '已完成整改24个']] as [string, string][] },
    ...c,
  })),
  ...[{ line: 207, rule: 'count-rate', message: '整改落实率 42.91% 与统计数不符：总数−未完成 18÷44=40.91%' }, LUSONG_GAP].map((c) => ({
    doc: { ...lusong, plant: [['40.91%', '42.91%']] as [string, string][] },
    ...c,
  })),
  {
    doc: yiyang(['二、集中整改期内已完成的整改事项\n', '二、集中整改期内已完成的整改事项\n截至12月31日，巡视反馈的31个问题，已完成整改14个，阶段性完成整改17个。\n']),
    line: 15,
    rule: 'count-status',
    message: '所述 完成 14 · 阶段性完成 17，按各项“整改结果”统计为 完成 13 · 阶段性完成 18',
  },
  // Writing conventions.
  { doc: yiyang(['2023年12月5日', '2023年2月30日']), line: 234, rule: 'date-format', message: '日期“2023年2月30日”不存在（2月没有30日）' },
  {
    doc: yiyang(['中共益阳高新区工委\n\n                       2023', '中共××区工委\n\n                       2023']),
    line: 232,
    rule: 'placeholder',
    message: '模板占位符“××”尚未替换为实际内容',
  },
  { doc: yiyang(['关于巡视整改进展情况的通报', '关于巡察整改进展情况的通报']), line: 5, rule: 'inspection-term', message: '本通报是关于巡视的，此处却写作“巡察”' },
  { doc: yiyang(['；电子邮箱：yygxqxszgb1012@163.com', '']), line: 230, rule: 'closing-block', message: '结尾的联系方式缺少电子邮箱' },
  // Issue 15: a date line typed with dots, a closing field left as the template's `……`.
  { doc: yiyang(['                       2023年12月5日', '                       2023.12.5']), line: 234, rule: 'date-format', message: '成文日期应写作“2023年12月5日”（GB/T 9704-2012 7.3.5），不写作“2023.12.5”' },
  { doc: yiyang(['电话0737-6204888', '电话……']), line: 230, rule: 'placeholder', message: '电话仍是占位符“……”' },
  {
    doc: yiyang(['根据省委统一部署，', '根据省委统一部署,']),
    line: 7,
    rule: 'punctuation',
    message: '此行有1处半角标点（,）用在中文语境中，应使用全角标点（GB/T 15834-2011）',
  },
  // Inline control.
  {
    doc: yiyang(['根据省委统一部署，', '<!-- notice-disable-next-line punctuaton -->\n根据省委统一部署，']),
    line: 7,
    rule: 'directive',
    message: '没有编号为“punctuaton”的规则，指令对它不起作用',
  },
];

/**
 * Quick fixes: on the diagnostic of `rule` at `line`, the action `title` turns the line into one
 * matching `after`, changes no other line, and the diagnostic is gone when re-checked.
 */
export const QUICK_FIXES: { doc: Doc; line: number; rule: string; title: string; after: RegExp }[] = [
  { doc: yiyang(['31.统计方面问题', '32.统计方面问题']), line: 220, rule: 'numbering-sequence', title: '从此处起重新编号（改 1 处）', after: /^31\.统计方面问题/ },
  { doc: yiyang(['2.“三重一大”', '2、“三重一大”']), line: 24, rule: 'numbering-style', title: '改为“2.”', after: /^2\.“三重一大”/ },
  { doc: yiyang(['根据省委统一部署，', '根据省委统一部署,']), line: 7, rule: 'punctuation', title: '改为全角标点', after: /^根据省委统一部署，/ },
  { doc: yiyang(['                       2023年12月5日', '                       2023.12.5']), line: 234, rule: 'date-format', title: '改为“2023年12月5日”', after: /^ +2023年12月5日$/ },
  {
    doc: yiyang(['根据省委统一部署，', '<!-- notice-disable-next-line punctuaton -->\n根据省委统一部署，']),
    line: 7,
    rule: 'directive',
    title: '改为“punctuation”',
    after: /^<!-- notice-disable-next-line punctuation -->$/,
  },
];
