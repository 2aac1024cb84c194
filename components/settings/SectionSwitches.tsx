import { SECTION_IDS, type Settings, type SettingsPatch } from '../../lib/extension/settings';
import { SECTION_LABELS } from './labels';
import { Switch } from './Switch';

/** One switch per panel section; the popup and the options page show the same list. */
export function SectionSwitches({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: SettingsPatch) => void;
}) {
  return (
    <>
      {SECTION_IDS.map((id) => (
        <Switch
          key={id}
          label={SECTION_LABELS[id]}
          checked={settings.sections[id]}
          disabled={!settings.enabled}
          onChange={(on) => save({ sections: { [id]: on } })}
        />
      ))}
    </>
  );
}
