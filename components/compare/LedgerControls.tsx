// The memory's own settings, and the ledger as files: export JSON and CSV, import JSON, forget everything.
import type { Settings, SettingsPatch } from '../../lib/extension/settings';
import { LEDGER_CAP_MAX, LEDGER_CAP_MIN } from '../../lib/extension/settings';
import { Switch } from '../settings/Switch';
import { useCompareI18n } from './compare-i18n';

export interface LedgerActions {
  exportJson(): void;
  exportCsv(): void;
  importFile(file: File): void;
  forget(): void;
}

export function LedgerControls({
  settings,
  save,
  actions,
  ready,
  message,
}: {
  settings: Settings;
  save: (patch: SettingsPatch) => void;
  actions: LedgerActions;
  /** The ledger is open: its files can be written and read. */
  ready: boolean;
  message: string | null;
}) {
  const t = useCompareI18n();
  return (
    <section class="group" aria-labelledby="memory-settings">
      <h2 id="memory-settings">{t.t('memory.heading')}</h2>
      <Switch
        label={t.t('memory.remember')}
        hint={t.t('memory.rememberHint')}
        checked={settings.ledger.enabled}
        onChange={(enabled) => save({ ledger: { enabled } })}
      />
      <label class="setting-row">
        <span class="setting-label">{t.t('memory.cap')}</span>
        <input
          type="number"
          data-compare="cap"
          min={LEDGER_CAP_MIN}
          max={LEDGER_CAP_MAX}
          value={settings.ledger.cap}
          onChange={(e) => {
            const cap = Number(e.currentTarget.value);
            if (Number.isInteger(cap) && cap >= LEDGER_CAP_MIN && cap <= LEDGER_CAP_MAX)
              save({ ledger: { cap } });
          }}
        />
      </label>
      <p class="setting-hint">{t.t('memory.capHint')}</p>
      <p class="compare-actions">
        <button type="button" data-compare="export-json" disabled={!ready} onClick={actions.exportJson}>
          {t.t('file.exportJson')}
        </button>
        <button type="button" data-compare="export-csv" disabled={!ready} onClick={actions.exportCsv}>
          {t.t('file.exportCsv')}
        </button>
        <label>
          {t.t('file.importJson')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-compare="import"
            disabled={!ready}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) actions.importFile(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" class="danger" data-compare="forget" disabled={!ready} onClick={actions.forget}>
          {t.t('file.forget')}
        </button>
      </p>
      <p role="status" data-compare="message">
        {message}
      </p>
    </section>
  );
}
