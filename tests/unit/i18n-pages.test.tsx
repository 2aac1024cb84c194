// Every word the popup and the options page show comes from the catalogue: each page, in each of its
// states, is drawn in English and in every other language, and no text the English page shows may reappear
// in another language unless it is a brand, the data's own words, or that language's catalogue says so too.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../components/OptionsPage';
import { Popup } from '../../components/Popup';
import { loadBundledData, loadCoverage } from '../../data';
import type { DiagnosticsReply } from '../../lib/extension/diagnostics-message';
import { LANGUAGE_ENDONYMS, UI_LOCALES, type UiLocale } from '../../lib/extension/i18n/locale';
import { de } from '../../lib/extension/i18n/pages/de';
import { es } from '../../lib/extension/i18n/pages/es';
import { fr } from '../../lib/extension/i18n/pages/fr';
import type { PagesCatalogue } from '../../lib/extension/i18n/pages/index';
import type { SettingsPatch } from '../../lib/extension/settings';
import { getSettings, setSettings } from '../../lib/extension/settings-store';
import { EVERY_FIELD_SOURCE } from './field-source-cases';

const OTHER_LANGUAGES = { de, fr, es } satisfies Partial<Record<UiLocale, PagesCatalogue>>;
type OtherLanguage = keyof typeof OTHER_LANGUAGES;

/** Proper nouns that stay as they are in every language. */
const BRANDS = [
  'AI Leadership Lens',
  'LinkedIn',
  'Indeed',
  'Greenhouse',
  'Lever',
  'Ashby',
  'Workday',
  'Wellfound',
  'Glassdoor',
  ...Object.values(LANGUAGE_ENDONYMS),
];

const POSTING: DiagnosticsReply = {
  type: 'diagnostics',
  site: 'linkedin',
  url: 'https://www.linkedin.com/jobs/view/123',
  status: 'posting',
  aiLeadership: false,
  role: {
    id: 'caio',
    name: 'Chief AI Officer',
    level: 'c-suite',
    confidence: 0.6,
    evidence: { by: 'phrase', text: 'chief ai officer' },
  },
  pay: { text: '$300,000 - $400,000', currency: 'USD', annualMin: 300000, annualMax: 400000 },
  region: { id: 'US-CA', name: 'California', evidence: 'location' },
  position: { verdict: 'below', comparedBasis: 'total' },
  benchmarkGap: null,
  fields: [
    { field: 'title', found: true, how: { code: 'schema', format: 'json-ld', properties: ['title'] } },
    { field: 'company', found: false, how: { code: 'not-found', jobPosting: true, selectors: 2 } },
    { field: 'payText', found: false, how: { code: 'not-found', jobPosting: false, selectors: 1 } },
  ],
};

const FIELD_NAMES = ['title', 'company', 'location', 'workplace', 'payText', 'description'];

/** Every way a field can have been read, six to a read-out (one per field), each drawn in every language. */
const EVERY_READING: Record<string, Scenario> = Object.fromEntries(
  Array.from({ length: Math.ceil(EVERY_FIELD_SOURCE.length / FIELD_NAMES.length) }, (_, part) => {
    const sources = EVERY_FIELD_SOURCE.slice(part * FIELD_NAMES.length, (part + 1) * FIELD_NAMES.length);
    const fields = sources.map((how, i) => ({
      field: FIELD_NAMES[i] ?? '',
      found: how.code !== 'not-found',
      how,
    }));
    return [
      `how each field was read, part ${part + 1}`,
      { tabUrl: POSTING.url, reply: { ...POSTING, fields } },
    ];
  }),
);

const GENERIC_PAGE = 'https://careers.example.com/jobs/42';

interface Scenario {
  settings?: SettingsPatch;
  tabUrl?: string;
  reply?: DiagnosticsReply | Error;
  /** After the page has drawn: reach a state that only a click shows. */
  act?: (root: HTMLElement) => Promise<void>;
}

