import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup';
import type { DiagnosticsReply } from '../../lib/extension/diagnostics-message';
import { DEFAULT_SETTINGS } from '../../lib/extension/settings';
import { getSettings, setSettings } from '../../lib/extension/settings-store';

let root: HTMLElement;

function activeTab(url: string | undefined, id = 7) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  ]);
}

function replyWith(reply: DiagnosticsReply | Error) {
  return vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation(async () => (reply instanceof Error ? Promise.reject(reply) : reply));
}

async function mount() {
  await act(async () => {
    render(<Popup />, root);
  });
  await vi.waitFor(() => expect(root.querySelector('[role="switch"]')).not.toBeNull());
}

function switchNamed(name: string): HTMLButtonElement {
  const match = [...root.querySelectorAll<HTMLButtonElement>('[role="switch"]')].find((el) => {
    const labelId = el.getAttribute('aria-labelledby') ?? '';
    return root.querySelector(`[id="${labelId}"]`)?.textContent === name;
  });
  if (!match) throw new Error(`no switch labelled ${name}`);
  return match;
}

function buttonNamed(name: string): HTMLButtonElement {
  const match = [...root.querySelectorAll('button')].find((el) => el.textContent?.trim() === name);
  if (!match) throw new Error(`no button ${name}`);
  return match;
}

const POSTING: DiagnosticsReply = {
  type: 'diagnostics',
  site: 'linkedin',
  url: 'https://www.linkedin.com/jobs/view/123',
  status: 'posting',
  aiLeadership: true,
  role: {
    id: 'caio',
    name: 'Chief AI Officer',
    level: 'c-suite',
    confidence: 0.92,
    evidence: { by: 'phrase', text: 'chief ai officer' },
  },
  pay: { text: '$300,000 - $400,000', currency: 'USD', annualMin: 300000, annualMax: 400000 },
  region: { id: 'US-CA', name: 'California', evidence: 'location: San Francisco, CA' },
  position: { verdict: 'within', comparedBasis: 'base' },
  benchmarkGap: null,
  fields: [
    { field: 'title', found: true, how: { code: 'schema', format: 'json-ld', properties: ['title'] } },
    { field: 'payText', found: false, how: { code: 'not-found', jobPosting: true, selectors: 2 } },
  ],
};

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

describe('switches write storage', () => {
  it('the master switch', async () => {
    activeTab(undefined);
    await mount();
    const master = switchNamed('Lens on');
    expect(master.getAttribute('aria-checked')).toBe('true');
    await act(async () => master.click());
    await vi.waitFor(async () => expect((await getSettings()).enabled).toBe(false));
    await vi.waitFor(() => expect(switchNamed('Lens on').getAttribute('aria-checked')).toBe('false'));
    // With the lens off, the section switches cannot be used.
    expect(switchNamed('Salary benchmark').disabled).toBe(true);
  });

  it('a section switch', async () => {
    activeTab(undefined);
    await mount();
    await act(async () => switchNamed('Recruiter checks').click());
    await vi.waitFor(async () => expect((await getSettings()).sections.checks).toBe(false));
    expect((await getSettings()).sections.salary).toBe(true);
  });

  it('"On this site" toggles the current job site only', async () => {
    activeTab('https://www.linkedin.com/jobs/view/123');
    replyWith(POSTING);
    await mount();
    await act(async () => switchNamed('On this site').click());
    await vi.waitFor(async () => expect((await getSettings()).sites.linkedin).toBe(false));
    expect((await getSettings()).sites.indeed).toBe(true);
    await vi.waitFor(() => expect(root.textContent).toContain('The lens is off on this site.'));
  });

  it('follows a change made elsewhere', async () => {
    activeTab(undefined);
    await mount();
    await act(async () => {
      await setSettings({ sections: { role: false } });
    });
    await vi.waitFor(() => expect(switchNamed('Role').getAttribute('aria-checked')).toBe('false'));
  });
});

