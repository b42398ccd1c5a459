// What a person should see in VS Code with the extension installed: the tables the real-editor
// test (drive.mjs) checks. Every check is one line; to switch a check on when its feature lands,
// add (or uncomment) its line. Lines are 1-based, as the editor shows them.

/** The notice with planted slips: a copy of a corpus notice, changed by plain text replacements. */
export const PLANTED = {
  from: 'yiyang-hitech-2023.txt',
  name: 'yiyang-planted.notice', // the .notice extension: the language comes from the manifest
  slips: [
    // level-3 item 6. renumbered 7. (now 5. 7. 7. 8.: one mistyped number)
    { find: '\n6.土地批而未供的问题', replace: '\n7.土地批而未供的问题' },
    // level-2 heading （三） written （四） (now （二） （四） （四）)
    { find: '\n（三）反馈问题：“五好”园区建设有短板', replace: '\n（四）反馈问题：“五好”园区建设有短板' },
  ],
};

/**
 * A draft that stops before its last section (the writer is about to add it): a copy of a
 * corpus notice cut before `cutBefore`.
 */
export const DRAFT = { from: 'yiyang-hitech-2023.txt', name: 'yiyang-draft.notice', cutBefore: '三、下一步工作安排' };

/**
 * A real notice pasted from a web page (half-width punctuation on most lines), in a folder whose
 * `.noticerc.json` switches the punctuation rule on (the profile switches it off for the rest).
 */
export const PASTED = { from: 'lusong-district-2021.txt', folder: 'pasted', name: 'lusong-pasted.notice', rules: { punctuation: 'information' } };

/** A plain .txt that is not a notice, opened first: it stays plain text and starts no language server. */
export const PLAIN_TXT = { name: 'notes.txt', text: '会议记录\n一、出席人员\n二、议题\n下周三前提交材料。\n', mode: 'Plain Text' };

/** Files opened in the editor, in this order. */
export const FILES = ['yiyang-hitech-2023.txt', 'lusong-district-2021.txt', 'changsha-county-2021.txt', PLANTED.name];

/** The language mode the status bar shows for a notice (the first alias in package.json). */
export const LANGUAGE_MODE = '整改通报';

/**
 * Rows the Outline view must show, in order, with their depth in the tree (1 = top). Between
 * them other rows may appear; besides these anchors, the whole Outline is compared with the
 * outline of the packaged command line (`notice-lint --format json --outline`).
 */
export const OUTLINE = {
  'yiyang-hitech-2023.txt': [
    [1, '一、组织整改落实情况'],
    [1, '二、集中整改期内已完成的整改事项'],
    [2, '（一）反馈问题：全面从严治党主体责任落实不到位'],
    [3, '1.未规范落实“第一议题”制度的问题'],
    [3, '3.1名受处分干部未及时调整岗位的问题'],
    [2, '（二）反馈问题：落实监督责任存在偏差'],
    [3, '28.上轮巡视未整改到位的问题'],
    [4, '①高质量发展问题'],
    [4, '②园区土地闲置问题'],
    [1, '三、下一步工作安排'],
  ],
  'lusong-district-2021.txt': [
    [1, '一、组织整改落实情况'],
    [2, '(一)强化领导抓整改'],
    [1, '二、巡视反馈问题整改进展情况'],
    [3, '2.以人民为中心的发展思想树得不牢'],
    [3, '4.意识形态工作存在短板'],
    [2, '(四)反馈问题:落实巡视、审计整改不到位'],
    [4, '(35-1)违规出借财政资金'],
    [3, '13.2019年省审计厅经责审计发现问题44个,仍有26个未整改到位,整改落实率40.91%'],
    [1, '三、继续深化后续整改'],
  ],
};