const POPUP_SCENARIOS: Record<string, Scenario> = {
  'a tab it may not see': {},
  'a posting read out': {
    tabUrl: POSTING.url,
    reply: POSTING,
    act: async (root) => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async () => undefined },
        configurable: true,
      });
      await act(async () => root.querySelector<HTMLButtonElement>('.readout-more .button')?.click());
    },
  },
  'a page with no answer': { tabUrl: 'https://jobs.lever.co/acme/1', reply: new Error('no receiver') },
  ...EVERY_READING,
  'no benchmark: the location is in no region': {
    tabUrl: POSTING.url,
    reply: { ...POSTING, position: null, benchmarkGap: 'no-region' },
  },
  'no benchmark: no band for the role there': {
    tabUrl: POSTING.url,
    reply: { ...POSTING, position: null, benchmarkGap: 'no-band' },
  },
  'an unreadable page with an error': {
    tabUrl: 'https://jobs.lever.co/acme/1',
    reply: {
      type: 'diagnostics',
      site: 'lever',
      url: 'https://jobs.lever.co/acme/1',
      status: 'unreadable',
      reason: { code: 'error', message: 'boom' },
      extensionError: { where: 'list-cards', message: 'x is undefined' },
    },
  },
  'a job page none of the selectors could read': {
    tabUrl: 'https://jobs.lever.co/acme/1',
    reply: {
      type: 'diagnostics',
      site: 'lever',
      url: 'https://jobs.lever.co/acme/1',
      status: 'unreadable',
      reason: { code: 'job-not-read' },
    },
  },
  'a careers site to enable, refused': {
    tabUrl: GENERIC_PAGE,
    act: async (root) => {
      vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
      await act(async () => root.querySelector<HTMLButtonElement>('.button-primary')?.click());
    },
  },
  'an enabled careers site with no posting': {
    settings: { grantedOrigins: ['https://careers.example.com'] },
    tabUrl: GENERIC_PAGE,
    reply: { type: 'diagnostics', site: 'generic', url: GENERIC_PAGE, status: 'no-posting' },
  },
  'the lens off': { settings: { enabled: false }, tabUrl: POSTING.url },
  'the lens off on this site': { settings: { sites: { linkedin: false } }, tabUrl: POSTING.url },
};

const SOURCE_NOTES = { ecb: 'Euro foreign exchange reference rates.' };

const OPTIONS_SCENARIOS: Record<string, Scenario> = {
  'every setting changed': {
    settings: {
      grantedOrigins: ['https://careers.example.com'],
      panelPosition: { indeed: { x: 1200, y: 48 } },
      homeRegion: 'GB',
    },
    act: async (root) => {
      vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('Illegal URL'));
      await act(async () =>
        root.querySelector<HTMLButtonElement>('[aria-labelledby="opt-shortcut"] button')?.click(),
      );
    },
  },
  'a file that will not import': {
    act: async (root) => {
      const input = root.querySelector<HTMLInputElement>('input[type="file"]');
      Object.defineProperty(input, 'files', {
        value: [new File(['hello'], 'mine.json')],
        configurable: true,
      });
      await act(async () => {
        input?.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await vi.waitFor(() => expect(root.querySelector('[role="alert"].error')?.textContent).not.toBe(''));
    },
  },
};

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([{ name: 'toggle-panel', shortcut: '' }]);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

/** Every string a person can see or hear: text, labels, titles, the options of a select, the page title. */
function visibleTexts(): string[] {
  const texts: string[] = [document.title];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) texts.push(el.getAttribute(name) ?? '');
  }
  return texts.map((text) => text.trim()).filter((text) => /\p{L}/u.test(text));
}

async function draw(page: 'popup' | 'options', locale: UiLocale, scenario: Scenario): Promise<string[]> {
  fakeBrowser.reset();
  document.title = '';
  await setSettings({ ...scenario.settings, uiLanguage: locale });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    {
      id: 7,
      url: scenario.tabUrl,
      index: 0,
      highlighted: true,
      active: true,
      pinned: false,
      incognito: false,
    },
  ]);
  const { reply } = scenario;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    if (reply instanceof Error || reply === undefined) throw reply ?? new Error('no receiver');
    return reply;
  });
  const confirms: string[] = [];
  vi.spyOn(globalThis, 'confirm').mockImplementation((message) => {
    confirms.push(String(message));
    return false;
  });
  await act(async () => {
    render(
      page === 'popup' ? (
        <Popup key={locale} />
      ) : (
        <OptionsPage
          key={locale}
          data={loadBundledData()}
          sourceNotes={SOURCE_NOTES}
          coverage={loadCoverage()}
        />
      ),
      root,
    );
  });
  await vi.waitFor(() => expect(document.documentElement.lang).toBe(locale));
  await vi.waitFor(() => expect(root.querySelector('[role="switch"]')).not.toBeNull());
  // Let the tab's answer in (or its absence).
  await vi.waitFor(() => expect(root.textContent).not.toMatch(/Reading this page|…$/));
  await scenario.act?.(root);
  if (page === 'options') {
    await act(async () => root.querySelector<HTMLButtonElement>('.button-danger')?.click());
  }
  const texts = [...visibleTexts(), ...confirms];
  render(null, root);
  return texts;
}

