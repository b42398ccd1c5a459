import { it } from 'vitest';
import { readCountStatements, type CountSentence } from '../grammar/counts-reading.js';
function show(s: CountSentence): string {
  return [s.date?.text ?? '', s.subject ?? '',
    [s.aspects ? `${s.aspects.value}方面` : '', ...s.chain.map((c) => `${c.number.value}${c.scope}`)].filter(Boolean).join('/'),
    s.parts.map((p) => `${p.rest?'rest':''}${p.number?.value ?? '全部'}${p.category??''}${p.notes.map(n=>'('+(n.number?.value??'?')+')').join('')}`).join(','),
    s.rate ? `${s.rate.kind}${s.rate.hedge??''}${s.rate.value}/${s.rate.decimals}` : '',
    s.shares.map(r=>`占${r.value}@${r.part}`).join(','),
    s.gaps.map(g=>g.piece+':'+g.text).join(','),
    s.notBreakdown ?? ''].join('|');
}
const S = [
 '截至6月30日，巡视反馈长沙县的60个问题，已完成整改31个，基本完成整改23个，未完成整改2个，长期整改4个；',
 '巡察反馈的三个方面十四个具体问题四十九项分项任务，已完成整改40个，基本完成整改6个，长期整改两个。',
 '44个问题已整改完成27个，仍有8个方面17个问题正在整改。',
 '发现问题44个，仍有26个未整改到位，整改落实率40.91%。',
 '巡视移交的368件信访件，已全部办结。',
 '接收信访举报77件，其中受理检举控告类信访举报37件，党纪政务立案20件，党纪政务处分13人。',
 '巡视反馈的60个问题，已完成整改31个（含立行立改问题5个），基本完成、取得阶段性成果并持续整改问题23个，正在整改6个，整改完成率近60%。',
 '已整改12项，整改到位资金300万元，正在整改3项，未整改资金20万元。',
 '我市共有3个方面28项整改事项，20项整改措施已如期完成，其余8项正在推进。',
 '12项整改措施已如期完成，其余3项正在推进。',
 '交办问题线索12件，已办结10件，阶段性办结2件，办结率83.3%。',
 '巡视反馈的28个问题，已完成整改20个，占71.4%，正在整改8个。',
 '巡视反馈的28个问题，已完成整改20个，整改完成率达70%以上。',
 '巡视反馈的28个问题，已完成整改20个（含立行立改5个，正在整改8个。',
 '交办8件，已办结6件，正在办理2件。',
 '巡视反馈的60个问题，已完成整改31个，建章立制18项，问责5人，正在整改29个。',
 '巡视反馈的60个问题，其余29个问题中，基本完成20个，正在整改9个。',
 '县财政投入7967.7万元，占财政总投入0.52%。',
 '6个问题楼盘已形成化解途径，完成整改2个。',
];
it('scratch', () => { for (const s of S) console.log(s, '\n   =>', readCountStatements(s).map(show).join(' || ')); });
