import { SECTION_IDS, type Settings, type SettingsPatch } from '../../lib/extension/settings';
import { useI18n } from './i18n';
import { Switch } from './Switch';

/** One switch per panel section; the popup and the options page show the same list. */
export function SectionSwitches({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: SettingsPatch) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {SECTION_IDS.map((id) => (
        <Switch
          key={id}
          label={t(`section.${id}`)}
          checked={settings.sections[id]}
          disabled={!settings.enabled}
          onChange={(on) => save({ sections: { [id]: on } })}
        />
      ))}
    </>
  );
}
