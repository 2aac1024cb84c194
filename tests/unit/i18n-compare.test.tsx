// Every word the compare page shows comes from its catalogue: the page is drawn, in each of its states, in
// English and in every other language, and no text the English page shows may reappear in another language
// unless it is a brand, the data's own words (titles, companies, places, role and skill names), or that
// language's catalogue says so too. The page follows the language setting and sets <html lang>.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComparePage, PAGE_SIZE } from '../../components/compare/ComparePage';
import { loadCoreData } from '../../data/core';
import { loadDetailData } from '../../data/details';
import { de } from '../../lib/extension/i18n/compare/de';
import { es } from '../../lib/extension/i18n/compare/es';
import { fr } from '../../lib/extension/i18n/compare/fr';
import type { CompareCatalogue } from '../../lib/extension/i18n/compare/index';
import type { UiLocale } from '../../lib/extension/i18n/locale';
import { clearLedger, type Ledger, openLedger, recordPosting, setSaved } from '../../lib/extension/ledger-db';
import type { LedgerPay, PostingSighting } from '../../lib/extension/ledger-schema';
import { setSettings } from '../../lib/extension/settings-store';
import { DAY, sighting, T0 } from './ledger-fixtures';

const OTHER_LANGUAGES = { de, fr, es } satisfies Partial<Record<UiLocale, CompareCatalogue>>;
type OtherLanguage = keyof typeof OTHER_LANGUAGES;

const core = loadCoreData();
const detail = loadDetailData();
const data = { roles: core.roles, skills: detail.skills, chart: core };
const NOW = T0 + 9 * DAY;

const pay = (
  low: number,
  high: number,
  currency: string,
  period: LedgerPay['period'] = 'year',
): LedgerPay => ({
  min: low,
  max: high,
  currency,
  period,
  annualMin: period === 'year' ? low : low * 2080,
  annualMax: period === 'year' ? high : high * 2080,
});

/** Saved postings of every kind the page words differently: pay by the year or hour, none, a repost a day old. */
const SAVED: {
  posting: PostingSighting;
  status: 'interested' | 'applied' | 'declined';
  note: string;
  at: number;
}[] = [
  { posting: sighting(), status: 'applied', note: 'Second round on Monday', at: T0 },
  {
    posting: sighting({
      jobId: '2',
      title: 'VP of AI',
      company: 'Globex',
      level: 'vp',
      roleId: 'vp_ai',
      location: 'New York, NY',
      pay: pay(250_000, 300_000, 'USD'),
    }),
    status: 'interested',
    note: '',
    at: T0 + 8 * DAY,
  },
  {
    posting: sighting({
      jobId: '3',
      title: 'Director of AI',
      company: 'Initech',
      level: 'director',
      roleId: 'director_ai',
      location: 'Berlin, Germany',
      pay: pay(90, 110, 'EUR', 'hour'),
    }),
    status: 'declined',
    note: 'Too far',
    at: T0 + 9 * DAY,
  },
  {
    posting: sighting({
      jobId: '4',
      title: 'Chief AI Officer',
      company: 'Umbrella',
      level: 'c-suite',
      roleId: 'caio',
      pay: null,
      datePosted: null,
    }),
    status: 'interested',
    note: '',
    at: T0,
  },
];

let ledger: Ledger;
let root: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  ledger = await openLedger();
  await clearLedger(ledger);
  for (const { posting, status, note, at } of SAVED) {
    await recordPosting(ledger, posting, at, 1_000);
    await setSaved(ledger, `greenhouse:${posting.jobId}`, { status, note }, at);
  }
  for (let i = 0; i < PAGE_SIZE + 3; i++)
    await recordPosting(ledger, sighting({ jobId: `u${i}`, title: `Head of AI ${i}` }), T0, 1_000);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  ledger.close();
  vi.restoreAllMocks();
});

interface Scenario {
  act?: (root: HTMLElement) => Promise<void>;
}

const change = (el: HTMLInputElement | HTMLSelectElement | null) =>
  act(async () => {
    el?.dispatchEvent(new Event('change', { bubbles: true }));
  });

const SCENARIOS: Record<string, Scenario> = {
  'the saved postings with their chart': {},
  'everything remembered, a page at a time': {
    act: async (page) => {
      const savedOnly = page.querySelector<HTMLInputElement>('[data-compare="saved-only"]');
      if (savedOnly) savedOnly.checked = false;
      await change(savedOnly);
      await vi.waitFor(() => expect(page.querySelector('[data-compare="more"]')).not.toBeNull());
    },
  },
  'a search that matches nothing': {
    act: async (page) => {
      const search = page.querySelector<HTMLInputElement>('[data-compare="search"]');
      if (search) search.value = 'zzzz';
      await act(async () => {
        search?.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await vi.waitFor(() => expect(page.querySelector('[data-compare="empty"]')).not.toBeNull());
    },
  },
  'a file that will not import': {
    act: async (page) => {
      const input = page.querySelector<HTMLInputElement>('[data-compare="import"]');
      Object.defineProperty(input, 'files', {
        value: [new File(['{"format":"x"}'], 'x.json')],
        configurable: true,
      });
      await change(input);
      await vi.waitFor(() =>
        expect(page.querySelector('[data-compare="message"]')?.textContent).not.toBe(''),
      );
    },
  },
};

/** Every string a person can see or hear: text, labels, titles, the page title, the confirm dialog. */
function visibleTexts(): string[] {
  const texts: string[] = [document.title];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) texts.push(el.getAttribute(name) ?? '');
  }
  return texts.map((text) => text.trim()).filter((text) => /\p{L}/u.test(text));
}

