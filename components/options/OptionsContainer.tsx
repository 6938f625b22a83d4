/** Reads settings and the stored dataset for <Options>, and writes the user's changes back. */
import { useEffect, useState } from 'preact/hooks';
import { bundledDataset } from '@/lib/dataset/bundled';
import type { ReadRecord } from '@/lib/dataset/stored';
import { removeMute } from '@/lib/mutes/mutes';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings';
import { checkStored, importUserDataset, readUserDataset, removeUserDataset, watchUserDataset } from '@/utils/user-dataset';
import type { UserDatasetInfo } from './DatasetImport';
import { Options } from './Options';

function describe(stored: ReadRecord | null): UserDatasetInfo | null {
  if (!stored) return null;
  const checked = checkStored(stored);
  const { fileName, importedAt } = stored.record;
  if (checked.ok) return { fileName, importedAt, state: 'in-use', entityCount: checked.entities.length, problemCount: 0 };
  return { fileName, importedAt, state: stored.newer ? 'newer' : 'invalid', entityCount: 0, problemCount: checked.errors.length };
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
  const [stored, setStored] = useState<ReadRecord | null>(null);

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
      onUnmute={(mute) => void updateSettings((s) => ({ ...s, mutes: removeMute(s.mutes, mute) }))}
      entityName={(id) => bundledDataset().byId.get(id)?.name ?? id}
      current={describe(stored)}
      onImport={async (text, fileName) => {
        const result = await importUserDataset(text, fileName);
        return result.ok ? { ok: true, count: result.entities.length } : { ok: false, errors: result.errors };
      }}
      onRemove={() => void removeUserDataset()}
      onExport={() => stored && download(stored.record.fileName, `${JSON.stringify(stored.record.data, null, 2)}\n`)}
    />
  );
}
