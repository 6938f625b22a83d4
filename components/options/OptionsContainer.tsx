/** Reads settings and the packs for <Options>, and sends the user's changes to where they are made. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { bundledDataset } from '@/lib/dataset/bundled';
import { removeMute } from '@/lib/mutes/mutes';
import { sitePattern } from '@/lib/packs/site';
import { packItems } from '@/lib/packs/view';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { t } from '@/utils/i18n';
import { askBackground } from '@/utils/messaging';
import { type PacksView, readPacksView } from '@/utils/packs/dataset';
import { readPackData, watchPacks } from '@/utils/packs/storage';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings';
import { Options } from './Options';
import type { SubscribeOutcome } from './Packs';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const NO_ANSWER = { ok: false as const, errors: ['Newslens did not answer; reload the page and try again.'] };

/** Asks for the pack's site, then subscribes. Called straight from the form's submit (a user gesture). */
async function subscribe(text: string): Promise<SubscribeOutcome> {
  let url: URL;
  try {
    url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
  } catch {
    return { ok: false, errors: [t('packBadUrl')] };
  }
  const granted = await browser.permissions.request({ origins: [sitePattern(url)] }).catch(() => false);
  if (!granted) return { ok: false, errors: [t('packNoPermission', url.host)] };
  const answer = await askBackground({ type: 'packs-subscribe', url: url.href });
  return answer ? (answer.ok ? { ok: true, count: answer.count } : answer) : NO_ANSWER;
}

export function OptionsContainer() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [view, setView] = useState<PacksView | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void readPacksView().then(setView);
    const a = watchSettings(setSettings);
    const b = watchPacks(() => void readPacksView().then(setView));
    return () => {
      a();
      b();
    };
  }, []);

  const update = (change: (s: Settings) => Settings) => void updateSettings(change);
  const names = new Map((view?.entities ?? bundledDataset().entities).map((e) => [e.id, e.name]));
  const entityName = (id: string) => bundledDataset().byId.get(id)?.name ?? names.get(id) ?? id;
  return (
    <Options
      settings={settings}
      onToggleCategory={(c, on) => update((s) => ({ ...s, categories: { ...s.categories, [c]: on } }))}
      onEnableSite={(host) => update((s) => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) }))}
      onHoverDelay={(ms) => update((s) => ({ ...s, hoverDelayMs: ms }))}
      onMarkStyle={(style) => update((s) => ({ ...s, markStyle: style }))}
      onUnmute={(mute) => update((s) => ({ ...s, mutes: removeMute(s.mutes, mute) }))}
      entityName={entityName}
      items={view ? packItems(view.snapshot.list, view.status, entityName) : []}
      autoUpdate={view?.snapshot.list.autoUpdate ?? true}
      onAutoUpdate={(on) => void askBackground({ type: 'packs-auto-update', on })}
      onCheckAll={() => askBackground({ type: 'packs-check' })}
      onCheck={(id) => askBackground({ type: 'packs-check', id })}
      onEnable={(id, on) => void askBackground({ type: 'packs-enable', id, on })}
      onMove={(id, delta) => void askBackground({ type: 'packs-move', id, delta })}
      onRemove={(id) => void askBackground({ type: 'packs-remove', id })}
      onSubscribe={subscribe}
      onImport={async (text, fileName) => {
        const answer = await askBackground({ type: 'packs-import', fileName, text });
        return answer ? (answer.ok ? { ok: true, count: answer.count } : answer) : NO_ANSWER;
      }}
      onExport={(id) => {
        if (!view) return;
        const entry = view.snapshot.list.packs.find((p) => p.id === id);
        void readPackData(view.snapshot, [id]).then((data) => {
          const value = data.get(id);
          if (!entry || value === undefined) return;
          const name = entry.source.kind === 'file' ? entry.source.fileName : `${entry.title}.json`;
          download(name, `${JSON.stringify(value, null, 2)}\n`);
        });
      }}
    />
  );
}
