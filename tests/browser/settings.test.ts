// Live settings in real Chromium: a switch flipped in the popup reaches the job tabs already open, at once and
// without a reload, and a setting outlives a browser restart.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension } from './harness';
import { useLensBrowser } from './lens-browser';
import { ANY_BADGE_HOST, BADGE_HOST, PANEL_HOST, readLensState } from './lens-state';
import { allSamplePages, samplePage } from './sample-sites';
import {
  clearStoredSettings,
  isOn,
  liveWorker,
  markWindow,
  msFromClickUntil,
  openOptions,
  openPopupFor,
  panelSections,
  settingSwitch,
  storedSettings,
  toolbarBadge,
  windowMarker,
} from './settings-pages';

/** The acceptance bound for a settings change to reach an open tab. */
const LIVE_UPDATE_MS = 500;

const env = useLensBrowser(() => allSamplePages().map((p) => p.route));

beforeEach(async () => {
  // One blank tab stays: the browser ends with its last window.
  const [keep, ...rest] = env.browser.context.pages();
  for (const page of rest) await page.close();
  await keep?.goto('about:blank');
  await clearStoredSettings(await liveWorker(env.browser.context, env.browser.extensionId));
});

async function openWithPanel(file: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(samplePage(file).url);
  const state = await readLensState(page, 15_000);
  if (!state.panel) throw new Error(`${file}: no panel to start from`);
  return page;
}

/** How many elements match once the count stops changing: list chips come a frame or more apart. */
async function settledCount(page: Page, selector: string): Promise<number> {
  let last = -1;
  for (let tries = 0; tries < 50; tries++) {
    const now = await page.locator(selector).count();
    if (now > 0 && now === last) return now;
    last = now;
    await page.waitForTimeout(200);
  }
  return last;
}

// Shipped to the job tab as source text: self-contained, the host tag passed in.
function sectionShown([tag, section]: [string, string]): boolean {
  return Boolean(document.querySelector(tag)?.shadowRoot?.querySelector(`[data-section="${section}"]`));
}
function sectionGone([tag, section]: [string, string]): boolean {
  const root = document.querySelector(tag)?.shadowRoot;
  return Boolean(root) && !root?.querySelector(`[data-section="${section}"]`);
}

describe('a section switch in the popup', () => {
  it('hides that section in an open job tab within 500 ms, without a reload, and shows it again', async () => {
    const job = await openWithPanel('linkedin-guest-job.html');
    const before = await panelSections(job);
    expect(before).toContain('salary');
    expect(before).toContain('role');
    const marker = await markWindow(job);

    const popup = await openPopupFor(env.browser, job);
    const salary = settingSwitch(popup, 'Salary benchmark');
    expect(await isOn(salary)).toBe(true);

    const hiddenAfterMs = await msFromClickUntil(salary, job, sectionGone, [PANEL_HOST, 'salary']);
    console.info(`salary section hidden ${hiddenAfterMs} ms after the click`);
    expect(hiddenAfterMs).toBeLessThan(LIVE_UPDATE_MS);
    expect(await panelSections(job)).toEqual(before?.filter((id) => id !== 'salary'));
    expect(await isOn(salary)).toBe(false);

    const shownAfterMs = await msFromClickUntil(salary, job, sectionShown, [PANEL_HOST, 'salary']);
    console.info(`salary section shown ${shownAfterMs} ms after the click`);
    expect(shownAfterMs).toBeLessThan(LIVE_UPDATE_MS);
    expect(await panelSections(job)).toEqual(before);
    expect(await isOn(salary)).toBe(true);

    // Same document throughout: the content script redrew, nothing reloaded.
    expect(await windowMarker(job)).toBe(marker);
  });
});

