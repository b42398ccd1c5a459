// Code lens over each problems section and each of its level-2 headings: the items listed, the
// tally of their `整改结果：` statuses and the total a statement states for them, as count-items
// compared it (`列出 50 项 · 通报称 60 ✗`). Display only.
import type { CodeLens } from 'vscode-languageserver-types';
import type { NoticeDocument } from '../../grammar/index.js';
import type { Translator } from '../l10n/index.js';
import { countModel, itemsCheck, tallyText } from '../model/countModel.js';
import type { PositionMapper } from '../positions.js';

export function countCodeLenses(doc: NoticeDocument, pos: PositionMapper, t: Translator): CodeLens[] {
  const model = countModel(doc);
  const checks = model.statements.map((s) => itemsCheck(s, doc.text)).filter((c) => c !== undefined);
  return model.sections.map((s) => {
    const tally = tallyText(t, s.tally);
    const stated = checks
      .filter((c) => c.section === s)
      .map((c) => t(c.ok ? 'count.lens.statedOk' : 'count.lens.statedWrong', { n: c.totals.map((x) => x.number.value).join('/') }));
    const title = [t('count.lens.listed', { n: s.count }), ...(tally ? [tally] : []), ...stated].join(t('count.tally.sep'));
    return { range: pos.range(s.heading.lineSpan), command: { title, command: '' } };
  });
}
