import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { lensActiveOn, type Settings } from '../../lib/extension/settings';
import type { CurrentPage } from './current-page';
import { SITE_LABELS } from './labels';
import { disableOrigin, enableOrigin } from './origins';
import { PageReadout } from './PageReadout';
import { Switch } from './Switch';
import type { SettingsHandle } from './use-settings';

interface ThisPageProps {
  page: CurrentPage;
  tabId: number | null;
  settings: Settings;
  save: SettingsHandle['save'];
}

function NotSupported({ children }: { children?: ComponentChildren }) {
  return (
    <div class="notice">
      <p class="notice-title">Not a supported site</p>
      {children}
    </div>
  );
}

function EnableOrigin({ origin }: { origin: string }) {
  const [outcome, setOutcome] = useState<'idle' | 'denied' | 'failed'>('idle');
  const enable = () =>
    enableOrigin(origin).then(
      (granted) => setOutcome(granted ? 'idle' : 'denied'),
      () => setOutcome('failed'),
    );
  return (
    <NotSupported>
      <p class="setting-hint">
        Is this a careers site? The lens can read postings on {origin} once you allow it.
      </p>
      <div class="actions">
        <button type="button" class="button button-primary" onClick={enable}>
          Enable on this site
        </button>
      </div>
      {outcome !== 'idle' && (
        <p class="setting-hint" role="alert">
          {outcome === 'denied'
            ? 'Permission not granted: nothing changed.'
            : "Couldn't ask for the permission."}
        </p>
      )}
    </NotSupported>
  );
}

/** The "This page" card: the site's own switch, enabling a careers site, and what the lens read. */
export function ThisPage({ page, tabId, settings, save }: ThisPageProps) {
  if (page.kind === 'unsupported') {
    return (
      <NotSupported>
        <p class="setting-hint">The lens works on job sites and on careers sites you enable.</p>
      </NotSupported>
    );
  }
  if (page.kind === 'can-enable') return <EnableOrigin origin={page.origin} />;

  const active = lensActiveOn(settings, page.site);
  return (
    <>
      {page.kind === 'job-site' ? (
        <Switch
          label="On this site"
          hint={SITE_LABELS[page.site]}
          checked={settings.sites[page.site]}
          disabled={!settings.enabled}
          onChange={(on) => save({ sites: { [page.site]: on } })}
        />
      ) : (
        <div class="setting-row">
          <span class="setting-text">
            <span class="setting-label">Enabled on this site</span>
            <span class="setting-hint">{page.origin}</span>
          </span>
          <button type="button" class="button" onClick={() => void disableOrigin(page.origin)}>
            Disable
          </button>
        </div>
      )}
      {active && tabId !== null ? (
        <PageReadout tabId={tabId} />
      ) : (
        <p class="setting-hint">{settings.enabled ? 'The lens is off on this site.' : 'The lens is off.'}</p>
      )}
    </>
  );
}