async function draw(locale: UiLocale, scenario: Scenario): Promise<string[]> {
  document.title = '';
  await setSettings({ uiLanguage: locale });
  const confirms: string[] = [];
  vi.spyOn(globalThis, 'confirm').mockImplementation((message) => {
    confirms.push(String(message));
    return false;
  });
  await act(async () => render(<ComparePage key={locale} data={data} now={() => NOW} />, root));
  await vi.waitFor(() => expect(document.documentElement.lang).toBe(locale));
  await vi.waitFor(() => expect(root.querySelector('[data-compare="table"]')).not.toBeNull());
  await vi.waitFor(() => expect(root.querySelector('[data-compare="count"]')).not.toBeNull());
  await scenario.act?.(root);
  await act(async () => root.querySelector<HTMLButtonElement>('[data-compare="forget"]')?.click());
  const texts = [...visibleTexts(), ...confirms];
  render(null, root);
  return texts;
}

function dataStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(dataStrings);
  return [];
}

function untranslated(english: string[], other: string[], locale: OtherLanguage): string[] {
  const allowed = new Set([
    'AI Leadership Lens',
    ...dataStrings(SAVED),
    ...Array.from({ length: PAGE_SIZE + 3 }, (_, i) => `Head of AI ${i}`),
    ...core.roles.map((role) => role.name),
    ...core.regions.map((region) => region.name),
    ...detail.skills.map((skill) => skill.label),
    // A chart's currency, by the name Intl gives it in that language ("Euro (EUR)" in German too).
    ...['EUR', 'GBP', 'USD'].map(
      (code) => `${new Intl.DisplayNames(locale, { type: 'currency' }).of(code)} (${code})`,
    ),
    ...Object.values(OTHER_LANGUAGES[locale]).flatMap((message) =>
      typeof message === 'string' ? [message] : Object.values(message),
    ),
  ]);
  const shownInEnglish = new Set(english);
  // A list of skill names (the data's words) joined by commas.
  const skillList = (text: string) => text.split(', ').every((part) => allowed.has(part));
  return other.filter((text) => shownInEnglish.has(text) && !allowed.has(text) && !skillList(text));
}

describe('the compare page', () => {
  it.each(Object.keys(SCENARIOS))('speaks only the chosen language: %s', async (name) => {
    const scenario = SCENARIOS[name] as Scenario;
    const english = await draw('en', scenario);
    expect(english.length).toBeGreaterThan(20);
    for (const locale of Object.keys(OTHER_LANGUAGES) as OtherLanguage[]) {
      const shown = await draw(locale, scenario);
      expect(untranslated(english, shown, locale), locale).toEqual([]);
    }
  });

  it('follows the browser when set to auto, and titles the page', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-CA', 'en']);
    await act(async () => render(<ComparePage data={data} now={() => NOW} />, root));
    await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Offres enregistrées'));
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('AI Leadership Lens : offres enregistrées');
  });

  it('shows the saved postings first, with their chart, and the rest a page at a time', async () => {
    await setSettings({ uiLanguage: 'en' });
    await act(async () => render(<ComparePage data={data} now={() => NOW} />, root));
    await vi.waitFor(() =>
      expect(root.querySelectorAll('[data-compare="table"] tbody tr')).toHaveLength(SAVED.length),
    );
    expect(root.querySelector('[data-compare="count"]')?.textContent).toBe(
      `The memory holds ${SAVED.length + PAGE_SIZE + 3} postings.`,
    );
    expect(
      [...root.querySelectorAll('.pay-chart__group')].map((g) => g.getAttribute('data-currency')),
    ).toEqual(['EUR', 'GBP', 'USD']);
    expect(root.querySelector('[data-compare="unplaced"]')?.textContent).toContain('Chief AI Officer');
    const savedOnly = root.querySelector<HTMLInputElement>('[data-compare="saved-only"]');
    if (savedOnly) savedOnly.checked = false;
    await change(savedOnly);
    await vi.waitFor(() =>
      expect(root.querySelectorAll('[data-compare="table"] tbody tr')).toHaveLength(PAGE_SIZE),
    );
    expect(root.querySelector('[data-compare="showing"]')?.textContent).toBe(
      `Showing ${PAGE_SIZE} of ${SAVED.length + PAGE_SIZE + 3}.`,
    );
    await act(async () => root.querySelector<HTMLButtonElement>('[data-compare="more"]')?.click());
    expect(root.querySelectorAll('[data-compare="table"] tbody tr')).toHaveLength(
      SAVED.length + PAGE_SIZE + 3,
    );
    expect(root.querySelector('[data-compare="more"]')).toBeNull();
  });
});