/** Strings the scenario itself supplies (role names, origins, errors): shown as they come. */
function dataStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(dataStrings);
  return [];
}

function catalogueTexts(catalogue: PagesCatalogue): string[] {
  return Object.values(catalogue).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message),
  );
}

function untranslated(english: string[], other: string[], locale: OtherLanguage, scenario: Scenario) {
  const bundled = loadBundledData();
  const coverage = loadCoverage();
  const allowed = new Set([
    ...BRANDS,
    ...dataStrings(scenario),
    ...dataStrings(SOURCE_NOTES),
    'chrome://extensions/shortcuts',
    // The bundled data stays in English, with its sources (the options page says so).
    ...bundled.sources.flatMap((source) => [source.title, source.url ?? '']),
    ...bundled.regions.map((region) => region.name),
    ...bundled.roles.map((role) => role.name),
    ...bundled.skillGroups.map((group) => group.name),
    ...bundled.skills.map((skill) => skill.label),
    // The coverage table's title groups, cells and what the other sources gave.
    ...dataStrings(coverage),
    ...coverage.groups.flatMap((group) => Object.keys(group.n)),
    // Words a language shares with English on purpose ("VP", "Region", "Description").
    ...catalogueTexts(OTHER_LANGUAGES[locale]),
  ]);
  const shownInEnglish = new Set(english);
  return other.filter(
    (text) =>
      shownInEnglish.has(text) &&
      !allowed.has(text) &&
      // A currency option: its code, then the name Intl gives in the page's language.
      !/^[A-Z]{3}( · .+)?$/.test(text),
  );
}

describe.each([
  ['popup', POPUP_SCENARIOS],
  ['options', OPTIONS_SCENARIOS],
] as const)('the %s', (page, scenarios) => {
  it.each(Object.keys(scenarios))('speaks only the chosen language: %s', async (name) => {
    const scenario = scenarios[name] as Scenario;
    const english = await draw(page, 'en', scenario);
    expect(english.length).toBeGreaterThan(5);
    for (const locale of Object.keys(OTHER_LANGUAGES) as OtherLanguage[]) {
      const shown = await draw(page, locale, scenario);
      expect(untranslated(english, shown, locale, scenario), locale).toEqual([]);
    }
  });
});

describe('the language', () => {
  it('follows the browser when set to auto', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-MX', 'en']);
    await act(async () => render(<Popup />, root));
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Esta página'));
    expect(document.documentElement.lang).toBe('es');
  });

  it('switches the options page at once when the setting changes', async () => {
    await act(async () =>
      render(
        <OptionsPage data={loadBundledData()} sourceNotes={SOURCE_NOTES} coverage={loadCoverage()} />,
        root,
      ),
    );
    await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('AI Leadership Lens settings'));
    const select = [...root.querySelectorAll('select')].find((el) =>
      [...el.options].some((option) => option.value === 'de'),
    );
    if (!select) throw new Error('no language select');
    expect([...select.options].map((option) => option.text)).toEqual([
      'Browser language',
      'English',
      'Deutsch',
      'Français',
      'Español',
    ]);
    select.value = 'de';
    await act(async () => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () => expect((await getSettings()).uiLanguage).toBe('de'));
    await vi.waitFor(
      () => expect(root.querySelector('h1')?.textContent).toBe('AI Leadership Lens – Einstellungen'),
      {
        timeout: 5000,
      },
    );
    await vi.waitFor(() => expect(document.title).toBe('AI Leadership Lens – Einstellungen'));
    expect(root.textContent).toContain('stehen auf Englisch');
  });
});

it('covers every language but English', () => {
  expect(Object.keys(OTHER_LANGUAGES).sort()).toEqual(UI_LOCALES.filter((l) => l !== 'en').sort());
});
