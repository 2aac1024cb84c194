import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../components/OptionsPage';
import { type BundledData, loadBundledData, loadCoverage } from '../../data';
import type { CoverageFile } from '../../data/schema';
import { DEFAULT_SETTINGS, exportSettings, SETTINGS_FILE_FORMAT } from '../../lib/extension/settings';
import { getSettings, setSettings } from '../../lib/extension/settings-store';

// A small hand-made data set: the component must work with any number of sources and skills.
const DATA: BundledData = {
  sources: [
    {
      id: 'src-a',
      title: 'Survey A',
      publisher: 'Publisher A',
      url: 'https://example.org/a',
      date: '2025',
      confidence: 'high',
    },
    {
      id: 'src-b',
      title: 'Report B',
      publisher: 'Publisher B',
      url: null,
      date: '2024-06',
      confidence: 'low',
    },
    {
      id: 'ecb',
      title: 'Reference rates',
      publisher: 'Central bank',
      url: 'https://example.org/rates',
      date: '2026-01-02',
      confidence: 'high',
    },
  ],
  cities: [],
  regions: [
    { id: 'US', name: 'United States', kind: 'country', parent: null, currency: 'USD', aliases: [] },
    { id: 'GB', name: 'United Kingdom', kind: 'country', parent: 'EUROPE', currency: 'GBP', aliases: [] },
  ],
  roles: [],
  salaries: [],
  skillGroups: [
    { id: 'technical', name: 'Technical' },
    { id: 'governance', name: 'Governance' },
    { id: 'tools', name: 'Tools' },
  ],
  skills: [
    { id: 'mlops', group: 'technical', label: 'MLOps', phrases: ['mlops'], roles: [], sources: [] },
    {
      id: 'llm_apps',
      group: 'technical',
      label: 'LLM applications',
      phrases: ['llm'],
      roles: [],
      sources: [],
    },
    {
      id: 'ai_policy',
      group: 'governance',
      label: 'AI policy',
      phrases: ['ai policy'],
      roles: [],
      sources: [],
    },
  ],
  rates: { base: 'EUR', date: '2026-01-02', source: 'ecb', rates: { USD: 1.1, GBP: 0.85 }, derived: {} },
  payLaws: [],
  payLawsCompiled: '2026-01-15',
};

// Per role and region: bands at and above the minimum, a whole survey's n, a stand-in, gaps with and without rows.
const NO_ROWS = { US: 0, GB: 0, CA: 0, DE: 0, FR: 0, NL: 0, IN: 0, SG: 0, REMOTE: 0, 'REMOTE-US': 0 };
const GAP = { band: null, n: 0, nKind: 'rows', wholeSurvey: false, standIn: false } as const;
const COVERAGE: CoverageFile = {
  source: 'data/sources/rows.csv',
  published: 'data/sources/figures.json',
  filters: 'full-time rows',
  minimumN: 5,
  groups: [{ group: 'head-of-ai', role: 'head_ai', proxy: null, n: { ...NO_ROWS, US: 14, CA: 2 } }],
  roles: {
    regions: ['US', 'GB', 'CA', 'EUROPE'],
    rows: [
      {
        role: 'head_ai',
        cells: {
          US: { band: 'head-us', n: 14, nKind: 'rows', wholeSurvey: false, standIn: false },
          GB: { band: 'head-gb', n: 5, nKind: 'rows', wholeSurvey: false, standIn: true },
          CA: { ...GAP, n: 2 },
          EUROPE: GAP,
        },
      },
      {
        role: 'caio',
        cells: {
          US: GAP,
          GB: GAP,
          CA: GAP,
          EUROPE: { band: 'caio-europe', n: 1201, nKind: 'respondents', wholeSurvey: true, standIn: false },
        },
      },
    ],
  },
  otherSources: [
    {
      source: 'Postings board',
      short: 'postings board',
      what: 'VP of AI, US: 5 postings.',
      shippable: false,
      gave: [
        { role: 'vp_ai', region: 'US', n: 5 },
        { role: 'vp_ai', region: 'GB', n: null },
      ],
    },
  ],
};
/** The bands the table's cells name, for what they say on hover. */
const BAND = {
  kind: 'band',
  role: 'head_ai',
  region: 'US',
  currency: 'USD',
  basis: 'base',
  p50: 200000,
  n: 14,
  nKind: 'rows',
  measures: 'salaries-and-posted-ranges',
  source: 'src-a',
  method: 'computed',
  year: 2025,
  confidence: 'medium',
} as const;
const COVERED_DATA: BundledData = {
  ...DATA,
  roles: loadBundledData().roles,
  salaries: [
    { ...BAND, id: 'head-us' },
    { ...BAND, id: 'head-gb', region: 'GB', n: 5, proxy: 'Head of Data (job title)' },
    {
      ...BAND,
      id: 'caio-europe',
      role: 'caio',
      region: 'EUROPE',
      n: 1201,
      nKind: 'respondents',
      nScope: 'US and Europe together',
    },
  ],
};

