import { type Settings, SITE_IDS } from '../../lib/extension/settings';
import { useI18n } from './i18n';
import { siteLabel } from './labels';
import type { SettingsHandle } from './use-settings';

/** Where the panel sits per site; a moved panel can be docked back. */
export function PanelPositions({ settings, save }: { settings: Settings; save: SettingsHandle['save'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const moved = SITE_IDS.filter((site) => settings.panelPosition[site] !== 'docked-right');
  if (moved.length === 0) return <p class="setting-hint">{t('positions.allDocked')}</p>;
  return (
    <ul class="origin-list">
      {moved.map((site) => {
        const position = settings.panelPosition[site];
        return (
          <li key={site} class="setting-row">
            <span class="setting-text">
              <span class="setting-label">{siteLabel(i18n, site)}</span>
              {position !== 'docked-right' && (
                <span class="setting-hint">
                  {/* Strings: page coordinates read as plain digits, not as grouped amounts. */}
                  {t('positions.movedTo', {
                    x: String(Math.round(position.x)),
                    y: String(Math.round(position.y)),
                  })}
                </span>
              )}
            </span>
            <button
              type="button"
              class="button"
              onClick={() => save({ panelPosition: { [site]: 'docked-right' } })}
            >
              {t('positions.dock')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
