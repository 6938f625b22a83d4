/**
 * Newslens in one page (or frame): scans, marks, keeps up with changes,
 * opens cards, answers the popup and the keyboard command. Everything it
 * starts ends with `signal` (the content script's lifetime).
 */
import { browser } from 'wxt/browser';
import { type Mention, PageScanner, type ScanChange } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import type { MatcherTables } from '@/lib/match/tables';
import type { CardAnswer, CardRequest, PageStats } from '@/lib/messages';
import { addMute, type Mute, mutedOn } from '@/lib/mutes/mutes';
import { enabledCategories, isSiteEnabled, type Settings, siteKey } from '@/lib/settings/settings';
import { t } from '@/utils/i18n';
import { serveInPage } from '@/utils/messaging';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings';
import { CardController } from './card-controller';
import { watchDom } from './dom-watcher';
import { HighlightMarker, supportsHighlights } from './highlight-marker';
import { MentionIndex } from './hit-test';
import { trackHover } from './hover';
import type { Marker } from './marker';
import { reportPage } from './page-report';
import { ScanQueue } from './scan-queue';
import { WorkTimer } from './work-timer';
import { WrapMarker } from './wrap-marker';

export interface ControllerOptions {
  window: Window;
  signal: AbortSignal;
  /** The settings as first read (the entrypoint sends that read early); read now when absent. */
  firstSettings?: Promise<Settings>;
  /** The stored index's head as first read (sent early too); read with `readIndex` when absent. */
  firstIndex?: Promise<unknown>;
  /**
   * Reads the stored index's head (raw, unchecked); `tables` makes the
   * matcher's tables of it, or says (null) that the whole index is needed now.
   * `tables` calls `need` when a text node needs the whole index; `readFull` reads
   * it and `fullTables` loads it. `watchTables` hears of changes (imports).
   */
  readIndex: () => Promise<unknown>;
  tables: (head: unknown, need: () => void) => MatcherTables | null;
  readFull: () => Promise<unknown>;
  fullTables: (raw: unknown, head: unknown) => MatcherTables;
  watchTables: (onChange: () => void) => () => void;
  /** A card's content, from the background. */
  card: (request: CardRequest) => Promise<CardAnswer | null>;
  /** Calls back when a single-page app changes its address. */
  onLocationChange: (callback: () => void) => void;
  /** Where the frame's stats are kept (get-stats); cold start is timed from `startedAt`. */
  timer?: WorkTimer;
  startedAt?: number;
}

