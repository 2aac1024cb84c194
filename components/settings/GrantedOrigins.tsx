import type { Settings } from '../../lib/extension/settings';
import { disableOrigin } from './origins';

/** Careers sites the user enabled from the popup, each removable (setting and permission together). */
export function GrantedOrigins({ settings }: { settings: Settings }) {
  if (settings.grantedOrigins.length === 0) {
    return (
      <p class="setting-hint">None yet. Open the popup on a careers page and choose "Enable on this site".</p>
    );
  }
  return (
    <ul class="origin-list">
      {settings.grantedOrigins.map((origin) => (
        <li key={origin} class="setting-row">
          <span class="setting-label">{origin}</span>
          <button
            type="button"
            class="button"
            aria-label={`Remove ${origin}`}
            onClick={() => void disableOrigin(origin)}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