/**
 * Every diagnostic the Problems panel must list for the opened files, and nothing else: a file
 * without a line here must show no problem at all (no false alarms on the real notices).
 * The test profile (settings.json) switches the information-level `punctuation` rule off through
 * `notice.rules`: the half-width corpus notices would list hundreds of its hints, which the
 * protocol and rule tests pin exactly; here it also shows the setting taking effect. code-server's
 * UI is English (no Chinese language pack offline), so the profile sets `notice.locale: zh`, as
 * a writer's Chinese VS Code would select by itself.
 * { file, line, rule, message } — message as the writer reads it (Chinese by default).
 */
export const PROBLEMS = [
  // The real notices: exactly their genuine faults (NOTICE-FORMAT.md §9).
  { file: 'lusong-district-2021.txt', line: 91, rule: 'numbering-sequence', message: '编号不连续：此处应为“3.”，实为“4.”' },
  { file: 'changsha-county-2021.txt', line: 14, rule: 'count-items', message: '通报称 60 个问题，“二、长沙县巡视反馈问题整改进展情况”列出 50 项（(1)–(50)）' },
  { file: 'changsha-county-2021.txt', line: 250, rule: 'count-items', message: '通报称 67 个问题，“三、长沙经开区巡视反馈问题整改进展情况”列出 64 项（1–64）' },
  // The planted copy: each mistyped number once (the next item, back on its place, is no repeat).
  { file: PLANTED.name, line: 44, rule: 'numbering-sequence', message: '编号不连续：此处应为“（三）”，实为“（四）”' },
  { file: PLANTED.name, line: 52, rule: 'numbering-sequence', message: '编号不连续：此处应为“6.”，实为“7.”' },
];

/**
 * Suggest: with the caret at the end of `line`, press Enter, type `type`, and the suggest widget
 * must offer a row whose label starts with `expect` (e.g. the next item number); with
 * `preselected`, that row is the one the widget selects.
 */
export const SUGGEST = [
  // After ② of item 28., the next level-3 item is 29.
  { file: PLANTED.name, line: 206, type: '', expect: '29.' },
  // After item 30. and its paragraphs: 31. is selected, not a deeper level.
  { file: 'yiyang-hitech-2023.txt', line: 218, type: '', expect: '31.', preselected: true },
];

/**
 * Standard sections in the suggest widget: on a new line after `line`, typing `type` shows `count`
 * rows labelled `label` (never two: the section comes from completion only; none where the
 * notice has the section already).
 */
export const SECTION_SUGGEST = [
  { file: 'lusong-district-2021.txt', line: 249, type: 'jxsh', label: '继续深化后续整改', count: 0 },
  { file: DRAFT.name, line: 224, type: 'jxsh', label: '继续深化后续整改', count: 1 },
];

/** The Problems panel of the pasted notice lists at most `max` punctuation entries (not one per line). */
export const PASTED_PUNCTUATION = { min: 1, max: 10 };

/**
 * Quick fixes: on `line`, the light bulb (Ctrl+.) offers `title`; choosing it must turn the line
 * into one matching `after`, and the Problems panel must then no longer list `message` there.
 */
export const QUICK_FIXES = [
  // The pasted notice's one punctuation note: its fix is Format Document's punctuation pass, over the whole text.
  {
    file: PASTED.name,
    line: 7,
    title: '全文改为全角标点',
    after: /^\s*根据省委统一部署，2020年11月30日至2021年1月22日，省委第三巡视组/,
    message: '全文有 114 行共 745 处半角标点用在中文语境中，应使用全角标点（GB/T 15834-2011）；「全文改为全角标点」可一次改正',
  },
  {
    file: 'lusong-district-2021.txt',
    line: 91,
    title: '从此处起重新编号（改 11 处）',
    after: /^\s*3\.意识形态工作存在短板/,
    message: '编号不连续：此处应为“3.”，实为“4.”',
  },
];

/** Typing a new heading line (before line `line`) shows in the Outline as a new row. */
export const LIVE_EDIT = { file: PLANTED.name, line: 226, type: '四、测试新增的一级标题', row: [1, '四、测试新增的一级标题'] };
