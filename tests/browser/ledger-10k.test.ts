// The posting memory full, in real Chromium: with 10,000 postings in the ledger the compare page still shows
// its saved postings and the panel still appears on a job page, each well within a sanity bound. The figures
// themselves, beside an empty ledger, are `npm run bench`'s (tests/bench/posting-memory.ts).
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../components/compare/ComparePage';
import { SAVED_POSTINGS, seedLedger } from './ledger-seed';
import { useLensBrowser } from './lens-browser';
import { inPanel, waitForPanel } from './overlay-panel';
import { samplePage } from './sample-sites';

const POSTINGS = 10_000;
/** Not a timing test: far above the bench's budgets, far below what a broken page (all 10,000 drawn) takes. */
const SANE_MS = 3_000;
const posting = samplePage('greenhouse-job.html');

const env = useLensBrowser(() => [posting.route]);

describe('the posting memory with 10,000 postings', () => {
  it('still shows the compare page and the panel promptly', { timeout: 240_000 }, async () => {
    expect(await seedLedger(env.browser, POSTINGS - SAVED_POSTINGS.length)).toBe(POSTINGS);

    const compare = await env.browser.context.newPage();
    let started = Date.now();
    await compare.goto(`chrome-extension://${env.browser.extensionId}/compare.html`);
    const rows = compare.locator('[data-compare="table"] tbody tr');
    await rows.first().waitFor();
    expect(Date.now() - started).toBeLessThan(SANE_MS);
    expect(await rows.count()).toBe(SAVED_POSTINGS.length);
    expect(await compare.locator('.pay-chart__group').count()).toBeGreaterThan(1);
    await expect
      .poll(() => compare.locator('[data-compare="count"]').textContent())
      .toBe('The memory holds 10,000 postings.');
    // Everything remembered: a page of rows, not 10,000.
    await compare.locator('[data-compare="saved-only"]').uncheck();
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(PAGE_SIZE);
    expect(await compare.locator('[data-compare="showing"]').textContent()).toBe(
      `Showing ${PAGE_SIZE} of 10,000.`,
    );
    await compare.close();

    const page = await env.browser.context.newPage();
    started = Date.now();
    await page.goto(posting.url);
    await waitForPanel(page, SANE_MS);
    expect(Date.now() - started).toBeLessThan(SANE_MS);
    await inPanel(page, '[data-memory="age"]').waitFor({ timeout: SANE_MS });
    await page.close();
  });
});
