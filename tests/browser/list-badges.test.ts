// List badges in real Chromium with the built extension: every AI-leadership card on a LinkedIn search list
// gets exactly one chip with the right level, next to its title, without moving the card; on an endless list
// whose card elements are reused for other jobs, every AI card scrolled past (batches of 25 loading on the
// way) gets its own chip, no other card gets one, and none shows a stale one.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeProblems,
  ENDLESS_BATCH,
  ENDLESS_URL,
  EXPECTED_LEVEL,
  endlessRoute,
  instrument,
  loadedJobs,
  readCards,
  scrollToEnd,
} from './endless-list';
import { type LaunchedBrowser, launchWithExtension, ROOT, type SiteServer, startSiteServer } from './harness';
import { ANY_BADGE_HOST, BADGE_HOST } from './lens-state';
import { samplePage } from './sample-sites';

const SHOTS = path.join(ROOT, 'test-output');
const search = samplePage('linkedin-search.html');
/** Eight batches: enough to load while scrolling and to reuse every card element many times over. */
const SCROLLED_JOBS = 200;

let server: SiteServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startSiteServer([
    search.route,
    endlessRoute(),
    { host: 'www.linkedin.com', path: '/blank', body: '<!DOCTYPE html><title>blank</title><body></body>' },
  ]);
  browser = await launchWithExtension({ port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('list badges on the sample LinkedIn search list', () => {
  it('gives every AI card exactly one chip with its level, next to the title, and no other card one', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(search.url);
    // Every card is read where it is, in view or not: the chips are there before the reader scrolls to them.
    await expect.poll(async () => badgeProblems(await readCards(page)), { timeout: 15_000 }).toEqual([]);
    // Then scroll through the page once, as a reader does: the cards in view keep their chips at each step.
    for (let y = 0; y <= 4000; y += 500) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await expect
        .poll(async () => badgeProblems((await readCards(page)).filter((c) => c.visible)), {
          timeout: 10_000,
        })
        .toEqual([]);
    }
    await expect.poll(async () => badgeProblems(await readCards(page)), { timeout: 15_000 }).toEqual([]);
    const cards = await readCards(page);
    expect(cards).toHaveLength(12);
    const badged = cards.filter((c) => c.badges.length > 0).map((c) => c.title);
    expect(badged).toEqual(cards.filter((c) => EXPECTED_LEVEL[c.title]).map((c) => c.title));
    expect(badged.length).toBe(7);
    expect(await page.locator(BADGE_HOST).count()).toBe(7);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectChipsInPlace(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('list badges on an endless LinkedIn list with recycled card nodes', () => {
  // Timings (script time per 25 cards, long tasks, the same scroll without badges or without the extension)
  // are `npm run bench`'s (tests/bench/endless-list.ts), on all 1,000 jobs; these tests assert behaviour only.
  it('badges every AI card it scrolls past as batches load, one chip each, never a stale one', async () => {
    const page = await browser.context.newPage();
    await instrument(page);
    await page.goto(ENDLESS_URL);
    await expect.poll(() => page.locator(BADGE_HOST).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const { seen: verified, loads } = await scrollToEnd(
      page,
      async (visible) => {
        await expect.poll(async () => badgeProblems(await visible()), { timeout: 10_000 }).toEqual([]);
      },
      SCROLLED_JOBS,
    );
    // Batches of 25 loaded while scrolling, into a pool of card elements far smaller than the list.
    expect(loads.map((load) => load.jobs)).toEqual(
      Array.from({ length: SCROLLED_JOBS / ENDLESS_BATCH }, (_, i) => (i + 1) * ENDLESS_BATCH),
    );
    const cardElements = await page.locator('li[data-occludable-job-id]').count();
    expect(cardElements).toBeLessThan(SCROLLED_JOBS / 4);
    // Every job up to the last one seen in view was seen in view, its chip (or its lack of one) checked there.
    const jobs = await loadedJobs(page);
    const lastSeen = jobs.findLastIndex((job) => verified.has(job.id));
    const passed = jobs.slice(0, lastSeen + 1);
    expect(passed.length).toBeGreaterThan(SCROLLED_JOBS - 2 * ENDLESS_BATCH);
    expect(passed.filter((job) => !verified.has(job.id))).toEqual([]);
    const aiJobs = passed.filter((job) => EXPECTED_LEVEL[job.title]);
    expect(aiJobs.length).toBeGreaterThan(passed.length / 3);
    expect(aiJobs.length).toBeLessThan(passed.length);

    const stale = await page.evaluate(
      () => (window as unknown as { __stale: { frames: number; maxRun: number } }).__stale,
    );
    // A reused card element may show its previous job's chip until the next frame's batch, never longer.
    expect(stale.maxRun).toBeLessThanOrEqual(2);
    console.info(
      `[list-badges] endless list: ${aiJobs.length} AI cards of ${passed.length} scrolled past in ` +
        `${cardElements} card elements, each checked in view; frames with a stale chip ${stale.frames} ` +
        `(longest run ${stale.maxRun})`,
    );
    await page.close();
  });

  it('sets each chip after its title (or under it when the line is full) without moving a card, in both schemes', async () => {
    const page = await browser.context.newPage();
    await page.goto(ENDLESS_URL);
    await expect
      .poll(async () => badgeProblems((await readCards(page)).filter((c) => c.visible)), { timeout: 10_000 })
      .toEqual([]);
    // This list's long titles fill their line ("Director of Machine Learning"): both placements are seen, once
    // the chips in view are all drawn (a frame's budget may leave some to the next frame).
    await expect
      .poll(
        async () => {
          const layout = await measureLayout(page);
          return {
            problems: chipPlacementProblems(layout),
            after: layout.chips.some((chip) => !chip.shifted),
            under: layout.chips.some((chip) => chip.shifted),
          };
        },
        { timeout: 10_000 },
      )
      .toEqual({ problems: [], after: true, under: true });
    await page.screenshot({ path: path.join(SHOTS, 'list-badges.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await chipColours(page);
    await page.screenshot({ path: path.join(SHOTS, 'list-badges-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await chipColours(page);
    expect(luminance(light.background)).toBeGreaterThan(0.7);
    expect(luminance(dark.background)).toBeLessThan(0.15);
    expect(luminance(dark.text)).toBeGreaterThan(0.5);
    await page.close();
  });

  it('drops every chip when list badges are switched off, and brings them back', async () => {
    const page = await browser.context.newPage();
    await page.goto(ENDLESS_URL);
    await expect.poll(() => page.locator(BADGE_HOST).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await setSettings({ sections: { listBadges: false } });
    await expect.poll(() => page.locator(ANY_BADGE_HOST).count(), { timeout: 10_000 }).toBe(0);
    await setSettings({ sites: { linkedin: false } });
    await page.waitForTimeout(500);
    expect(await page.locator(ANY_BADGE_HOST).count()).toBe(0);
    await setSettings({});
    await expect
      .poll(async () => badgeProblems((await readCards(page)).filter((c) => c.visible)), { timeout: 10_000 })
      .toEqual([]);
    expect(await page.locator(BADGE_HOST).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('cost of a shadow root per chip', () => {
  it('is measured on 1,000 chips against the same chips without shadow roots', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.linkedin.com/blank');
    const cdp = await browser.context.newCDPSession(page);
    const css = readFileSync(path.join(ROOT, 'components/badge/badge.css'), 'utf8');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = (await cdp.send('Runtime.getHeapUsage')) as {
        usedSize: number;
        embedderHeapUsedSize?: number;
      };
      return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
    };
    const build = (shadow: boolean) =>
      page.evaluate(
        ({ shadow, css }) => {
          const list = document.createElement('div');
          list.id = shadow ? 'shadow' : 'light';
          for (let i = 0; i < 1000; i++) {
            const host = document.createElement(shadow ? 'ai-leadership-lens-badge' : 'span');
            const root: ParentNode = shadow ? host.attachShadow({ mode: 'open' }) : host;
            const style = document.createElement('style');
            style.textContent = css;
            const chip = document.createElement('span');
            chip.className = 'ail-badge';
            chip.innerHTML =
              '<span class="ail-badge__level">C-suite · AI</span><span class="ail-badge__pay">within band</span>';
            if (shadow) root.append(style, chip);
            else root.append(chip);
            list.append(host);
          }
          document.body.append(list);
          return document.body.offsetHeight;
        },
        { shadow, css },
      );
    const before = await heap();
    await build(false);
    const light = (await heap()) - before;
    await build(true);
    const shadowed = (await heap()) - before - light;
    const perChip = (shadowed - light) / 1000;
    console.info(
      `[list-badges] 1,000 chips: light DOM ${(light / 1024).toFixed(0)} KB, ` +
        `shadow root + <style> each ${(shadowed / 1024).toFixed(0)} KB ` +
        `(${(perChip / 1024).toFixed(2)} KB more per chip)`,
    );
    expect(shadowed).toBeGreaterThan(0);
    // A full list page of 1,000 AI cards stays within a few megabytes.
    expect(shadowed).toBeLessThan(8 * 1024 * 1024);
    await page.close();
  });
});

/** Writes the settings item the way the options page does (missing fields take their defaults). */
function setSettings(value: unknown): Promise<void> {
  return browser.serviceWorker.evaluate((v) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { sync: { set(items: object): Promise<void> } } };
    };
    return chrome.storage.sync.set({ settings: v });
  }, value);
}

// ---------- measuring ----------

interface LayoutReading {
  heightsWith: number[];
  heightsWithout: number[];
  chips: {
    gapAfterTitle: number;
    centreOffsetFromLine: number;
    /** Moved to the line below, right-aligned, because the title's line had no room. */
    shifted: boolean;
    belowTitleLine: boolean;
    withinRow: boolean;
    coversButton: boolean;
  }[];
}

/**
 * Card heights with the chips and, in the same task (no frame in between), with the chips taken out; where
 * each chip sits against its title's last line, and whether it covers one of the card's buttons.
 */
function measureLayout(page: Page): Promise<LayoutReading> {
  return page.evaluate((tag) => {
    const cards = [...document.querySelectorAll('.job-card-container')];
    const heights = () => cards.map((card) => card.getBoundingClientRect().height);
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const chips = [...document.querySelectorAll<HTMLElement>(tag)].map((host) => {
      const chip = host.shadowRoot?.querySelector('.ail-badge')?.getBoundingClientRect();
      // The title's last visible words (not the screen-reader copy a page hides off-flow): the chip follows.
      const texts = document.createTreeWalker(host.parentElement ?? host, NodeFilter.SHOW_TEXT);
      let lastWords: Text | null = null;
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const offFlow = node.parentElement && getComputedStyle(node.parentElement).position === 'absolute';
        if (!offFlow && node.textContent?.trim()) lastWords = node as Text;
      }
      const range = document.createRange();
      if (lastWords) range.selectNodeContents(lastWords);
      const words = lastWords ? range.getClientRects() : [];
      const line = words[words.length - 1];
      const row = host.parentElement?.parentElement?.getBoundingClientRect();
      if (!chip || !line || !row) {
        return {
          gapAfterTitle: -1,
          centreOffsetFromLine: 99,
          shifted: false,
          belowTitleLine: false,
          withinRow: false,
          coversButton: true,
        };
      }
      const buttons = [...(host.closest('.job-card-container')?.querySelectorAll('button') ?? [])];
      return {
        gapAfterTitle: chip.left - line.right,
        centreOffsetFromLine: Math.abs(chip.top + chip.height / 2 - (line.top + line.height / 2)),
        shifted: host.style.getPropertyValue('--ail-shift') !== '',
        belowTitleLine: chip.top >= line.bottom - 6,
        withinRow: chip.right <= row.right + 0.5 && chip.left >= row.left - 0.5,
        coversButton: buttons.some((button) => overlaps(chip, button.getBoundingClientRect())),
      };
    });
    const heightsWith = heights();
    const hosts = [...document.querySelectorAll(tag)].map((host) => ({ host, parent: host.parentNode }));
    for (const { host } of hosts) host.remove();
    const heightsWithout = heights();
    for (const { host, parent } of hosts) parent?.appendChild(host);
    return { heightsWith, heightsWithout, chips };
  }, BADGE_HOST);
}

/**
 * The chips move no card, cover no button and stay within the title's row: right after the title on its
 * line, or, when that line has no room left, on the line below, right-aligned. Returns what is wrong.
 */
function chipPlacementProblems(layout: LayoutReading): string[] {
  const problems: string[] = [];
  if (layout.heightsWith.length === 0) problems.push('no cards measured');
  if (JSON.stringify(layout.heightsWithout) !== JSON.stringify(layout.heightsWith))
    problems.push('cards moved');
  if (layout.chips.length === 0) problems.push('no chips');
  layout.chips.forEach((chip, i) => {
    if (chip.coversButton) problems.push(`chip ${i} covers a button`);
    if (!chip.withinRow) problems.push(`chip ${i} leaves the title row`);
    if (chip.shifted) {
      if (!chip.belowTitleLine) problems.push(`chip ${i} shifted but not below the title line`);
      return;
    }
    if (!(chip.gapAfterTitle >= 0 && chip.gapAfterTitle < 16))
      problems.push(`chip ${i} is not right after the title`);
    if (!(chip.centreOffsetFromLine < 8)) problems.push(`chip ${i} is off the title line`);
  });
  return problems;
}

/** Placement is settled a frame after drawing (all reads before writes): poll until it is. */
async function expectChipsInPlace(page: Page): Promise<void> {
  await expect
    .poll(async () => chipPlacementProblems(await measureLayout(page)), { timeout: 10_000 })
    .toEqual([]);
}

async function chipColours(page: Page): Promise<{ background: string; text: string }> {
  return page.evaluate((tag) => {
    const chip = document.querySelector(tag)?.shadowRoot?.querySelector('.ail-badge');
    if (!chip) return { background: '', text: '' };
    const style = getComputedStyle(chip);
    return { background: style.backgroundColor, text: style.color };
  }, BADGE_HOST);
}

/** Relative luminance (WCAG) of an rgb()/rgba() colour. */
function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
