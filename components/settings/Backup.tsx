import { useState } from 'preact/hooks';
import { exportSettings, importSettings, type Settings } from '../../lib/extension/settings';
import { resetSettings } from '../../lib/extension/settings-store';
import type { SettingsHandle } from './use-settings';

const FILE_NAME = 'ai-leadership-lens-settings.json';

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = FILE_NAME;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type Outcome = { kind: 'done'; message: string } | { kind: 'error'; message: string } | null;

/** Export to a file, import from one (validated: a bad file changes nothing), reset to defaults. */
export function Backup({ settings, save }: { settings: Settings; save: SettingsHandle['save'] }) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importSettings(await file.text());
    if (!result.ok) {
      setOutcome({
        kind: 'error',
        message: `Couldn't import ${file.name}: ${result.error}. Nothing was changed.`,
      });
      return;
    }
    save(result.settings);
    setOutcome({ kind: 'done', message: `Imported ${file.name}.` });
  };

  const reset = () => {
    if (!globalThis.confirm('Reset every setting to its default? Careers sites you enabled stay enabled.'))
      return;
    resetSettings().then(
      () => setOutcome({ kind: 'done', message: 'Settings reset to their defaults.' }),
      () => setOutcome({ kind: 'error', message: "Couldn't reset the settings." }),
    );
  };

  return (
    <>
      <p class="setting-hint">
        The file holds every setting except the careers sites you enabled in this browser.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={() => download(exportSettings(settings))}>
          Export settings
        </button>
        <label class="button">
          Import settings
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
        <button type="button" class="button button-danger" onClick={reset}>
          Reset to defaults
        </button>
      </div>
      <div role="alert" class="error">
        {outcome?.kind === 'error' ? outcome.message : ''}
      </div>
      <div role="status" class="setting-hint">
        {outcome?.kind === 'done' ? outcome.message : ''}
      </div>
    </>
  );
}
