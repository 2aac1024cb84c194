import type { BundledData } from '../../data';
import type { Settings } from '../../lib/extension/settings';
import { useI18n } from './i18n';
import type { SettingsHandle } from './use-settings';

function toggled(list: readonly string[], id: string, on: boolean): string[] {
  return on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((item) => item !== id);
}

/** The skills checklist itself, grouped as the data groups it; ticked items are the user's profile. */
export function SkillsProfile({
  data,
  settings,
  save,
}: {
  data: BundledData;
  settings: Settings;
  save: SettingsHandle['save'];
}) {
  const { t } = useI18n();
  if (data.skills.length === 0) return <p class="setting-hint">{t('skills.none')}</p>;
  return (
    <div class="skill-groups">
      {data.skillGroups.map((group) => {
        const skills = data.skills.filter((skill) => skill.group === group.id);
        if (skills.length === 0) return null;
        return (
          <fieldset key={group.id} class="skill-group">
            <legend>{group.name}</legend>
            {skills.map((skill) => (
              <label key={skill.id} class="checkbox">
                <input
                  type="checkbox"
                  checked={settings.userSkills.includes(skill.id)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    save((current) => ({ userSkills: toggled(current.userSkills, skill.id, on) }));
                  }}
                />
                <span>{skill.label}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