let root: HTMLElement;

async function mount(data: BundledData = DATA, coverage: CoverageFile = COVERAGE) {
  await act(async () => {
    render(
      <OptionsPage
        data={data}
        sourceNotes={{ 'src-a': 'Survey A covers 40 chief AI officers.' }}
        coverage={coverage}
      />,
      root,
    );
  });
  await vi.waitFor(() => expect(root.querySelector('h1')).not.toBeNull());
}

function switchNamed(name: string): HTMLButtonElement {
  const match = [...root.querySelectorAll<HTMLButtonElement>('[role="switch"]')].find(
    (el) => root.querySelector(`[id="${el.getAttribute('aria-labelledby')}"]`)?.textContent === name,
  );
  if (!match) throw new Error(`no switch labelled ${name}`);
  return match;
}

function selectNamed(name: string): HTMLSelectElement {
  const label = [...root.querySelectorAll('label')].find((el) => el.textContent === name);
  const select = label && root.querySelector<HTMLSelectElement>(`[id="${label.htmlFor}"]`);
  if (!select) throw new Error(`no select labelled ${name}`);
  return select;
}

function buttonNamed(name: string): HTMLButtonElement {
  const match = [...root.querySelectorAll('button')].find((el) => el.textContent?.trim() === name);
  if (!match) throw new Error(`no button ${name}`);
  return match;
}

