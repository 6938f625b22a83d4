/** One pack in the options page's list: what it is, whether it is in use and why not, its order, its last update check. */
import type { PackItem } from '@/lib/packs/view';
import { t } from '@/utils/i18n';

export interface PackActions {
  onEnable: (id: string, on: boolean) => void;
  onMove: (id: string, delta: -1 | 1) => void;
  onRemove: (id: string) => void;
  onCheck: (id: string) => unknown;
  onExport: (id: string) => void;
}

/** A time in the reader's locale; blank when there is none. */
export function when(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString();
}

function meta(item: PackItem): string {
  const parts: string[] = [];
  if (item.revision !== null) parts.push(t('packRevision', item.revision));
  if (item.asOf) parts.push(t('packAsOf', item.asOf));
  parts.push(t('packEntities', item.entityCount));
  if (item.kind !== 'bundled' && item.updatedAt) parts.push(t('packUpdated', when(item.updatedAt)));
  return parts.join(' · ');
}

function Problems({ lines }: { lines: readonly string[] }) {
  return (
    <ul class="reasons">
      {lines.slice(0, 20).map((line) => (
        <li key={line}>{line}</li>
      ))}
      {lines.length > 20 && <li>{t('importMoreErrors', lines.length - 20)}</li>}
    </ul>
  );
}

function LastCheck({ check }: { check: NonNullable<PackItem['check']> }) {
  const at = when(check.checkedAt);
  if (check.outcome === 'failed')
    return (
      <div class="check bad" data-testid="pack-check" data-outcome="failed" role="alert">
        <p>{t('packCheckFailed', at)}</p>
        <Problems lines={check.reasons ?? []} />
      </div>
    );
  return (
    <p class="check ok" data-testid="pack-check" data-outcome={check.outcome}>
      {t(check.outcome === 'updated' ? 'packCheckUpdated' : 'packCheckUnchanged', at)}
    </p>
  );
}

export function PackRow({ item, busy, ...actions }: PackActions & { item: PackItem; busy: boolean }) {
  const label = t(`packKind_${item.kind}`);
  return (
    <li class={`pack ${item.state}`} data-testid="pack" data-id={item.id} data-kind={item.kind} data-state={item.state}>
      <div class="pack-head">
        <label class="switch">
          <input
            type="checkbox"
            checked={item.enabled}
            disabled={item.state === 'invalid' || item.state === 'empty'}
            onChange={(e) => actions.onEnable(item.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <strong class="pack-title">{item.title}</strong>
        </label>
        <span class="chip">{label}</span>
        <span class="pack-buttons">
          <button type="button" aria-label={t('packMoveUp', item.title)} disabled={item.first} onClick={() => actions.onMove(item.id, -1)}>
            ↑
          </button>
          <button type="button" aria-label={t('packMoveDown', item.title)} disabled={item.last} onClick={() => actions.onMove(item.id, 1)}>
            ↓
          </button>
          {item.kind === 'url' && (
            <button type="button" class="check-now" disabled={busy} onClick={() => actions.onCheck(item.id)}>
              {t('packCheckNow')}
            </button>
          )}
          {item.kind !== 'bundled' && item.state !== 'empty' && (
            <button type="button" onClick={() => actions.onExport(item.id)}>
              {t('importExport')}
            </button>
          )}
          {item.kind !== 'bundled' && (
            <button type="button" class="remove" onClick={() => actions.onRemove(item.id)}>
              {t('importRemove')}
            </button>
          )}
        </span>
      </div>
      <p class="pack-meta" data-testid="pack-meta">
        {meta(item)}
      </p>
      {item.from && <p class="pack-from muted">{item.from}</p>}
      {item.state === 'invalid' && (
        <div class="bad">
          <p>{t('packInvalid', item.problems.length)}</p>
          <Problems lines={item.problems} />
        </div>
      )}
      {item.state === 'empty' && <p class="muted">{t('packEmpty')}</p>}
      {item.lost.length > 0 && (
        <p class="muted" data-testid="pack-lost">
          {t('packLost', [item.lost.length, item.lost.map((l) => `${l.name} (${l.by})`).join(', ')])}
        </p>
      )}
      {item.wins > 0 && (
        <p class="muted" data-testid="pack-wins">
          {t('packWins', item.wins)}
        </p>
      )}
      {item.check && <LastCheck check={item.check} />}
    </li>
  );
}
