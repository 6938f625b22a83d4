/** The options page: every switch, hover delay, mark style, mutes, and the knowledge packs. */
import { CategorySwitches } from '@/components/popup/Switches';
import type { Category } from '@/lib/dataset/schema';
import type { Mute } from '@/lib/mutes/mutes';
import { HOVER_DELAY_MAX, HOVER_DELAY_MIN, MARK_STYLES, type MarkStyle, type Settings } from '@/lib/settings/settings';
import { t } from '@/utils/i18n';
import { Packs, type PacksProps } from './Packs';

export interface OptionsProps extends PacksProps {
  settings: Settings;
  onToggleCategory: (category: Category, on: boolean) => void;
  onEnableSite: (host: string) => void;
  onHoverDelay: (ms: number) => void;
  onMarkStyle: (style: MarkStyle) => void;
  onUnmute: (mute: Mute) => void;
  /** The display name of an entity id (the id itself when unknown). */
  entityName: (id: string) => string;
}

/** "Not this" mutes, each with an undo. */
function Mutes({
  mutes,
  onUnmute,
  entityName,
}: {
  mutes: readonly Mute[];
  onUnmute: (m: Mute) => void;
  entityName: (id: string) => string;
}) {
  return (
    <section>
      <h2>{t('optionsMutes')}</h2>
      {mutes.length === 0 ? (
        <p class="muted">{t('optionsNoMutes')}</p>
      ) : (
        <ul class="sites mutes">
          {mutes.map((m) => (
            <li key={`${m.entity}|${m.alias}|${m.site ?? ''}`}>
              <span>
                “{m.alias}” → {entityName(m.entity)}{' '}
                <span class="muted">{m.site ? t('optionsMuteOn', m.site) : t('optionsMuteEverywhere')}</span>
              </span>
              <button type="button" onClick={() => onUnmute(m)}>
                {t('optionsUnmute')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Options({
  settings,
  onToggleCategory,
  onEnableSite,
  onHoverDelay,
  onMarkStyle,
  onUnmute,
  entityName,
  ...packs
}: OptionsProps) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section>
        <h2>{t('optionsMarks')}</h2>
        <CategorySwitches settings={settings} onToggle={onToggleCategory} />
        <fieldset class="radios">
          <legend>{t('optionsMarkStyle')}</legend>
          {MARK_STYLES.map((style) => (
            <label key={style}>
              <input
                type="radio"
                name="mark-style"
                value={style}
                checked={settings.markStyle === style}
                onChange={() => onMarkStyle(style)}
              />
              <span class={`sample sample-${style}`}>{t(`markStyle_${style}`)}</span>
            </label>
          ))}
        </fieldset>
        <label class="delay">
          <span>{t('optionsHoverDelay')}</span>
          <input
            type="range"
            min={HOVER_DELAY_MIN}
            max={HOVER_DELAY_MAX}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => onHoverDelay(Number((e.currentTarget as HTMLInputElement).value))}
          />
          <output>{t('optionsMilliseconds', settings.hoverDelayMs)}</output>
        </label>
      </section>
      <section>
        <h2>{t('optionsSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('optionsNoSitesOff')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button type="button" onClick={() => onEnableSite(host)}>
                  {t('optionsTurnOn')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Mutes mutes={settings.mutes} onUnmute={onUnmute} entityName={entityName} />
      <Packs {...packs} />
    </main>
  );
}
