/** The in-page card: the entity card in a labelled, non-modal dialog with a close button and "Not this". */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { EntityCard, type EntityCardProps } from './EntityCard';

export interface NotThis {
  /** The name as the page writes it. */
  name: string;
  /** The site a mute would apply to ("engadget.com"). */
  site: string;
  onMute: (everywhere: boolean) => void;
}

export interface HoverCardProps extends EntityCardProps {
  onClose: () => void;
  /** Offers "Not this" for the marked name when given. */
  notThis?: NotThis;
}

/** Facts shown in the compact card; the popup shows every fact. */
export const HOVER_CARD_FACTS = 3;

/**
 * "Not this": asks where the name should stop being marked, then mutes it.
 * Plain buttons in reading order (the question follows the button that asked
 * it), so Tab and Enter work and focus never jumps.
 */
function NotThisControl({ notThis, entityName }: { notThis: NotThis; entityName: string }) {
  const [asking, setAsking] = useState(false);
  const question = t('cardNotThisQuestion', [notThis.name, entityName]);
  return (
    <div class="nl-notthis">
      <button type="button" class="nl-notthis-open" aria-expanded={asking ? 'true' : 'false'} onClick={() => setAsking(!asking)}>
        {t('cardNotThis')}
      </button>
      {asking && (
        <fieldset class="nl-notthis-ask">
          <legend class="nl-notthis-q">{question}</legend>
          <button type="button" class="nl-mute-site" onClick={() => notThis.onMute(false)}>
            {t('cardMuteSite', notThis.site)}
          </button>
          <button type="button" class="nl-mute-everywhere" onClick={() => notThis.onMute(true)}>
            {t('cardMuteEverywhere')}
          </button>
          <button type="button" class="nl-mute-cancel" onClick={() => setAsking(false)}>
            {t('cardMuteCancel')}
          </button>
        </fieldset>
      )}
    </div>
  );
}

export function HoverCard({ onClose, notThis, ...card }: HoverCardProps) {
  return (
    <div class="nl-dialog" role="dialog" aria-modal="false" aria-labelledby="nl-card-name" aria-describedby="nl-card-name-summary">
      <EntityCard
        {...card}
        maxFacts={card.maxFacts ?? HOVER_CARD_FACTS}
        headingId="nl-card-name"
        actions={notThis && <NotThisControl notThis={notThis} entityName={card.entity.name} />}
      />
      <button type="button" class="nl-close" aria-label={t('cardClose')} title={t('cardClose')} tabIndex={-1} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
