// The UUID is pinned by the harness through the extensions.webextensions.uuids pref.
browser.tabs.create({ url: 'moz-extension://7a1c5f1e-3b7d-4c55-9d2a-0e6b2f9d1a11/options.html?e2e-helper' });
