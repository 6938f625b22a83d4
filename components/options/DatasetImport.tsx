/**
 * Adding a pack from a file: a pack built with `npm run pack`, or a plain
 * dataset file. Every problem is listed by entity and field; on any error
 * nothing changes. The pack it makes is listed with the others.
 */
import { useState } from 'preact/hooks';
import { MAX_PACK_BYTES } from '@/lib/packs/parse';
import { t } from '@/utils/i18n';
import { ErrorList } from './ErrorList';

export type ImportOutcome = { ok: true; count: number } | { ok: false; errors: string[] };

export interface DatasetImportProps {
  onImport: (text: string, fileName: string) => Promise<ImportOutcome>;
}

export function DatasetImport({ onImport }: DatasetImportProps) {
  const [outcome, setOutcome] = useState<(ImportOutcome & { fileName: string }) | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_PACK_BYTES) {
      setOutcome({
        ok: false,
        fileName: file.name,
        errors: [t('importTooLarge', [Math.round(file.size / 1024), MAX_PACK_BYTES / 1024])],
      });
      return;
    }
    setOutcome({ ...(await onImport(await file.text(), file.name)), fileName: file.name });
  };

  return (
    <div class="import">
      <p class="muted">{t('importHelp')}</p>
      <label class="file">
        <span>{t('importChoose')}</span>
        <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)} />
      </label>
      {outcome?.ok === true && (
        <p class="ok" role="status">
          {t('importDone', [outcome.fileName, outcome.count])}
        </p>
      )}
      {outcome?.ok === false && <ErrorList title={t('importFailed', outcome.fileName)} errors={outcome.errors} />}
    </div>
  );
}
