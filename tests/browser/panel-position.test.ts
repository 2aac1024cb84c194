// The panel can be moved by its header; the place is remembered per site, across reloads, and a move in one
// tab never undoes a change made at the same moment in another tab or on the options page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useLensBrowser } from './lens-browser';
import { PANEL_HOST, readLensState } from './lens-state';
import { allSamplePages, samplePage } from './sample-sites';
import {
  isOn,
  liveWorker,
  openOptions,
  sendTogglePanel,
  settingSwitch,
  storedSettings,
} from './settings-pages';

const env = useLensBrowser(() => allSamplePages().map((p) => p.route));

interface StoredSettings {
  panelPosition: Record<string, unknown>;
  sections: Record<string, boolean>;
}

async function openJob(file: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(samplePage(file).url);
  expect((await readLensState(page)).panel).toBe(true);
  return page;
}

/** Drags the panel by its title and returns where its box ends up. */
async function dragPanel(page: Page, dx: number, dy: number): Promise<{ x: number; y: number }> {
  const dock = page.locator(`${PANEL_HOST} .ail-dock`);
  const grip = await page.locator(`${PANEL_HOST} .ail-header .ail-header__title`).boundingBox();
  if (!grip) throw new Error('panel not laid out');
  await page.mouse.move(grip.x + 10, grip.y + 5);
  await page.mouse.down();
  await page.mouse.move(grip.x + 10 + dx, grip.y + 5 + dy, { steps: 8 });
  await page.mouse.up();
  const box = await dock.boundingBox();
  if (!box) throw new Error('panel gone after the drag');
  return box;
}

describe('panel position', () => {
  it('follows a drag of its header and comes back there after a reload, on that site only', async () => {
    const page = await openJob('linkedin-guest-job.html');
    const dock = page.locator(`${PANEL_HOST} .ail-dock`);
    const before = await dock.boundingBox();
    if (!before) throw new Error('panel not laid out');
    expect(before.x + before.width).toBeGreaterThan(1200); // docked at the right of a 1280px window

    const moved = await dragPanel(page, -610, 40);
    expect(moved.x).toBeCloseTo(before.x - 610, -1);
    expect(moved.y).toBeCloseTo(before.y + 40, -1);

    // Saved for LinkedIn in sync storage, and used again after a reload.
    await expect
      .poll(async () =>
        storedSettings(await liveWorker(env.browser.context, env.browser.extensionId)).then(
          (settings) => (settings as { panelPosition: Record<string, unknown> }).panelPosition.linkedin,
        ),
      )
      .toEqual({ x: Math.round(moved.x), y: Math.round(moved.y) });
    await page.reload();
    expect((await readLensState(page)).panel).toBe(true);
    await expect.poll(async () => (await dock.boundingBox())?.x).toBeCloseTo(moved.x, 0);

    // Another site keeps its docked place.
    const other = await env.browser.context.newPage();
    await other.goto(samplePage('greenhouse-job.html').url);
    expect((await readLensState(other)).panel).toBe(true);
    const docked = await other.locator(`${PANEL_HOST} .ail-dock`).boundingBox();
    expect((docked?.x ?? 0) + (docked?.width ?? 0)).toBeGreaterThan(1200);
    await other.close();
    await page.close();
  });

  it('keeps every change when two job tabs and the options page write settings at the same moment', async () => {
    const linkedin = await openJob('linkedin-job-view.html');
    const greenhouse = await openJob('greenhouse-job.html');
    const options = await openOptions(env.browser);
    const role = settingSwitch(options, 'Role');
    const roleWasOn = await isOn(role);
    // Each tab's content script sends its new place to the background; the options page writes itself.
    const [onLinkedIn, onGreenhouse] = await Promise.all([
      dragPanel(linkedin, -500, 30),
      dragPanel(greenhouse, -400, 60),
      role.click(),
    ]);
    const worker = await liveWorker(env.browser.context, env.browser.extensionId);
    const saved = () => storedSettings(worker) as Promise<StoredSettings>;
    await expect
      .poll(async () => {
        const { panelPosition, sections } = await saved();
        return {
          linkedin: panelPosition.linkedin,
          greenhouse: panelPosition.greenhouse,
          role: sections.role,
        };
      })
      .toEqual({
        linkedin: { x: Math.round(onLinkedIn.x), y: Math.round(onLinkedIn.y) },
        greenhouse: { x: Math.round(onGreenhouse.x), y: Math.round(onGreenhouse.y) },
        role: !roleWasOn,
      });
    await role.click();
    await expect.poll(async () => (await saved()).sections.role).toBe(roleWasOn);
    await Promise.all([linkedin.close(), greenhouse.close(), options.close()]);
  });

  it('hides and shows again on the keyboard shortcut (the background forwards it to the tab)', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(samplePage('linkedin-job-view.html').url);
    expect((await readLensState(page)).panel).toBe(true);
    await sendTogglePanel(env.browser, page);
    await expect.poll(() => page.locator(PANEL_HOST).count()).toBe(0);
    await sendTogglePanel(env.browser, page);
    await expect.poll(() => page.locator(PANEL_HOST).count()).toBe(1);
    await page.close();
  });
});
