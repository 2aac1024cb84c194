// Stars on list chips in real Chromium: a posting saved in the ledger shows a star on its card's chip in a
// LinkedIn search list, and no other chip does; starring the posting in the detail pane's panel puts the star
// on its card's chip too, without reloading the list.
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
      job: host.dataset.jobId ?? '',
      saved: host.dataset.saved,
      star: host.shadowRoot?.querySelector('.ail-badge__star') !== null,
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
      .toMatchObject({ saved: 'true', star: true, label: expect.stringMatching(/Saved\.$/) });
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
});
