/** A tab's summary for the popup, merged from the reports of its frames. */
export interface FrameReport {
  host: string;
  loadedAt: number;
  active: boolean;
  counts: Array<[string, number]>;
}

/** Reports by frame id (0 is the top frame). */
export type TabReport = Record<number, FrameReport>;

export interface TabSummary {
  host: string;
  active: boolean;
  /** Entity ids with their total count, in order of first appearance (top frame first). */
  entities: Array<{ id: string; count: number; frameId: number }>;
  total: number;
}

export function summarizeTab(report: TabReport): TabSummary | null {
  const top = report[0];
  if (!top) return null;
  const byId = new Map<string, { id: string; count: number; frameId: number }>();
  const frameIds = Object.keys(report)
    .map(Number)
    .sort((a, b) => a - b);
  for (const frameId of frameIds) {
    const frame = report[frameId] as FrameReport;
    if (!frame.active) continue;
    for (const [id, n] of frame.counts) {
      const item = byId.get(id);
      if (item) item.count += n;
      else byId.set(id, { id, count: n, frameId });
    }
  }
  const entities = [...byId.values()];
  return { host: top.host, active: top.active, entities, total: entities.reduce((n, e) => n + e.count, 0) };
}
