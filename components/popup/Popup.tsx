/**
 * The popup: search on top; below it either one entity's full card, or the
 * current page at a glance (summary, story graph, timeline); switches last.
 * Everything arrives as props; PopupContainer reads the browser.
 */
import { useMemo, useState } from 'preact/hooks';
import { EntityCard } from '@/components/card/EntityCard';
import type { Dataset } from '@/lib/dataset/dataset';
import type { Category } from '@/lib/dataset/schema';
import { relationsAmong } from '@/lib/relations';
import { createEntitySearch } from '@/lib/search/search';
import type { Settings } from '@/lib/settings/settings';
import type { TabSummary } from '@/lib/summary';
import { t } from '@/utils/i18n';
import { PageSummary } from './PageSummary';
import { SearchBox } from './SearchBox';
import { StoryGraph } from './StoryGraph';
import { CategorySwitches, SiteSwitch } from './Switches';
import { Timeline } from './Timeline';

export type PageState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; summary: TabSummary };

export interface PopupProps {
  dataset: Dataset;
  settings: Settings;
  page: PageState;
  onToggleCategory: (category: Category, on: boolean) => void;
  onToggleSite: (host: string, on: boolean) => void;
  onReveal: (id: string) => void;
  onOpenOptions: () => void;
}

export function Popup({ dataset, settings, page, onToggleCategory, onToggleSite, onReveal, onOpenOptions }: PopupProps) {
  const index = useMemo(() => createEntitySearch(dataset.entities), [dataset]);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const summary = page.kind === 'ready' ? page.summary : null;
  // Only entities the dataset knows: a page may still report one from a dataset since removed.
  const onPage = useMemo(() => summary?.entities.filter((e) => dataset.byId.has(e.id)).map((e) => e.id) ?? [], [summary, dataset]);
  const open = openId ? dataset.byId.get(openId) : undefined;
  const openEntity = (id: string) => {
    setOpenId(id);
    setQuery('');
  };

  let body: preact.ComponentChild;
  if (open) {
    const count = summary?.entities.find((e) => e.id === open.id)?.count;
    const here = new Set(onPage);
    const elsewhere = new Set(dataset.entities.filter((e) => !here.has(e.id)).map((e) => e.id));
    body = (
      <div class="detail">
        <div class="detail-actions">
          <button type="button" class="back" onClick={() => setOpenId(null)}>
            ← {t('back')}
          </button>
          {count ? (
            <button type="button" class="reveal" onClick={() => onReveal(open.id)}>
              {t('showOnPage')}
            </button>
          ) : null}
        </div>
        <EntityCard
          entity={open}
          count={count}
          related={relationsAmong(open, here, dataset)}
          otherRelated={relationsAmong(open, elsewhere, dataset)}
          onOpenEntity={openEntity}
        />
      </div>
    );
  } else if (query.trim() === '') {
    body = <PageView page={page} dataset={dataset} ids={onPage} onOpen={openEntity} onReveal={onReveal} />;
  }

  return (
    <div class="popup">
      <header class="top">
        <h1 class="brand">Newslens</h1>
        {summary && <SiteSwitch host={summary.host} on={summary.active} onChange={(on) => onToggleSite(summary.host, on)} />}
      </header>
      <SearchBox index={index} query={query} onQuery={setQuery} onOpen={openEntity} />
      <main class="body">{body}</main>
      <footer class="bottom">
        <CategorySwitches settings={settings} onToggle={onToggleCategory} />
        <button type="button" class="options-link" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      </footer>
    </div>
  );
}

function PageView({
  page,
  dataset,
  ids,
  onOpen,
  onReveal,
}: {
  page: PageState;
  dataset: Dataset;
  ids: string[];
  onOpen: (id: string) => void;
  onReveal: (id: string) => void;
}) {
  if (page.kind === 'loading') return <p class="state">{t('loading')}</p>;
  if (page.kind === 'unavailable') {
    return (
      <div class="state">
        <p class="state-title">{t('unavailableTitle')}</p>
        <p>{t('unavailableBody')}</p>
      </div>
    );
  }
  const { summary } = page;
  if (!summary.active) {
    return (
      <div class="state">
        <p class="state-title">{t('siteOffTitle', summary.host)}</p>
        <p>{t('siteOffBody')}</p>
      </div>
    );
  }
  if (summary.entities.length === 0) {
    return (
      <div class="state">
        <p class="state-title">{t('emptyTitle')}</p>
        <p>{t('emptyBody')}</p>
      </div>
    );
  }
  return (
    <>
      <PageSummary summary={summary} dataset={dataset} onOpen={onOpen} onReveal={onReveal} />
      <StoryGraph ids={ids} dataset={dataset} onOpen={onOpen} />
      <Timeline ids={ids} dataset={dataset} onOpen={onOpen} />
    </>
  );
}
