import { describe, expect, it } from 'vitest';
import { normalizeHost } from './normalize-host';

describe('normalizeHost', () => {
  it('takes the host out of a pasted URL and lower-cases it', () => {
    expect(normalizeHost('https://WWW.Gov.CN/zhengce/index.htm?x=1')).toBe('www.gov.cn');
    expect(normalizeHost('  bjhd.gov.cn  ')).toBe('bjhd.gov.cn');
    expect(normalizeHost('news.gov.hk:8080/path')).toBe('news.gov.hk');
  });

  it('accepts internationalised names (punycoded)', () => {
    expect(normalizeHost('政府.cn')).toMatch(/^xn--[a-z0-9-]+\.cn$/);
  });

  it('rejects what is not a host name', () => {
    for (const junk of ['', '   ', 'gov', 'not a host', 'a..b', '-bad.cn', 'http://']) expect(normalizeHost(junk), junk).toBeNull();
  });
});
