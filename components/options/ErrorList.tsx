/** A refusal as the options page shows it: what was refused, then every problem, each as text. */
import { t } from '@/utils/i18n';

const SHOWN = 50;

export function ErrorList({ title, errors }: { title: string; errors: readonly string[] }) {
  return (
    <div class="errors" role="alert">
      <p>{title}</p>
      <ul>
        {errors.slice(0, SHOWN).map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      {errors.length > SHOWN && <p>{t('importMoreErrors', errors.length - SHOWN)}</p>}
    </div>
  );
}
