// The text a notice writer inserts: the snippet bodies (VS Code snippet syntax) of the
// standard parts of a notice (NOTICE-FORMAT.md §2, §7) and the wording of a generated count
// statement. This is document text, in Chinese whatever the editor's language; names and
// descriptions shown to the user come from the message tables.
//
// `snippets/notice.json` is generated from this module (`npm run snippets`); a test fails
// when the two drift apart. It holds only the static snippets; the completion provider
// offers the others (sections, problem item), with tabstop 1 (the section number or the item
// marker) replaced by the number that fits the cursor, written as the notice writes.
import { zh } from '../l10n/zh.js';

export type SnippetId =
  | 'notice'
  | 'organisation'
  | 'problems'
  | 'item'
  | 'itemWithResult'
  | 'result'
  | 'countStatement'
  | 'followUp'
  | 'nextSteps'
  | 'closing'
  | 'signature';

export interface NoticeSnippet {
  id: SnippetId;
  /** Chinese and pinyin-initial prefixes. */
  prefix: string[];
  /** What tabstop 1 holds: a level-1 section number (`三`), an item marker (`（1）`), or nothing. */
  numbered?: 'section' | 'item';
  /**
   * A static snippet of `snippets/notice.json`: only what completion does not offer. The
   * sections, the problem item and 整改结果 come from completion alone, which knows the number
   * and whether the notice has the section already (VS Code would otherwise show them twice).
   */
  static?: true;
  body: string[];
}

/** The date line in the `2021年8月25日` form: the month and day variables lose their leading zero. */
const DATE_LINE = '$CURRENT_YEAR年${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日';

/** The choice between 巡视 and 巡察 (the completion provider puts the notice's own word first). */
export const KIND_CHOICE = /\$\{(\d+)\|巡视,巡察\|\}/g;

export const STATUS_CHOICE = '完成,阶段性完成,基本完成,长期坚持';

export const SNIPPETS: NoticeSnippet[] = [
  {
    id: 'notice',
    static: true,
    prefix: ['整改通报', 'zgtb', '通报全文', 'tbqw'],
    body: [
      '中共${1:××县}委关于${2|巡视,巡察|}整改进展情况的通报',
      '',
      '根据${3:省委}统一部署，${4:××××年×月×日}至${5:×月×日}，${6:省委第×}${2}组对${7:××县}进行了${2}。${8:××××年×月×日}，${6}${2}组向${7}反馈了${2}意见。按照${2}工作有关要求，现将${2}整改进展情况予以公布。',
      '',
      '一、组织整改落实情况',
      '${9:××县委}把${2}整改作为重要政治任务，主要负责同志履行第一责任人职责，推动反馈问题逐项整改到位。${10:……}',
      '截至${11:×月×日}，${2}反馈的${12:×}个问题，已完成整改${13:×}个。',
      '',
      '二、${2}反馈问题整改进展情况',
      '（一）反馈问题：${14:……}',
      '1.${15:……}',
      '整改情况：一是${16:……}。二是${17:……}。',
      '',
      '三、继续深化后续整改',
      '（一）${18:坚守政治站位，压紧压实整改责任}。${19:……}',
      '（二）${20:坚持问题导向，推动整改全面见效}。${21:……}',
      '（三）${22:坚持建章立制，巩固拓展整改成果}。${23:……}',
      '',
      '欢迎广大干部群众对${2}整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：${24:……}；邮政信箱：${25:……}；电子邮箱：${26:……}。',
      '',
      '${27:中共××县委}',
      DATE_LINE,
      '$0',
    ],
  },
  {
    id: 'organisation',
    prefix: ['组织整改落实情况', 'zzzglsqk', 'zzzg'],
    numbered: 'section',
    body: [
      '${1:一}、组织整改落实情况',
      '${2:××县委}把${3|巡视,巡察|}整改作为重要政治任务，主要负责同志履行第一责任人职责，班子成员按分工各负其责，推动反馈问题逐项整改到位。',
      '（一）健全组织，扛起整改责任。成立由${4:书记}任组长、${5:……}任副组长的${3}整改工作领导小组，先后召开${6:×}次会议研究部署整改工作。',
      '（二）细化方案，明确整改路径。制定整改工作方案，列出问题清单、任务清单、责任清单，逐项明确责任领导、责任单位和完成时限。',
      '（三）跟踪督办，确保整改见效。建立整改台账和定期调度制度，对进度滞后的单位及时督促提醒，做到问题不解决不放过、整改不到位不销号。$0',
    ],
  },
  {
    id: 'problems',
    prefix: ['反馈问题整改进展情况', '问题整改进展情况', 'fkwtzgjzqk', 'wtzg'],
    numbered: 'section',
    body: [
      '${1:二}、${2|巡视,巡察|}反馈问题整改进展情况',
      '（一）反馈问题：${3:……}',
      '1.${4:……}',
      '整改情况：一是${5:……}。二是${6:……}。$0',
    ],
  },
  {
    id: 'item',
    prefix: ['问题条目', 'wttm'],
    numbered: 'item',
    body: ['${1:（1）}${2:……}。', '整改情况：一是${3:……}。二是${4:……}。$0'],
  },
  {
    id: 'itemWithResult',
    prefix: ['问题条目含整改结果', 'wttmzgjg'],
    numbered: 'item',
    body: ['${1:（1）}${2:……}。', '整改情况：一是${3:……}。二是${4:……}。', `整改结果：\${5|${STATUS_CHOICE}|}$0`],
  },
  {
    id: 'result',
    prefix: ['整改结果', 'zgjg'],
    body: [`整改结果：\${1|${STATUS_CHOICE}|}$0`],
  },
  {
    id: 'countStatement',
    static: true,
    prefix: ['统计句', '截至', 'tjj', 'jz'],
    body: ['截至${1:×月×日}，${2|巡视,巡察|}反馈的${3:×}个问题，已完成整改${4:×}个，${5|阶段性完成整改,基本完成整改|}${6:×}个。$0'],
  },
  {
    id: 'followUp',
    prefix: ['继续深化后续整改', 'jxsh', 'jxshhxzg'],
    numbered: 'section',
    body: [
      '${1:三}、继续深化后续整改',
      '下一步，${2:我们}将持续用力、久久为功，把${3|巡视,巡察|}整改同推动中心工作结合起来，确保各项整改任务落地见效。',
      '（一）${4:坚守政治站位，压紧压实整改责任}。${5:主要负责同志带头抓、分管同志具体抓，对尚未完成的整改事项逐项跟进，做到责任不松、劲头不减。}',
      '（二）${6:坚持问题导向，推动整改全面见效}。${7:对已完成的整改事项适时开展“回头看”，防止问题反弹回潮；对阶段性完成和需长期坚持的事项，明确时间表和路线图，按期对账销号。}',
      '（三）${8:坚持建章立制，巩固拓展整改成果}。${9:把整改中行之有效的做法转化为制度规范，举一反三、查漏补缺，形成管根本、利长远的长效机制。}$0',
    ],
  },
  {
    id: 'nextSteps',
    prefix: ['下一步工作打算', 'xybgzds', 'xyb'],
    numbered: 'section',
    body: [
      '${1:三}、下一步工作打算',
      '（一）${2:持续深化思想认识}。${3:把抓好整改作为践行“两个维护”的具体行动，以整改实效体现责任担当。}',
      '（二）${4:紧盯问题抓好整改}。${5:对未完成的整改任务实行挂图作战、跟踪问效，逐项明确完成时限，确保按期清零。}',
      '（三）${6:强化整改成果运用}。${7:深入剖析问题根源，从制度机制上补短板、堵漏洞，推动整改成果转化为治理效能。}$0',
    ],
  },
  {
    id: 'closing',
    static: true,
    prefix: ['欢迎监督', '联系方式', 'hyjd', 'lxfs'],
    body: [
      '欢迎广大干部群众对${1|巡视,巡察|}整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：${2:……}；邮政信箱：${3:……}；电子邮箱：${4:……}。$0',
    ],
  },
  {
    id: 'signature',
    static: true,
    prefix: ['落款', 'lk'],
    body: ['${1:中共××县委}', DATE_LINE, '$0'],
  },
];

