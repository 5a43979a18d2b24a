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
  return { host, govSuffix: govSuffixOf(host) };
}

/** The government suffix a (lower-case) host ends in, or '' for none. */
export function govSuffixOf(host: string): string {
  // No regular expression: the always-on script calls this on every page (src/content/gate.ts).
  const lower = host.toLowerCase();
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  for (const suffix of GOV_SUFFIXES) if (bare === suffix || bare.endsWith(`.${suffix}`)) return suffix;
  return '';
}
