import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetDataset, onCommand, onMessage, refreshUserIndex } from '@/utils/background-handlers';
import { startPacks } from '@/utils/packs/background';
import { browserDeps } from '@/utils/packs/service';
import { watchPacks } from '@/utils/packs/storage';
import { clearTab } from '@/utils/tab-reports';

export default defineBackground(() => {
  // Frames report what they show (the popup reads it back) and ask for card content.
  browser.runtime.onMessage.addListener(onMessage);
  // Alt+Shift+N: the top frame steps to the next mention and opens its card.
  browser.commands.onCommand.addListener(
    (command, tab) => void onCommand(command, tab, (id, message, options) => browser.tabs.sendMessage(id, message, options)),
  );
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  // Knowledge packs: subscriptions, update checks (only when there is one), the options page's changes.
  startPacks(browserDeps());
  // When the packs change, cards read them again and pages get their new index.
  watchPacks(() => {
    forgetDataset();
    void refreshUserIndex();
  });
  // After an update the bundled data or the index format may have changed: the packs' index follows.
  browser.runtime.onInstalled.addListener(() => void refreshUserIndex());
  browser.runtime.onStartup.addListener(() => void refreshUserIndex());
});
