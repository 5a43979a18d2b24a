/**
 * What the detector says about a page. Kept apart from the detector itself so
 * the background, popup and content scripts can share the type without
 * importing detection code.
 */
export type Verdict =
  | 'gov-news' // Chinese government news (on a gov site or republished)
  | 'gov-other' // a government page that is not news: forms, logins, listings
  | 'zh-other' // Chinese, not government news
  | 'non-zh'; // not Chinese (English, Japanese, …)

export interface DetectReport {
  verdict: Verdict;
  /** Evidence for government news; higher is stronger. */
  score: number;
  /** Short human-readable signals that decided the verdict. */
  reasons: string[];
}
