// Code lens over each problems section and each of its level-2 headings: the items listed and
// the tally of their `整改结果：` statuses (`列出 31 项 · 完成 13 · 阶段性完成 18`). Display only.
import type { CodeLens } from 'vscode-languageserver-types';
import type { NoticeDocument } from '../../grammar/index.js';
import type { Translator } from '../l10n/index.js';
import { countModel, tallyText } from '../model/countModel.js';
import type { PositionMapper } from '../positions.js';

export function countCodeLenses(doc: NoticeDocument, pos: PositionMapper, t: Translator): CodeLens[] {
  return countModel(doc).sections.map((s) => {
    const tally = tallyText(t, s.tally);
    const title = t('count.lens.listed', { n: s.count }) + (tally ? t('count.tally.sep') + tally : '');
    return { range: pos.range(s.heading.lineSpan), command: { title, command: '' } };
  });
}