describe('the master switch in the popup', () => {
  const pageFiles = ['linkedin-guest-job.html', 'linkedin-job-view.html', 'linkedin-search.html'];
  const listPage = 'linkedin-search.html';

  it('removes every panel and list badge from the open tabs, and turning it back on restores them', async () => {
    const tabs = new Map<string, Page>();
    for (const file of pageFiles) tabs.set(file, await openWithPanel(file));
    const markers = new Map<string, string>();
    for (const [file, page] of tabs) markers.set(file, await markWindow(page));
    const listTab = tabs.get(listPage) as Page;
    const badgesBefore = await settledCount(listTab, BADGE_HOST);
    expect(badgesBefore).toBeGreaterThan(0);

    const job = tabs.get('linkedin-guest-job.html') as Page;
    // The toolbar badge names the level of the AI-leadership posting in the tab ("C" for C-suite).
    await expect.poll(() => toolbarBadge(env.browser, job)).toBe('C');
    const popup = await openPopupFor(env.browser, job);
    const master = settingSwitch(popup, 'Lens on');
    const salary = settingSwitch(popup, 'Salary benchmark');
    expect(await isOn(master)).toBe(true);

    const offAfterMs = await msFromClickUntil(master, job, (tag) => !document.querySelector(tag), PANEL_HOST);
    console.info(`panel removed ${offAfterMs} ms after the master switch`);
    expect(offAfterMs).toBeLessThan(LIVE_UPDATE_MS);
    for (const [file, page] of tabs) {
      await expect.poll(() => page.locator(PANEL_HOST).count(), { message: file }).toBe(0);
      expect(await page.locator(ANY_BADGE_HOST).count(), file).toBe(0);
    }
    expect(await isOn(master)).toBe(false);
    await expect.poll(() => toolbarBadge(env.browser, job)).toBe('');
    // The section switches wait for the lens to be on again; the read-out says why it is empty.
    expect(await salary.isDisabled()).toBe(true);
    await expect.poll(() => popup.getByText('The lens is off.', { exact: true }).count()).toBe(1);

    await master.click();
    for (const [file, page] of tabs) {
      await expect.poll(() => page.locator(PANEL_HOST).count(), { message: file }).toBe(1);
      expect(await panelSections(page), file).toContain('role');
      expect(await windowMarker(page), file).toBe(markers.get(file));
    }
    // Chips are drawn when the list's cards report they are in view, a frame or more after the panel: poll.
    await expect.poll(() => listTab.locator(BADGE_HOST).count(), { message: listPage }).toBe(badgesBefore);
    await expect.poll(() => toolbarBadge(env.browser, job)).toBe('C');
    expect(await salary.isDisabled()).toBe(false);
  });
});

describe('a setting across a browser restart', () => {
  it('is still set in the popup and the options page, and the job tab honours it', async () => {
    const job = await openWithPanel('linkedin-guest-job.html');
    const popup = await openPopupFor(env.browser, job);
    await settingSwitch(popup, 'Salary benchmark').click();
    const options = await openOptions(env.browser);
    await options.getByLabel('Show amounts in').selectOption('EUR');
    const worker = await liveWorker(env.browser.context, env.browser.extensionId);
    await expect
      .poll(() => storedSettings(worker))
      .toMatchObject({ sections: { salary: false }, displayCurrency: 'EUR' });
    await expect.poll(() => panelSections(job)).not.toContain('salary');

    const { userDataDir, extensionId } = env.browser;
    await env.browser.close({ keepProfile: true });
    env.browser = await launchWithExtension({ port: env.server.port, userDataDir });
    expect(env.browser.extensionId).toBe(extensionId);

    const reopened = await openWithPanel('linkedin-guest-job.html');
    const sections = await panelSections(reopened);
    expect(sections).toContain('role');
    expect(sections).not.toContain('salary');

    const popupAgain = await openPopupFor(env.browser, reopened);
    expect(await isOn(settingSwitch(popupAgain, 'Salary benchmark'))).toBe(false);
    expect(await isOn(settingSwitch(popupAgain, 'Role comparison'))).toBe(true);

    const optionsAgain = await openOptions(env.browser);
    expect(await optionsAgain.getByLabel('Show amounts in').inputValue()).toBe('EUR');
    expect(await isOn(settingSwitch(optionsAgain, 'Salary benchmark'))).toBe(false);
  });
});
