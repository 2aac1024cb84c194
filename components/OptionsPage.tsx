// The options page: every setting, the skills profile, the sources behind the data, backup and reset.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { BundledData } from '../data';
import type { CoverageFile } from '../data/schema';
import { LANGUAGE_ENDONYMS, UI_LOCALES } from '../lib/extension/i18n/locale';
import type { PagesTranslator } from '../lib/extension/i18n/pages';
import { type Settings, SITE_IDS } from '../lib/extension/settings';
import { AboutData } from './settings/AboutData';
import { Backup } from './settings/Backup';
import { GrantedOrigins } from './settings/GrantedOrigins';
import { I18nProvider, useI18n, usePagesTranslator } from './settings/i18n';
import { optionsOf, PRODUCT_NAME, siteLabel } from './settings/labels';
import { PanelPositions } from './settings/PanelPositions';
import { SectionSwitches } from './settings/SectionSwitches';
import { Select } from './settings/Select';
import { ShortcutSetting } from './settings/ShortcutSetting';
import { SkillsProfile } from './settings/SkillsProfile';
import { Switch } from './settings/Switch';
import { TargetPaySetting } from './settings/TargetPaySetting';
import { type SettingsHandle, useSettings } from './settings/use-settings';
import { useThemeAttribute } from './settings/use-theme-attribute';
import { Icon } from './shared/icons';

const NO_REGION = '';
// In the order the selects offer them.
const THEMES: readonly Settings['theme'][] = ['auto', 'light', 'dark'];
const PANEL_MODES: readonly Settings['panelMode'][] = ['full', 'compact'];
const PAY_BASES: readonly Settings['payBasis'][] = ['base', 'total'];

function Group({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Each rate currency by code and, in the page's language, by name: "EUR · Euro". */
function currencyOptions(data: BundledData, { currencyName }: PagesTranslator) {
  const codes = [...new Set([data.rates.base, ...Object.keys(data.rates.rates)])].sort();
  return codes.map((code) => {
    const name = currencyName(code);
    return { value: code, label: name === code ? code : `${code} · ${name}` };
  });
}

function languageOptions({ t }: PagesTranslator) {
  return [
    { value: 'auto' as const, label: t('options.languageAuto') },
    ...UI_LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_ENDONYMS[locale] })),
  ];
}

export function OptionsPage({
  data,
  sourceNotes,
  coverage,
}: {
  data: BundledData;
  sourceNotes: Record<string, string>;
  coverage: CoverageFile;
}) {
  const { settings, save, saveError } = useSettings();
  const i18n = usePagesTranslator(settings?.uiLanguage);
  useThemeAttribute(settings?.theme);
  if (!settings || !i18n) return <main class="options" aria-busy="true" />;
  return (
    <I18nProvider value={i18n}>
      <OptionsContent
        data={data}
        sourceNotes={sourceNotes}
        coverage={coverage}
        settings={settings}
        save={save}
        saveError={saveError}
      />
    </I18nProvider>
  );
}

function OptionsContent({
  data,
  sourceNotes,
  coverage,
  settings,
  save,
  saveError,
}: Omit<SettingsHandle, 'settings'> & {
  data: BundledData;
  sourceNotes: Record<string, string>;
  coverage: CoverageFile;
  settings: Settings;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const title = t('app.settingsTitle', { product: PRODUCT_NAME });
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <main class="options">
      <header class="options-header">
        <Icon name="lens" />
        <h1>{title}</h1>
      </header>
      {saveError && (
        <p class="error" role="alert">
          {t('app.saveFailed', { error: saveError })}
        </p>
      )}

      <Group id="opt-general" title={t('options.general')}>
        <Switch
          label={t('lens.on')}
          hint={t('lens.onHint')}
          checked={settings.enabled}
          onChange={(on) => save({ enabled: on })}
        />
        <Select
          label={t('options.language')}
          value={settings.uiLanguage}
          options={languageOptions(i18n)}
          onChange={(uiLanguage) => save({ uiLanguage })}
        />
        <Select
          label={t('options.theme')}
          value={settings.theme}
          options={optionsOf(THEMES, (theme) => t(`theme.${theme}`))}
          onChange={(theme) => save({ theme })}
        />
        <Select
          label={t('options.panelSize')}
          value={settings.panelMode}
          options={optionsOf(PANEL_MODES, (mode) => t(`panelMode.${mode}`))}
          onChange={(panelMode) => save({ panelMode })}
        />
      </Group>

      <Group id="opt-pay" title={t('options.pay')}>
        <Select
          label={t('options.currency')}
          value={settings.displayCurrency}
          options={currencyOptions(data, i18n)}
          onChange={(displayCurrency) => save({ displayCurrency })}
        />
        <Select
          label={t('options.payBasis')}
          value={settings.payBasis}
          options={optionsOf(PAY_BASES, (basis) => t(`payBasis.${basis}`))}
          onChange={(payBasis) => save({ payBasis })}
        />
        <TargetPaySetting
          settings={settings}
          save={save}
          regions={data.regions}
          currencies={currencyOptions(data, i18n)}
        />
        <Select
          label={t('options.homeRegion')}
          hint={t('options.homeRegionHint')}
          value={settings.homeRegion ?? NO_REGION}
          options={[
            { value: NO_REGION, label: t('options.notSet') },
            ...data.regions.map((region) => ({ value: region.id, label: region.name })),
          ]}
          onChange={(region) => save({ homeRegion: region === NO_REGION ? null : region })}
        />
      </Group>

      <Group id="opt-sections" title={t('sections.heading')}>
        <SectionSwitches settings={settings} save={save} />
      </Group>

      <Group id="opt-sites" title={t('options.sites')}>
        {SITE_IDS.map((site) => (
          <Switch
            key={site}
            label={siteLabel(i18n, site)}
            checked={settings.sites[site]}
            disabled={!settings.enabled}
            onChange={(on) => save({ sites: { [site]: on } })}
          />
        ))}
        <h3 class="subheading">{t('options.grantedSites')}</h3>
        <GrantedOrigins settings={settings} />
        <h3 class="subheading">{t('options.panelPosition')}</h3>
        <PanelPositions settings={settings} save={save} />
      </Group>

      <Group id="opt-skills" title={t('options.skills')}>
        <p class="setting-hint">{t('options.skillsHint')}</p>
        <SkillsProfile data={data} settings={settings} save={save} />
      </Group>

      <Group id="opt-shortcut" title={t('options.shortcut')}>
        <ShortcutSetting />
      </Group>

      <Group id="opt-backup" title={t('options.backup')}>
        <Backup settings={settings} save={save} />
      </Group>

      <Group id="opt-about" title={t('options.about')}>
        <AboutData data={data} notes={sourceNotes} coverage={coverage} />
      </Group>
    </main>
  );
}