export function snippetById(id: SnippetId): NoticeSnippet {
  return SNIPPETS.find((s) => s.id === id)!;
}

/** The contents of `snippets/notice.json`: the static snippets (names and descriptions from the Chinese table). */
export function snippetsJson(): Record<string, { prefix: string[]; body: string[]; description: string }> {
  const out: Record<string, { prefix: string[]; body: string[]; description: string }> = {};
  for (const s of SNIPPETS) {
    if (!s.static) continue;
    out[zh[`snippet.${s.id}.name`]] = { prefix: s.prefix, body: s.body, description: zh[`snippet.${s.id}.description`] };
  }
  return out;
}

// ---- The count statement (统计句) ------------------------------------------------------

/**
 * The status of a `整改结果：` value, as the count statement words it, in the order it is
 * listed, with the category a count statement's part of that status has.
 */
export const COUNT_PHRASES: { statuses: string[]; phrase: string; category: 'done' | 'basic' | 'stage' | 'ongoing' | 'notdone' | 'longterm' }[] = [
  { statuses: ['完成', '已完成', '已整改到位'], phrase: '已完成整改', category: 'done' },
  { statuses: ['基本完成'], phrase: '基本完成整改', category: 'basic' },
  { statuses: ['阶段性完成'], phrase: '阶段性完成整改', category: 'stage' },
  { statuses: ['正在整改', '整改中'], phrase: '正在整改', category: 'ongoing' },
  { statuses: ['持续推进'], phrase: '持续推进', category: 'ongoing' },
  { statuses: ['持续整改'], phrase: '持续整改', category: 'ongoing' },
  { statuses: ['未完成', '未整改到位'], phrase: '未完成整改', category: 'notdone' },
  { statuses: ['长期整改'], phrase: '长期整改', category: 'longterm' },
  { statuses: ['长期坚持'], phrase: '长期坚持', category: 'longterm' },
];

/** Placeholders the writer fills in: the date of a new statement, a count the items do not tell. */
export const COUNT_DATE_PLACEHOLDER = '××';
export const COUNT_UNKNOWN = '××';

/** `截至{date}，{kind}反馈的{total}个问题，{parts}。` (the noun: `个问题`, `个具体问题`, `项整改事项` as the notice counts). */
export function countSentence(date: string, kind: string, total: number, parts: string[], comma = '，', stop = '。', noun = '个问题'): string {
  return `截至${date}${comma}${kind}反馈的${total}${noun}${comma}${parts.join(comma)}${stop}`;
}
