import { useState } from 'preact/hooks';
import { exportSettings, importSettings, type Settings } from '../../lib/extension/settings';
import { resetSettings } from '../../lib/extension/settings-store';
import { useI18n } from './i18n';
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
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importSettings(await file.text());
    if (!result.ok) {
      setOutcome({
        kind: 'error',
        message: t('backup.importFailed', { file: file.name, error: result.error }),
      });
      return;
    }
    save(result.settings);
    setOutcome({ kind: 'done', message: t('backup.imported', { file: file.name }) });
  };

  const reset = () => {
    if (!globalThis.confirm(t('backup.confirmReset'))) return;
    resetSettings().then(
      () => setOutcome({ kind: 'done', message: t('backup.resetDone') }),
      () => setOutcome({ kind: 'error', message: t('backup.resetFailed') }),
    );
  };

  return (
    <>
      <p class="setting-hint">{t('backup.hint')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={() => download(exportSettings(settings))}>
          {t('backup.export')}
        </button>
        <label class="button">
          {t('backup.import')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
        <button type="button" class="button button-danger" onClick={reset}>
          {t('backup.reset')}
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
