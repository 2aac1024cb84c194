// The posting memory in real Chromium: a posting seen and seen again a day later shows its age, a repost under a
// new job id is recognised, a star with status and note reaches the compare page, the ledger exports as CSV and
// JSON, and the JSON imported into a fresh profile is the same ledger. The day passes by moving the service
// worker's clock from the test (Date.now replaced inside the worker): the shipped code has no clock hook.
import { readFile } from 'node:fs/promises';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixture, type LaunchedBrowser, launchWithExtension } from './harness';
import { useLensBrowser } from './lens-browser';
import { inPanel } from './overlay-panel';
import { servedAtCanonical } from './sample-sites';
import { liveWorker } from './settings-pages';

const ORIGINAL_ID = '4400000021';
const REPOST_ID = '4400000099';
const html = fixture('samples/greenhouse-job.html');
const original = servedAtCanonical(html, 'greenhouse-job.html');
const repost = servedAtCanonical(html.replaceAll(ORIGINAL_ID, REPOST_ID), 'greenhouse repost');
const DAY_MS = 86_400_000;

const env = useLensBrowser(() => [original.route, repost.route]);

/** Moves the service worker's clock `days` ahead of the real one (from the real time, not cumulatively). */
async function shiftWorkerClock(worker: Worker, days: number): Promise<void> {
  await worker.evaluate(
    (offset) => {
      const clock = globalThis as { realNow?: () => number };
      clock.realNow ??= Date.now.bind(Date);
      const realNow = clock.realNow;
      Date.now = () => realNow() + offset;
    },
    days * DAY_MS + 60_000,
  );
}

async function memoryText(page: Page, what: string): Promise<string> {
  const line = inPanel(page, `[data-memory="${what}"]`);
  await line.waitFor({ state: 'visible', timeout: 20_000 });
  return (await line.textContent()) ?? '';
}

function comparePage(lens: LaunchedBrowser): string {
  return `chrome-extension://${lens.extensionId}/compare.html`;
}

async function exported(page: Page, button: 'export-json' | 'export-csv'): Promise<string> {
  const download = page.waitForEvent('download');
  await page.locator(`[data-compare="${button}"]`).click();
  const file = await (await download).path();
  return readFile(file, 'utf8');
}

describe('posting memory', () => {
  it('remembers, ages, spots a repost, saves with a note, compares, exports and imports', async () => {
    const { context } = env.browser;
    const worker = await liveWorker(context, env.browser.extensionId);

    const page = await context.newPage();
    await page.goto(original.url);
    expect(await memoryText(page, 'age')).toBe('First seen here today.');

    await shiftWorkerClock(worker, 1);
    await page.reload();
    await expect.poll(() => memoryText(page, 'age')).toMatch(/^First seen here 1 day ago/);
    expect(await inPanel(page, '[data-memory="repost"]').count()).toBe(0);

    await shiftWorkerClock(worker, 3);
    const again = await context.newPage();
    await again.goto(repost.url);
    expect(await memoryText(again, 'age')).toBe('First seen here today.');
    expect(await memoryText(again, 'repost')).toMatch(/^Looks like a repost of a posting first seen on/);
    await again.close();

    // Star the original, mark it applied, leave a note.
    await inPanel(page, '[data-action="save-posting"]').click();
    await expect
      .poll(() => inPanel(page, '[data-action="save-posting"]').getAttribute('aria-pressed'))
      .toBe('true');
    await inPanel(page, '[data-memory="status"]').selectOption('applied');
    await inPanel(page, '[data-memory="note"]').fill('Recruiter call on Monday');
    await inPanel(page, '[data-action="save-note"]').click();

    // The compare page's clock four days on as well, for the age it shows.
    const compare = await context.newPage();
    await compare.clock.setFixedTime(Date.now() + 4 * DAY_MS + 120_000);
    await compare.goto(comparePage(env.browser));
    const row = compare.locator(`tr[data-key="greenhouse:${ORIGINAL_ID}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await compare.locator('[data-compare="table"] tbody tr').count()).toBe(1);
    await expect
      .poll(() => row.locator('[data-compare="note"]').inputValue())
      .toBe('Recruiter call on Monday');
    expect(await row.locator('[data-compare="status"]').inputValue()).toBe('applied');
    expect(await row.locator('[data-compare="age"]').textContent()).toMatch(/^4 days ago/);
    // Everything seen, not only the saved: the repost is listed too.
    await compare.locator('[data-compare="saved-only"]').uncheck();
    await expect.poll(() => compare.locator('[data-compare="table"] tbody tr').count()).toBe(2);

    const csv = await exported(compare, 'export-csv');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^site,job id,url,title,company/);
    expect(csv).toContain('Recruiter call on Monday');
    expect(csv).toContain(`greenhouse,${ORIGINAL_ID},`);
    const json = await exported(compare, 'export-json');
    const file = JSON.parse(json) as { version: number; entries: { key: string; description: string }[] };
    expect(file.version).toBe(1);
    expect(file.entries.map((e) => e.key).sort()).toEqual([
      `greenhouse:${ORIGINAL_ID}`,
      `greenhouse:${REPOST_ID}`,
    ]);
    expect(file.entries[0]?.description.length).toBeGreaterThan(200);
    await compare.close();
    await page.close();

    // A fresh profile: a foreign file changes nothing, the export imports as the same ledger, "forget" empties it.
    const fresh = await launchWithExtension({ port: env.server.port });
    try {
      const other = await fresh.context.newPage();
      await other.goto(comparePage(fresh));
      await other.locator('[data-compare="empty"]').waitFor();
      const importer = other.locator('[data-compare="import"]');
      await importer.setInputFiles({
        name: 'settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"x"}'),
      });
      await expect
        .poll(() => other.locator('[data-compare="message"]').textContent())
        .toMatch(/not an AI Leadership Lens ledger/);
      await other.locator('[data-compare="saved-only"]').uncheck();
      await other.locator('[data-compare="empty"]').filter({ hasText: 'No postings match.' }).waitFor();
      expect(await other.locator('[data-compare="table"] tbody tr').count()).toBe(0);

      await importer.setInputFiles({
        name: 'ledger.json',
        mimeType: 'application/json',
        buffer: Buffer.from(json),
      });
      await expect
        .poll(() => other.locator('[data-compare="message"]').textContent())
        .toMatch(/Imported: 2 new/);
      const reexported = JSON.parse(await exported(other, 'export-json')) as typeof file;
      expect(reexported.entries).toEqual(file.entries);

      other.on('dialog', (dialog) => void dialog.accept());
      await other.locator('[data-compare="forget"]').click();
      await other.locator('[data-compare="empty"]').waitFor();
      const emptied = JSON.parse(await exported(other, 'export-json')) as typeof file;
      expect(emptied.entries).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
