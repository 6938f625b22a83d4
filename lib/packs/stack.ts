/**
 * Several packs at once: the bundled data is one pack, each file import or
 * subscription another. They are stacked in the user's order; where two
 * define the same id, the one higher in the list wins, and the user is told
 * which. An alias claimed by a winning entity is dropped from entities of
 * lower packs (unless both mark it shared), and relations to entities no
 * enabled pack defines are dropped, so the merged set is always valid.
 */
import { aliasKey, toAliasRule } from '../dataset/aliases';
import type { Entity, Origin } from '../dataset/dataset';
import type { EntityInput } from '../dataset/schema';

export interface StackedPack {
  /** Stable key of the pack ("bundled", "url:https://…", "file:…"). */
  key: string;
  title: string;
  asOf: string;
  enabled: boolean;
  origin: Origin;
  entities: readonly EntityInput[];
}

export interface Shadowed {
  id: string;
  /** The pack whose entity is not used… */
  pack: string;
  /** …because this pack, higher in the list, defines the same id. */
  by: string;
}

export interface Stack {
  entities: Entity[];
  /** Which pack each entity id comes from. */
  winner: ReadonlyMap<string, string>;
  shadowed: Shadowed[];
}

export function resolveStack(packs: readonly StackedPack[]): Stack {
  const winner = new Map<string, string>();
  const shadowed: Shadowed[] = [];
  const chosen: Array<{ pack: StackedPack; entity: EntityInput }> = [];
  for (const pack of packs) {
    if (!pack.enabled) continue;
    for (const entity of pack.entities) {
      const by = winner.get(entity.id);
      if (by !== undefined) {
        shadowed.push({ id: entity.id, pack: pack.key, by });
        continue;
      }
      winner.set(entity.id, pack.key);
      chosen.push({ pack, entity });
    }
  }

  // Aliases: the first (highest) claimant keeps a contested one.
  const claimed = new Map<string, { id: string; shared: boolean }>();
  const entities: Entity[] = [];
  for (const { pack, entity } of chosen) {
    const aliases = entity.aliases.filter((alias) => {
      const rule = toAliasRule(alias);
      const key = aliasKey(rule);
      const owner = claimed.get(key);
      if (owner && owner.id !== entity.id && !(owner.shared && rule.shared)) return false;
      if (!owner) claimed.set(key, { id: entity.id, shared: rule.shared === true });
      return true;
    });
    if (aliases.length === 0) continue;
    // An entity that carries its own file's date (the bundled data is many files) keeps it.
    entities.push({ ...entity, aliases, origin: pack.origin, asOf: (entity as Partial<Entity>).asOf ?? pack.asOf });
  }
  const ids = new Set(entities.map((e) => e.id));
  for (const e of entities) if (e.relations.some((r) => !ids.has(r.target))) e.relations = e.relations.filter((r) => ids.has(r.target));
  return { entities, winner, shadowed };
}
