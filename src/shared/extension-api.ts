import type { browser as wxtBrowser } from 'wxt/browser';

export type ExtensionApi = typeof wxtBrowser;

/**
 * The extension API, looked up when first used rather than when the script
 * loads (what `wxt/browser` does).
 *
 * Why: the first touch of `browser.runtime` or `chrome.runtime` in a frame builds
 * the API's bindings, ~1.3–1.7 ms of main-thread time here (bench figure 1). The
 * always-on script must not pay that on pages it leaves alone, so everything it
 * bundles reaches the API through this function. Same choice as wxt/browser:
 * Firefox's `browser`, else Chromium's `chrome`.
 */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as ExtensionApi;
}
