/**
 * `npm start`: opens Chromium with Zhengdu loaded on the sample pages. Without a
 * display it says so and writes screenshots of the sample pages with the modes on.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, setModesViaBackground } from '../tests/e2e/harness/chromium';
import { loadFixturePages } from '../tests/e2e/harness/fixtures';
import { artifactsDir } from '../tests/e2e/harness/paths';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const pages = loadFixturePages();

if (hasDisplay) {
  const browser = await launchChromium({ headed: true });
  for (const page of pages) await browser.open(page.url);
  console.log(`Zhengdu is loaded in Chromium on ${pages.length} sample pages. Close the browser window to finish.`);
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
} else {
  console.log('No display here (DISPLAY is not set): writing screenshots of the sample pages instead.');
  const outDir = path.join(artifactsDir, 'demo');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const fixture of pages) {
      const { page, tabId } = await browser.open(fixture.url);
      await setModesViaBackground(browser, tabId, { script: 'zh-TW', pinyin: true, glossary: true });
      await page.waitForTimeout(1500);
      const file = path.join(outDir, fixture.file.replace(/\.html$/, '.png'));
      await page.screenshot({ path: file, fullPage: false });
      const state = await browser.tabState(tabId);
      console.log(`${file}  (${state?.report?.verdict ?? 'no report'})`);
    }
  } finally {
    await browser.close();
  }
}
