/**
 * Is this page Chinese government news? Runs in the always-on content script
 * on every page, so it reads a bounded sample, imports no dictionaries and
 * never changes the document.
 */
import type { DetectReport, Verdict } from '../../shared/detect-report';
import { readHost } from './read-host';
import { notChineseText } from './read-language';
import { quickScreen } from './quick-screen';
import { normalizeSample, readPage } from './sample-page';
import { RULES, type Signal, type SignalKind } from './signals';

/** Total points from which a page with government prose counts as government news. */
const NEWS_SCORE = 6;
/**
 * Content points required besides (six or more government terms, see govContent):
 * a government template around sports news, or a footer naming the 人民政府 above
 * a citizen's letter, is not enough.
 */
const MIN_CONTENT = 4;
/** Origin points that make a page a government page (a gov host or a SiteIDCode alone suffices). */
const MIN_ORIGIN = 3;

function pointsOf(signals: Signal[], kind: SignalKind): number {
  return signals.reduce((sum, s) => (s.kind === kind ? sum + s.points : sum), 0);
}

function has(signals: Signal[], kind: SignalKind): boolean {
  return signals.some((s) => s.kind === kind);
}

/**
 * News needs government prose, enough points, article evidence (a dateline,
 * article furniture or article meta tags) and no rule against news: an
 * encyclopedia entry or a leaders' page about a government has the prose but
 * no dateline.
 */
function decide(signals: Signal[], score: number): Verdict {
  if (has(signals, 'not-gov')) return 'zh-other';
  const news =
    score >= NEWS_SCORE &&
    pointsOf(signals, 'content') >= MIN_CONTENT &&
    has(signals, 'article') &&
    !has(signals, 'not-news');
  if (news) return 'gov-news';
  return pointsOf(signals, 'origin') >= MIN_ORIGIN ? 'gov-other' : 'zh-other';
}

export function detectPage(doc: Document, url: string): DetectReport {
  const quick = quickScreen(doc);
  if (quick) return { verdict: 'non-zh', score: 0, reasons: [quick] };
  const raw = readPage(doc);
  const foreign = notChineseText(raw.title, raw.text);
  if (foreign) return { verdict: 'non-zh', score: 0, reasons: [foreign] };

  const evidence = { sample: normalizeSample(raw, doc), host: readHost(url) };
  const signals = RULES.map((rule) => rule(evidence)).filter((s): s is Signal => s !== null);
  const score = signals.reduce((sum, s) => sum + s.points, 0);
  const reasons = signals.length ? signals.map((s) => s.reason) : ['no government signals'];
  return { verdict: decide(signals, score), score, reasons };
}
