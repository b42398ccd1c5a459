// Small notices for the count rules: a title, an organisation section, a problems section whose
// level-2 groups hold numbered items with their `整改结果：` statuses, and a closing section.
import { corpus, diagnosticStrings, plant } from '../helpers.js';
export interface CountNoticeOptions {
  /** A paragraph in the organisation section (一、). */
  org?: string;
  /** A paragraph right under the problems section heading (二、). */
  statement?: string;
  /** The status of each item (`''` for an item without `整改结果：`), split over `groups` level-2 headings. */
  items?: string[];
  groups?: number;
  /** A paragraph under the first level-2 heading. */
  groupStatement?: string;
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function countNotice(o: CountNoticeOptions = {}): string {
  const items = o.items ?? ['完成', '完成', '阶段性完成'];
  const groups = o.groups ?? 1;
  const per = Math.ceil(items.length / groups);
  const out = ['中共某某县委关于巡视整改进展情况的通报', '', '一、组织整改落实情况', '', o.org ?? '县委成立巡视整改工作领导小组，召开专题会议研究整改工作。', ''];
  out.push('二、巡视反馈问题整改进展情况', '');
  if (o.statement) out.push(o.statement, '');
  for (let g = 0; g < groups; g++) {
    out.push(`（${CN[g]}）反馈问题：第${CN[g]}方面的问题。`, '');
    if (g === 0 && o.groupStatement) out.push(o.groupStatement, '');
    items.slice(g * per, (g + 1) * per).forEach((status, i) => {
      const n = g * per + i + 1;
      out.push(`${n}.第${n}个问题。`, '');
      if (status) out.push(`整改结果：${status}`, '');
      out.push('整改情况：一是建立制度。二是加强督查。', '');
    });
  }
  out.push('三、继续深化后续整改', '', '（一）提高政治站位。坚持目标任务不变、标准要求不降。', '', '中共某某县委', '2024年1月5日', '');
  return out.join('\n');
}

/** `n` statuses: `done` × 完成 then the rest × 阶段性完成. */
export function statuses(done: number, stage: number): string[] {
  return [...Array<string>(done).fill('完成'), ...Array<string>(stage).fill('阶段性完成')];
}

/** The statement issue 5's generator writes (§6's first template), for yiyang's 13 完成 and 18 阶段性完成. */
export const ISSUE5 = '截至12月31日，巡视反馈的31个问题，已完成整改13个，阶段性完成整改18个。';

/** yiyang-hitech-2023 with `statement` right under its problems section heading. */
export function yiyangWith(statement = ISSUE5): string {
  return plant(corpus('yiyang-hitech-2023'), '二、集中整改期内已完成的整改事项\n', `二、集中整改期内已完成的整改事项\n\n${statement}\n`);
}

/** The messages of one rule, as `rule: message`. */
export function messagesOf(rule: string): (text: string) => string[] {
  return (text) => diagnosticStrings(text, undefined, rule).map((d) => d.replace(/^\[[^\]]*\] /, ''));
}
