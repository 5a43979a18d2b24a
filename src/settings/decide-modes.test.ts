import { describe, expect, it } from 'vitest';
import type { DetectReport } from '../shared/detect-report';
import { MODES_OFF } from '../shared/modes';
import { DEFAULT_SETTINGS } from './defaults';
import { decideModes, siteRuleFor } from './decide-modes';
import type { Settings } from './schema';

const govNews: DetectReport = { verdict: 'gov-news', score: 9, reasons: ['gov host'] };
const other: DetectReport = { verdict: 'zh-other', score: 0, reasons: [] };
const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('decideModes', () => {
  it('turns the detected-page modes on for government news, off elsewhere', () => {
    expect(decideModes(settings({}), 'www.gov.cn', govNews)).toEqual(DEFAULT_SETTINGS.detectedModes);
    expect(decideModes(settings({}), 'www.xiachufang.com', other)).toEqual(MODES_OFF);
  });

  it('leaves detected pages alone when auto-on is off', () => {
    expect(decideModes(settings({ autoOnDetected: false }), 'www.gov.cn', govNews)).toEqual(MODES_OFF);
  });

  it('a site rule beats the detector both ways, also from a parent domain', () => {
    const ruled = settings({ siteRules: { 'xiachufang.com': 'always', 'www.gov.cn': 'never' } });
    expect(decideModes(ruled, 'www.xiachufang.com', other)).toEqual(DEFAULT_SETTINGS.detectedModes);
    expect(decideModes(ruled, 'www.gov.cn', govNews)).toEqual(MODES_OFF);
    expect(siteRuleFor(ruled, 'WWW.XIACHUFANG.COM')).toBe('always');
    expect(siteRuleFor(ruled, 'com')).toBeUndefined();
  });
});
