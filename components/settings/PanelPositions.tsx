import { type Settings, SITE_IDS } from '../../lib/extension/settings';
import { SITE_LABELS } from './labels';
import type { SettingsHandle } from './use-settings';

/** Where the panel sits per site; a moved panel can be docked back. */
export function PanelPositions({ settings, save }: { settings: Settings; save: SettingsHandle['save'] }) {
  const moved = SITE_IDS.filter((site) => settings.panelPosition[site] !== 'docked-right');
  if (moved.length === 0)
    return <p class="setting-hint">Docked at the right on every site. Drag the panel to move it.</p>;
  return (
    <ul class="origin-list">
      {moved.map((site) => {
        const position = settings.panelPosition[site];
        return (
          <li key={site} class="setting-row">
            <span class="setting-text">
              <span class="setting-label">{SITE_LABELS[site]}</span>
              {position !== 'docked-right' && (
                <span class="setting-hint">
                  Moved to {Math.round(position.x)}, {Math.round(position.y)}
                </span>
              )}
            </span>
            <button
              type="button"
              class="button"
              onClick={() => save({ panelPosition: { [site]: 'docked-right' } })}
            >
              Dock right
            </button>
          </li>
        );
      })}
    </ul>
  );
}
