/**
 * Knowledge packs on the options page: the list in precedence order (the
 * first wins where two packs define one entity), subscribing by URL, adding
 * a file, update checks. Props only; OptionsContainer reads and writes.
 */
import { useState } from 'preact/hooks';
import type { PackItem } from '@/lib/packs/view';
import { t } from '@/utils/i18n';
import { DatasetImport, type ImportOutcome } from './DatasetImport';
import { ErrorList } from './ErrorList';
import { type PackActions, PackRow } from './PackRow';

export type SubscribeOutcome = ImportOutcome;

export interface PacksProps extends PackActions {
  items: readonly PackItem[];
  autoUpdate: boolean;
  onAutoUpdate: (on: boolean) => void;
  /** Checks every subscription now. */
  onCheckAll: () => Promise<unknown>;
  /** Called from the form's submit, so the permission prompt comes from the user's gesture. */
  onSubscribe: (url: string) => Promise<SubscribeOutcome>;
  onImport: (text: string, fileName: string) => Promise<ImportOutcome>;
}

function SubscribeForm({ onSubscribe }: Pick<PacksProps, 'onSubscribe'>) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<(SubscribeOutcome & { url: string }) | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    if (busy || url.trim() === '') return;
    setBusy(true);
    setOutcome(null);
    const wanted = url.trim();
    // Synchronously from the submit: the browser asks for the site's permission only inside a user gesture.
    void onSubscribe(wanted)
      .then((result) => {
        setOutcome({ ...result, url: wanted });
        if (result.ok) setUrl('');
      })
      .finally(() => setBusy(false));
  };
  return (
    <form class="subscribe" onSubmit={submit} data-testid="subscribe">
      <label>
        <span>{t('packSubscribeLabel')}</span>
        <input
          type="url"
          required
          placeholder="https://example.com/pack.json"
          value={url}
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? t('packSubscribing') : t('packSubscribe')}
      </button>
      <p class="muted">{t('packSubscribeHelp')}</p>
      {outcome?.ok === true && (
        <p class="ok" role="status">
          {t('packSubscribed', [outcome.url, outcome.count])}
        </p>
      )}
      {outcome?.ok === false && <ErrorList title={t('packSubscribeFailed', outcome.url)} errors={outcome.errors} />}
    </form>
  );
}

export function Packs({ items, autoUpdate, onAutoUpdate, onCheckAll, onSubscribe, onImport, ...actions }: PacksProps) {
  const [checking, setChecking] = useState(false);
  const hasSubscriptions = items.some((i) => i.kind === 'url');
  const check = (run: () => Promise<unknown>) => {
    setChecking(true);
    void run().finally(() => setChecking(false));
  };
  return (
    <section class="packs" data-testid="packs">
      <h2>{t('packsTitle')}</h2>
      <p class="muted">{t('packsHelp')}</p>
      <ol class="pack-list">
        {items.map((item) => (
          <PackRow key={item.id} item={item} busy={checking} {...actions} onCheck={(id) => check(async () => actions.onCheck(id))} />
        ))}
      </ol>
      {hasSubscriptions && (
        <div class="pack-updates">
          <label class="switch">
            <input type="checkbox" checked={autoUpdate} onChange={(e) => onAutoUpdate((e.currentTarget as HTMLInputElement).checked)} />
            <span>{t('packAutoUpdate')}</span>
          </label>
          <button type="button" data-testid="check-all" disabled={checking} onClick={() => check(onCheckAll)}>
            {checking ? t('packChecking') : t('packCheckAll')}
          </button>
        </div>
      )}
      <SubscribeForm onSubscribe={onSubscribe} />
      <DatasetImport onImport={onImport} />
    </section>
  );
}
