// Count sentences written by the team for the count grammar and rules (not taken from any
// notice or report): every shape of NOTICE-FORMAT.md §6 and §6a, each with the reading it must
// get and the count rules it must bring. `reading` is
//   totals (aspects/chains, `(n)` notes on the total) | parts | rates and shares [| !gaps] [| #not-a-breakdown]
// with parts as `31done`, `全部done`, `其余5ongoing`, `38done(6)` (a bracketed note of 6, `(?)`
// for a note without one number), rates as `完成率=41.94`, hedged `完成率~below=60`, shares
// `占=75`; several statements of one line are joined by ` ; `. `rules` are the count rules it
// brings as written ('' for none). `mutate: false` marks a sentence whose numbers are not all
// checked (hedged, no breakdown, an unread piece): it must stay silent, and is not mutated.
export interface CountRow {
  shape: string;
  sentence: string;
  reading: string;
  rules: string;
  mutate?: false;
}

const row = (shape: string, sentence: string, reading: string, rules = '', mutate?: false): CountRow => ({ shape, sentence, reading, rules, ...(mutate === false ? { mutate } : {}) });

export const COUNT_ROWS: CountRow[] = [
  // §6: the plain breakdown, status words of §6 and §6a
  row('plain', '截至6月30日，巡视反馈的48个问题，已完成整改30个，基本完成整改12个，未完成整改2个，长期整改4个。', '48问题|30done,12basic,2notdone,4longterm|'),
  row('plain', '截至9月底，市委巡察反馈的26个问题，已整改到位19个，正在整改7个。', '26问题|19done,7ongoing|'),
  row('plain', '巡察反馈的33个问题，已完成整改21个，阶段性完成整改9个，长期坚持3个。', '33问题|21done,9stage,3longterm|'),
  row('plain', '县委巡察组反馈我局的15个问题，整改完成11个，持续推进4个。', '15问题|11done,4ongoing|'),
  row('plain', '截至目前，省委巡视反馈的72个问题，已完成整改58个，正在推进10个，未启动整改4个。', '72问题|58done,10ongoing,4notdone|'),
  row('plain', '反馈的19个问题中，已整改销号13个，申请延期整改2个，部分整改4个。', '19问题|13done,2notdone,4ongoing|'),
  row('plain', '巡视反馈问题40个，已完成整改36个，整改中4个。', '40反馈问题|36done,4ongoing|'),
  row('plain', '全县共有整改问题52个，已完成整改47个，正在整改5个。', '52整改问题|47done,5ongoing|'),
  row('plain', '巡视反馈的9个问题，已完成整改7个，未完成整改2个。', '9问题|7done,2notdone|'),
  row('plain', '截至2024年3月31日，巡察反馈的28个问题，已完成整改25个，需长期坚持3个。', '28问题|25done,3longterm|'),
  row('plain', '巡视反馈的60个问题，已完成整改43个，基本完成整改9个，阶段性完成整改5个，长期整改3个。', '60问题|43done,9basic,5stage,3longterm|'),
  row('plain', '第三巡察组反馈的14个问题，落实到位12个，正在落实2个。', '14问题|12done,2ongoing|'),
  row('plain', '巡视反馈的17个问题，目前已完成整改15个、正在整改2个。', '17问题|15done,2ongoing|'),
  row('plain', '巡视反馈的37个问题，已完成整改30个，尚未完成7个。', '37问题|30done,7notdone|'),
  row('plain', '截至目前，巡察反馈的12个问题已全部完成整改。', '12问题|全部done|', '', false),
  // chains of totals
  row('chain', '巡察反馈的三个方面十一个具体问题三十二项分项任务，已完成整改26个，基本完成整改4个，长期整改两个。', '3方面/11具体问题/32分项任务|26done,4basic,2longterm|'),
  row('chain', '市委巡视反馈的4个方面20个问题，已完成整改17个，正在整改3个。', '4方面/20问题|17done,3ongoing|'),
  row('chain', '我县共有3个方面25项整改事项，已完成22项，正在推进3项。', '3方面/25整改事项|22done,3ongoing|'),
  row('chain', '巡视反馈的5个方面18个问题细化为56条整改措施，已完成整改51条，持续推进5条。', '5方面/18问题/56整改措施|51done,5ongoing|'),
  row('chain', '巡察反馈的2个方面9个问题，细化为27项整改任务，已完成整改24项，阶段性完成3项。', '2方面/9问题/27整改任务|24done,3stage|'),
  row('chain', '反馈的六个方面二十四个问题，已完成整改二十个，正在整改四个。', '6方面/24问题|20done,4ongoing|'),
  row('chain', '巡视反馈的12个问题30项整改任务，已完成整改10个，正在整改2个。', '12问题/30整改任务|10done,2ongoing|'),
  row('chain', '省委巡视组反馈的3个方面14个问题，分解为41项整改措施，已完成38项，长期坚持3项。', '3方面/14问题/41整改措施|38done,3longterm|'),
  row('chain', '巡察反馈的4个方面15个，已完成整改13个，正在整改2个。', '4方面/15|13done,2ongoing|'),
  row('chain', '市委巡察反馈问题共3个方面11个，全部制定整改措施，已完成整改9个，正在整改2个。', '3方面/11|9done,2ongoing|'),
  // the number before the status; 其余
  row('number first', '巡视反馈的24个问题，19个已完成整改，5个正在整改。', '24问题|19done,5ongoing|'),
  row('number first', '巡察反馈的16个问题中，14个问题已整改到位，2个问题正在整改。', '16问题|14done,2ongoing|'),
  row('number first', '共梳理出整改措施45条，其中40条已如期完成，其余5条正在推进。', '45整改措施|40done,其余5ongoing|'),
  row('number first', '我市3个方面28项整改事项中，26项已完成整改，其余2项正在推进。', '3方面/28整改事项|26done,其余2ongoing|'),
  row('number first', '交办的11件信访件，9件已办结，2件正在办理。', '11信访件|9done,2ongoing|'),
  row('number first', '巡视移交的6件问题线索，5件已办结，1件正在核查。', '6问题线索|5done,1ongoing|'),
  row('number first', '18项整改措施已如期完成，其余4项正在推进。', '|18done,其余4ongoing|', '', false),
  row('number first', '巡察反馈的20个问题，已完成整改的17个，未完成的3个。', '20问题|17done,3notdone|'),
  // qualifiers after the status
  row('qualifier', '巡视反馈的60个问题，已完成整改41个，基本完成、取得阶段性成果并持续整改问题15个，长期坚持4个。', '60问题|41done,15basic,4longterm|'),
  row('qualifier', '巡察反馈的25个问题，已完成整改20个，阶段性完成并持续推进5个。', '25问题|20done,5stage|'),
  row('qualifier', '巡视反馈的30个问题，已完成整改并长效常治22个，基本完成、正在持续深化8个。', '30问题|22done,8basic|'),
  row('qualifier', '反馈问题26个，已完成整改21个，基本完成并持续巩固5个。', '26反馈问题|21done,5basic|'),
  // bracketed notes
  row('note', '巡视反馈的45个问题，已完成整改38个（含立行立改问题6个），正在整改7个。', '45问题|38done(6),7ongoing|'),
  row('note', '巡察反馈的22个问题，已完成整改18个（其中立行立改5个），阶段性完成4个。', '22问题|18done(5),4stage|'),
  row('note', '巡视反馈的31个问题，已完成整改24个，正在整改7个（含部分整改）。', '31问题|24done,7ongoing(?)|'),
  row('note', '巡视反馈的50个问题（含立行立改问题8个），已完成整改44个，正在整改6个。', '50问题(8)|44done,6ongoing|'),
  row('note', '巡视反馈的27个问题，已完成整改23个（含立行立改问题4个、交办件2个），正在整改4个。', '27问题|23done(?),4ongoing|'),
  row('note', '巡视反馈的45个问题，已完成整改38个（含立行立改问题40个），正在整改7个。', '45问题|38done(40),7ongoing|', 'count-sum', false),
  row('note', '巡察反馈的12个问题（含立行立改问题13个），已完成整改10个，正在整改2个。', '12问题(13)|10done,2ongoing|', 'count-sum', false),
  row('note', '巡视反馈的27个问题，已完成整改23个（含立行立改问题4个，正在整改4个。', '27问题|23done(?)||!note', '', false),
  // figures of other things between the parts
  row('figures', '巡视反馈的32个问题，已完成整改27个，整改到位资金1250万元，正在整改5个，追回资金86.5万元。', '32问题|27done,5ongoing|'),
  row('figures', '巡察反馈的18个问题，已整改16项，建章立制23项，问责处理9人，正在整改2项。', '18问题|16done,2ongoing|'),
  row('figures', '巡视反馈的40个问题，已完成整改35个，召开专题会议12次，约谈干部46人次，正在整改5个。', '40问题|35done,5ongoing|'),
  row('figures', '巡察反馈的14个问题，已完成整改12个，涉及整改资金300万元，长期坚持2个。', '14问题|12done,2longterm|'),
  row('figures', '巡视反馈的26个问题，已完成整改21个，出台制度文件15个，正在整改5个。', '26问题|21done,5ongoing|'),
  row('figures', '巡察反馈的10个问题，已完成整改8个，清退资金4.2万元，党纪处分3人，阶段性完成2个。', '10问题|8done,2stage|'),
  // more totals
  row('totals', '交办信访件36件，已办结33件，正在办理3件。', '36信访件|33done,3ongoing|'),
  row('totals', '交办9件，已办结7件，阶段性办结2件。', '9|7done,2stage|'),
  row('totals', '巡视移交问题线索15件，已办结12件，正在办理3件。', '15问题线索|12done,3ongoing|'),
  row('totals', '移交8件问题线索，已全部办结。', '8问题线索|全部done|', '', false),
  row('totals', '发现问题23个，已完成整改20个，正在整改3个。', '23问题|20done,3ongoing|'),
  row('totals', '梳理出整改事项64项，已完成58项，持续推进6项。', '64整改事项|58done,6ongoing|'),
  row('totals', '制定整改措施112条，已落实105条，正在落实7条。', '112整改措施|105done,7ongoing|'),
  row('totals', '共受理信访举报41件，办结38件，正在办理3件。', '41信访举报|38done,3ongoing|'),
  row('totals', '巡视期间交办的24件信访件，已办结21件，阶段性办结3件。', '24信访件|21done,3stage|'),
  row('totals', '巡察组共交办立行立改问题7个，已全部完成整改。', '7立行立改问题|全部done|', '', false),
  // exact rates
  row('rate', '巡视反馈的31个问题，已完成整改13个，正在整改18个，整改完成率41.94%。', '31问题|13done,18ongoing|整改完成率=41.94'),
  row('rate', '发现问题36个，仍有9个未整改到位，整改落实率75%。', '36问题|9notdone|整改落实率=75'),
  row('rate', '交办信访件40件，已办结34件，正在办理6件，办结率85%。', '40信访件|34done,6ongoing|办结率=85'),
  row('rate', '受理问题线索18件，已结案15件，正在核查3件，结案率83.3%。', '18问题线索|15done,3ongoing|结案率=83.3'),
  row('rate', '巡视反馈的52个问题，已整改销号39个，正在整改13个，销号率75%。', '52问题|39done,13ongoing|销号率=75'),
  row('rate', '交办信访件23件，已回复21件，正在办理2件，回复率91.3%。', '23信访件|21done,2ongoing|回复率=91.3'),
  row('rate', '巡察反馈的15个问题，已完成整改12个，基本完成2个，未完成1个，完成率80%。', '15问题|12done,2basic,1notdone|完成率=80'),
  row('rate', '巡视反馈的48个问题，已完成整改40个，基本完成整改6个，长期整改2个，整改完成率95.8%。', '48问题|40done,6basic,2longterm|整改完成率=95.8'),
  row('rate', '巡察反馈的27个问题，已完成整改19个，阶段性完成8个，整改完成率70.4%。', '27问题|19done,8stage|整改完成率=70.4'),
  row('rate', '巡视反馈的9个问题，已完成整改7个，正在整改2个，整改完成率77.78%。', '9问题|7done,2ongoing|整改完成率=77.78'),
  row('rate', '巡视反馈的64个问题，已完成整改56个，正在整改8个，完成率为87.5%。', '64问题|56done,8ongoing|完成率=87.5'),
  row('rate', '巡视反馈的20个问题，已完成整改17个，正在整改3个，整改完成率达85%。', '20问题|17done,3ongoing|整改完成率=85'),
  row('rate', '巡察反馈的35个问题，已完成整改28个，正在整改7个，整改完成率80.0%。', '35问题|28done,7ongoing|整改完成率=80.0'),
  // shares
  row('share', '巡视反馈的28个问题，已完成整改20个，占71.4%，正在整改8个。', '28问题|20done,8ongoing|占=71.4'),
  row('share', '巡察反馈的40个问题，已完成整改34个，占整改问题总数的85%，正在整改6个。', '40问题|34done,6ongoing|占=85'),
  row('share', '巡视反馈的16个问题，已完成整改12个，占比75%，长期坚持4个，占比25%。', '16问题|12done,4longterm|占=75,占=25'),
  row('share', '巡察反馈的45个问题，已完成整改36个，占问题总数的80%，正在整改9个，占20%。', '45问题|36done,9ongoing|占=80,占=20'),
  row('share', '巡视反馈的60个问题，已完成整改45个，占75%，基本完成12个，占20%，未完成3个，占5%。', '60问题|45done,12basic,3notdone|占=75,占=20,占=5'),
  // hedged rates and shares: checked only against the hedge
  row('hedge', '巡视反馈的1920个问题，已完成整改1130个，正在整改790个，完成率近60%。', '1920问题|1130done,790ongoing|完成率~below=60', '', false),
  row('hedge', '巡察反馈的35个问题，已完成整改25个，正在整改10个，整改完成率近72%。', '35问题|25done,10ongoing|整改完成率~below=72', '', false),
  row('hedge', '巡视反馈的35个问题，已完成整改25个，正在整改10个，整改完成率达70%以上。', '35问题|25done,10ongoing|整改完成率~atLeast=70', '', false),
  row('hedge', '巡视反馈的80个问题，已完成整改57个，正在整改23个，整改完成率约70%。', '80问题|57done,23ongoing|整改完成率~about=70', '', false),
  row('hedge', '巡察反馈的46个问题，已完成整改37个，正在整改9个，整改完成率80%左右。', '46问题|37done,9ongoing|整改完成率~about=80', '', false),
  row('hedge', '巡视反馈的120个问题，已完成整改98个，正在整改22个，整改完成率超过80%。', '120问题|98done,22ongoing|整改完成率~atLeast=80', '', false),
  row('hedge', '巡察反馈的66个问题，已完成整改60个，占90%以上，正在整改6个。', '66问题|60done,6ongoing|占~atLeast=90', '', false),
  row('hedge', '巡视反馈的75个问题，已完成整改52个，正在整改23个，整改完成率接近70%。', '75问题|52done,23ongoing|整改完成率~below=70', '', false),
  row('hedge', '巡视反馈的35个问题，已完成整改25个，正在整改10个，整改完成率近27%。', '35问题|25done,10ongoing|整改完成率~below=27', 'count-rate', false),
  row('hedge', '巡视反馈的80个问题，已完成整改57个，正在整改23个，整改完成率超过75%。', '80问题|57done,23ongoing|整改完成率~atLeast=75', 'count-rate', false),
  // 全部 / 均
  row('all', '巡视移交的9件信访件，已全部办结。', '9信访件|全部done|', '', false),
  row('all', '县委巡察交办的5个立行立改问题，均已完成整改。', '5立行立改问题|全部done|', '', false),
  row('all', '巡视反馈的14个问题，已全部完成整改。', '14问题|全部done|', '', false),
  row('all', '交办的3件问题线索，均已办结。', '3问题线索|全部done|', '', false),
  // 均 after counted parts speaks of those parts; a group named anew after 全部 is another group
  row('all', '对照巡视反馈的27个问题，已完成整改22个，完成率81.5%，5个正在整改，均达到序时进度。', '27问题|22done,5ongoing|完成率=81.5'),
  row('all', '巡察反馈的12个问题，已完成整改10个，正在整改2个，均已明确整改时限。', '12问题|10done,2ongoing|'),
  row('all', '其中，属于立行立改的8个问题已全部整改到位，需要长期坚持的3个问题已建立长效机制。', '8问题|全部done,3longterm||#unclear', '', false),
  // after ；: parts with no total of their own go on with the statement; a new total starts another
  row('semicolon', '巡视反馈意见涉及我县的问题共计37个，截至8月底，已完成整改33个，其中立行立改12个；正在整改4个。', '37问题|33done(12),4ongoing|'),
  row('semicolon', '全市共制定整改措施236条，已完成217条，完成率91.9%；尚未完成的19条均已明确整改时限。', '236整改措施|217done,19notdone|完成率=91.9'),
  row('semicolon', '共制定整改措施80条，已完成72条；正在推进的8条，均已明确时间节点。', '80整改措施|72done,8ongoing|'),
  row('semicolon', '反馈的46个问题中，已完成整改40个；剩余6个问题，已制定计划，限期整改到位。', '46问题|40done,其余6|'),
  row('semicolon', '反馈的30个问题，已完成整改28个；建立制度机制15项。', '30问题|28done|', '', false),
  row('semicolon', '巡视反馈的40个问题，已完成整改36个；巡察反馈的25个问题，已完成整改20个，正在整改5个。', '40问题|36done| ; 25问题|20done,5ongoing|'),
  row('semicolon', '反馈的25个问题已完成整改23个；举一反三排查同类问题9个，已整改7个。', '25问题|23done| ; 9问题|7done|', '', false),
  // 完成 in a noun (完成时限) is no status
  row('qualifier', '巡视反馈的19个问题，全部明确了责任领导和完成时限，已完成整改17个，其余2个正在推进。', '19问题|17done,其余2ongoing|'),
  // Chinese numerals
  row('numerals', '巡察反馈的十二个问题，已完成整改九个，正在整改三个。', '12问题|9done,3ongoing|'),
  row('numerals', '巡视反馈的两个方面七个问题，已完成整改五个，长期坚持两个。', '2方面/7问题|5done,2longterm|'),
  row('numerals', '巡察反馈的二十三个问题，已完成整改十八个，基本完成五个。', '23问题|18done,5basic|'),
  row('numerals', '交办的四件信访件，已办结三件，正在办理一件。', '4信访件|3done,1ongoing|'),
  // no breakdown: stays silent
  row('no breakdown', '接收信访举报52件，其中受理检举控告类28件，立案11件，处分7人。', '52信访举报|||#subset', '', false),
  row('no breakdown', '共受理问题线索26件，办结19件，给予党纪处分8人。', '26问题线索|19done|', '', false),
  row('no breakdown', '巡视反馈的30个问题，2023年6月完成整改12个，2023年12月完成整改26个。', '30问题|12done,26done||!repeat|#dated', '', false),
  row('no breakdown', '巡视反馈的18个问题中，涉及县直单位的11个问题，已完成整改9个。', '18问题|| ; 11问题|9done|', '', false),
  row('no breakdown', '县财政投入资金2800万元，占全年支出的3.2%。', '', '', false),
  row('no breakdown', '全县共排查隐患问题楼盘6个，已化解4个。', '', '', false),
  row('no breakdown', '巡视反馈的20余个问题，已完成整改15个，正在整改5个。', '20问题|15done,5ongoing||#unclear', '', false),
  row('no breakdown', '上轮巡视反馈的11个问题，已完成整改9个，仍有2个未整改到位。', '11问题|9done,2notdone|'),
  // slips as written
  row('slip', '巡视反馈的48个问题，已完成整改31个，基本完成整改12个，未完成整改2个，长期整改4个。', '48问题|31done,12basic,2notdone,4longterm|', 'count-sum', false),
  row('slip', '巡察反馈的26个问题，已整改到位19个，正在整改6个。', '26问题|19done,6ongoing|', 'count-sum', false),
  row('slip', '巡察反馈的三个方面十一个具体问题三十二项分项任务，已完成整改26个，基本完成整改5个，长期整改两个。', '3方面/11具体问题/32分项任务|26done,5basic,2longterm|', 'count-sum', false),
  row('slip', '巡视反馈的31个问题，已完成整改13个，正在整改18个，整改完成率49.14%。', '31问题|13done,18ongoing|整改完成率=49.14', 'count-rate', false),
  row('slip', '交办信访件40件，已办结34件，正在办理6件，办结率58%。', '40信访件|34done,6ongoing|办结率=58', 'count-rate', false),
  row('slip', '巡视反馈的28个问题，已完成整改20个，占74.1%，正在整改8个。', '28问题|20done,8ongoing|占=74.1', 'count-rate', false),
  row('slip', '我县共有3个方面25项整改事项，已完成22项，正在推进4项。', '3方面/25整改事项|22done,4ongoing|', 'count-sum', false),
  row('slip', '巡视反馈的24个问题，19个已完成整改，6个正在整改。', '24问题|19done,6ongoing|', 'count-sum', false),
  row('slip', '巡视反馈的32个问题，已完成整改27个，整改到位资金1250万元，正在整改6个。', '32问题|27done,6ongoing|', 'count-sum', false),
  row('slip', '交办9件，已办结7件，阶段性办结3件。', '9|7done,3stage|', 'count-sum', false),
  row('slip', '巡察反馈的十二个问题，已完成整改九个，正在整改四个。', '12问题|9done,4ongoing|', 'count-sum', false),
  row('slip', '巡视反馈的60个问题，已完成整改41个，基本完成、取得阶段性成果并持续整改问题16个，长期坚持4个。', '60问题|41done,16basic,4longterm|', 'count-sum', false),
  row('slip', '共梳理出整改措施45条，其中40条已如期完成，其余6条正在推进。', '45整改措施|40done,其余6ongoing|', 'count-sum', false),
  row('slip', '巡视反馈的16个问题，已完成整改12个，占比75%，长期坚持4个，占比52%。', '16问题|12done,4longterm|占=75,占=52', 'count-rate', false),
  // a piece the reader cannot place: what it could read is still checked
  row('unread', '巡视反馈的25个问题，已完成整改20个，正在整改5个，整改完成率较去年明显提高。', '25问题|20done,5ongoing||!rate'),
  row('unread', '巡察反馈的30个问题，已完成整改24个，另有6个结合年度工作一并推进，整改完成率80%。', '30问题|24done|整改完成率=80|!part'),
  row('unread', '巡视反馈的40个问题，已完成整改30个，有10个问题因客观原因暂缓，完成率75%。', '40问题|30done|完成率=75|!part'),
  // 其中 after the total and after a part; totals with a verb between; a date inside a part's clause
  row('subset note', '巡视反馈的60个问题，其中，已完成整改55个，正在整改5个。', '60问题|55done,5ongoing|'),
  row('subset note', '巡视反馈的60个问题，已完成整改40个，其中按期完成35个，正在整改20个。', '60问题|40done(35),20ongoing|'),
  row('subset note', '巡视反馈的64个问题，已完成整改56个，基本完成8个，其中需长期坚持3个。', '64问题|56done,8basic(3)|'),
  row('totals', '巡视组反馈问题共60个，已完成整改55个，正在整改5个。', '60反馈问题|55done,5ongoing|'),
  row('totals', '交办信访举报件36件，已办结33件，正在办理3件。', '36信访举报件|33done,3ongoing|'),
  row('rate', '巡视反馈的60个问题，截至2023年12月底已完成整改55个，正在整改5个，完成整改率91.67%。', '60问题|55done,5ongoing|完成整改率=91.67'),
  row('chain', '巡视反馈的3个方面49项具体整改任务，已完成整改45项，正在推进4项。', '3方面/49具体整改任务|45done,4ongoing|'),
  // more status words and a total followed by a chain member of measures
  row('plain', '巡视反馈的4个方面13个问题，已完成整改10个，达到序时进度3个。', '4方面/13问题|10done,3ongoing|'),
  row('number first', '巡视反馈的13个问题，已整改完成10个，剩余3个正在按计划推进。', '13问题|10done,其余3ongoing|'),
  row('qualifier', '巡视反馈的13个问题，已整改到位、销号10个，正在有序推进3个。', '13问题|10done,3ongoing|'),
  row('rate', '巡视反馈的13个问题，问题整改完成率达到了76.9%，已完成整改10个，正在整改3个。', '13问题|10done,3ongoing|整改完成率=76.9'),
  row('chain', '对照巡视反馈的3个方面13个问题，逐条制定整改措施45条，目前已完成整改41条，正在推进4条。', '3方面/13问题/45整改措施|41done,4ongoing|'),
  // parts of a total the sentence does not state; a breakdown of the rest
  row('no total', '截至目前，已完成整改问题55个，完成率91.7%。', '|55done|完成率=91.7', '', false),
  row('no total', '已完成整改问题55个，正在整改5个，完成率91.7%。', '|55done,5ongoing|完成率=91.7', '', false),
  row('number first', '巡视反馈的60个问题中，已完成整改55个，其余5个问题正在按计划推进，整改完成率91.7%。', '60问题|55done,其余5ongoing|整改完成率=91.7'),
  row('rest broken down', '巡视反馈问题60个，已完成整改55个，剩余5个问题中，3个已基本完成，2个正在整改。', '60反馈问题|55done,其余5(3)(2)|'),
  row('rest broken down', '反馈的32个问题，已完成整改28个，其余4个问题中，1个基本完成，3个正在推进。', '32问题|28done,其余4(1)(3)|'),
  row('unread', '反馈的20个问题，已完成整改15个，其余5个正在整改，3个基本完成。', '20问题|15done,其余5ongoing,3basic||!nested', '', false),
  row('hedge', '巡视反馈的60个问题，已完成整改54个，正在整改6个，整改完成率在90%以上。', '60问题|54done,6ongoing|整改完成率~atLeast=90', '', false),
  row('chain', '巡视反馈3个方面共60个问题，已完成整改54个，常态化推进6个。', '3方面/60问题|54done,6longterm|'),
  row('plain', '巡视反馈的60个问题，已处置到位54个，正在处置6个。', '60问题|54done,6ongoing|'),
  row('number first', '截至目前，巡视反馈的60个问题中有54个已经整改完成，6个正在整改。', '60问题|54done,6ongoing|'),
  // several statements in one line
  row('several', '巡视移交的12个立行立改问题，已完成整改12个；巡视移交的86件信访件，已办结80件，正在办理6件。', '12立行立改问题|12done| ; 86信访件|80done,6ongoing|'),
  row('several', '共收到问题线索4个，均已办结，转办问题9个，办结7个，正在办理2个。', '4问题线索|全部done| ; 9问题|7done,2ongoing|'),
];
