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
    // Each stated total once: `12/42 ✓` says all that a second statement's `42 ✓` would.
    const mine = checks.filter((c) => c.section === s).map((c) => ({ ok: c.ok, values: c.totals.map((x) => x.number.value) }));
    const saidElsewhere = (c: (typeof mine)[number], k: number) =>
      mine.some((o, j) => j !== k && o.ok === c.ok && c.values.every((v) => o.values.includes(v)) && (o.values.length > c.values.length || j < k));
    const stated = mine
      .filter((c, k) => !saidElsewhere(c, k))
      .map((c) => t(c.ok ? 'count.lens.statedOk' : 'count.lens.statedWrong', { n: c.values.join('/') }));
    const title = [t('count.lens.listed', { n: s.count }), ...(tally ? [tally] : []), ...stated].join(t('count.tally.sep'));
    return { range: pos.range(s.heading.lineSpan), command: { title, command: '' } };
  });
}