async function chooseFile(text: string, name = 'settings.json') {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const alertText = () => root.querySelector('[role="alert"]')?.textContent ?? '';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: 'toggle-panel', shortcut: 'Alt+Shift+L', description: 'Show or hide the panel' },
  ]);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('controls write storage', () => {
  it('a site switch', async () => {
    await mount();
    await act(async () => switchNamed('Glassdoor').click());
    await vi.waitFor(async () => expect((await getSettings()).sites.glassdoor).toBe(false));
    expect((await getSettings()).sites.linkedin).toBe(true);
  });

  it('selects: theme, currency, pay basis, home region (and back to not set)', async () => {
    await mount();
    const pick = async (name: string, value: string) => {
      const select = selectNamed(name);
      select.value = value;
      await act(async () => {
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    await pick('Theme', 'dark');
    await pick('Show amounts in', 'GBP');
    await pick('Compare pay as', 'total');
    await pick('Home region', 'GB');
    await vi.waitFor(async () =>
      expect(await getSettings()).toMatchObject({
        theme: 'dark',
        displayCurrency: 'GBP',
        payBasis: 'total',
        homeRegion: 'GB',
      }),
    );
    expect(document.documentElement.dataset.theme).toBe('dark');
    await pick('Home region', '');
    await vi.waitFor(async () => expect((await getSettings()).homeRegion).toBeNull());
  });

  it('offers every rate currency, and keeps showing a stored one it does not know', async () => {
    await setSettings({ displayCurrency: 'JPY' });
    await mount();
    const select = selectNamed('Show amounts in');
    expect([...select.options].map((o) => o.value)).toEqual(['JPY', 'EUR', 'GBP', 'USD']);
    expect(select.value).toBe('JPY');
  });

  it('the skills checklist is the profile', async () => {
    await setSettings({ userSkills: ['ai_policy'] });
    await mount();
    const groups = [...root.querySelectorAll('fieldset legend')].map((el) => el.textContent);
    expect(groups).toEqual(['Technical', 'Governance']);
    const box = (label: string) =>
      [...root.querySelectorAll('label.checkbox')]
        .find((el) => el.textContent === label)
        ?.querySelector('input') as HTMLInputElement;
    expect(box('AI policy').checked).toBe(true);
    expect(box('MLOps').checked).toBe(false);
    await act(async () => box('MLOps').click());
    await vi.waitFor(async () => expect((await getSettings()).userSkills).toEqual(['ai_policy', 'mlops']));
    await act(async () => box('AI policy').click());
    await vi.waitFor(async () => expect((await getSettings()).userSkills).toEqual(['mlops']));
  });

  it('docks a moved panel back', async () => {
    await setSettings({ panelPosition: { indeed: { x: 120, y: 48 } } });
    await mount();
    expect(root.textContent).toContain('Moved to 120, 48');
    await act(async () => buttonNamed('Dock right').click());
    await vi.waitFor(async () => expect((await getSettings()).panelPosition.indeed).toBe('docked-right'));
  });

  it('removes a granted origin with its permission', async () => {
    await setSettings({ grantedOrigins: ['https://a.example.com', 'https://b.example.com'] });
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await mount();
    const button = root.querySelector<HTMLButtonElement>('button[aria-label="Remove https://a.example.com"]');
    await act(async () => button?.click());
    await vi.waitFor(async () =>
      expect((await getSettings()).grantedOrigins).toEqual(['https://b.example.com']),
    );
    expect(remove).toHaveBeenCalledWith({ origins: ['https://a.example.com/*'] });
  });
});

describe('import / export / reset', () => {
  it('shows a bad file in the alert region and changes nothing', async () => {
    await setSettings({ theme: 'dark', userSkills: ['mlops'] });
    const before = await fakeBrowser.storage.sync.get(null);
    await mount();
    await chooseFile(
      JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 2, settings: { displayCurrency: 'dollars' } }),
      'mine.json',
    );
    await vi.waitFor(() =>
      expect(alertText()).toBe(
        "Couldn't import mine.json: Field displayCurrency: expected a three-letter currency code such as USD. Nothing was changed.",
      ),
    );
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it.each([
    ['not JSON', 'hello', 'Not JSON'],
    ['another JSON file', '{"compilerOptions":{}}', 'Not an AI Leadership Lens settings file'],
  ])('rejects %s', async (_label, text, error) => {
    await mount();
    await chooseFile(text);
    await vi.waitFor(() => expect(alertText()).toContain(error));
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('imports a good file, keeping this browser’s origins', async () => {
    await setSettings({ grantedOrigins: ['https://a.example.com'] });
    await mount();
    const file = exportSettings({
      ...DEFAULT_SETTINGS,
      theme: 'light',
      userSkills: ['llm_apps'],
      grantedOrigins: [],
    });
    await chooseFile(file);
    await vi.waitFor(async () =>
      expect(await getSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        theme: 'light',
        userSkills: ['llm_apps'],
        grantedOrigins: ['https://a.example.com'],
      }),
    );
    expect(root.textContent).toContain('Imported settings.json.');
    expect(alertText()).toBe('');
  });

  it('exports the stored settings as a JSON download', async () => {
    await setSettings({ panelMode: 'compact' });
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob;
      return 'blob:settings';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await mount();
    await act(async () => buttonNamed('Export settings').click());
    expect(clicked[0]?.download).toBe('ai-leadership-lens-settings.json');
    expect(clicked[0]?.href).toBe('blob:settings');
    const file = JSON.parse((await blob?.text()) ?? '');
    expect(file).toMatchObject({
      format: SETTINGS_FILE_FORMAT,
      version: 2,
      settings: { panelMode: 'compact' },
    });
  });

  it('resets only after confirming', async () => {
    await setSettings({ enabled: false, theme: 'dark' });
    const confirm = vi.spyOn(globalThis, 'confirm').mockReturnValue(false);
    await mount();
    await act(async () => buttonNamed('Reset to defaults').click());
    expect(confirm).toHaveBeenCalledOnce();
    expect((await getSettings()).theme).toBe('dark');
    confirm.mockReturnValue(true);
    await act(async () => buttonNamed('Reset to defaults').click());
    await vi.waitFor(async () => expect(await getSettings()).toEqual(DEFAULT_SETTINGS));
  });
});

describe('keyboard shortcut', () => {
  it('shows the current binding and opens the shortcut page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await mount();
    await vi.waitFor(() => expect(root.querySelector('kbd')?.textContent).toBe('Alt+Shift+L'));
    await act(async () => buttonNamed('Change shortcut').click());
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('shows the way there as text when the page cannot be opened', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('Illegal URL'));
    await mount();
    await act(async () => buttonNamed('Change shortcut').click());
    await vi.waitFor(() => expect(root.textContent).toContain('Manage Extension Shortcuts'));
  });

  it('says when no key is bound', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([{ name: 'toggle-panel', shortcut: '' }]);
    await mount();
    await vi.waitFor(() => expect(root.textContent).toContain('No shortcut set'));
  });
});

describe('about the data', () => {
  it('lists every source with publisher, date, confidence and link, and the table dates', async () => {
    await mount();
    const items = [...root.querySelectorAll('li.source')];
    expect(items).toHaveLength(DATA.sources.length);
    expect(items[0]?.textContent).toContain('Publisher A · 2025 · High confidence');
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/a');
    expect(items[1]?.textContent).toContain('No public link');
    expect(items[0]?.querySelector('.source-note')?.textContent).toBe(
      'Survey A covers 40 chief AI officers.',
    );
    expect(items[1]?.querySelector('.source-note')).toBeNull();
    // Dates in the page's locale (en-US here), as precise as the data: a year stays a year.
    expect(root.textContent).toContain('Currency rates dated Jan 2, 2026 (Central bank)');
    expect(root.textContent).toContain('compiled Jan 15, 2026');
  });

  it('shows the coverage per role and region: the n a band rests on, marked, or a gap with the rows found', async () => {
    await mount(COVERED_DATA);
    const table = root.querySelector('table');
    expect(table?.querySelector('caption')?.textContent).toBe(
      'Benchmarks per role and region: the sample each rests on',
    );
    const heads = [...(table?.querySelectorAll('thead th[scope="col"]') ?? [])];
    expect(heads.map((th) => th.textContent)).toEqual(['Role', 'US', 'GB', 'CA', 'EUROPE']);
    expect(heads[1]?.querySelector('abbr')?.title).toBe('United States');
    const row = (role: string) =>
      [...(table?.querySelectorAll('tbody tr') ?? [])].find(
        (tr) => tr.querySelector('th[scope="row"]')?.textContent === role,
      );
    const cells = (role: string) => [...(row(role)?.querySelectorAll('td') ?? [])];
    // What the eye reads; a screen reader also hears the words the marks stand for.
    const seen = (td: Element) =>
      [...td.childNodes]
        .filter((node) => !(node instanceof Element && node.classList.contains('visually-hidden')))
        .map((node) => node.textContent)
        .join('');
    expect(cells('Head of AI / ML').map(seen)).toEqual(['14', '5*', 'gap (2)', 'gap']);
    expect(cells('Chief AI Officer').map(seen)).toEqual(['gap', 'gap', 'gap', '1,201†']);
    const standIn = cells('Head of AI / ML')[1];
    expect(standIn?.title).toBe('a stand-in: Head of Data (job title)');
    expect(standIn?.querySelector('.visually-hidden')?.textContent).toBe(
      ' (a stand-in: Head of Data (job title))',
    );
    expect(cells('Chief AI Officer')[3]?.title).toBe("the whole survey's count: US and Europe together");
    expect(cells('Head of AI / ML')[0]?.title).toBe('');
    expect(root.textContent).toContain('A cell with fewer than 5 is a gap');
    const other = root.querySelector('li.other-source');
    expect(other?.textContent).toContain('VP of AI, US: 5 postings.');
    expect(other?.textContent).toContain('VP of AI, US: 5 found · VP of AI, GB: could not be read here');
    expect(other?.textContent).toContain('Cross-check only, not bundled');
  });

  it('copes with no sources and no skills', async () => {
    await mount({ ...DATA, sources: [], skills: [] });
    expect(root.textContent).toContain('No sources bundled yet.');
    expect(root.textContent).toContain('No skills in the bundled data yet.');
  });
});

describe('with the bundled data', () => {
  it('lists every bundled source and offers every bundled skill', async () => {
    const data = loadBundledData();
    await mount(data, loadCoverage());
    expect(root.querySelectorAll('li.source')).toHaveLength(data.sources.length);
    const groupIds = new Set(data.skillGroups.map((group) => group.id));
    const groupedSkills = data.skills.filter((skill) => groupIds.has(skill.group));
    expect(root.querySelectorAll('label.checkbox input[type="checkbox"]')).toHaveLength(groupedSkills.length);
  });

  it('shows data/coverage.json as it is: a row per role, a column per region, a count where a band is', async () => {
    const data = loadBundledData();
    const coverage = loadCoverage();
    await mount(data, coverage);
    const rows = [...root.querySelectorAll('.coverage tbody tr')];
    expect(rows.map((tr) => tr.querySelector('th')?.textContent)).toEqual(
      coverage.roles.rows.map((row) => data.roles.find((role) => role.id === row.role)?.name),
    );
    coverage.roles.rows.forEach((row, index) => {
      const shown = [...(rows[index]?.querySelectorAll('td') ?? [])];
      expect(shown).toHaveLength(coverage.roles.regions.length);
      coverage.roles.regions.forEach((region, column) => {
        const cell = row.cells[region];
        expect(shown[column]?.classList.contains('coverage-gap')).toBe(!cell?.band);
        expect(shown[column]?.textContent).toMatch(cell?.band ? /^[\d,]+/ : /^gap/);
      });
    });
  });
});
