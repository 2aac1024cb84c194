import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { lensActiveOn, type Settings } from '../../lib/extension/settings';
import type { CurrentPage } from './current-page';
import { useI18n } from './i18n';
import { siteLabel } from './labels';
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
  const { t } = useI18n();
  return (
    <div class="notice">
      <p class="notice-title">{t('thisPage.notSupported')}</p>
      {children}
    </div>
  );
}

function EnableOrigin({ origin }: { origin: string }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<'idle' | 'denied' | 'failed'>('idle');
  const enable = () =>
    enableOrigin(origin).then(
      (granted) => setOutcome(granted ? 'idle' : 'denied'),
      () => setOutcome('failed'),
    );
  return (
    <NotSupported>
      <p class="setting-hint">{t('thisPage.offerEnable', { origin })}</p>
      <div class="actions">
        <button type="button" class="button button-primary" onClick={enable}>
          {t('thisPage.enable')}
        </button>
      </div>
      {outcome !== 'idle' && (
        <p class="setting-hint" role="alert">
          {outcome === 'denied' ? t('thisPage.denied') : t('thisPage.askFailed')}
        </p>
      )}
    </NotSupported>
  );
}

/** The "This page" card: the site's own switch, enabling a careers site, and what the lens read. */
export function ThisPage({ page, tabId, settings, save }: ThisPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (page.kind === 'unsupported') {
    return (
      <NotSupported>
        <p class="setting-hint">{t('thisPage.worksOn')}</p>
      </NotSupported>
    );
  }
  if (page.kind === 'can-enable') return <EnableOrigin origin={page.origin} />;

  const active = lensActiveOn(settings, page.site);
  return (
    <>
      {page.kind === 'job-site' ? (
        <Switch
          label={t('thisPage.siteSwitch')}
          hint={siteLabel(i18n, page.site)}
          checked={settings.sites[page.site]}
          disabled={!settings.enabled}
          onChange={(on) => save({ sites: { [page.site]: on } })}
        />
      ) : (
        <div class="setting-row">
          <span class="setting-text">
            <span class="setting-label">{t('thisPage.enabledHere')}</span>
            <span class="setting-hint">{page.origin}</span>
          </span>
          <button type="button" class="button" onClick={() => void disableOrigin(page.origin)}>
            {t('thisPage.disable')}
          </button>
        </div>
      )}
      {active && tabId !== null ? (
        <PageReadout tabId={tabId} />
      ) : (
        <p class="setting-hint">{settings.enabled ? t('thisPage.offOnSite') : t('thisPage.off')}</p>
      )}
    </>
  );
}
