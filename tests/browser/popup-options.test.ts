// The popup and the options page in real Chromium: settings files in and out (a bad one changes nothing), the
// popup's read-out of what the lens found on the tab, and screenshots of both pages.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fieldSourceText } from '../../lib/extension/i18n/pages/field-sources';
import { loadPagesTranslator } from '../../lib/extension/i18n/pages/index';
import {
  DEFAULT_SETTINGS,
  portable,
  SETTINGS_FILE_FORMAT,
  SETTINGS_VERSION,
  type Settings,
} from '../../lib/extension/settings';
import {
  fixture,
  type LaunchedBrowser,
  launchWithExtension,
  ROOT,
  type SiteServer,
  startSiteServer,
} from './harness';
import { readLensState } from './lens-state';
import { allSamplePages, samplePage } from './sample-sites';
import {
  clearStoredSettings,
  diagnosticsOf,
  isOn,
  liveWorker,
  markWindow,
  openOptions,
  openPopupFor,
  panelSections,
  readoutRows,
  settingSwitch,
  storedSettings,
  windowMarker,
  writeStoredSettings,
} from './settings-pages';

const SHOTS = path.join(ROOT, 'test-output');
/** A LinkedIn page with no job on it: the content script runs there and finds no posting. */
const FEED_URL = 'https://www.linkedin.com/feed/';
const FEED_HTML = `<!doctype html><html lang="en"><head><title>Feed | LinkedIn</title></head>
<body><main><h1>Your feed</h1><p>Posts from people you follow appear here.</p></main></body></html>`;

/** Settings away from every default, so "unchanged" and "restored" can be told from a reset. */
const CUSTOM: Settings = {
  ...DEFAULT_SETTINGS,
  sections: { ...DEFAULT_SETTINGS.sections, salary: false },
  displayCurrency: 'GBP',
  payBasis: 'total',
  panelMode: 'compact',
  homeRegion: 'GB',
  userSkills: ['foundation_models', 'ml_engineering'],
  theme: 'dark',
  grantedOrigins: ['https://careers.example.com'],
};

/** The CAIO sample behind a script that only loads when the test lets it. */
const STILL_LOADING_URL = 'https://www.linkedin.com/jobs/view/still-loading-4400000001/';
const STILL_LOADING_SCRIPT = 'https://www.linkedin.com/still-loading.js';

let server: SiteServer;
let lens: LaunchedBrowser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startSiteServer([
    ...allSamplePages().map((p) => p.route),
    { host: 'www.linkedin.com', path: '/feed/', body: FEED_HTML },
    {
      host: 'www.linkedin.com',
      path: new URL(STILL_LOADING_URL).pathname,
      body: fixture('samples/linkedin-guest-job.html').replace(
        /<body([^>]*)>/,
        `<body$1><script src="${STILL_LOADING_SCRIPT}"></script>`,
      ),
    },
  ]);
  lens = await launchWithExtension({ port: server.port });
});

afterAll(async () => {
  await lens?.close();
  await server?.close();
});

beforeEach(async () => {
  // One blank tab stays: the browser ends with its last window.
  const [keep, ...rest] = lens.context.pages();
  for (const page of rest) await page.close();
  await keep?.goto('about:blank');
  await clearStoredSettings(await liveWorker(lens.context, lens.extensionId));
});

async function stored(): Promise<unknown> {
  return storedSettings(await liveWorker(lens.context, lens.extensionId));
}

async function openPage(url: string): Promise<Page> {
  const page = await lens.context.newPage();
  await page.goto(url);
  return page;
}

function settingsFile(settings: unknown, version: number = SETTINGS_VERSION): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, settings });
}

