import type { GlossaryCategory, GlossaryEntry, TermMatch } from '../engine/glossary/types';
import type { MessageKey, Translate } from '../ui/i18n';
import { headword, langOf } from './headword';
import type { GlossarySettings } from './types';

/**
 * One glossary entry, as the hover card on pages, the options page's glossary
 * browser and the popup's selection view all show it. Each host supplies what it
 * can do: related terms are buttons only with `onRelated`, copy and speak buttons
 * appear only with their handlers.
 */
export interface CardContent {
  entry: GlossaryEntry;
  settings: Pick<GlossarySettings, 'order' | 'script'>;
  /** The term as written on the page, to pick the headword's script when the page is left as it is. */
  pageText?: string;
  related(id: string): GlossaryEntry | undefined;
  /** Writes the Chinese explanation in the reader's script (citations stay as quoted). */
  convert?: (text: string, target: Exclude<GlossarySettings['script'], 'original'>) => string;
  /** The term matcher, to find the term in a citation however it is spelled there. */
  find(text: string): TermMatch[];
  /** UI strings: injected, because the card also renders where `browser.i18n` is absent (tests). */
  t: Translate;
  /** Without it related terms are plain text. */
  onRelated?: (id: string) => void;
  /** Without it there is no copy button. */
  onCopy?: (text: string) => Promise<boolean>;
  /** Absent when the browser cannot speak; the button is left out then. */
  onSpeak?: (text: string) => void;
}

export const CITATIONS_SHOWN = 2;

const CATEGORY_KEYS: Record<GlossaryCategory, MessageKey> = {
  plan: 'categoryPlan',
  slogan: 'categorySlogan',
  programme: 'categoryProgramme',
  concept: 'categoryConcept',
  institution: 'categoryInstitution',
  title: 'categoryTitle',
  place: 'categoryPlace',
  event: 'categoryEvent',
  publication: 'categoryPublication',
};

/** Headword ids unique per document: the options page shows many entries at once. */
let headwords = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string; lang?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.lang) node.lang = props.lang;
  return node;
}

function button(doc: Document, text: string, lang?: string): HTMLButtonElement {
  const node = el(doc, 'button', { text, lang });
  node.type = 'button';
  return node;
}

/** The entry's spellings in the other scripts, so a reader of one script can recognise the others. */
function otherForms(doc: Document, entry: GlossaryEntry, shown: string): HTMLElement | null {
  const { hans, tw, hk } = entry.term;
  const forms = [
    { text: hans, lang: 'zh-Hans' },
    { text: tw, lang: tw === hk ? 'zh-Hant' : 'zh-TW' },
    { text: hk, lang: 'zh-HK' },
  ].filter((form, i, all) => form.text !== shown && all.findIndex((f) => f.text === form.text) === i);
  if (forms.length === 0) return null;
  const span = el(doc, 'span', { className: 'forms' });
  forms.forEach((form, i) => span.append(...(i > 0 ? [' / '] : []), el(doc, 'span', form)));
  return span;
}

/**
 * A corpus sentence with the term in bold, found by the same matcher as on the
 * page (corpus spellings are noisy: 新質生産力). Built from text nodes, never markup.
 */
function citation(doc: Document, text: string, entry: GlossaryEntry, find: CardContent['find']): HTMLQuoteElement {
  const quote = el(doc, 'blockquote', { lang: 'zh' });
  const hit = find(text).find((match) => match.id === entry.id);
  if (!hit) quote.textContent = text;
  else quote.append(text.slice(0, hit.start), el(doc, 'b', { text: text.slice(hit.start, hit.end) }), text.slice(hit.end));
  return quote;
}

function relatedRow(doc: Document, content: CardContent): HTMLElement | null {
  const { entry, settings, onRelated, t } = content;
  const items = entry.related.flatMap((id) => {
    const other = content.related(id);
    if (!other) return [];
    const word = headword(other, settings.script);
    const lang = langOf(settings.script, word, other);
    if (!onRelated) return [el(doc, 'span', { text: word, lang })];
    const link = button(doc, word, lang);
    link.dataset.related = id;
    link.addEventListener('click', () => onRelated(id));
    return [link];
  });
  if (items.length === 0) return null;
  const row = el(doc, 'div', { className: 'related' });
  row.append(el(doc, 'span', { text: t('entryRelated') }), ...items);
  return row;
}

function actionRow(doc: Document, content: CardContent, word: string): HTMLElement | null {
  const { onCopy, onSpeak, t } = content;
  const actions: HTMLButtonElement[] = [];
  if (onCopy) {
    const copy = button(doc, t('cardCopy'));
    copy.dataset.action = 'copy';
    copy.setAttribute('aria-label', t('cardCopyLabel', word));
    copy.addEventListener('click', () => {
      void onCopy(word).then((ok) => (copy.textContent = t(ok ? 'cardCopied' : 'cardCopyFailed')));
    });
    actions.push(copy);
  }
  if (onSpeak) {
    const speak = button(doc, t('cardSpeak'));
    speak.dataset.action = 'speak';
    speak.setAttribute('aria-label', t('cardSpeakLabel', word));
    speak.addEventListener('click', () => onSpeak(content.entry.term.hans));
    actions.push(speak);
  }
  if (actions.length === 0) return null;
  const row = el(doc, 'div', { className: 'actions' });
  row.append(...actions);
  return row;
}

/** Fills `card` with one entry; everything from the dictionary goes in as text. */
export function renderCard(card: HTMLElement, content: CardContent): void {
  const doc = card.ownerDocument;
  const { entry, settings, t } = content;
  const word = headword(entry, settings.script, content.pageText);
  const lang = langOf(settings.script, word, entry);

  const head = el(doc, 'div', { className: 'head' });
  const term = el(doc, 'span', { className: 'term', text: word, lang });
  headwords += 1;
  term.id = `zd-term-${headwords}`;
  head.append(term);
  const forms = otherForms(doc, entry, word);
  if (forms) head.append(forms);
  head.append(
    el(doc, 'span', { className: 'pinyin', text: entry.pinyin, lang: 'zh-Latn-pinyin' }),
    el(doc, 'span', { className: 'category', text: t(CATEGORY_KEYS[entry.category]) }),
  );

  const english = el(doc, 'p', { className: 'explain', text: entry.en, lang: 'en' });
  // The explanation is curated in Simplified; a Traditional headword gets a Traditional explanation.
  const zhTarget = lang === 'zh-Hans' ? null : settings.script === 'original' ? 'zh-Hant' : settings.script;
  const zh = zhTarget && content.convert ? content.convert(entry.zh, zhTarget) : entry.zh;
  const chinese = el(doc, 'p', { className: 'explain', text: zh, lang: zh === entry.zh ? 'zh-Hans' : lang });
  const explanations = settings.order === 'zh-first' ? [chinese, english] : [english, chinese];

  const parts: HTMLElement[] = [head, ...explanations];
  if (entry.origin) parts.push(el(doc, 'p', { className: 'origin', text: entry.origin }));
  for (const cite of entry.citations.slice(0, CITATIONS_SHOWN)) {
    parts.push(citation(doc, cite.text, entry, content.find), el(doc, 'div', { className: 'source', text: cite.doc }));
  }
  const related = relatedRow(doc, content);
  if (related) parts.push(related);
  const actions = actionRow(doc, content, word);
  if (actions) parts.push(actions);

  card.replaceChildren(...parts);
  card.setAttribute('aria-labelledby', term.id);
  card.dataset.term = entry.id;
}
