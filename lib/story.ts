/**
 * The story of a page as data: its entities laid out for a small graph, and
 * the dated facts about them as one timeline.
 */
import type { Dataset, Entity } from './dataset/dataset';
import type { Fact } from './dataset/schema';
import { compareIsoDates } from './dates';
import { edgesAmong } from './relations';

export interface GraphNode {
  entity: Entity;
  x: number;
  y: number;
}

export interface GraphEdge {
  from: GraphNode;
  to: GraphNode;
  type: string;
  past: boolean;
}

/**
 * Places the most connected entities first, on a circle (up to `max`
 * nodes): readable at popup size without a physics simulation.
 */
export function layoutGraph(
  ids: readonly string[],
  dataset: Dataset,
  size: { width: number; height: number },
  max = 12,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const all = edgesAmong(ids, dataset);
  const degree = new Map<string, number>();
  for (const e of all) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  const chosen = [...ids]
    .filter((id) => dataset.byId.has(id))
    .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0))
    .slice(0, max);
  const cx = size.width / 2;
  const cy = size.height / 2;
  const rx = size.width / 2 - 56;
  const ry = size.height / 2 - 22;
  const nodes = chosen.map((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, chosen.length);
    return { entity: dataset.byId.get(id) as Entity, x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) };
  });
  const at = new Map(nodes.map((n) => [n.entity.id, n]));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const e of all) {
    const from = at.get(e.from);
    const to = at.get(e.to);
    const key = [e.from, e.to].sort().join('|') + e.type;
    if (!from || !to || seen.has(key)) continue;
    seen.add(key);
    edges.push({ from, to, type: e.type, past: e.until !== undefined || e.type === 'formerly' || e.type === 'formerly-led' });
  }
  return { nodes, edges };
}

export interface TimelineEvent {
  date: string;
  entity: Entity;
  fact: Fact;
}

/** Every dated fact about the given entities, newest first. */
export function timeline(ids: readonly string[], dataset: Dataset, limit = 40): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const entity = dataset.byId.get(id);
    for (const fact of entity?.facts ?? []) {
      if (!fact.date || seen.has(fact.date + fact.text)) continue;
      seen.add(fact.date + fact.text);
      events.push({ date: fact.date, entity: entity as Entity, fact });
    }
  }
  return events.sort((a, b) => compareIsoDates(b.date, a.date)).slice(0, limit);
}
