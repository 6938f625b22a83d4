/**
 * Newslens in one page (or frame): scans, marks, keeps up with changes,
 * opens cards, answers the popup and the keyboard command. Everything it
 * starts ends with `signal` (the content script's lifetime).
 */
import { browser } from 'wxt/browser';
import type { Dataset } from '@/lib/dataset/dataset';
import { type Mention, PageScanner, type ScanChange } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import { type Message, type PageStats, parseMessage } from '@/lib/messages';
import { addMute, type Mute, mutedOn } from '@/lib/mutes/mutes';
import { enabledCategories, isSiteEnabled, type Settings, siteKey } from '@/lib/settings/settings';
import { t } from '@/utils/i18n';
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
  /** The dataset to use now, and a way to hear when it changes (imports). */
  dataset: () => Promise<Dataset>;
  watchDataset: (onChange: () => void) => () => void;
  /** Calls back when a single-page app changes its address. */
  onLocationChange: (callback: () => void) => void;
}

export async function startController({
  window: win,
  signal,
  dataset: loadDataset,
  watchDataset,
  onLocationChange,
}: ControllerOptions): Promise<void> {
  const doc = win.document;
  const timer = new WorkTimer();
  let settings: Settings = await loadSettings();
  // Reading (and checking) the bundled data happens before the first await inside: time it too.
  let dataset = await timer.timed('load dataset', () => loadDataset());
  let scanner = timer.timed('build matcher', () => new PageScanner(new Matcher(dataset.entities)));
  const marker: Marker = supportsHighlights() ? new HighlightMarker() : new WrapMarker();
  const index = new MentionIndex();
  let visible: Mention[] = [];
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
    dataset: () => dataset,
    visible: () => visible,
    marker: () => marker,
    site,
    mute: (m, everywhere) => notThis(m, everywhere),
  });
  const watcher = watchDom(
    doc,
    signal,
    (roots, removed) => {
      if (!active()) return;
      if (removed) timer.timed('forget removed', () => apply({ added: [], removed: scanner.forget() }));
      for (const root of roots) queue.add(root);
    },
    idle,
  );

  /** Re-derives what is shown from the scanner's mentions (after a switch, a style change or a new dataset). */
  const showAll = () => {
    const enabled = enabledCategories(settings);
    visible = active() ? shown(scanner.visible(enabled)) : [];
    index.clear();
    index.add(visible);
    watcher.ignore(() => (visible.length > 0 ? marker.show(visible, settings.markStyle) : marker.clear()));
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
    watcher.ignore(() => {
      marker.remove(removed);
      marker.add(added);
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
  const rescanPage = (fresh: boolean) => {
    cards.close();
    if (fresh) scanner = timer.timed('rebuild matcher', () => new PageScanner(new Matcher(dataset.entities)));
    timer.timed('show all', showAll);
    if (active() && doc.body) queue.add(doc.body);
  };

  trackHover({
    window: win,
    signal,
    delayMs: () => settings.hoverDelayMs,
    mentionAt: (x, y) => (marker instanceof WrapMarker ? marker.mentionOf(doc.elementFromPoint(x, y)) : index.at(doc, x, y)),
    inCard: (e) => cards.contains(e),
    current: () => cards.current,
    open: (m) => cards.show(m),
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
    cards.show(next);
  };
  const reveal = (m: Mention, flash: boolean) => {
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    if (flash) marker.flash(m);
  };

  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const message: Message | null = parseMessage(raw);
    if (!message) return undefined;
    if (message.type === 'next-mention') step(message.backwards === true);
    else if (message.type === 'reveal') {
      const m = visible.find((x) => x.entity.id === message.entity);
      if (m) {
        reveal(m, true);
        revealed.push({ entity: m.entity.id, text: m.text });
        if (revealed.length > 20) revealed.shift();
      }
      return Promise.resolve({ found: m !== undefined });
    } else if (message.type === 'get-stats') {
      const stats: PageStats = { ...timer.stats, mentions: visible.length, idle: queue.isIdle, revealed: [...revealed] };
      return Promise.resolve(stats);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    cards.close();
    marker.clear();
  });

  const unwatchSettings = watchSettings((next) => {
    const wasActive = active();
    settings = next;
    muted = mutedOn(settings.mutes, site());
    if (active() && !wasActive) rescanPage(true);
    else timer.timed('show all', showAll);
  });
  const unwatchDataset = watchDataset(() => {
    void loadDataset().then((d) => {
      dataset = d;
      rescanPage(true);
    });
  });
  signal.addEventListener('abort', () => {
    unwatchSettings();
    unwatchDataset();
  });
  onLocationChange(() => {
    cards.close();
    report();
  });

  rescanPage(false);
}
