/**
 * The detector's rules. Each reads the evidence and either stays silent or
 * returns points with a short English reason. Points are weighed in index.ts.
 * Kinds: `origin` says the page comes from a government site, `content` that
 * it has prose about government, `article` that it is dated and furnished as
 * an article (dateline, credit and print lines, article meta tags), `against`
 * counts against government news, `not-news` rules news out (listings, forms,
 * fiction) and `not-gov` rules government out altogether (spam).
 */
import type { HostReading } from './read-host';
import type { PageSample } from './sample-page';
import {
  ARTICLE_MARKERS,
  FICTION_MARKERS,
  GOV_FOOTER,
  GOV_TERMS,
  FULL_DATE,
  SEARCH_RESULTS,
  SPAM_TERMS,
  countTerms,
  topTerms,
  total,
} from './vocabulary';

export interface Evidence {
  sample: PageSample;
  host: HostReading;
}

export type SignalKind = 'origin' | 'content' | 'article' | 'against' | 'not-news' | 'not-gov';

export interface Signal {
  kind: SignalKind;
  points: number;
  reason: string;
}

export type Rule = (e: Evidence) => Signal | null;

/** Prose shorter than this is a caption or a list, not an article. */
const MIN_PROSE = 300;
/** A listing has at least this many links, and more than this times as much link text as prose. */
const MIN_LISTING_LINKS = 15;
const LISTING_LINK_RATIO = 2;
/** Real SiteIDCodes: 10 digits for regions, "bm" and 8 digits for ministries. */
const SITE_ID_CODE = /^(?:bm\d{8}|\d{10})$/i;
const ARTICLE_META = ['articletitle', 'pubdate', 'contentsource'];

function signal(kind: SignalKind, points: number, reason: string): Signal {
  return { kind, points, reason };
}

export const govHost: Rule = ({ host }) => (host.govSuffix ? signal('origin', 3, `host ends in .${host.govSuffix}`) : null);

export const siteIdCode: Rule = ({ sample }) => {
  const code = sample.meta.get('siteidcode') ?? '';
  return SITE_ID_CODE.test(code) ? signal('origin', 3, `meta SiteIDCode present (${code})`) : null;
};

export const siteName: Rule = ({ sample }) => {
  const name = sample.meta.get('sitename') ?? '';
  return name.includes('政府') ? signal('origin', 1, `meta SiteName names a government: ${name}`) : null;
};

export const govFooter: Rule = ({ sample }) => {
  const found = [...countTerms(sample.text, GOV_FOOTER).keys()];
  if (!found.length) return null;
  // 网站标识码 is issued only to registered government websites.
  const points = Math.min(3, found.length + (found.includes('网站标识码') ? 1 : 0));
  return signal('origin', points, `footer: ${found.join(', ')}`);
};

export const articleMeta: Rule = ({ sample }) => {
  const present = ARTICLE_META.filter((name) => sample.meta.get(name));
  return present.length ? signal('article', 2, `article meta tags: ${present.join(', ')}`) : null;
};

export const articleMarkers: Rule = ({ sample }) => {
  const found = [...countTerms(sample.text, ARTICLE_MARKERS).keys()];
  if (!found.length) return null;
  return signal('article', Math.min(3, found.length), `article furniture: ${found.slice(0, 4).join(', ')}`);
};

/** A date above the first paragraph, as news prints it; an encyclopedia's dates sit in its text. */
export const dateline: Rule = ({ sample }) => {
  const match = FULL_DATE.exec(sample.lead);
  return match ? signal('article', 1, `dateline: ${match[0]}`) : null;
};

/** Counted as content: the government terms below are only weighed in prose. */
export const articleProse: Rule = ({ sample }) => {
  const length = sample.prose.length;
  return length >= MIN_PROSE ? signal('content', 1, `article prose: ${length} chars`) : null;
};

/**
 * Government vocabulary in the prose, weighed by density so long pages do not
 * win by length. Not in the title: a government site's name in every title
 * would lend government words to its forms and letters pages too.
 */
export const govContent: Rule = ({ sample }) => {
  const text = sample.prose;
  const counts = countTerms(text, GOV_TERMS);
  const hits = total(counts);
  const perThousand = (hits * 1000) / Math.max(text.length, 1);
  // Government news runs at 10–60 terms per thousand characters, other Chinese pages at 0–2.
  const reaches = (level: number) => hits >= level && perThousand >= level;
  const points = reaches(10) ? 6 : reaches(6) ? 4 : reaches(3) ? 2 : 0;
  if (!points) return null;
  return signal('content', points, `prose mentions government terms ×${hits}, ${perThousand.toFixed(1)}‰ (${topTerms(counts)})`);
};

/** Many links and little prose beside them: an index, a home page, a column. */
export const listing: Rule = ({ sample }) => {
  const { links, linkChars, prose } = sample;
  if (links < MIN_LISTING_LINKS || linkChars <= LISTING_LINK_RATIO * prose.length) return null;
  return signal('not-news', -4, `listing page: ${links} links, little prose`);
};

export const searchResults: Rule = ({ sample }) => {
  const match = SEARCH_RESULTS.exec(sample.text);
  return match ? signal('not-news', -4, `search results page: ${match[0]}`) : null;
};

export const form: Rule = ({ sample }) => {
  if (sample.passwordFields) return signal('not-news', -6, 'login form: password field');
  return sample.formFields >= 4 ? signal('not-news', -4, `form with ${sample.formFields} fields`) : null;
};

export const fiction: Rule = ({ sample }) => {
  const counts = countTerms(`${sample.title}\n${sample.text}`, FICTION_MARKERS);
  return counts.size >= 2 ? signal('not-news', -6, `web-novel furniture: ${topTerms(counts, 4)}`) : null;
};

/** A stray injected link costs a little; spam in the title or keywords, or stuffed throughout, vetoes. */
export const spam: Rule = ({ sample }) => {
  const head = `${sample.title}\n${sample.meta.get('keywords') ?? ''}\n${sample.meta.get('description') ?? ''}`;
  const inHead = countTerms(head, SPAM_TERMS);
  const inText = countTerms(sample.text, SPAM_TERMS);
  const hits = total(inText);
  if (inHead.size || hits >= 6) {
    return signal('not-gov', -10, `SEO spam: ${topTerms(inHead.size ? inHead : inText)}`);
  }
  return hits ? signal('against', -2 * Math.min(hits, 3), `spam words: ${topTerms(inText)}`) : null;
};

export const RULES: Rule[] = [
  govHost,
  siteIdCode,
  siteName,
  govFooter,
  articleMeta,
  articleMarkers,
  dateline,
  articleProse,
  govContent,
  listing,
  searchResults,
  form,
  fiction,
  spam,
];
