import type { Settings } from '../../lib/extension/settings';
import { useI18n } from './i18n';
import { disableOrigin } from './origins';

/** Careers sites the user enabled from the popup, each removable (setting and permission together). */
export function GrantedOrigins({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  if (settings.grantedOrigins.length === 0) {
    return <p class="setting-hint">{t('origins.none', { action: t('thisPage.enable') })}</p>;
  }
  return (
    <ul class="origin-list">
      {settings.grantedOrigins.map((origin) => (
        <li key={origin} class="setting-row">
          <span class="setting-label">{origin}</span>
          <button
            type="button"
            class="button"
            aria-label={t('origins.removeLabel', { origin })}
            onClick={() => void disableOrigin(origin)}
          >
            {t('origins.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
