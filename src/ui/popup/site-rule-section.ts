import { browser } from 'wxt/browser';
import type { SiteRule } from '../../settings/schema';
import type { TabState } from '../../shared/messages';
import { radioGroup } from '../controls';
import { el } from '../dom';
import { t } from '../i18n';

type Choice = SiteRule | 'default';

/** "Always / never on this site / let the detector decide", for the tab's host. */
export function siteRuleSection(tabId: number, host: string, current: SiteRule | undefined, onState: (s: TabState) => void): HTMLElement {
  const group = radioGroup<Choice>({
    id: 'site-rule',
    legend: t('popupSiteRule', host),
    look: 'list',
    value: current ?? 'default',
    choices: [
      { value: 'default', label: t('siteRuleDefault') },
      { value: 'always', label: t('siteRuleAlways') },
      { value: 'never', label: t('siteRuleNever') },
    ],
    onChange: (choice) => {
      const rule = choice === 'default' ? null : choice;
      void (browser.runtime.sendMessage({ type: 'set-site-rule', tabId, rule }) as Promise<TabState | null>).then((state) => {
        if (state) onState(state);
      });
    },
  });
  return el('section', {}, group);
}
