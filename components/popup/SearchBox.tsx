/**
 * Search as you type over the whole dataset. Arrow keys move through the
 * results, Enter opens one. The index comes in as a prop, built once.
 */
import { useMemo, useState } from 'preact/hooks';
import type { EntitySearch } from '@/lib/search/search';
import { t } from '@/utils/i18n';

export interface SearchBoxProps {
  index: EntitySearch;
  query: string;
  onQuery: (query: string) => void;
  onOpen: (id: string) => void;
}

export function SearchBox({ index, query, onQuery, onOpen }: SearchBoxProps) {
  const hits = useMemo(() => index.search(query, 10), [index, query]);
  const [selected, setSelected] = useState(0);
  const active = Math.min(selected, Math.max(0, hits.length - 1));
  const optionId = (i: number) => `nl-search-option-${i}`;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length > 0) setSelected((active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      onOpen(hits[active].entity.id);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      onQuery('');
    }
  };

  return (
    <div class="search">
      <input
        type="search"
        class="search-input"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        // biome-ignore lint/a11y/noRedundantRoles: the ARIA combobox pattern states the role; Preact's types then require list
        role="combobox"
        list={undefined}
        aria-expanded={query.trim() !== ''}
        aria-controls="nl-search-results"
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(e) => {
          setSelected(0);
          onQuery((e.currentTarget as HTMLInputElement).value);
        }}
        onKeyDown={onKeyDown}
      />
      {query.trim() !== '' && (
        <div id="nl-search-results" class="results" role="listbox" aria-label={t('searchResults')}>
          {hits.length === 0 && <div class="empty">{t('searchNothing', query.trim())}</div>}
          {hits.map((hit, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys for its options
            <div
              key={hit.entity.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              class={`result cat-${hit.entity.category}${i === active ? ' active' : ''}`}
              onClick={() => onOpen(hit.entity.id)}
              onMouseEnter={() => setSelected(i)}
            >
              <span class="result-name">
                {hit.entity.name}
                {hit.entity.nativeName && <span class="native"> {hit.entity.nativeName}</span>}
              </span>
              <span class="result-cat">{t(`cat_${hit.entity.category}`)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
