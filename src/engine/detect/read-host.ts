/**
 * Government hosts by domain suffix. Mainland government sites must use
 * `.gov.cn` at every level (国办发〔2017〕47号: www.beijing.gov.cn,
 * slj.bd.gov.cn); Hong Kong, Macau and Taiwan use gov.hk, gov.mo and gov.tw.
 * Script-converting gateways (big5.www.gov.cn, sc.info.gov.hk) keep the suffix.
 */

const GOV_SUFFIXES = ['gov.cn', 'gov.hk', 'gov.mo', 'gov.tw'];

export interface HostReading {
  host: string;
  /** The government suffix the host ends in, or '' for none. */
  govSuffix: string;
}

export function readHost(url: string): HostReading {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    // Not a URL (a test string, an odd frame): no host evidence.
  }
  const govSuffix = GOV_SUFFIXES.find((suffix) => host === suffix || host.endsWith(`.${suffix}`)) ?? '';
  return { host, govSuffix };
}
