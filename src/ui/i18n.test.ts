import { describe, expect, it } from 'vitest';
import english from '../../assets/public/_locales/en/messages.json';
import { catalogTranslator } from './i18n';

describe('catalogTranslator', () => {
  it('fills named placeholders from the substitutions, in order, as browser.i18n does', () => {
    // A catalogue may reorder placeholders (names match case-insensitively); `$$` is a dollar sign.
    const t = catalogTranslator({
      cardNavigatorAt: {
        message: '$Term$ ($POSITION$/$count$) $$',
        placeholders: { position: { content: '$1' }, count: { content: '$2' }, term: { content: '$3' } },
      },
    });
    expect(t('cardNavigatorAt', ['3', '12', '新质生产力'])).toBe('新质生产力 (3/12) $');
  });

  it('reads the shipped English catalogue', () => {
    const t = catalogTranslator(english);
    expect(t('cardCopyLabel', '新质生产力')).toBe('Copy 新质生产力');
    expect(t('cardNavigatorAt', ['3', '12', '新质生产力'])).toBe(
      'Glossary: 3 of 12: 新质生产力. Arrow keys move between the terms, Escape closes.',
    );
  });

  it('a missing substitution leaves nothing rather than a raw $1', () => {
    expect(catalogTranslator(english)('cardCopyLabel')).toBe('Copy ');
  });
});
