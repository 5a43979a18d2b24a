// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../engine/glossary/types';
import simplified from '../../assets/public/_locales/zh_CN/messages.json';
import { catalogTranslator } from '../ui/i18n';
import { renderCard, type CardContent } from './render-card';
import { englishT, matcher } from './test-helpers';
import type { GlossarySettings } from './types';

const entry = (id: string): GlossaryEntry => {
  const found = matcher.lookupEntry(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

function render(overrides: Partial<Omit<CardContent, 'settings'>> & { settings?: Partial<GlossarySettings> } = {}): HTMLElement {
  const card = document.createElement('div');
  renderCard(card, {
    entry: entry('xinzhi-shengchanli'),
    related: (id) => matcher.lookupEntry(id),
    find: matcher.find,
    t: englishT,
    onRelated: () => undefined,
    onCopy: async () => true,
    ...overrides,
    settings: { hoverDelayMs: 150, order: 'en-first', script: 'original', ...overrides.settings },
  });
  return card;
}

describe('renderCard', () => {
  it('shows headword, pinyin, category and both explanations, English first by default', () => {
    const card = render();
    const data = entry('xinzhi-shengchanli');
    expect(data.category).toBe('concept');
    expect(card.querySelector('.term')?.textContent).toBe('新质生产力');
    expect(card.querySelector('.pinyin')?.textContent).toBe(data.pinyin);
    expect(card.querySelector('.category')?.textContent).toBe('Concept');
    expect([...card.querySelectorAll('.explain')].map((p) => p.textContent)).toEqual([data.en, data.zh]);
    expect(card.getAttribute('aria-labelledby')).toBe(card.querySelector('.term')?.id);
  });

  it('shows the spellings of the other scripts beside the headword', () => {
    const data = entry('jiesu-jiban');
    const forms = (card: HTMLElement) => [...card.querySelectorAll('.forms span')].map((f) => [f.textContent, f.getAttribute('lang')]);
    expect(forms(render({ entry: data }))).toEqual([['接訴即辦', 'zh-Hant']]);
    expect(forms(render({ entry: data, settings: { script: 'zh-TW' } }))).toEqual([['接诉即办', 'zh-Hans']]);
  });

  it('gives every headword its own id, so many entries on one page each name their own container', () => {
    const [a, b] = [render(), render({ entry: entry('jiesu-jiban') })];
    expect(a.getAttribute('aria-labelledby')).not.toBe(b.getAttribute('aria-labelledby'));
    expect(b.dataset.term).toBe('jiesu-jiban');
  });

  it('puts Chinese first when the reader asked for it', () => {
    const card = render({ settings: { order: 'zh-first' } });
    expect([...card.querySelectorAll('.explain')].map((p) => p.getAttribute('lang'))).toEqual(['zh-Hans', 'en']);
  });

  it.each([
    ['zh-TW', 'tw'],
    ['zh-HK', 'hk'],
    ['zh-Hans', 'hans'],
  ] as const)('headword follows the %s script', (script, form) => {
    const data = entry('jiesu-jiban');
    const card = render({ entry: data, settings: { script } });
    expect(card.querySelector('.term')?.textContent).toBe(data.term[form]);
    expect(card.querySelector('.term')?.getAttribute('lang')).toBe(script);
  });

  it('with the page left as it is, uses the spelling the page uses', () => {
    const data = entry('jiesu-jiban');
    expect(render({ entry: data, pageText: data.term.tw }).querySelector('.term')?.textContent).toBe(data.term.tw);
  });

  it('writes the Chinese explanation in the script of the headword when it can convert', () => {
    const data = entry('jiesu-jiban');
    const convert = vi.fn((text: string, target: string) => `${target}:${text}`);
    const traditional = render({ entry: data, settings: { script: 'zh-HK' }, convert });
    const zh = traditional.querySelector('.explain[lang="zh-HK"]');
    expect(zh?.textContent).toBe(`zh-HK:${data.zh}`);
    expect(convert).toHaveBeenCalledOnce();
    const simplified = render({ entry: data, settings: { script: 'zh-Hans' }, convert });
    expect(simplified.querySelector('.explain[lang="zh-Hans"]')?.textContent).toBe(data.zh);
    expect(convert).toHaveBeenCalledOnce();
  });

  it('shows at most two citations, with the term in bold', () => {
    const card = render();
    const quotes = card.querySelectorAll('blockquote');
    expect(quotes.length).toBe(Math.min(2, entry('xinzhi-shengchanli').citations.length));
    // The first citation spells it 新質生産力, a naive conversion no script form has.
    expect([...quotes].map((q) => q.querySelector('b')?.textContent)).toEqual(['新質生産力', '新质生产力']);
  });

  it('related terms are buttons that open their entry', () => {
    const withRelated = [...matcher.lookupEntry('xinzhi-shengchanli')!.related];
    const onRelated = vi.fn();
    const card = render({ onRelated });
    const buttons = [...card.querySelectorAll<HTMLButtonElement>('[data-related]')];
    expect(buttons.map((b) => b.dataset.related)).toEqual(withRelated.filter((id) => matcher.lookupEntry(id)));
    if (buttons.length === 0) throw new Error('the fixture entry should have related terms');
    buttons[0].click();
    expect(onRelated).toHaveBeenCalledWith(buttons[0].dataset.related);
  });

  it('without onRelated, related terms are plain text', () => {
    const card = render({ onRelated: undefined });
    const row = card.querySelector('.related');
    expect(row?.querySelector('button')).toBeNull();
    expect(row?.firstElementChild?.textContent).toBe('Related:');
    const names = entry('xinzhi-shengchanli').related.flatMap((id) => matcher.lookupEntry(id)?.term.hans ?? []);
    expect([...row!.children].slice(1).map((s) => s.textContent)).toEqual(names);
  });

  it('copy reports success; speak appears only when the browser can speak', async () => {
    const onCopy = vi.fn(async () => true);
    const silent = render({ onCopy });
    const copy = silent.querySelector<HTMLButtonElement>('[data-action="copy"]')!;
    expect(silent.querySelector('[data-action="speak"]')).toBeNull();
    expect([copy.textContent, copy.getAttribute('aria-label')]).toEqual(['Copy', 'Copy 新质生产力']);
    copy.click();
    await vi.waitFor(() => expect(copy.textContent).toBe('Copied'));
    expect(onCopy).toHaveBeenCalledWith('新质生产力');
    const onSpeak = vi.fn();
    const speak = render({ onSpeak }).querySelector<HTMLButtonElement>('[data-action="speak"]')!;
    expect([speak.textContent, speak.getAttribute('aria-label')]).toEqual(['Speak', 'Speak 新质生产力']);
    speak.click();
    expect(onSpeak).toHaveBeenCalledWith('新质生产力');
  });

  it('a failed copy says so', async () => {
    const copy = render({ onCopy: async () => false }).querySelector<HTMLButtonElement>('[data-action="copy"]')!;
    copy.click();
    await vi.waitFor(() => expect(copy.textContent).toBe('Copy failed'));
  });

  it('without copy or speak handlers there is no action row', () => {
    expect(render({ onCopy: undefined }).querySelector('.actions')).toBeNull();
  });

  it('every UI string comes from the translator: in Chinese the card speaks Chinese', () => {
    const card = render({ t: catalogTranslator(simplified), onSpeak: () => undefined });
    expect(card.querySelector('.category')?.textContent).toBe('概念');
    expect(card.querySelector('.related > span')?.textContent).toBe('相关：');
    expect([...card.querySelectorAll('.actions button')].map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([
      ['复制', '复制“新质生产力”'],
      ['朗读', '朗读“新质生产力”'],
    ]);
  });

  it('dictionary text is text: markup in an entry never becomes elements', () => {
    const hostile: GlossaryEntry = {
      ...entry('xianli-houpo'),
      en: '<img src=x onerror="alert(1)">',
      zh: '<b>粗</b>',
      citations: [{ doc: '<i>doc</i>', text: '先立后破<script>alert(1)</script>' }],
    };
    const card = render({ entry: hostile });
    expect(card.querySelector('img, script, i')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(card.querySelector('blockquote b')?.textContent).toBe('先立后破');
  });
});
