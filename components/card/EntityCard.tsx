/**
 * The background card for one entity: who or what it is, the key facts with
 * dates and sources, and how it relates to the other entities on the page.
 * Used by the hover card in pages and by the popup. All text is rendered as
 * text; links are http(s) only.
 */
import type { ComponentChildren } from 'preact';
import type { Entity } from '@/lib/dataset/dataset';
import { isHttpUrl } from '@/lib/dataset/schema';
import { formatIsoDate, newestFirst } from '@/lib/dates';
import type { WhyMarked } from '@/lib/detect/why';
import { isPast, type RelatedItem, relationLabelKey } from '@/lib/relations';
import { t, uiLanguage } from '@/utils/i18n';

export interface EntityCardProps {
  entity: Entity;
  /** How many times the entity appears on the current page, if known. */
  count?: number;
  /** Relations to the other entities on the page. */
  related: RelatedItem[];
  /** Relations to entities that are not on the page (the popup's full card shows them too). */
  otherRelated?: RelatedItem[];
  /** The hover card shows the first few facts; the popup shows them all. */
  maxFacts?: number;
  /** Id for the name heading, so a container can point aria-labelledby at it. */
  headingId?: string;
  /** When given, related entities become buttons that open their own card. */
  onOpenEntity?: (id: string) => void;
  /** Why the name on the page was marked (hover card only). */
  why?: WhyMarked;
  /** The former name the page used for the entity ("Twitter" for X), if it did. */
  former?: string | null;
  /** Controls shown under the why line (the hover card's "Not this"). */
  actions?: ComponentChildren;
}

function whyText(why: WhyMarked): string {
  if (why.kind === 'cue') return t('cardWhyCue', why.cue);
  if (why.kind === 'page') return t('cardWhyPage');
  if (why.kind === 'story') return t('cardWhyStory');
  return t('cardWhyAlways', why.name);
}

function SourceLink({ title, url }: { title: string; url: string }) {
  if (!isHttpUrl(url)) return <span class="nl-source">{title}</span>;
  return (
    <a class="nl-source" href={url} target="_blank" rel="noopener noreferrer" title={url}>
      {title}
    </a>
  );
}

function period(item: { since?: string; until?: string }, lang: string): string {
  if (item.since && item.until) return t('periodRange', [formatIsoDate(item.since, lang), formatIsoDate(item.until, lang)]);
  if (item.since) return t('periodSince', formatIsoDate(item.since, lang));
  if (item.until) return t('periodUntil', formatIsoDate(item.until, lang));
  return '';
}

function Relations({
  title,
  items,
  lang,
  onOpenEntity,
}: {
  title: string;
  items: RelatedItem[];
  lang: string;
  onOpenEntity?: (id: string) => void;
}) {
  return (
    <section class="nl-section" aria-label={title}>
      <h3 class="nl-h3">{title}</h3>
      <ul class="nl-relations">
        {items.map((r) => (
          <li key={`${r.type}${r.direction}${r.other.id}${r.since ?? ''}`} class={isPast(r) ? 'nl-past' : undefined}>
            <span class="nl-rel">{t(relationLabelKey(r.type, r.direction))}</span>{' '}
            {onOpenEntity ? (
              <button type="button" class="nl-link-button" onClick={() => onOpenEntity(r.other.id)}>
                {r.other.name}
              </button>
            ) : (
              <strong>{r.other.name}</strong>
            )}
            {period(r, lang) && <span class="nl-period"> · {period(r, lang)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EntityCard({
  entity,
  count,
  related,
  otherRelated = [],
  maxFacts,
  headingId,
  onOpenEntity,
  why,
  former,
  actions,
}: EntityCardProps) {
  const lang = uiLanguage();
  const ordered = newestFirst(entity.facts);
  const facts = maxFacts === undefined ? ordered : ordered.slice(0, maxFacts);
  const hidden = entity.facts.length - facts.length;
  return (
    <article class={`nl-card nl-cat-${entity.category}`} data-entity={entity.id}>
      <header class="nl-head">
        <span class="nl-chip">{t(`cat_${entity.category}`)}</span>
        {entity.origin === 'user' && <span class="nl-chip nl-yours">{t('cardYours')}</span>}
        <h2 class="nl-name" id={headingId}>
          {entity.name}
          {entity.nativeName && (
            <span class="nl-native" lang={/[\u3400-\u9fff]/.test(entity.nativeName) ? 'zh' : undefined}>
              {entity.nativeName}
            </span>
          )}
        </h2>
      </header>
      <p class="nl-summary" id={headingId ? `${headingId}-summary` : undefined}>
        {entity.summary}
      </p>
      {former && <p class="nl-former">{t('cardFormerName', [former, entity.name])}</p>}
      {count !== undefined && count > 0 && <p class="nl-count">{count === 1 ? t('cardAppearsOnce') : t('cardAppearsTimes', count)}</p>}
      {why && <p class="nl-why">{whyText(why)}</p>}
      {actions}
      {facts.length > 0 && (
        <section class="nl-section" aria-label={t('cardFacts')}>
          <h3 class="nl-h3">{t('cardFacts')}</h3>
          <ul class="nl-facts">
            {facts.map((f) => (
              <li key={`${f.date ?? ''}${f.text}`}>
                {f.date && <time dateTime={f.date}>{formatIsoDate(f.date, lang)}</time>}
                <span class="nl-fact-text">{f.text}</span> <SourceLink {...f.source} />
              </li>
            ))}
          </ul>
          {hidden > 0 && <p class="nl-more">{t('cardMoreFacts', hidden)}</p>}
        </section>
      )}
      {related.length > 0 && <Relations title={t('cardOnThisPage')} items={related} lang={lang} onOpenEntity={onOpenEntity} />}
      {otherRelated.length > 0 && (
        <Relations
          title={related.length > 0 ? t('cardOtherRelations') : t('cardRelations')}
          items={otherRelated}
          lang={lang}
          onOpenEntity={onOpenEntity}
        />
      )}
      <footer class="nl-foot">
        {entity.homepage && isHttpUrl(entity.homepage) && (
          <a href={entity.homepage} target="_blank" rel="noopener noreferrer">
            {new URL(entity.homepage).hostname.replace(/^www\./, '')}
          </a>
        )}
        <span>{t('cardAsOf', formatIsoDate(entity.asOf, lang))}</span>
      </footer>
    </article>
  );
}
