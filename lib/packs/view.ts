/**
 * What the options page shows of each pack, derived from the stored list and
 * the assembled stack: nothing here is stored, so the page can never show a
 * state the pages do not use.
 */
import type { PackStatus } from './assemble';
import type { CheckRecord, PackEntry, PackList } from './store';

export interface PackItem {
  id: string;
  kind: 'bundled' | 'file' | 'url';
  title: string;
  /** The subscription's URL, or the file's name. */
  from: string | null;
  revision: number | null;
  asOf: string | null;
  /** When the revision in use was stored (ISO). */
  updatedAt: string | null;
  entityCount: number;
  enabled: boolean;
  state: PackStatus['state'];
  problems: string[];
  /** Entities of this pack not in use because a higher pack defines them: their names and that pack's title. */
  lost: Array<{ id: string; name: string; by: string }>;
  /** Entities of lower packs this pack's entities replace. */
  wins: number;
  check: CheckRecord | null;
  /** First and last in the order: which moves make sense. */
  first: boolean;
  last: boolean;
}

function from(entry: PackEntry): string | null {
  if (entry.source.kind === 'url') return entry.source.url;
  if (entry.source.kind === 'file') return entry.source.fileName;
  return null;
}

export function packItems(list: PackList, status: readonly PackStatus[], name: (id: string) => string): PackItem[] {
  const titles = new Map(list.packs.map((p) => [p.id, p.title]));
  const wins = new Map<string, number>();
  for (const s of status) for (const l of s.shadowed) wins.set(l.by, (wins.get(l.by) ?? 0) + 1);
  return list.packs.map((entry, i) => {
    const s = status[i];
    return {
      id: entry.id,
      kind: entry.source.kind,
      title: entry.title,
      from: from(entry),
      revision: entry.revision,
      asOf: entry.source.kind === 'bundled' ? null : entry.asOf,
      updatedAt: entry.updatedAt,
      entityCount: s?.entityCount ?? entry.entityCount,
      enabled: entry.enabled,
      state: s?.state ?? 'empty',
      problems: s?.problems ?? [],
      lost: (s?.shadowed ?? []).map((l) => ({ id: l.id, name: name(l.id), by: titles.get(l.by) ?? l.by })),
      wins: wins.get(entry.id) ?? 0,
      check: entry.check,
      first: i === 0,
      last: i === list.packs.length - 1,
    };
  });
}
