/** The current page at a glance: its entities grouped by category, with counts. */
import type { Dataset, Entity } from '@/lib/dataset/dataset';
import { CATEGORIES, type Category } from '@/lib/dataset/schema';
import type { TabSummary } from '@/lib/summary';
import { t } from '@/utils/i18n';

export interface PageSummaryProps {
  summary: TabSummary;
  dataset: Dataset;
  onOpen: (id: string) => void;
  onReveal: (id: string) => void;
}

export function PageSummary({ summary, dataset, onOpen, onReveal }: PageSummaryProps) {
  const groups = new Map<Category, Array<{ entity: Entity; count: number }>>();
  for (const { id, count } of summary.entities) {
    const entity = dataset.byId.get(id);
    if (!entity) continue;
    const list = groups.get(entity.category) ?? [];
    list.push({ entity, count });
    groups.set(entity.category, list);
  }
  // Counted from what is listed: the page may report entities the dataset no longer has.
  const listed = [...groups.values()].flat();
  const entityCount = listed.length;
  const mentions = listed.reduce((n, item) => n + item.count, 0);
  return (
    <section class="summary" aria-labelledby="nl-summary-title">
      <h2 id="nl-summary-title" class="summary-title">
        {entityCount === 1 ? t('summaryOneEntity') : t('summaryEntities', entityCount)}
        <span class="summary-mentions"> · {mentions === 1 ? t('summaryOneMention') : t('summaryMentions', mentions)}</span>
      </h2>
      {CATEGORIES.filter((c) => groups.has(c)).map((c) => {
        const items = groups.get(c) ?? [];
        return (
          <div class={`group cat-${c}`} key={c}>
            <h3 class="group-title">
              {t(`cats_${c}`)} <span class="group-count">{items.length}</span>
            </h3>
            <ul class="entity-list">
              {items.map(({ entity, count }) => (
                <li key={entity.id} class="entity-row" data-entity={entity.id}>
                  <button type="button" class="entity-open" onClick={() => onOpen(entity.id)}>
                    <span class="entity-name">{entity.name}</span>
                    {entity.nativeName && <span class="native">{entity.nativeName}</span>}
                    <span class="entity-count" title={t('cardAppearsTimes', count)}>
                      ×{count}
                    </span>
                  </button>
                  <button
                    type="button"
                    class="entity-reveal"
                    aria-label={t('showOnPageNamed', entity.name)}
                    title={t('showOnPage')}
                    onClick={() => onReveal(entity.id)}
                  >
                    <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" focusable="false">
                      <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="1.5" />
                      <circle cx="8" cy="8" r="1.6" fill="currentColor" />
                      <path d="M8 0.5v3M8 12.5v3M0.5 8h3M12.5 8h3" stroke="currentColor" stroke-width="1.5" />
                    </svg>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
