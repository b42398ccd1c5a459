// Chinese messages (the default). One table per language; rule code holds keys only.
export const zh = {
  'outline.untitled': '（无标题）',
  'cli.usage':
    '用法：notice-lint [--format text|json|sarif] [--outline] [--config 文件] [--jobs 线程数] <文件或目录>...',
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
  // issue 8: very large documents, unreadable files
  'engine.rulesSkipped': '文档过大（{chars} 个字符，超过 {limit}），只生成大纲，未做各项检查。',
  'cli.rulesSkipped': '{file}：文档过大（{chars} 个字符，超过 {limit}），只生成大纲，未做各项检查',
  'cli.binary': '二进制文件，不是文本',
  'cli.notUtf8': '不是 UTF-8 编码的文本',
} as const;

export type MessageKey = keyof typeof zh;
