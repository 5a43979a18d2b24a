/**
 * Small functions evaluated inside test pages. They are plain functions with no
 * closures, so both Playwright and Puppeteer can serialize them.
 */
export interface PageSnapshot {
  html: string;
  rubies: number;
  readings: number;
  title: string;
  lang: string | null;
  /** Elements marked with each lang value, e.g. { 'zh-TW': 40 }. */
  langs: Record<string, number>;
}

export function snapshotPage(): PageSnapshot {
  return {
    html: document.body.innerHTML,
    rubies: document.querySelectorAll('ruby[data-zd-ruby]').length,
    readings: document.querySelectorAll('rt[data-zd-py]').length,
    title: document.title,
    lang: document.documentElement.getAttribute('lang'),
    langs: [...document.querySelectorAll('[lang]')].reduce<Record<string, number>>((acc, el) => {
      const lang = el.getAttribute('lang') ?? '';
      acc[lang] = (acc[lang] ?? 0) + 1;
      return acc;
    }, {}),
  };
}

/** The article's text as a reader copies it: pinyin must not be part of it. */
export function articleText(): string {
  return (document.querySelector('article') ?? document.body).textContent ?? '';
}
