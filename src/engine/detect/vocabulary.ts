/**
 * Word lists the detector counts, and the normalisation that lets one list
 * serve both scripts. The sample is folded to Simplified (only the characters
 * these lists use, not a conversion table) and stripped of inline pinyin, so
 * each list is written once, in Simplified. Plain alternations keep the
 * always-on bundle small. Where one word contains another the longer comes
 * first: an alternation takes the first alternative that matches.
 */
import { stripPinyinNotes } from '../text/pinyin-notes';

/** Traditional characters in the lists below, each followed by its Simplified form. */
const FOLD_PAIRS =
  '國国務务黨党總总書书記记習习長长區区縣县鎮镇廳厅會会議议協协員员聞闻發发佈布報报談谈調调貫贯徹彻實实導导質质產产營营環环鄉乡興兴財财統统來来' +
  '時时間间號号體体級级頁页關关閉闭視视機机構构責责編编輯辑瀏浏覽览數数網网標标識识碼码錯错辦办單单賭赌場场樂乐賽赛車车買买娛娱訊讯約约陽阳節节' +
  '錄录說说籤签筆笔閣阁華华處处無无檢检結结尋寻';
/** The folding table, built on the first Chinese page: most pages never need it. */
let fold: { map: Map<string, string>; chars: RegExp } | null = null;

function folding(): { map: Map<string, string>; chars: RegExp } {
  if (!fold) {
    const map = new Map<string, string>();
    for (let i = 0; i < FOLD_PAIRS.length; i += 2) map.set(FOLD_PAIRS[i], FOLD_PAIRS[i + 1]);
    fold = { map, chars: new RegExp(`[${[...map.keys()].join('')}]`, 'g') };
  }
  return fold;
}

/** Text as the lists expect it: inline pinyin removed, Traditional folded to Simplified. */
export function normalize(text: string): string {
  const { map, chars } = folding();
  // Readings some sites print after each character (發(fā)展, 爲(wéi / wèi)) split words.
  return stripPinyinNotes(text).replace(chars, (c) => map.get(c) ?? c);
}

const terms = (list: string) => new RegExp(list, 'g');

/** Government actors, meeting genres and policy slogans: what government news is about. */
export const GOV_TERMS = terms(
  '人民政府|国务院|党中央|总书记|习近平|书记|市长|区长|省长|县长|镇长|部长|厅长|局长|司长|' +
    '省委|市委|区委|县委|党委|党组|常委|常务会议|人大|政协|委员会|政府|' +
    '新闻发布会|工作报告|施政报告|座谈会|调研|部署|贯彻|落实|督导|' +
    '高质量发展|新质生产力|十四五|十五五|营商环境|乡村振兴|' +
    // Hong Kong, Macau and Taiwan offices and bodies.
    '行政长官|立法会|行政会议|特区|政务司|财政司|发言人|行政院|立法院|院会|总统|施政|市府|县府|市政会议|议会|议员',
);

/** Article furniture of news and document pages: credits, dates, print and font-size controls. */
export const ARTICLE_MARKERS = terms(
  '来源[:：]|发布(?:时间|日期)|字[号体级][:：]|打印本页|列印本页|【打印】|关闭窗口|关闭视窗|' +
    '索引号|发文字号|成文日期|发布机构|责任编辑|香港时间|新闻稿|浏览次数',
);

/** Footer lines only government websites carry (政府网站发展指引). */
export const GOV_FOOTER = terms('网站标识码|政府网站找错|主办(?:单位)?[:：]?\\s*\\S{0,20}?(?:人民政府|办公厅|政府|委员会)');

/** Gambling and porn words that SEO spam stuffs into hijacked or look-alike pages. */
export const SPAM_TERMS = terms(
  '博彩|赌场|百家乐|六合彩|时时彩|北京赛车|买球|娱乐城|真人视讯|老虎机|棋牌|投注|体育官网|葡京|太阳城|' +
    '色情|无码|约炮|一区二区|人妻|波多野|casino|bet365',
);

/** Web-novel reader furniture: a novel quoting a work report is still a novel. */
export const FICTION_MARKERS = terms('第[零一二三四五六七八九十百千\\d]+章|上一章|下一章|加入书架|章节目录|最新章节|书签|小说|笔趣阁');

/** A full date as datelines print it: 2024年3月5日, 2024-03-05, 2024/3/5, or Taiwan's 113-07-04. */
export const FULL_DATE = /(?:20\d\d|1[01]\d)(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})/;

/** Result pages of a site search: snippets of news, not news. */
export const SEARCH_RESULTS = /搜索结果|搜寻结果|检索结果|共找到|相关结果/;

/** How often each term of a list occurs in a normalized text. */
export function countTerms(text: string, list: RegExp): Map<string, number> {
  const counts = new Map<string, number>();
  list.lastIndex = 0;
  for (let match = list.exec(text); match; match = list.exec(text)) {
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  return counts;
}

export function total(counts: Map<string, number>): number {
  let sum = 0;
  counts.forEach((n) => (sum += n));
  return sum;
}

/** "调研 ×3, 区长 ×2": the most frequent terms, for a reason line. */
export function topTerms(counts: Map<string, number>, limit = 3): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([term, n]) => (n > 1 ? `${term} ×${n}` : term))
    .join(', ');
}
