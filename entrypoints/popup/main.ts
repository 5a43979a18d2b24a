import { browser } from 'wxt/browser';
import type { TabState } from '@/src/shared/messages';
import type { Modes, ScriptMode } from '@/src/shared/modes';

// Minimal popup: verdict, reasons and the three toggles. (Replaced by the full UI.)
async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const tabParam = new URLSearchParams(location.search).get('tab');
  const tabId = tabParam ? Number(tabParam) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const state = (await browser.runtime.sendMessage({ type: 'get-tab-state', tabId })) as TabState | null;
  const verdict = document.createElement('p');
  verdict.id = 'verdict';
  verdict.textContent = state?.report?.verdict ?? 'unknown';
  const reasons = document.createElement('ul');
  reasons.id = 'reasons';
  for (const r of state?.report?.reasons ?? []) reasons.append(Object.assign(document.createElement('li'), { textContent: r }));
  const modes: Modes = state?.modes ?? { script: 'original', pinyin: false, glossary: false };
  const pinyin = Object.assign(document.createElement('input'), { type: 'checkbox', id: 'pinyin', checked: modes.pinyin });
  const glossary = Object.assign(document.createElement('input'), { type: 'checkbox', id: 'glossary', checked: modes.glossary });
  const script = document.createElement('select');
  script.id = 'script';
  for (const m of ['original', 'zh-Hans', 'zh-TW', 'zh-HK'] as ScriptMode[]) script.append(new Option(m, m, false, m === modes.script));
  const send = () =>
    browser.runtime.sendMessage({
      type: 'set-tab-modes',
      tabId,
      modes: { script: script.value as ScriptMode, pinyin: pinyin.checked, glossary: glossary.checked },
    });
  for (const el of [pinyin, glossary, script]) el.addEventListener('change', () => void send());
  app.append(verdict, reasons, pinyin, glossary, script);
}

void main();
