// Each rule's one-line description, in both languages, keyed by rule id: one table so a new
// rule adds one entry here (beside its messages in zh.ts/en.ts) and no rule file changes.
// Read by SARIF (shortDescription), and by scripts/generate.mjs for the settings of
// package.json (package.nls*.json) and schemas/noticerc.schema.json.
export const ruleDescriptions: Record<string, { zh: string; en: string }> = {
  'numbering-sequence': { zh: '各级标题编号连续：不跳号、不重号、不倒退', en: 'Heading numbers of every level run on: no gap, repeat or step back' },
  'numbering-level': { zh: '编号层级不颠倒：一、→（一）→ 1. →（1）→ ①', en: 'Heading levels nest in the standard order 一、 → （一） → 1. → （1） → ①' },
  'numbering-style': { zh: '同一层级的编号写法一致', en: 'One way of writing the numbers of each heading level' },
  'inline-sequence': { zh: '段内列举（一是、二是……）序号连续、不重复', en: 'In-paragraph enumerations (一是, 二是 …) run on without gaps or repeats' },
  'count-sum': { zh: '统计句的分项之和等于所述总数', en: 'The parts of a count statement add up to its total' },
  'count-rate': { zh: '完成率等于完成数除以总数', en: 'A stated completion rate equals completed ÷ total' },
  'count-items': { zh: '所述问题总数等于列出的问题项数', en: 'The stated number of problems equals the problems listed' },
  'count-status': { zh: '分项统计与各项“整改结果”一致', en: 'The breakdown of a count statement matches the items\u2019 整改结果 lines' },
  'date-format': { zh: '成文日期与导语日期的写法规范', en: 'Dates of the signature and the preamble are written in the standard form' },
  placeholder: { zh: '模板占位符已换成实际内容', en: 'No template placeholder is left in the text' },
  'inspection-term': { zh: '巡视、巡察的用词与导语一致', en: 'The inspection term (巡视 or 巡察) is the one the preamble uses' },
  'closing-block': { zh: '结尾的监督邀请给出电话、邮政信箱和电子邮箱', en: 'The closing invitation gives a phone number, a postal address and an e-mail address' },
  punctuation: { zh: '中文语境中使用全角标点', en: 'Full-width punctuation in Chinese text' },
  directive: { zh: '注释指令与其中的规则编号写对', en: 'Directive comments name a real directive and real rules' },
};