describe('this page', () => {
  it('reads out what the content script found', async () => {
    activeTab('https://www.linkedin.com/jobs/view/123');
    const send = replyWith(POSTING);
    await mount();
    await vi.waitFor(() => expect(root.textContent).toContain('Chief AI Officer'));
    expect(send).toHaveBeenCalledWith(7, { type: 'get-diagnostics' });
    expect(root.textContent).toContain('Posted pay is within the band');
    expect(root.textContent).toContain('California');
    const fields = [...root.querySelectorAll('.readout-fields dd')].map((dd) => dd.textContent);
    expect(fields).toEqual([
      'schema.org data (JSON-LD): title',
      "Not found: not in the page's schema.org data; none of the site's 2 selectors matched",
    ]);
  });

  it('says why there is no benchmark when it is asked', async () => {
    activeTab('https://www.linkedin.com/jobs/view/123');
    replyWith({ ...POSTING, position: null, benchmarkGap: 'no-region' });
    await mount();
    await vi.waitFor(() => expect(root.textContent).toContain('No benchmark (the panel says why)'));
    expect(root.querySelector('.readout-detail')?.getAttribute('title')).toBe(
      "The posting's location could not be placed in a region.",
    );
  });

  it('copies the diagnostics', async () => {
    activeTab('https://www.linkedin.com/jobs/view/123');
    replyWith(POSTING);
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await mount();
    await vi.waitFor(() => buttonNamed('Copy diagnostics'));
    await act(async () => buttonNamed('Copy diagnostics').click());
    await vi.waitFor(() => expect(root.textContent).toContain('Copied'));
    expect(JSON.parse(writeText.mock.calls[0]?.[0] ?? '')).toEqual(POSTING);
  });

  it('says so when there is no posting', async () => {
    activeTab('https://www.indeed.com/');
    replyWith({ type: 'diagnostics', site: 'indeed', url: 'https://www.indeed.com/', status: 'no-posting' });
    await mount();
    await vi.waitFor(() => expect(root.textContent).toContain('No posting on this page'));
  });

  it.each([
    ['the script does not answer', new Error('Could not establish connection')],
    ['the answer is malformed', { type: 'diagnostics', status: 'posting' } as unknown as DiagnosticsReply],
    [
      'reading threw',
      {
        type: 'diagnostics',
        site: 'lever',
        url: 'https://jobs.lever.co/x',
        status: 'unreadable',
        reason: { code: 'error', message: 'boom' },
      } as DiagnosticsReply,
    ],
  ])("says it couldn't read the posting when %s", async (_label, reply) => {
    activeTab('https://jobs.lever.co/acme/123');
    replyWith(reply);
    await mount();
    await vi.waitFor(() => expect(root.textContent).toContain("Couldn't read this posting"));
  });

  it('says why when the address names a job its selectors could not find', async () => {
    activeTab('https://jobs.lever.co/acme/123');
    replyWith({
      type: 'diagnostics',
      site: 'lever',
      url: 'https://jobs.lever.co/acme/123',
      status: 'unreadable',
      reason: { code: 'job-not-read' },
    });
    await mount();
    await vi.waitFor(() =>
      expect(root.textContent).toContain(
        "The address names a job, but none of this site's title or description selectors found it",
      ),
    );
  });

  it('shows an error the content script caught on the page, and says the page is unaffected', async () => {
    activeTab('https://jobs.lever.co/acme/123');
    replyWith({
      type: 'diagnostics',
      site: 'lever',
      url: 'https://jobs.lever.co/acme/123',
      status: 'no-posting',
      extensionError: { where: 'list-cards', message: 'x is undefined' },
    });
    await mount();
    await vi.waitFor(() => expect(root.querySelector('[data-extension-error]')).not.toBeNull());
    expect(root.querySelector('[data-extension-error]')?.textContent).toContain(
      'The lens hit an error on this pageBadging list cards: x is undefined. The page itself is unaffected',
    );
  });

  it('handles a tab whose URL it may not see', async () => {
    activeTab(undefined);
    const send = replyWith(POSTING);
    await mount();
    await vi.waitFor(() => expect(root.textContent).toContain('Not a supported site'));
    expect(send).not.toHaveBeenCalled();
    expect(root.textContent).not.toContain('Enable on this site');
  });

  it('enables a careers site: asks for the permission, then records the origin', async () => {
    activeTab('https://careers.example.com/jobs/42');
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    replyWith({
      type: 'diagnostics',
      site: 'generic',
      url: 'https://careers.example.com/jobs/42',
      status: 'no-posting',
    });
    await mount();
    await vi.waitFor(() => buttonNamed('Enable on this site'));
    await act(async () => buttonNamed('Enable on this site').click());
    expect(request).toHaveBeenCalledWith({ origins: ['https://careers.example.com/*'] });
    await vi.waitFor(async () =>
      expect((await getSettings()).grantedOrigins).toEqual(['https://careers.example.com']),
    );
    // The card follows: the site is now enabled and the page is read.
    await vi.waitFor(() => expect(root.textContent).toContain('Enabled on this site'));
    await vi.waitFor(() => expect(root.textContent).toContain('No posting on this page'));
  });

  it('changes nothing when the permission is refused', async () => {
    activeTab('https://careers.example.com/jobs/42');
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await mount();
    await act(async () => buttonNamed('Enable on this site').click());
    await vi.waitFor(() => expect(root.textContent).toContain('Permission not granted'));
    expect((await getSettings()).grantedOrigins).toEqual([]);
  });

  it('disables an enabled careers site: forgets it and drops the permission', async () => {
    await setSettings({ grantedOrigins: ['https://careers.example.com'] });
    activeTab('https://careers.example.com/jobs/42');
    replyWith({
      type: 'diagnostics',
      site: 'generic',
      url: 'https://careers.example.com/jobs/42',
      status: 'no-posting',
    });
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await mount();
    await vi.waitFor(() => buttonNamed('Disable'));
    await act(async () => buttonNamed('Disable').click());
    await vi.waitFor(async () => expect((await getSettings()).grantedOrigins).toEqual([]));
    expect(remove).toHaveBeenCalledWith({ origins: ['https://careers.example.com/*'] });
  });
});

it('starts from the defaults', async () => {
  activeTab(undefined);
  await mount();
  const checked = [...root.querySelectorAll('[role="switch"]')].map((el) => el.getAttribute('aria-checked'));
  expect(checked.every((value) => value === 'true')).toBe(true);
  expect(checked).toHaveLength(1 + Object.keys(DEFAULT_SETTINGS.sections).length);
});
