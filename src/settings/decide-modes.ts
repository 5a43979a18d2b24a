import type { DetectReport } from '../shared/detect-report';
import { MODES_OFF, type Modes } from '../shared/modes';
import type { Settings, SiteRule } from './schema';

/** The site rule that applies to a host: the host itself or its nearest parent domain. */
export function siteRuleFor(settings: Settings, host: string): SiteRule | undefined {
  const parts = host.toLowerCase().split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const rule = settings.siteRules[parts.slice(i).join('.')];
    if (rule) return rule;
  }
  return undefined;
}

/** Which modes a freshly loaded page starts in. A site rule beats the detector both ways. */
export function decideModes(settings: Settings, host: string, report: DetectReport | undefined): Modes {
  const rule = siteRuleFor(settings, host);
  if (rule === 'never') return { ...MODES_OFF };
  if (rule === 'always') return { ...settings.detectedModes };
  if (settings.autoOnDetected && report?.verdict === 'gov-news') return { ...settings.detectedModes };
  return { ...MODES_OFF };
}
