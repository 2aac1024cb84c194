// The lens's words when the user switches language twice in a row: the words of the later choice stand, even
// when the earlier language's words arrive after them.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPanelWords, panelWords } from '../../entrypoints/lens.content/panel-words';
import { en } from '../../lib/extension/i18n/panel/en';
import { fr } from '../../lib/extension/i18n/panel/fr';
import { publishPanelWords } from '../../lib/extension/i18n/panel/slot';
import { DEFAULT_SETTINGS } from '../../lib/extension/settings-values';

describe('loadPanelWords', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    publishPanelWords('en', en);
  });

  it('keeps the later language when the earlier one’s words come last', async () => {
    let deliverFrench = () => {};
    // The background injects the French words when asked; here, only once the test says so.
    fakeBrowser.runtime.onMessage.addListener(
      () =>
        new Promise<boolean>((resolve) => {
          deliverFrench = () => {
            publishPanelWords('fr', fr);
            resolve(true);
          };
        }),
    );
    await loadPanelWords({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    const french = loadPanelWords({ ...DEFAULT_SETTINGS, uiLanguage: 'fr' });
    await loadPanelWords({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    expect(panelWords().locale).toBe('en');
    deliverFrench();
    await french;
    expect(panelWords().locale).toBe('en');
    // Asked for again, French is taken.
    await loadPanelWords({ ...DEFAULT_SETTINGS, uiLanguage: 'fr' });
    expect(panelWords().locale).toBe('fr');
  });
});
