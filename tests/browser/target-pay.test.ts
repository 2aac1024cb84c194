// Your target pay in real Chromium: set on the options page, it shows on the pay bar of a job tab already
// open (no reload) as a mark of its own, labelled and in the drawing's words; another currency is converted
// and says so; cleared, the mark goes.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useLensBrowser } from './lens-browser';
import { PANEL_HOST } from './lens-state';
import { inPanel, waitForPanel } from './overlay-panel';
import { samplePage } from './sample-sites';
import { clearStoredSettings, liveWorker, openOptions } from './settings-pages';

// A US posting: the band is in dollars.
const JOB = samplePage('greenhouse-job.html');
const env = useLensBrowser(() => [JOB.route]);

/** The target's mark, its printed figure, its legend key and the drawing's words, as the job tab shows them. */
function readTarget(page: Page) {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const mark = root?.querySelector<HTMLElement>('.ail-bandbar__target');
    const track = root?.querySelector('.ail-bandbar__track');
    const markBox = mark?.getBoundingClientRect();
    const trackBox = track?.getBoundingClientRect();
    return {
      side: mark?.dataset.target ?? null,
      visible: Boolean(markBox && markBox.height > 0 && markBox.width > 0),
      withinTrack: Boolean(
        markBox && trackBox && markBox.left >= trackBox.left && markBox.right <= trackBox.right,
      ),
      label: root?.querySelector('[data-label="target"]')?.textContent ?? null,
      legend: root?.querySelector('[data-key="target"]')?.textContent ?? null,
      words: track?.getAttribute('aria-label') ?? '',
    };
  }, PANEL_HOST);
}

async function setTarget(options: Page, amount: string, currency: string): Promise<void> {
  await options.getByLabel('Currency of your target pay').selectOption(currency);
  const field = options.getByLabel('Your target pay, a year');
  await field.fill(amount);
  // Leaving the field commits it, as a person tabbing on would.
  await field.press('Tab');
}

describe('your target pay', () => {
  it('set on the options page, shows on an open job tab’s pay bar; in euros it is converted; cleared, it goes', async () => {
    await clearStoredSettings(await liveWorker(env.browser.context, env.browser.extensionId));
    const job = await env.browser.context.newPage();
    await job.goto(JOB.url);
    await waitForPanel(job);
    expect((await readTarget(job)).side).toBeNull();
    expect(await inPanel(job, '[data-key="target"]').count()).toBe(0);

    const options = await openOptions(env.browser);
    await setTarget(options, '260000', 'USD');
    await expect.poll(async () => (await readTarget(job)).side, { timeout: 5_000 }).not.toBeNull();
    const inDollars = await readTarget(job);
    expect(inDollars.visible).toBe(true);
    expect(inDollars.withinTrack).toBe(true);
    expect(inDollars.legend).toBe('Your target $260K');
    expect(inDollars.words).toContain('your target $260,000 a year');
    // The figure is printed under the mark unless it would touch one of the band's; the legend always has it.
    if (inDollars.label !== null) expect(inDollars.label).toBe('$260K');

    await setTarget(options, '240000', 'EUR');
    await expect
      .poll(async () => (await readTarget(job)).legend, { timeout: 5_000 })
      .toMatch(/^Your target €240K ≈ \$\d+K \(rate of .+\)$/);
    const inEuros = await readTarget(job);
    expect(inEuros.words).toMatch(/your target €240,000 a year, about \$[\d,]+ \(rate of /);
    if (inEuros.label !== null) expect(inEuros.label).toMatch(/^≈ \$\d+K$/);

    await options.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(async () => (await readTarget(job)).legend, { timeout: 5_000 }).toBeNull();
    expect((await readTarget(job)).side).toBeNull();
    await options.close();
    await job.close();
  });
});
