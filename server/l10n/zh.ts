// Chinese messages (the default). One table per language; rule code holds keys only.
export const zh = {
  'outline.untitled': '（无标题）',
  'cli.usage':
    '用法：notice-lint [--format text|json|sarif] [--outline] [--config 文件] <文件或目录>...',
  'cli.unreadable': '无法读取文件：{file}（{reason}）',
  'cli.noFiles': '未找到要检查的通报文件：{paths}',
  'cli.badFormat': '未知的输出格式：{format}（可用：text、json、sarif）',
  'cli.unknownOption': '未知选项：{option}',
  'cli.summary': '{files} 个文件，{errors} 个错误，{warnings} 个警告，{infos} 个提示',
  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.information': '提示',
  'severity.hint': '建议',
  'command.switchToNoticeMode': '切换为整改通报模式',
  'action.fixAll': '修复全部可自动修复的问题',

  // issue 3: numbering checks and renumbering
  'numbering-sequence.gap': '编号不连续：此处应为“{expected}”，实为“{found}”',
  'numbering-sequence.repeat': '编号重复：此处应为“{expected}”，实为“{found}”',
  'numbering-sequence.back': '编号倒退：此处应为“{expected}”，实为“{found}”',
  'numbering-sequence.start': '编号未从头开始：此处应为“{expected}”，实为“{found}”',
  'numbering-sequence.part': '分项编号顺序有误：此处应为“{expected}”，实为“{found}”',
  'numbering-sequence.previous': '上一项：“{marker}”',
  'numbering-sequence.fix': '从此处起重新编号（改 {count} 处）',
  'numbering-level.inverted': '编号层级颠倒：“{marker}”嵌在“{host}”条目之下（层级顺序应为 一、→（一）→1.→（1）→①）',
  'numbering-level.host': '所在条目：“{marker}”',
  'numbering-style.mixed': '编号样式不一致：本级多用“{dominant}”这种写法（{count} 处），此处为“{found}”',
  'numbering-style.mixedFirst': '编号样式不一致：本级先用“{dominant}”这种写法，此处为“{found}”',
  'numbering-style.double': '编号后标点重复：“{found}”应为“{fixed}”',
  'numbering-style.fix': '改为“{fixed}”',
  'numbering-style.dropExtra': '删去多余的“{extra}”',
  'inline-sequence.gap': '列举不连续：此处应为“{expected}”，实为“{found}”',
  'inline-sequence.repeat': '列举重复：此处应为“{expected}”，实为“{found}”',
  'inline-sequence.previous': '上一项：“{marker}”',
  'inline-sequence.fix': '从此处起重新排列序号（改 {count} 处）',
  'command.renumberAll': '重新编号全文',
} as const;

export type MessageKey = keyof typeof zh;