export async function startController({
  window: win,
  signal,
  firstSettings: settingsRead = loadSettings(),
  readIndex,
  firstIndex = readIndex(),
  tables: headTables,
  readFull,
  fullTables,
  watchTables,
  card,
  onLocationChange,
  timer = new WorkTimer(),
  startedAt = performance.now(),
}: ControllerOptions): Promise<void> {
  const doc = win.document;
  // Settings and the user's index are read side by side: the storage round trips are most of a cold start.
  let waited = 0;
  const wait = async <T>(p: Promise<T>): Promise<T> => {
    const from = performance.now();
    const value = await p;
    waited += performance.now() - from;
    return value;
  };
  const [firstSettings, firstHead] = await wait(Promise.all([settingsRead, firstIndex]));
  let settings: Settings = firstSettings;
  // Each head read starts a generation: a whole index read for an older one is dropped.
  let generation = 0;
  const loadTables = async (head: unknown, timed: (p: Promise<unknown>) => Promise<unknown>): Promise<MatcherTables> => {
    const mine = ++generation;
    const need = () =>
      void readFull().then((raw) => {
        if (mine !== generation || signal.aborted) return;
        rescanPage(timer.timed('load matcher', () => fullTables(raw, head)));
        timer.stats.fullIndexMs ??= performance.now() - startedAt;
      });
    const tables = timer.timed('load matcher', () => headTables(head, need));
    if (tables) return tables;
    const raw = await timed(readFull());
    return timer.timed('load matcher', () => fullTables(raw, head));
  };
  let scanner = new PageScanner(new Matcher(await loadTables(firstHead, wait)));
  let visible: Mention[] = [];
  // Built when there is a first mark to show: a frame that shows none never touches CSS.highlights (~1 ms the first time).
  let painter: Marker | null = null;
  let busy = false;
  const marker = (): Marker => {
    if (!painter) {
      painter = supportsHighlights()
        ? new HighlightMarker({ window: win, signal, ordered: () => visible, timed: (name, work) => timer.timed(name, work) })
        : new WrapMarker();
      if (busy) painter.setBusy(true);
    }
    return painter;
  };
  const index = new MentionIndex();
  // What the popup asked to show, for get-stats (the flash itself lasts only a moment).
  const revealed: Array<{ entity: string; text: string }> = [];

  const active = () => isSiteEnabled(settings, win.location.hostname);
  const site = () => siteKey(win.location.hostname);
  // Names the reader said are not this entity: found as before, never shown.
  let muted = mutedOn(settings.mutes, site());
  const shown = (list: readonly Mention[]) => list.filter((m) => !muted(m.entity.id, m.alias));
  const idle = (fn: () => void) =>
    typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(fn, { timeout: 500 }) : win.setTimeout(fn, 50);
  const report = reportPage(win, signal, () => (active() ? visible : null));

  const cards = new CardController(doc, {
    visible: () => visible,
    marker,
    card,
    site,
    mute: (m, everywhere) => notThis(m, everywhere),
  });
  const watcher = watchDom(doc, signal, {
    onChanges: ({ roots, removed }) => {
      if (!active()) return;
      if (removed.length > 0) timer.timed('forget removed', () => apply({ added: [], removed: scanner.forgetRemoved(removed) }));
      for (const root of roots) queue.add(root);
    },
    idle,
    onBusy: (now) => {
      busy = now;
      if (painter) timer.timed('paint window', () => painter?.setBusy(now));
    },
    onMutation: (touched, changes) => {
      if (visible.length === 0) return;
      timer.timed('follow page', () => {
        marker().hide(touched.flatMap((n) => index.within(n)));
        marker().pageChanged(changes);
      });
    },
  });

  // A site the reader switched off is not watched: its changes cost nothing.
  watcher.setWatching(active());

  /** Re-derives what is shown from the scanner's mentions (after a switch, a style change or a new dataset). */
  const showAll = () => {
    const enabled = enabledCategories(settings);
    visible = active() ? shown(scanner.visible(enabled)) : [];
    index.clear();
    index.add(visible);
    watcher.ignore(() => (visible.length > 0 ? marker().show(visible, settings.markStyle) : painter?.clear()));
    if (cards.current && !visible.includes(cards.current)) cards.close();
    report();
  };

  const apply = (change: ScanChange) => {
    const enabled = enabledCategories(settings);
    const gone = new Set(change.removed);
    const added = shown(change.added.filter((m) => enabled.has(m.entity.category)));
    const removed = visible.filter((m) => gone.has(m));
    visible = shown(scanner.visible(enabled));
    index.remove(removed);
    index.add(added);
    if (removed.length > 0 || added.length > 0)
      watcher.ignore(() => {
        marker().remove(removed);
        marker().add(added);
      });
    cards.follow(removed, added);
    report();
  };

  /** "Not this": the mark goes at once, the mute is stored with the settings (and reaches other tabs from there). */
  const notThis = (m: Mention, everywhere: boolean) => {
    const mute: Mute = { entity: m.entity.id, alias: m.alias, site: everywhere ? null : site() };
    settings = { ...settings, mutes: addMute(settings.mutes, mute) };
    muted = mutedOn(settings.mutes, site());
    cards.close();
    timer.timed('show all', showAll);
    cards.announce(everywhere ? t('cardMutedEverywhere', [m.text, m.entity.name]) : t('cardMutedSite', [m.text, m.entity.name, site()]));
    void updateSettings((s) => ({ ...s, mutes: addMute(s.mutes, mute) })).catch(() => undefined);
  };

  const queue = new ScanQueue(() => scanner, apply, signal, timer);
  const rescanPage = (tables: MatcherTables | null) => {
    cards.close();
    const matcher = tables ? new Matcher(tables) : scanner.matcher;
    scanner = new PageScanner(matcher);
    timer.timed('show all', showAll);
    if (active() && doc.body) queue.add(doc.body);
  };

  trackHover({
    window: win,
    signal,
    delayMs: () => settings.hoverDelayMs,
    mentionAt: (x, y) => (painter instanceof WrapMarker ? painter.mentionOf(doc.elementFromPoint(x, y)) : index.at(doc, x, y)),
    inCard: (e) => cards.contains(e),
    current: () => cards.current,
    open: (m) => void cards.show(m),
    close: () => cards.close(),
    closing: (pending) => cards.setClosing(pending),
  });

  const step = (backwards: boolean) => {
    if (visible.length === 0) return;
    const i = cards.current ? visible.indexOf(cards.current) : -1;
    const next = visible[
      i < 0 ? (backwards ? visible.length - 1 : 0) : (i + (backwards ? -1 : 1) + visible.length) % visible.length
    ] as Mention;
    reveal(next, false);
    void cards.show(next);
  };
  const reveal = (m: Mention, flash: boolean) => {
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    if (flash) marker().flash(m);
  };

  const onMessage = serveInPage({
    'next-mention': (message) => {
      step(message.backwards === true);
      return undefined;
    },
    reveal: (message) => {
      const m = visible.find((x) => x.entity.id === message.entity);
      if (m) {
        reveal(m, true);
        revealed.push({ entity: m.entity.id, text: m.text.slice(0, 200) });
        if (revealed.length > 20) revealed.shift();
      }
      return { found: m !== undefined };
    },
    'get-stats': (): PageStats => ({
      ...timer.stats,
      mentions: visible.length,
      painted: painter?.paintedCount ?? 0,
      idle: queue.isIdle,
      revealed: [...revealed],
    }),
  });
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    cards.close();
    painter?.clear();
  });

  const unwatchSettings = watchSettings((next) => {
    const wasActive = active();
    settings = next;
    muted = mutedOn(settings.mutes, site());
    watcher.setWatching(active());
    if (active() && !wasActive) rescanPage(null);
    else timer.timed('show all', showAll);
  });
  const unwatchDataset = watchTables(() => {
    void readIndex()
      .then((head) => loadTables(head, (p) => p))
      .then(rescanPage);
  });
  signal.addEventListener('abort', () => {
    unwatchSettings();
    unwatchDataset();
  });
  onLocationChange(() => {
    cards.close();
    report();
  });

  const ready = performance.now();
  timer.stats.startupMs = ready - startedAt;
  // The frame's own work in that time: all of it but the wait for storage.
  timer.stats.startupWorkMs = ready - startedAt - waited;
  rescanPage(null);
}
