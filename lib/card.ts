/**
 * What a card shows for an entity on a page: the entity with its facts and
 * sources, and how it relates to the other entities on the page. The
 * background answers the content script's card request with this.
 */
import type { Dataset } from './dataset/dataset';
import type { CardAnswer, CardRequest } from './messages';
import { relationsAmong } from './relations';

export function cardAnswer(dataset: Dataset, request: CardRequest): CardAnswer {
  const entity = dataset.byId.get(request.entity);
  if (!entity) return null;
  return { entity, related: relationsAmong(entity, new Set(request.onPage), dataset) };
}
