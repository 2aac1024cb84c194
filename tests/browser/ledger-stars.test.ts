// Stars on list chips in real Chromium: a posting saved in the ledger shows a pressed star on its card's chip in
// a LinkedIn search list, and no other chip does; starring the posting in the detail pane's panel presses its
// chip's star too, without reloading the list. The chip's star saves a posting never opened (the compare page
// lists it) and unsaves it, by click and by keyboard, without following the card's link; the panel follows.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportLedgerJson } from '../../lib/extension/ledger-file';
import type { LedgerEntry } from '../../lib/extension/ledger-schema';
import { importLedger } from './ledger-seed';
import { useLensBrowser } from './lens-browser';
import { BADGE_HOST } from './lens-state';
import { inPanel } from './overlay-panel';
import { samplePage } from './sample-sites';

const search = samplePage('linkedin-search.html');
const SAVED_JOB = '4400000012';
/** The card the search page opens in its detail pane (its canonical's currentJobId). */
const OPEN_JOB = '4400000011';
/** A card whose posting is never opened: VP Engineering, AI at Corvid Systems. */
const UNREAD_JOB = '4400000015';

const env = useLensBrowser(() => [search.route]);

function savedPosting(now: number): LedgerEntry {
  return {
    site: 'linkedin',
    jobId: SAVED_JOB,
    url: `https://www.linkedin.com/jobs/view/${SAVED_JOB}/`,
    title: 'Director of AI',
    company: 'Initech',
    location: 'New York, NY',
    roleId: 'director_ai',
    level: 'director',
    pay: null,
    datePosted: null,
    validThrough: null,
    description: 'Lead applied AI at Initech.',
    key: `linkedin:${SAVED_JOB}`,
    firstSeen: now,
    lastSeen: now,
    saved: { status: 'interested', note: '', savedAt: now },
  };
}

/** Each chip on the page: its job, whether it says saved, whether it shows a star, and what it reads out. */
function chips(page: Page) {
  return page.evaluate((tag) => {
    return [...document.querySelectorAll<HTMLElement>(tag)].map((host) => ({
      job: host.dataset.lensJobId ?? '',
      saved: host.dataset.saved,
      star: host.shadowRoot?.querySelector('.ail-badge__star')?.getAttribute('aria-pressed') === 'true',
      label: host.shadowRoot?.querySelector('.ail-badge')?.getAttribute('aria-label') ?? '',
    }));
  }, BADGE_HOST);
}

async function scrollThrough(page: Page): Promise<void> {
  for (let y = 0; y <= 4000; y += 500) {
    await page.evaluate(async (top) => {
      window.scrollTo(0, top);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }, y);
  }
}

describe('stars on list chips', () => {
  it('marks a saved posting’s chip, and one starred in the panel, and no other', async () => {
    expect(await importLedger(env.browser, exportLedgerJson([savedPosting(Date.now())], Date.now()))).toBe(1);
    const page = await env.browser.context.newPage();
    await page.goto(search.url);
    await scrollThrough(page);
    await expect
      .poll(async () => (await chips(page)).find((chip) => chip.job === SAVED_JOB), { timeout: 15_000 })
      .toMatchObject({ saved: 'true', star: true, label: expect.stringMatching(/^AI Leadership Lens: /) });
    const others = (await chips(page)).filter((chip) => chip.job !== SAVED_JOB);
    expect(others.length).toBeGreaterThan(3);
    expect(others.filter((chip) => chip.saved !== 'false' || chip.star)).toEqual([]);

    // Star the posting open in the detail pane: its card's chip (back in view) follows.
    await page.evaluate(() => window.scrollTo(0, 0));
    await inPanel(page, '[data-action="save-posting"]').click();
    await expect
      .poll(async () => (await chips(page)).find((chip) => chip.job === OPEN_JOB), { timeout: 15_000 })
      .toMatchObject({ saved: 'true', star: true });
    await page.close();
  });

  it('saves a posting never opened from its chip’s star, and unsaves it, by click and by keyboard', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(search.url);
    const before = page.url();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    // What the card itself hears (a site opens the posting from the card's own handlers).
    await page.evaluate((job) => {
      const card = document.querySelector(`li[data-occludable-job-id="${job}"]`);
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      for (const type of ['click', 'pointerdown', 'mousedown', 'keydown', 'keyup'])
        card?.addEventListener(type, (event) => heard.push(event.type));
    }, UNREAD_JOB);
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    const star = page.locator(`${BADGE_HOST}[data-lens-job-id="${UNREAD_JOB}"] button.ail-badge__star`);
    await star.waitFor({ timeout: 15_000 });
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    expect(await star.getAttribute('aria-label')).toBe('Save');

    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    const chip = (await chips(page)).find((c) => c.job === UNREAD_JOB);
    expect(chip).toMatchObject({ saved: 'true', star: true });

    // Listed on the compare page, as its card showed it.
    const compare = await env.browser.context.newPage();
    await compare.goto(`chrome-extension://${env.browser.extensionId}/compare.html`);
    const row = compare.locator(`tr[data-key="linkedin:${UNREAD_JOB}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.locator('a').textContent()).toBe('VP Engineering, AI');
    expect(await row.locator('a').getAttribute('href')).toContain(`/jobs/view/${UNREAD_JOB}/`);
    expect(await row.textContent()).toContain('Corvid Systems');

    await page.bringToFront();
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('false');
    await compare.reload();
    await compare.locator('[data-compare="count"]').waitFor({ timeout: 10_000 });
    expect(await compare.locator(`tr[data-key="linkedin:${UNREAD_JOB}"]`).count()).toBe(0);
    await compare.close();

    // By keyboard: Enter, then Space.
    await page.bringToFront();
    await star.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => star.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await page.keyboard.press('Space');
    await expect.poll(() => star.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('false');

    // Neither the link nor the card's own handlers got any of it.
    expect(page.url()).toBe(before);
    expect(navigations).toEqual([]);
    expect(await heard()).toEqual([]);
    await page.close();
  });

  it('presses the panel’s star when the chip of the posting it shows is pressed', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(search.url);
    const panelStar = inPanel(page, '[data-action="save-posting"]');
    const chipStar = page.locator(`${BADGE_HOST}[data-lens-job-id="${OPEN_JOB}"] button.ail-badge__star`);
    await panelStar.waitFor({ timeout: 15_000 });
    await chipStar.waitFor({ timeout: 15_000 });
    const pressed = await panelStar.getAttribute('aria-pressed');
    await expect.poll(() => chipStar.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe(pressed);
    const flipped = pressed === 'true' ? 'false' : 'true';
    await chipStar.click();
    await expect.poll(() => panelStar.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe(flipped);
    expect(await chipStar.getAttribute('aria-pressed')).toBe(flipped);
    await page.close();
  });
});
