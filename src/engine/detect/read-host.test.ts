import { describe, expect, it } from 'vitest';
import { readHost } from './read-host';

describe('readHost', () => {
  it.each([
    ['https://www.gov.cn/yaowen/liebiao/202402/content_6933431.htm', 'gov.cn'],
    ['https://www.beijing.gov.cn/ywdt/', 'gov.cn'],
    ['http://bjhd.gov.cn/', 'gov.cn'],
    ['https://slj.bd.gov.cn/x', 'gov.cn'],
    ['https://www.info.gov.hk/gia/general/today.htm', 'gov.hk'],
    ['https://www.gcs.gov.mo/detail/zh-hant/N1', 'gov.mo'],
    ['https://www.ey.gov.tw/Page/1', 'gov.tw'],
    ['https://WWW.GOV.CN./', 'gov.cn'],
  ])('%s ends in %s', (url, suffix) => {
    expect(readHost(url).govSuffix).toBe(suffix);
  });

  it.each(['https://www.bjhd-gov.com/', 'https://gov.cn.example.com/', 'https://www.kantei.go.jp/', 'https://www.gov.taipei/', 'https://govcn.net/'])(
    '%s is not a government host',
    (url) => {
      expect(readHost(url).govSuffix).toBe('');
    },
  );

  it('keeps the suffix for script-converting gateways in front of government sites', () => {
    expect(readHost('https://big5.www.gov.cn/gate/big5/www.gov.cn/').govSuffix).toBe('gov.cn');
    expect(readHost('https://sc.info.gov.hk/gb/www.info.gov.hk/').govSuffix).toBe('gov.hk');
  });

  it('returns an empty host for URLs it cannot parse', () => {
    expect(readHost('not a url')).toEqual({ host: '', govSuffix: '' });
    expect(readHost('about:blank').govSuffix).toBe('');
  });
});
