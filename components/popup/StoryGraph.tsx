/**
 * A small picture of the page's story: its entities on a ring, the relations
 * the dataset knows between them as lines (dashed when they are in the past).
 */
import type { Dataset } from '@/lib/dataset/dataset';
import { relationLabelKey } from '@/lib/relations';
import { layoutGraph } from '@/lib/story';
import { t } from '@/utils/i18n';

export interface StoryGraphProps {
  ids: readonly string[];
  dataset: Dataset;
  onOpen: (id: string) => void;
}

const SIZE = { width: 340, height: 230 };

export function StoryGraph({ ids, dataset, onOpen }: StoryGraphProps) {
  const { nodes, edges } = layoutGraph(ids, dataset, SIZE);
  if (edges.length === 0) return null;
  return (
    <figure class="graph">
      <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-labelledby="nl-graph-title nl-graph-caption">
        <title id="nl-graph-title">{t('graphTitle')}</title>
        {edges.map((e) => (
          <line
            key={`${e.from.entity.id}-${e.to.entity.id}-${e.type}`}
            class={`edge${e.past ? ' past' : ''}`}
            x1={e.from.x}
            y1={e.from.y}
            x2={e.to.x}
            y2={e.to.y}
          >
            <title>{`${e.from.entity.name} — ${t(relationLabelKey(e.type as never, 'out'))} — ${e.to.entity.name}`}</title>
          </line>
        ))}
        {nodes.map((n) => (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it gets the role and keys instead
          <g
            key={n.entity.id}
            class={`node cat-${n.entity.category}`}
            transform={`translate(${n.x.toFixed(1)} ${n.y.toFixed(1)})`}
            role="button"
            tabIndex={0}
            aria-label={n.entity.name}
            onClick={() => onOpen(n.entity.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onOpen(n.entity.id);
              }
            }}
          >
            <circle r="6" />
            <text y="-10" text-anchor="middle">
              {n.entity.name.length > 18 ? `${n.entity.name.slice(0, 17)}…` : n.entity.name}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id="nl-graph-caption" class="caption">
        {t('graphCaption', [nodes.length, edges.length])}
      </figcaption>
    </figure>
  );
}
