import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Region } from '../../data/schema';
import type { Settings } from '../../lib/extension/settings';
import { useI18n } from './i18n';
import type { SettingsHandle } from './use-settings';

/** The currency of the browser's region ('de' -> Germany -> EUR) where it is offered, else US dollars. */
export function localeCurrency(
  languages: readonly string[],
  regions: readonly Region[],
  offered: readonly string[],
): string {
  for (const language of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(language).maximize().region;
    } catch {
      continue;
    }
    const currency = regions.find((candidate) => candidate.id === region)?.currency;
    if (currency && offered.includes(currency)) return currency;
  }
  return 'USD';
}

/** A positive amount as the number field gives it; null for an empty field, NaN for one it cannot read. */
function amountOf(input: HTMLInputElement): number | null {
  if (input.value === '' && !input.validity.badInput) return null;
  return input.valueAsNumber > 0 ? input.valueAsNumber : Number.NaN;
}

/**
 * The pay the user is after, a year, in a currency: the panel marks it on its pay bar. Saved when the field is
 * left (or Enter is pressed); emptied or cleared, there is none.
 */
export function TargetPaySetting({
  settings,
  save,
  regions,
  currencies,
}: {
  settings: Settings;
  save: SettingsHandle['save'];
  regions: readonly Region[];
  currencies: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  const id = useId();
  const target = settings.targetPay;
  const [currency, setCurrency] = useState(
    () =>
      target?.currency ??
      localeCurrency(
        navigator.languages,
        regions,
        currencies.map((option) => option.value),
      ),
  );
  const stored = target ? String(target.amount) : '';
  const [draft, setDraft] = useState(stored);
  const [invalid, setInvalid] = useState(false);
  const amountField = useRef<HTMLInputElement>(null);
  // What is stored wins, wherever it was set (here, another options tab, an imported file).
  useEffect(() => setDraft(stored), [stored]);
  useEffect(() => {
    if (target) setCurrency(target.currency);
  }, [target]);

  const saveAmount = (amount: number | null, code: string) => {
    setInvalid(Number.isNaN(amount));
    if (amount === null) save({ targetPay: null });
    else if (!Number.isNaN(amount)) save({ targetPay: { amount, currency: code } });
  };
  const shown = currencies.some((option) => option.value === currency)
    ? currencies
    : [{ value: currency, label: currency }, ...currencies];

  return (
    <div class="target-pay">
      <div class="setting-row">
        <span class="setting-text">
          <label for={`${id}-amount`} class="setting-label">
            {t('target.label')}
          </label>
          <span id={`${id}-hint`} class="setting-hint">
            {t('target.hint')}
          </span>
        </span>
        <span class="target-pay__fields">
          <input
            id={`${id}-amount`}
            class="input"
            type="number"
            min="1"
            step="any"
            inputMode="decimal"
            value={draft}
            ref={amountField}
            onInput={(event) => setDraft(event.currentTarget.value)}
            aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
            aria-invalid={invalid ? 'true' : undefined}
            onChange={(event) => saveAmount(amountOf(event.currentTarget), currency)}
            data-target-amount
          />
          <select
            class="select target-pay__currency"
            aria-label={t('target.currency')}
            value={currency}
            onChange={(event) => {
              const code = event.currentTarget.value;
              setCurrency(code);
              if (target) save({ targetPay: { amount: target.amount, currency: code } });
            }}
            data-target-currency
          >
            {shown.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="button"
            disabled={!target}
            onClick={() => {
              setInvalid(false);
              save({ targetPay: null });
              // The button is disabled once there is nothing to clear: focus goes where a new target is typed.
              amountField.current?.focus();
            }}
            data-target-clear
          >
            {t('target.clear')}
          </button>
        </span>
      </div>
      {invalid && (
        <p id={`${id}-error`} class="error" role="alert">
          {t('target.invalid')}
        </p>
      )}
    </div>
  );
}
