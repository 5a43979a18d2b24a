/**
 * Where each corpus document came from and how its sample page looks.
 * The URLs are where such a page lives on the real site; tests serve the
 * page there through request routing, never over the network.
 */
export interface GovMeta {
  siteName: string;
  siteDomain: string;
  siteIdCode: string;
  columnName: string;
  contentSource: string;
  footer: string;
}

export interface SampleDocument {
  corpusFile: string;
  page: string;
  url: string;
  title: string;
  date: string;
  govNews: boolean;
  /** Gov-site header, meta tags and footer, when the document came from a government site. */
  gov?: GovMeta;
  /** A portal/aggregator frame for republished documents. */
  portal?: { name: string; lang: string };
  lang: string;
  /** Lines of the corpus file that are page chrome, not article text. */
  skipLine?: (line: string, index: number) => boolean;
}

const pipesOnly = (line: string) => /^[|\s]*$/.test(line);

export const SAMPLE_DOCUMENTS: SampleDocument[] = [
  {
    corpusFile: '000_a21115570e26e29b.txt',
    page: 'haidian-conference-2024.html',
    url: 'https://www.bjhd.gov.cn/ywdt/hdyw/202402/t20240223_4647511.shtml',
    title: '2024海澱區經濟社會高質量發展大會召開',
    date: '2024-02-23',
    govNews: true,
    lang: 'zh-Hant',
    gov: {
      siteName: '北京市海淀區人民政府',
      siteDomain: 'www.bjhd.gov.cn',
      siteIdCode: '1101080001',
      columnName: '海淀要聞',
      contentSource: '海淀區融媒體中心',
      footer: '主辦單位：北京市海淀區人民政府辦公室　網站標識碼：1101080001　京ICP備05083370號',
    },
    skipLine: (line, i) => i === 0 && line.startsWith('日期'),
  },
  {
    corpusFile: '001_067213f617a6d2c8.txt',
    page: 'yinyong-haidian-survey.html',
    url: 'https://www.beijing.gov.cn/ywdt/yaowen/202404/t20240430_3637823.html',
    title: '殷勇圍繞推動首都高質量發展到海淀區調研時強調 聚焦發展戰略性新興產業 打造經濟增長新引擎',
    date: '2024-04-30',
    govNews: true,
    lang: 'zh-Hant',
    gov: {
      siteName: '首都之窗_北京市人民政府門戶網站',
      siteDomain: 'www.beijing.gov.cn',
      siteIdCode: '1100000088',
      columnName: '要聞',
      contentSource: '北京日報',
      footer: '主辦：北京市人民政府辦公廳　承辦：北京市政務服務和數據管理局　網站標識碼：1100000088　京ICP備05060933號',
    },
    skipLine: (line, i) => i === 0 || pipesOnly(line) || line.startsWith('來(lái)源'),
  },
  {
    corpusFile: '002_1d7e016ab7639bae.txt',
    page: 'haidian-work-report-2024.html',
    url: 'https://www.boxianwang.com/baogao/hb/9638.html',
    title: '(北京市)北京市海淀区人民政府工作报告(2024年1月4日)',
    date: '2024-01-11',
    govNews: true,
    lang: 'zh-CN',
    portal: { name: '博县网', lang: 'zh-CN' },
    skipLine: (line) => line === '导航菜单' || line.startsWith('(北京市)北京市海淀区'),
  },
  {
    corpusFile: '003_395f3b0c9b642843.txt',
    page: 'haidian-press-conference-163.html',
    url: 'https://www.163.com/dy/article/J6R0M4QJ0514R9P4.html',
    title: '「一把手發布·京華巡禮」海淀專場：海淀·最具投資價值之城',
    date: '2024-07-17',
    govNews: true,
    lang: 'zh-Hant',
    portal: { name: '網易號', lang: 'zh-Hant' },
  },
  {
    corpusFile: '004_5168063a1af2bf1e.txt',
    page: 'yuhang-conference-2026.html',
    url: 'https://www.yuhang.gov.cn/art/2026/2/2/art_1532128_59131204.html',
    title: '“忠诚担当谱新篇 实干争先开新局”余杭区经济高质量发展大会举行',
    date: '2026-02-02',
    govNews: true,
    lang: 'zh-CN',
    gov: {
      siteName: '杭州市余杭区人民政府',
      siteDomain: 'www.yuhang.gov.cn',
      siteIdCode: '3301100003',
      columnName: '余杭要闻',
      contentSource: '余杭发布',
      footer: '主办单位：杭州市余杭区人民政府办公室　网站标识码：3301100003　浙ICP备05025627号　政府网站找错',
    },
  },
];
