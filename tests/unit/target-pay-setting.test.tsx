// The options page's "your target pay" control against the real settings store (fake browser storage).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/settings/i18n';
import { localeCurrency, TargetPaySetting } from '../../components/settings/TargetPaySetting';
import { useSettings } from '../../components/settings/use-settings';
import type { Region } from '../../data/schema';
import { loadPagesTranslator, type PagesTranslator } from '../../lib/extension/i18n/pages';
import { getSettings, setSettings } from '../../lib/extension/settings-store';

const REGIONS: Region[] = [
  { id: 'US', name: 'United States', kind: 'country', parent: null, currency: 'USD', aliases: [] },
  { id: 'GB', name: 'United Kingdom', kind: 'country', parent: null, currency: 'GBP', aliases: [] },
  { id: 'DE', name: 'Germany', kind: 'country', parent: null, currency: 'EUR', aliases: [] },
];
const CURRENCIES = ['EUR', 'GBP', 'USD'].map((code) => ({ value: code, label: code }));

function Harness() {
  const { settings, save } = useSettings();
  if (!settings) return null;
  return <TargetPaySetting settings={settings} save={save} regions={REGIONS} currencies={CURRENCIES} />;
}

let root: HTMLElement;
let translator: PagesTranslator;

async function mount() {
  translator ??= await loadPagesTranslator('en');
  await act(async () => {
    render(
      <I18nProvider value={translator}>
        <Harness />
      </I18nProvider>,
      root,
    );
  });
  await vi.waitFor(() => expect(root.querySelector('[data-target-amount]')).not.toBeNull());
}

const amountField = () => root.querySelector<HTMLInputElement>('[data-target-amount]') as HTMLInputElement;
const currencyField = () =>
  root.querySelector<HTMLSelectElement>('[data-target-currency]') as HTMLSelectElement;
const clearButton = () => root.querySelector<HTMLButtonElement>('[data-target-clear]') as HTMLButtonElement;

async function type(value: string) {
  const input = amountField();
  input.value = value;
  await act(async () => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // What a number field sends when it is left or Enter is pressed.
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function pick(code: string) {
  const select = currencyField();
  select.value = code;
  await act(async () => {
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('your target pay on the options page', () => {
  it('is labelled, described, empty and not set by default, in the browser region’s currency', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    await mount();
    const input = amountField();
    const label = root.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toBe('Your target pay, a year');
    const hint = root.querySelector(`[id="${input.getAttribute('aria-describedby')}"]`);
    expect(hint?.textContent).toContain('pay bar');
    expect(input.value).toBe('');
    expect(currencyField().value).toBe('GBP');
    expect(currencyField().getAttribute('aria-label')).toBe('Currency of your target pay');
    expect(clearButton().disabled).toBe(true);
    expect((await getSettings()).targetPay).toBeNull();
  });

  it('stores the amount with its currency, then follows a change of currency', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de']);
    await mount();
    expect(currencyField().value).toBe('EUR');
    await type('185000');
    await vi.waitFor(async () =>
      expect((await getSettings()).targetPay).toEqual({ amount: 185_000, currency: 'EUR' }),
    );
    await pick('USD');
    await vi.waitFor(async () =>
      expect((await getSettings()).targetPay).toEqual({ amount: 185_000, currency: 'USD' }),
    );
    expect(clearButton().disabled).toBe(false);
  });

  it('clears it with the button, leaving the focus in the amount field, and an emptied field clears it too', async () => {
    await setSettings({ targetPay: { amount: 240_000, currency: 'GBP' } });
    await mount();
    expect(amountField().value).toBe('240000');
    expect(currencyField().value).toBe('GBP');
    await act(async () => clearButton().click());
    await vi.waitFor(async () => expect((await getSettings()).targetPay).toBeNull());
    await vi.waitFor(() => expect(amountField().value).toBe(''));
    expect(root.ownerDocument.activeElement).toBe(amountField());

    await type('90000');
    await vi.waitFor(async () => expect((await getSettings()).targetPay?.amount).toBe(90_000));
    await type('');
    await vi.waitFor(async () => expect((await getSettings()).targetPay).toBeNull());
  });

  it('refuses an amount of zero or less with an alert, and keeps what was stored', async () => {
    await setSettings({ targetPay: { amount: 150_000, currency: 'USD' } });
    await mount();
    await type('-5');
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('Enter an amount above zero, such as 180000.');
    expect(amountField().getAttribute('aria-invalid')).toBe('true');
    expect(amountField().getAttribute('aria-describedby')).toContain(alert?.id ?? 'none');
    expect((await getSettings()).targetPay).toEqual({ amount: 150_000, currency: 'USD' });
    await type('160000');
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).toBeNull());
  });

  it('shows a target set elsewhere (another tab, an imported file) as it arrives', async () => {
    await mount();
    await act(async () => {
      await setSettings({ targetPay: { amount: 300_000, currency: 'GBP' } });
    });
    await vi.waitFor(() => expect(amountField().value).toBe('300000'));
    expect(currencyField().value).toBe('GBP');
  });
});

describe('localeCurrency', () => {
  it('takes the currency of the first browser language whose region has one on offer, else US dollars', () => {
    const offered = CURRENCIES.map((option) => option.value);
    expect(localeCurrency(['de-DE'], REGIONS, offered)).toBe('EUR');
    expect(localeCurrency(['en'], REGIONS, offered)).toBe('USD');
    expect(localeCurrency(['ja-JP', 'en-GB'], REGIONS, offered)).toBe('GBP');
    expect(localeCurrency(['fr-FR'], REGIONS, offered)).toBe('USD');
    expect(localeCurrency(['not a language'], REGIONS, offered)).toBe('USD');
    expect(localeCurrency(['de'], REGIONS, ['USD'])).toBe('USD');
  });
});
