/** The dated events of the page's entities, newest first, each with its source. */
import type { Dataset } from '@/lib/dataset/dataset';
import { isHttpUrl } from '@/lib/dataset/schema';
import { formatIsoDate } from '@/lib/dates';
import { timeline } from '@/lib/story';
import { t, uiLanguage } from '@/utils/i18n';

export interface TimelineProps {
  ids: readonly string[];
  dataset: Dataset;
  onOpen: (id: string) => void;
}

export function Timeline({ ids, dataset, onOpen }: TimelineProps) {
  const events = timeline(ids, dataset, 12);
  if (events.length === 0) return null;
  const lang = uiLanguage();
  return (
    <section class="timeline" aria-labelledby="nl-timeline-title">
      <h3 id="nl-timeline-title" class="section-title">
        {t('timelineTitle')}
      </h3>
      <ol>
        {events.map((e) => (
          <li key={e.entity.id + e.date + e.fact.text}>
            <time dateTime={e.date}>{formatIsoDate(e.date, lang)}</time>
            <button type="button" class={`tl-entity cat-${e.entity.category}`} onClick={() => onOpen(e.entity.id)}>
              {e.entity.name}
            </button>{' '}
            <span>{e.fact.text}</span>{' '}
            {isHttpUrl(e.fact.source.url) && (
              <a href={e.fact.source.url} target="_blank" rel="noopener noreferrer" class="source">
                {e.fact.source.title}
              </a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
