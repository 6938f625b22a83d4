/**
 * Importing your own dataset. Every problem is listed by entity and field;
 * on any error nothing changes. A stored dataset can be exported or removed;
 * one this version cannot use is shown as kept, not in use, never hidden.
 */
import { useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '@/lib/dataset/import';
import { t } from '@/utils/i18n';

export interface UserDatasetInfo {
  fileName: string;
  importedAt: string;
  /** in-use: merged with the bundled data; newer: saved by a newer version and unusable here; invalid: fails this version's checks. */
  state: 'in-use' | 'newer' | 'invalid';
  /** Entities in use, or problems found, depending on the state. */
  entityCount: number;
  problemCount: number;
}

/** The import time in the reader's locale; blank when the record has none. */
function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString();
}

function describeStored(current: UserDatasetInfo): string {
  if (current.state === 'in-use') return t('importCurrent', [current.fileName, current.entityCount, when(current.importedAt)]);
  if (current.state === 'newer') return t('importKeptNewer', [current.fileName, when(current.importedAt)]);
  return t('importKeptInvalid', [current.fileName, when(current.importedAt), current.problemCount]);
}

export type ImportOutcome = { ok: true; count: number } | { ok: false; errors: string[] };

export interface DatasetImportProps {
  current: UserDatasetInfo | null;
  onImport: (text: string, fileName: string) => Promise<ImportOutcome>;
  onRemove: () => void;
  onExport: () => void;
}

export function DatasetImport({ current, onImport, onRemove, onExport }: DatasetImportProps) {
  const [outcome, setOutcome] = useState<(ImportOutcome & { fileName: string }) | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({
        ok: false,
        fileName: file.name,
        errors: [t('importTooLarge', [Math.round(file.size / 1024), MAX_IMPORT_BYTES / 1024])],
      });
      return;
    }
    setOutcome({ ...(await onImport(await file.text(), file.name)), fileName: file.name });
  };

  return (
    <section class="import">
      <h2>{t('importTitle')}</h2>
      <p class="muted">{t('importHelp')}</p>
      {current ? (
        <div class={`current ${current.state}`} data-testid="user-dataset" data-state={current.state}>
          <p>{describeStored(current)}</p>
          <button type="button" onClick={onExport}>
            {t('importExport')}
          </button>{' '}
          <button type="button" onClick={onRemove}>
            {t('importRemove')}
          </button>
        </div>
      ) : (
        <p class="muted">{t('importNone')}</p>
      )}
      <label class="file">
        <span>{current ? t('importReplace') : t('importChoose')}</span>
        <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)} />
      </label>
      {outcome?.ok === true && (
        <p class="ok" role="status">
          {t('importDone', [outcome.fileName, outcome.count])}
        </p>
      )}
      {outcome?.ok === false && (
        <div class="errors" role="alert">
          <p>{t('importFailed', outcome.fileName)}</p>
          <ul>
            {outcome.errors.slice(0, 50).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          {outcome.errors.length > 50 && <p>{t('importMoreErrors', outcome.errors.length - 50)}</p>}
        </div>
      )}
    </section>
  );
}