async function importFile(options: Page, name: string, text: string): Promise<void> {
  await options
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('import on the options page', () => {
  const badFiles: { name: string; text: string; error: RegExp }[] = [
    { name: 'notes.txt', text: 'enabled = false', error: /^Couldn't import notes\.txt: Not JSON\./ },
    {
      name: 'other-app.json',
      text: JSON.stringify({ format: 'some-other-extension', settings: { enabled: false } }),
      error: /^Couldn't import other-app\.json: Not an AI Leadership Lens settings file\./,
    },
    {
      name: 'from-the-future.json',
      text: settingsFile({ enabled: false }, SETTINGS_VERSION + 1),
      error:
        /^Couldn't import from-the-future\.json: This file is from a newer version .*update the extension first\./,
    },
    {
      // Good fields beside one bad one: none of them may land.
      name: 'half-bad.json',
      text: settingsFile({ enabled: false, sections: { salary: true }, displayCurrency: 'euros' }),
      error: /^Couldn't import half-bad\.json: Field displayCurrency: expected a three-letter currency code/,
    },
  ];

  it('shows a clear error for a bad file and leaves every setting as it was', async () => {
    await writeStoredSettings(await liveWorker(lens.context, lens.extensionId), CUSTOM);
    const options = await openOptions(lens);
    const alert = options.getByRole('alert');

    for (const bad of badFiles) {
      await importFile(options, bad.name, bad.text);
      await expect.poll(() => alert.textContent(), { message: bad.name }).toMatch(bad.error);
      expect(await alert.textContent(), bad.name).toMatch(/Nothing was changed\.$/);
      expect(await stored(), bad.name).toEqual(CUSTOM);
      expect(await isOn(settingSwitch(options, 'Lens on')), bad.name).toBe(true);
      expect(await isOn(settingSwitch(options, 'Salary benchmark')), bad.name).toBe(false);
      expect(await options.getByLabel('Show amounts in').inputValue(), bad.name).toBe('GBP');
    }
    await options
      .getByRole('region', { name: 'Backup' })
      .screenshot({ path: path.join(SHOTS, 'options-import-error.png') });
  });
});

describe('export and import', () => {
  it('exports the settings without this browser’s granted sites, and importing the file restores them', async () => {
    await writeStoredSettings(await liveWorker(lens.context, lens.extensionId), CUSTOM);
    const options = await openOptions(lens);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ai-leadership-lens-settings.json');
    const exportedPath = await download.path();
    const exported = JSON.parse(readFileSync(exportedPath, 'utf8')) as Record<string, unknown>;
    expect(exported).toEqual({
      format: SETTINGS_FILE_FORMAT,
      version: SETTINGS_VERSION,
      settings: portable(CUSTOM),
    });

    // Move away from the exported state through the page itself.
    await settingSwitch(options, 'Salary benchmark').click();
    await options.getByLabel('Show amounts in').selectOption('USD');
    await options.getByLabel('Panel size').selectOption('full');
    await expect.poll(stored).toMatchObject({ displayCurrency: 'USD', panelMode: 'full' });

    await options.locator('input[type="file"]').setInputFiles(exportedPath);
    await expect
      .poll(() => options.getByRole('status').filter({ hasText: 'Imported' }).textContent())
      .toBe(`Imported ${path.basename(exportedPath)}.`);
    // Back to exactly what was exported, and the granted site (never in the file) is kept.
    await expect.poll(stored).toEqual(CUSTOM);
    expect(await isOn(settingSwitch(options, 'Salary benchmark'))).toBe(false);
    expect(await options.getByLabel('Show amounts in').inputValue()).toBe('GBP');
    expect(await options.getByLabel('Panel size').inputValue()).toBe('compact');
  });

  it('applies a good file from an older version to the open job tab at once', async () => {
    await writeStoredSettings(await liveWorker(lens.context, lens.extensionId), CUSTOM);
    const job = await openPage(samplePage('linkedin-guest-job.html').url);
    expect((await readLensState(job, 15_000)).panel).toBe(true);
    expect(await panelSections(job)).not.toContain('salary');
    const marker = await markWindow(job);
    const options = await openOptions(lens);

    // Version 1 files had flat switches; missing fields take their defaults.
    await importFile(
      options,
      'old.json',
      settingsFile({ enabled: true, showSalary: true, showSkills: false, currency: 'EUR' }, 1),
    );
    await expect
      .poll(() => options.getByRole('status').filter({ hasText: 'Imported' }).textContent())
      .toBe('Imported old.json.');
    await expect.poll(stored).toEqual({
      ...DEFAULT_SETTINGS,
      sections: { ...DEFAULT_SETTINGS.sections, checklist: false },
      displayCurrency: 'EUR',
      grantedOrigins: CUSTOM.grantedOrigins,
    });
    await expect.poll(() => panelSections(job)).toContain('salary');
    expect(await panelSections(job)).not.toContain('checklist');
    expect(await windowMarker(job)).toBe(marker);
  });
});

describe('the popup read-out', () => {
  it('shows the detected role and how each field was read on a job tab, as the content script reports it', async () => {
    const job = await openPage(samplePage('linkedin-guest-job.html').url);
    expect((await readLensState(job, 15_000)).panel).toBe(true);
    const reply = await diagnosticsOf(lens, job);
    expect(reply.status).toBe('posting');
    if (reply.status !== 'posting') return;
    expect(reply.aiLeadership).toBe(true);
    expect(reply.role?.id).toBe('caio');
    expect(reply.role?.name).toBe('Chief AI Officer');

    const popup = await openPopupFor(lens, job);
    const fieldList = popup.locator('dl.readout-fields');
    // Folded under a summary that counts the fields not found.
    const missing = reply.fields.filter((field) => !field.found).length;
    const fold = popup.getByText('How each field was read');
    await fold.waitFor();
    expect(await fold.textContent()).toBe(
      missing > 0 ? `How each field was read · ${missing} not found` : 'How each field was read',
    );
    expect(await fieldList.isVisible()).toBe(false);
    await fold.click();
    expect(await fieldList.isVisible()).toBe(true);
    const { summary, fields } = await readoutRows(popup);
    expect(summary.find((row) => row.term === 'Role')?.detail).toMatch(/^Chief AI Officer · /);
    expect(summary.find((row) => row.term === 'Pay')?.detail).toContain(reply.pay?.text);
    expect(summary.find((row) => row.term === 'Region')?.detail).toBe(reply.region?.name);
    // The content script's codes, worded in the popup's language (English here).
    const english = await loadPagesTranslator('en');
    expect(fields.map((row) => row.detail)).toEqual(
      reply.fields.map((field) => fieldSourceText(english, field.how)),
    );
    expect(fields.find((row) => row.term === 'Title')?.detail).toMatch(/^Selector \S/);
    expect(fields.map((row) => row.missing)).toEqual(reply.fields.map((field) => !field.found));
    expect(fields.map((row) => row.term)).toContain('Title');
    expect(await popup.getByRole('button', { name: 'Copy diagnostics' }).count()).toBe(1);
    // On a job site the popup offers that site's own switch.
    expect(await isOn(popup.getByRole('switch', { name: 'On this site' }))).toBe(true);
  });

  it('says a posting is not AI leadership, and that a page without a posting has none', async () => {
    const other = await openPage(samplePage('linkedin-guest-non-ai.html').url);
    await expect.poll(async () => (await diagnosticsOf(lens, other)).status).toBe('posting');
    const otherPopup = await openPopupFor(lens, other);
    await expect
      .poll(() => otherPopup.getByText('Not an AI-leadership role: the panel stays hidden.').count())
      .toBe(1);

    const feed = await openPage(FEED_URL);
    await expect.poll(async () => (await diagnosticsOf(lens, feed)).status).toBe('no-posting');
    const feedPopup = await openPopupFor(lens, feed);
    await expect.poll(() => feedPopup.getByText('No posting on this page', { exact: true }).count()).toBe(1);
    expect(await feedPopup.getByText('How each field was read').count()).toBe(0);
  });

  it("says it couldn't read a tab that doesn't answer yet, and its reload button reloads that tab", async () => {
    // A parser-blocking script held back: the page stays loading, so the content script (document_idle)
    // has not started and nothing answers the popup.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const job = await lens.context.newPage();
    await job.route(STILL_LOADING_SCRIPT, async (route) => {
      await held;
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await job.goto(STILL_LOADING_URL, { waitUntil: 'commit' });
    await expect(diagnosticsOf(lens, job)).rejects.toThrow();

    const popup = await openPopupFor(lens, job);
    await expect.poll(() => popup.getByText("Couldn't read this posting", { exact: true }).count()).toBe(1);
    expect(await popup.getByText('How each field was read').count()).toBe(0);

    release();
    expect((await readLensState(job, 15_000)).panel).toBe(true);
    const marker = await markWindow(job);
    await popup.getByRole('button', { name: 'Reload page' }).click();
    await expect.poll(() => windowMarker(job).catch(() => marker)).toBeNull();
    expect((await readLensState(job, 15_000)).panel).toBe(true);

    const after = await openPopupFor(lens, job);
    await after.getByText('How each field was read').waitFor();
    expect((await readoutRows(after)).summary.find((row) => row.term === 'Role')?.detail).toMatch(
      /^Chief AI Officer · /,
    );
  });
});

describe('screenshots', () => {
  /** Chrome sizes a toolbar popup to its page, up to this height; beyond it the popup scrolls. */
  const POPUP_MAX_HEIGHT = 600;

  /** Shoots the popup at the size Chrome would give it, and returns its content height. */
  async function shootPopup(popup: Page, file: string): Promise<number> {
    await popup.setViewportSize({ width: 340, height: POPUP_MAX_HEIGHT });
    const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await popup.setViewportSize({ width: 340, height: Math.min(height, POPUP_MAX_HEIGHT) });
    await popup.screenshot({ path: path.join(SHOTS, file) });
    return height;
  }

  it('takes the popup on a job tab (light and dark) and the options page', async () => {
    const job = await openPage(samplePage('linkedin-guest-job.html').url);
    expect((await readLensState(job, 15_000)).panel).toBe(true);
    const popup = await openPopupFor(lens, job);
    await popup.getByText('How each field was read').waitFor();
    const lightHeight = await shootPopup(popup, 'popup.png');
    await popup.emulateMedia({ colorScheme: 'dark' });
    const darkHeight = await shootPopup(popup, 'popup-dark.png');
    console.info(`popup content height on a job tab: ${lightHeight} px light, ${darkHeight} px dark`);
    // Everything, the section switches included, without scrolling the popup.
    expect(lightHeight).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    expect(darkHeight).toBe(lightHeight);

    const options = await openOptions(lens);
    await options.screenshot({ path: path.join(SHOTS, 'options.png') });
    await options.screenshot({ path: path.join(SHOTS, 'options-full.png'), fullPage: true });
  });
});
