// The options page: every setting, the skills profile, the sources behind the data, backup and reset.
import type { ComponentChildren } from 'preact';
import type { BundledData } from '../data';
import { SITE_IDS } from '../lib/extension/settings';
import { AboutData } from './settings/AboutData';
import { Backup } from './settings/Backup';
import { GrantedOrigins } from './settings/GrantedOrigins';
import { optionsOf, PANEL_MODE_LABELS, PAY_BASIS_LABELS, SITE_LABELS, THEME_LABELS } from './settings/labels';
import { PanelPositions } from './settings/PanelPositions';
import { SectionSwitches } from './settings/SectionSwitches';
import { Select } from './settings/Select';
import { ShortcutSetting } from './settings/ShortcutSetting';
import { SkillsProfile } from './settings/SkillsProfile';
import { Switch } from './settings/Switch';
import { useSettings } from './settings/use-settings';
import { useThemeAttribute } from './settings/use-theme-attribute';
import { Icon } from './shared/icons';

const NO_REGION = '';

function Group({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function currencyOptions(data: BundledData): { value: string; label: string }[] {
  const codes = [...new Set([data.rates.base, ...Object.keys(data.rates.rates)])].sort();
  return codes.map((code) => ({ value: code, label: code }));
}

export function OptionsPage({
  data,
  sourceNotes,
}: {
  data: BundledData;
  sourceNotes: Record<string, string>;
}) {
  const { settings, save, saveError } = useSettings();
  useThemeAttribute(settings?.theme);
  if (!settings) return <main class="options" aria-busy="true" />;

  return (
    <main class="options">
      <header class="options-header">
        <Icon name="lens" />
        <h1>AI Leadership Lens settings</h1>
      </header>
      {saveError && (
        <p class="error" role="alert">
          Couldn't save: {saveError}
        </p>
      )}

      <Group id="opt-general" title="General">
        <Switch
          label="Lens on"
          hint="Show the panel on AI-leadership postings"
          checked={settings.enabled}
          onChange={(on) => save({ enabled: on })}
        />
        <Select
          label="Theme"
          value={settings.theme}
          options={optionsOf(THEME_LABELS)}
          onChange={(theme) => save({ theme })}
        />
        <Select
          label="Panel size"
          value={settings.panelMode}
          options={optionsOf(PANEL_MODE_LABELS)}
          onChange={(panelMode) => save({ panelMode })}
        />
      </Group>

      <Group id="opt-pay" title="Pay">
        <Select
          label="Show amounts in"
          value={settings.displayCurrency}
          options={currencyOptions(data)}
          onChange={(displayCurrency) => save({ displayCurrency })}
        />
        <Select
          label="Compare pay as"
          value={settings.payBasis}
          options={optionsOf(PAY_BASIS_LABELS)}
          onChange={(payBasis) => save({ payBasis })}
        />
        <Select
          label="Home region"
          hint="Used when a posting doesn't say where the job is."
          value={settings.homeRegion ?? NO_REGION}
          options={[
            { value: NO_REGION, label: 'Not set' },
            ...data.regions.map((region) => ({ value: region.id, label: region.name })),
          ]}
          onChange={(region) => save({ homeRegion: region === NO_REGION ? null : region })}
        />
      </Group>

      <Group id="opt-sections" title="Show in the panel">
        <SectionSwitches settings={settings} save={save} />
      </Group>

      <Group id="opt-sites" title="Sites">
        {SITE_IDS.map((site) => (
          <Switch
            key={site}
            label={SITE_LABELS[site]}
            checked={settings.sites[site]}
            disabled={!settings.enabled}
            onChange={(on) => save({ sites: { [site]: on } })}
          />
        ))}
        <h3 class="subheading">Careers sites you enabled</h3>
        <GrantedOrigins settings={settings} />
        <h3 class="subheading">Panel position</h3>
        <PanelPositions settings={settings} save={save} />
      </Group>

      <Group id="opt-skills" title="Your skills">
        <p class="setting-hint">Tick what you have: the panel's checklist marks these on every posting.</p>
        <SkillsProfile data={data} settings={settings} save={save} />
      </Group>

      <Group id="opt-shortcut" title="Keyboard shortcut">
        <ShortcutSetting />
      </Group>

      <Group id="opt-backup" title="Backup">
        <Backup settings={settings} save={save} />
      </Group>

      <Group id="opt-about" title="About the data">
        <AboutData data={data} notes={sourceNotes} />
      </Group>
    </main>
  );
}
