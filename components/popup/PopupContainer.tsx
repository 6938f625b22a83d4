/**
 * The thin wrapper around <Popup>: finds the active tab, reads its report,
 * the settings and the dataset, and turns the popup's callbacks into
 * settings changes and messages. Everything shown is derived from storage,
 * so the popup and the page never disagree.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Dataset } from '@/lib/dataset/dataset';
import type { Reveal } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings, siteKey } from '@/lib/settings/settings';
import { summarizeTab } from '@/lib/summary';
import { currentDataset, watchDataset } from '@/utils/packs/dataset';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings';
import { readTab } from '@/utils/tab-reports';
import { type PageState, Popup } from './Popup';

/**
 * The tab the popup describes: the active one, or the one named by
 * popup.html?tab=ID (how the demo and the tests open it in a tab of its own).
 */
async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function PopupContainer() {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>(undefined);

  useEffect(() => {
    void currentDataset().then(setDataset);
    void loadSettings().then(setSettings);
    const unwatchSettings = watchSettings(setSettings);
    const unwatchData = watchDataset(() => void currentDataset().then(setDataset));
    let stopped = false;
    let storageListener: ((changes: Record<string, unknown>, area: string) => void) | null = null;
    void targetTabId().then(async (id) => {
      if (stopped) return;
      setTabId(id);
      if (id === undefined) return setPage({ kind: 'unavailable' });
      const refresh = async () => {
        const report = await readTab(id);
        const summary = report ? summarizeTab(report) : null;
        setPage(summary ? { kind: 'ready', summary } : { kind: 'unavailable' });
      };
      await refresh();
      // The page keeps reporting (dynamic content, switches): follow it live.
      storageListener = (changes, area) => {
        if (area === 'session' && `tab-${id}` in changes) void refresh();
      };
      browser.storage.onChanged.addListener(storageListener);
    });
    return () => {
      stopped = true;
      unwatchSettings();
      unwatchData();
      if (storageListener) browser.storage.onChanged.removeListener(storageListener);
    };
  }, []);

  if (!dataset) return null;
  const frameOf = (id: string) => (page.kind === 'ready' ? (page.summary.entities.find((e) => e.id === id)?.frameId ?? 0) : 0);
  return (
    <Popup
      dataset={dataset}
      settings={settings}
      page={page}
      onToggleCategory={(category, on) => void updateSettings((s) => ({ ...s, categories: { ...s.categories, [category]: on } }))}
      onToggleSite={(host, on) =>
        void updateSettings((s) => {
          const key = siteKey(host);
          const others = s.disabledSites.filter((h) => h !== key);
          return { ...s, disabledSites: on ? others : [...others, key] };
        })
      }
      onReveal={(id) => {
        if (tabId === undefined) return;
        const message: Reveal = { type: 'reveal', entity: id };
        browser.tabs.sendMessage(tabId, message, { frameId: frameOf(id) }).catch(() => undefined);
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
