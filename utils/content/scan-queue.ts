/**
 * Runs scan jobs one at a time, in short slices: each slice stops after
 * SLICE_MS and yields to the page, so a large page never blocks input.
 * Roots queued while a scan runs are merged (a root inside another is dropped).
 */
import type { PageScanner, ScanChange } from '@/lib/detect/page-scanner';
import type { WorkTimer } from './work-timer';

/** Work per task before yielding; well under the 50 ms a task may take before it feels like jank. */
export const SLICE_MS = 8;

function yieldToPage(): Promise<void> {
  // Read from globalThis: where the Scheduler API is missing (Firefox before 142) a bare
  // `scheduler` would be a ReferenceError and no page would ever be scanned.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class ScanQueue {
  private queue: Node[] = [];
  private running = false;
  private readonly scanner: () => PageScanner;
  private readonly onChange: (change: ScanChange) => void;
  private readonly signal: AbortSignal;
  private readonly timer: WorkTimer;
  private idle: Array<() => void> = [];

  constructor(scanner: () => PageScanner, onChange: (change: ScanChange) => void, signal: AbortSignal, timer: WorkTimer) {
    this.scanner = scanner;
    this.onChange = onChange;
    this.signal = signal;
    this.timer = timer;
  }

  /** Queues a (re)scan of `root`. */
  add(root: Node): void {
    if (this.queue.some((q) => q === root || q.contains(root))) return;
    this.queue = this.queue.filter((q) => !root.contains(q));
    this.queue.push(root);
    if (!this.running) void this.drain();
  }

  /** True when nothing is queued or running. */
  get isIdle(): boolean {
    return !this.running && this.queue.length === 0;
  }

  /** Resolves once nothing is queued or running. */
  whenIdle(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private timed<T>(name: string, work: () => T): T {
    return this.timer.timed(name, work);
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0 && !this.signal.aborted) {
      const root = this.queue.shift() as Node;
      if (!root.isConnected) continue;
      let change: ScanChange | null = null;
      const job = this.timed('scan start', () =>
        this.scanner().scan(root, (c) => {
          change = c;
        }),
      );
      for (;;) {
        const start = performance.now();
        const done = this.timed('scan slice', () => job.run(() => performance.now() - start > SLICE_MS));
        if (done || this.signal.aborted) break;
        await yieldToPage();
      }
      if (change && !this.signal.aborted) this.timed('show changes', () => this.onChange(change as ScanChange));
      await yieldToPage();
    }
    this.running = false;
    for (const resolve of this.idle.splice(0)) resolve();
  }
}
