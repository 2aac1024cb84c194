// The toolbar popup: the master switch, this page (its site switch, enabling a careers site, what the lens
// read), and the panel's sections. Every change goes to storage; the content script picks it up live.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { classifyPage } from './settings/current-page';
import { SectionSwitches } from './settings/SectionSwitches';
import { Switch } from './settings/Switch';
import { ThisPage } from './settings/ThisPage';
import { useSettings } from './settings/use-settings';
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
  useThemeAttribute(settings?.theme);

  return (
    <main class="popup">
      <header class="popup-header">
        <Icon name="lens" />
        <h1>AI Leadership Lens</h1>
        {/* In the header, not a footer: the popup must fit Chrome's 600 px with a posting read out. */}
        <button
          type="button"
          class="button button-link popup-all-settings"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          All settings
        </button>
      </header>
      {saveError && (
        <p class="error" role="alert">
          Couldn't save: {saveError}
        </p>
      )}
      {settings && (
        <>
          <section class="group" aria-label="Lens">
            <Switch
              label="Lens on"
              hint="Show the panel on AI-leadership postings"
              checked={settings.enabled}
              onChange={(on) => save({ enabled: on })}
            />
          </section>
          <section class="group" aria-labelledby="popup-this-page">
            <h2 id="popup-this-page">This page</h2>
            {tab ? (
              <ThisPage
                page={classifyPage(tab.url, settings.grantedOrigins)}
                tabId={tab.id}
                settings={settings}
                save={save}
              />
            ) : (
              <p class="setting-hint">Reading this page…</p>
            )}
          </section>
          <section class="group" aria-labelledby="popup-sections">
            <h2 id="popup-sections">Show in the panel</h2>
            <SectionSwitches settings={settings} save={save} />
          </section>
        </>
      )}
    </main>
  );
}
