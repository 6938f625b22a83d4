/** The category switches and "Newslens on this site". They change settings; the page follows live. */
import { CATEGORIES, type Category } from '@/lib/dataset/schema';
import type { Settings } from '@/lib/settings/settings';
import { t } from '@/utils/i18n';

export interface CategorySwitchesProps {
  settings: Settings;
  onToggle: (category: Category, on: boolean) => void;
}

export function CategorySwitches({ settings, onToggle }: CategorySwitchesProps) {
  return (
    <fieldset class="switches">
      <legend>{t('switchesLegend')}</legend>
      {CATEGORIES.map((c) => (
        <label key={c} class={`switch cat-${c}`}>
          <input
            type="checkbox"
            role="switch"
            aria-checked={settings.categories[c]}
            checked={settings.categories[c]}
            onChange={(e) => onToggle(c, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t(`cats_${c}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export interface SiteSwitchProps {
  host: string;
  on: boolean;
  onChange: (on: boolean) => void;
}

export function SiteSwitch({ host, on, onChange }: SiteSwitchProps) {
  return (
    <label class="site-switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={on}
        checked={on}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{t('siteSwitch', host)}</span>
    </label>
  );
}
