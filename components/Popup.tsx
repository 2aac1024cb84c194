// The toolbar popup: the master switch, this page (its site switch, enabling a careers site, what the lens
// read), and the panel's sections. Every change goes to storage; the content script picks it up live.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../lib/extension/settings';
import { classifyPage } from './settings/current-page';
import { I18nProvider, useI18n, usePagesTranslator } from './settings/i18n';
import { PRODUCT_NAME } from './settings/labels';
import { SectionSwitches } from './settings/SectionSwitches';
import { Switch } from './settings/Switch';
import { ThisPage } from './settings/ThisPage';
import { type SettingsHandle, useSettings } from './settings/use-settings';
import { useThemeAttribute } from './settings/use-theme-attribute';
import { Icon } from './shared/icons';

interface ActiveTab {
  id: number | null;
  /** Undefined unless we hold a host permission for the tab: we have no "tabs" permission. */
  url: string | undefined;
}

function useActiveTab(): ActiveTab | null {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([active]) => setTab({ id: active?.id ?? null, url: active?.url }),
      () => setTab({ id: null, url: undefined }),
    );
  }, []);
  return tab;
}

export function Popup() {
  const { settings, save, saveError } = useSettings();
  const tab = useActiveTab();
  const i18n = usePagesTranslator(settings?.uiLanguage);
  useThemeAttribute(settings?.theme);

  if (!settings || !i18n) return <main class="popup" aria-busy="true" />;
  return (
    <I18nProvider value={i18n}>
      <PopupContent settings={settings} save={save} saveError={saveError} tab={tab} />
    </I18nProvider>
  );
}

function PopupContent({
  settings,
  save,
  saveError,
  tab,
}: Omit<SettingsHandle, 'settings'> & { settings: Settings; tab: ActiveTab | null }) {
  const { t } = useI18n();
  return (
    <main class="popup">
      <header class="popup-header">
        <Icon name="lens" />
        <h1>{PRODUCT_NAME}</h1>
        {/* In the header, not a footer: the popup must fit Chrome's 600 px with a posting read out. */}
        <button
          type="button"
          class="button button-link popup-all-settings"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('app.allSettings')}
        </button>
      </header>
      <button
        type="button"
        class="button button-link"
        data-action="open-compare"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') })}
      >
        {t('popup.compare')}
      </button>
      {saveError && (
        <p class="error" role="alert">
          {t('app.saveFailed', { error: saveError })}
        </p>
      )}
      <section class="group" aria-label={t('lens.group')}>
        <Switch
          label={t('lens.on')}
          hint={t('lens.onHint')}
          checked={settings.enabled}
          onChange={(on) => save({ enabled: on })}
        />
      </section>
      <section class="group" aria-labelledby="popup-this-page">
        <h2 id="popup-this-page">{t('popup.thisPage')}</h2>
        {tab ? (
          <ThisPage
            page={classifyPage(tab.url, settings.grantedOrigins)}
            tabId={tab.id}
            settings={settings}
            save={save}
          />
        ) : (
          <p class="setting-hint">{t('popup.readingPage')}</p>
        )}
      </section>
      <section class="group" aria-labelledby="popup-sections">
        <h2 id="popup-sections">{t('sections.heading')}</h2>
        <SectionSwitches settings={settings} save={save} />
      </section>
    </main>
  );
}
