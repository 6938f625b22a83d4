/** The options page: every switch, hover delay, mark style, and your own dataset. */
import { CategorySwitches } from '@/components/popup/Switches';
import type { Category } from '@/lib/dataset/schema';
import { HOVER_DELAY_MAX, HOVER_DELAY_MIN, MARK_STYLES, type MarkStyle, type Settings } from '@/lib/settings/settings';
import { t } from '@/utils/i18n';
import { DatasetImport, type DatasetImportProps } from './DatasetImport';

export interface OptionsProps extends DatasetImportProps {
  settings: Settings;
  onToggleCategory: (category: Category, on: boolean) => void;
  onEnableSite: (host: string) => void;
  onHoverDelay: (ms: number) => void;
  onMarkStyle: (style: MarkStyle) => void;
}

export function Options({ settings, onToggleCategory, onEnableSite, onHoverDelay, onMarkStyle, ...dataset }: OptionsProps) {
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
      <DatasetImport {...dataset} />
    </main>
  );
}
