// The panel can be moved by its header; the place is remembered per site, across reloads.
import { describe, expect, it } from 'vitest';
import { useLensBrowser } from './lens-browser';
import { PANEL_HOST, readLensState } from './lens-state';
import { allSamplePages, samplePage } from './sample-sites';
import { liveWorker, sendTogglePanel, storedSettings } from './settings-pages';

const env = useLensBrowser(() => allSamplePages().map((p) => p.route));

describe('panel position', () => {
  it('follows a drag of its header and comes back there after a reload, on that site only', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(samplePage('linkedin-guest-job.html').url);
    expect((await readLensState(page)).panel).toBe(true);
    const header = page.locator(`${PANEL_HOST} .ail-header`);
    const dock = page.locator(`${PANEL_HOST} .ail-dock`);
    const before = await dock.boundingBox();
    const grip = await header.locator('.ail-header__title').boundingBox();
    if (!before || !grip) throw new Error('panel not laid out');
    expect(before.x + before.width).toBeGreaterThan(1200); // docked at the right of a 1280px window

    await page.mouse.move(grip.x + 10, grip.y + 5);
    await page.mouse.down();
    await page.mouse.move(grip.x - 600, grip.y + 45, { steps: 8 });
    await page.mouse.up();
    const moved = await dock.boundingBox();
    expect(moved?.x).toBeCloseTo(before.x - 610, -1);
    expect(moved?.y).toBeCloseTo(before.y + 40, -1);

    // Saved for LinkedIn in sync storage, and used again after a reload.
    await expect
      .poll(async () =>
        storedSettings(await liveWorker(env.browser.context, env.browser.extensionId)).then(
          (settings) => (settings as { panelPosition: Record<string, unknown> }).panelPosition.linkedin,
        ),
      )
      .toEqual({ x: Math.round(moved?.x ?? 0), y: Math.round(moved?.y ?? 0) });
    await page.reload();
    expect((await readLensState(page)).panel).toBe(true);
    await expect.poll(async () => (await dock.boundingBox())?.x).toBeCloseTo(moved?.x ?? 0, 0);

    // Another site keeps its docked place.
    const other = await env.browser.context.newPage();
    await other.goto(samplePage('greenhouse-job.html').url);
    expect((await readLensState(other)).panel).toBe(true);
    const docked = await other.locator(`${PANEL_HOST} .ail-dock`).boundingBox();
    expect((docked?.x ?? 0) + (docked?.width ?? 0)).toBeGreaterThan(1200);
    await other.close();
    await page.close();
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
