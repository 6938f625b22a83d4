/** The in-page card: the entity card in a labelled, non-modal dialog with a close button. */
import { t } from '@/utils/i18n';
import { EntityCard, type EntityCardProps } from './EntityCard';

export interface HoverCardProps extends EntityCardProps {
  onClose: () => void;
}

/** Facts shown in the compact card; the popup shows every fact. */
export const HOVER_CARD_FACTS = 3;

export function HoverCard({ onClose, ...card }: HoverCardProps) {
  return (
    <div class="nl-dialog" role="dialog" aria-modal="false" aria-labelledby="nl-card-name" aria-describedby="nl-card-name-summary">
      <EntityCard {...card} maxFacts={card.maxFacts ?? HOVER_CARD_FACTS} headingId="nl-card-name" />
      <button type="button" class="nl-close" aria-label={t('cardClose')} title={t('cardClose')} tabIndex={-1} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
