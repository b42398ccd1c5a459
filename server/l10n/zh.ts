// Chinese messages (the default). One table per language; rule code holds keys only.
export const zh = {
  'outline.untitled': '（无标题）',
  'cli.usage':
    '用法：notice-lint [--format text|json|sarif] [--outline] [--config 文件] [--locale zh|en] <文件或目录>...',
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
  // issue 6: editor experience — rule control, config, quick fixes to ignore, server names
  'action.ignoreLine': '本行忽略此规则（{rule}）',
  'action.ignoreFile': '本文件忽略此规则（{rule}）',
  'config.notObject': '配置文件应是一个 JSON 对象',
  'config.unknownKey': '配置文件中有未知的键“{key}”（可用：rules、numbering）',
  'config.badRules': '“rules”应是一个对象：规则编号 → 严重程度',
  'config.badSeverity': '规则 {rule} 的设置 {value} 无效（可用：{allowed}）',
  'config.badMode': '“numbering.mode”的值 {value} 无效（可用：{allowed}）',
  'config.unreadable': '无法读取配置文件 {file}：{reason}',
  'config.problem': '配置文件 {file}：{problem}',
  'cli.binary': '二进制文件，不是文本',
  'cli.notUtf8': '不是 UTF-8 编码的文本',
  'server.name': '整改通报语言服务',
  'outline.label': '整改通报',
} as const;

export type MessageKey = keyof typeof zh;
