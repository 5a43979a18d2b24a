import { browser } from 'wxt/browser';
import { registerContextMenu } from '@/src/background/context-menu';
import { handleCommand } from '@/src/background/handle-command';
import { keepEngineFilesWithWorker } from '@/src/background/engine-host';
import { handleMessage } from '@/src/background/handle-message';
import { onTabLoaded } from '@/src/background/tab-loaded';
import { forgetTab } from '@/src/background/tab-states';
import { isBackgroundMessage } from '@/src/shared/messages';

export default defineBackground(() => {
  keepEngineFilesWithWorker();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundMessage(message)) return undefined;
    return handleMessage(message, sender).catch((error: unknown) => {
      console.error('Zhengdu: message failed', message.type, error);
      throw error;
    });
  });
  browser.commands.onCommand.addListener((command) => void handleCommand(command));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void onTabLoaded(tabId, tab.url);
  });
  registerContextMenu();
});
