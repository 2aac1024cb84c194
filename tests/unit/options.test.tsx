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

// Counts at, above and below the minimum, and a stand-in group.
const NO_ROWS = { US: 0, GB: 0, CA: 0, DE: 0, FR: 0, NL: 0, IN: 0, REMOTE: 0, 'REMOTE-US': 0 };
const COVERAGE: CoverageFile = {
  source: 'data/sources/rows.csv',
  filters: 'full-time rows',
  minimumN: 5,
  groups: [
    { group: 'head-of-ai', role: 'head_ai', proxy: null, n: { ...NO_ROWS, US: 14, CA: 2, REMOTE: 5 } },
    { group: 'head-of-data', role: 'head_ai', proxy: 'Head of Data', n: { ...NO_ROWS, GB: 6 } },
  ],
  otherSources: [{ source: 'Postings board', what: 'VP of AI, US: 5 postings.', shippable: false }],
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

  it('shows the coverage table: a count where a band can rest on it, a gap below the minimum', async () => {
    await mount();
    const table = root.querySelector('table');
    expect(table?.querySelector('caption')?.textContent).toBe('Salary rows per title group and region');
    expect([...(table?.querySelectorAll('thead th[scope="col"]') ?? [])].map((th) => th.textContent)).toEqual(
      ['Title group', ...Object.keys(NO_ROWS)],
    );
    const row = (group: string) =>
      [...(table?.querySelectorAll('tbody tr') ?? [])].find((tr) =>
        tr.querySelector('th[scope="row"]')?.textContent?.startsWith(group),
      );
    const cells = (group: string) =>
      [...(row(group)?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(cells('head-of-ai')).toEqual(['14', 'gap', 'gap (2)', 'gap', 'gap', 'gap', 'gap', '5', 'gap']);
    expect(row('head-of-data')?.querySelector('th')?.textContent).toBe('head-of-data (stand-in)');
    expect(cells('head-of-data')[1]).toBe('6');
    expect(root.textContent).toContain('fewer than 5 rows is a gap');
    const other = root.querySelector('li.other-source');
    expect(other?.textContent).toContain('VP of AI, US: 5 postings.');
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
});
