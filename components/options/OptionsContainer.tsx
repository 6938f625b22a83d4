/** Reads settings and the stored dataset for <Options>, and writes the user's changes back. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings';
import { importUserDataset, readUserDataset, removeUserDataset, type StoredUserDataset, watchUserDataset } from '@/utils/user-dataset';
import type { UserDatasetInfo } from './DatasetImport';
import { Options } from './Options';

/** What the page says about the stored dataset: counted when it was imported, never validated again here. */
function describe(stored: StoredUserDataset | null): UserDatasetInfo | null {
  if (!stored) return null;
  const listed = (stored.data as { entities?: unknown } | null)?.entities;
  const entityCount = stored.entityCount ?? (Array.isArray(listed) ? listed.length : 0);
  return { fileName: stored.fileName, importedAt: stored.importedAt, entityCount };
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function OptionsContainer() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [stored, setStored] = useState<StoredUserDataset | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void readUserDataset().then(setStored);
    const a = watchSettings(setSettings);
    const b = watchUserDataset(() => void readUserDataset().then(setStored));
    return () => {
      a();
      b();
    };
  }, []);

  return (
    <Options
      settings={settings}
      onToggleCategory={(c, on) => void updateSettings((s) => ({ ...s, categories: { ...s.categories, [c]: on } }))}
      onEnableSite={(host) => void updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) }))}
      onHoverDelay={(ms) => void updateSettings((s) => ({ ...s, hoverDelayMs: ms }))}
      onMarkStyle={(style) => void updateSettings((s) => ({ ...s, markStyle: style }))}
      current={describe(stored)}
      onImport={async (text, fileName) => {
        const result = await importUserDataset(text, fileName);
        return result.ok ? { ok: true, count: result.entities.length } : { ok: false, errors: result.errors };
      }}
      onRemove={() => void removeUserDataset()}
      onExport={() => stored && download(stored.fileName, `${JSON.stringify(stored.data, null, 2)}\n`)}
    />
  );
}
