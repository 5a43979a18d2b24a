import type { DetectReport, Verdict } from '../../shared/detect-report';
import { el } from '../dom';
import { t, type MessageKey } from '../i18n';

const VERDICT_KEYS: Record<Verdict, MessageKey> = {
  'gov-news': 'verdictGovNews',
  'gov-other': 'verdictGovOther',
  'zh-other': 'verdictZhOther',
  'non-zh': 'verdictNonZh',
};

/** What the detector thinks of the page, and why. `data-verdict` carries the machine value. */
export function verdictSection(report: DetectReport | null): HTMLElement {
  const verdict = el(
    'p',
    { id: 'verdict', 'data-verdict': report?.verdict ?? 'unknown', class: 'verdict' },
    report ? t(VERDICT_KEYS[report.verdict]) : t('verdictUnknown'),
  );
  const reasons = el('ul', { id: 'reasons' });
  // The reasons are the detector's own evidence strings (data, not UI text).
  for (const reason of report?.reasons ?? []) reasons.append(el('li', {}, reason));
  return el(
    'section',
    { 'aria-labelledby': 'verdict-heading' },
    el('h2', { id: 'verdict-heading' }, t('popupVerdictHeading')),
    verdict,
    reasons.childElementCount > 0 && el('details', {}, el('summary', {}, t('popupWhy')), reasons),
  );
}
