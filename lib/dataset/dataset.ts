/**
 * The dataset as the rest of Newslens sees it: validated entities, each
 * stamped with where it came from and how current its file is, indexed by id.
 */
import type { DatasetFile, EntityInput } from './schema';

export type Origin = 'bundled' | 'user';

export interface Entity extends EntityInput {
  origin: Origin;
  /** The "as of" date of the file the entity came from. */
  asOf: string;
}

export interface Dataset {
  readonly entities: readonly Entity[];
  readonly byId: ReadonlyMap<string, Entity>;
}

export function stamp(file: DatasetFile, origin: Origin): Entity[] {
  return file.entities.map((e) => ({ ...e, origin, asOf: file.asOf }));
}

export function createDataset(entities: readonly Entity[]): Dataset {
  return { entities, byId: new Map(entities.map((e) => [e.id, e])) };
}
