import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onCommand, onMessage } from '@/utils/background-handlers';
import { startPacks } from '@/utils/packs/background';
import { browserDeps } from '@/utils/packs/service';
import { clearTab } from '@/utils/tab-reports';

export default defineBackground(() => {
  // Content scripts report what each frame shows; the popup reads it back.
  browser.runtime.onMessage.addListener(onMessage);
  // Alt+Shift+N: the top frame steps to the next mention and opens its card.
  browser.commands.onCommand.addListener(
    (command, tab) => void onCommand(command, tab, (id, message, options) => browser.tabs.sendMessage(id, message, options)),
  );
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  // Knowledge packs: subscriptions, update checks (only when there is one), the options page's changes.
  startPacks(browserDeps());
});
