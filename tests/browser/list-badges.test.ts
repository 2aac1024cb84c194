// List badges in real Chromium with the built extension: every AI-leadership card on a LinkedIn search list
// gets exactly one chip with the right level, next to its title, without moving the card; on an endless list
// of 1,000 jobs whose card elements are reused for other jobs, every AI card gets its own chip and never a
// stale one, and the extension causes no long task (> 50 ms). Numbers measured are printed.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fixture,
  type LaunchedBrowser,
  launchWithExtension,
  launchWithoutExtension,
  ROOT,
  type SiteServer,
  startSiteServer,
} from './harness';
import { BADGE_HOST } from './lens-state';
import { samplePage } from './sample-sites';

const SHOTS = path.join(ROOT, 'test-output');
const ENDLESS_URL = 'https://www.linkedin.com/jobs/search/?keywords=ai';
const search = samplePage('linkedin-search.html');

/** The level each title should show, decided by reading the title (null: not an AI-leadership card). */
const EXPECTED_LEVEL: Record<string, string | null> = {
  'Chief AI Officer': 'C-suite · AI',
  'Chief Data and AI Officer': 'C-suite · AI',
  'VP of AI': 'VP · AI',
  'VP, Artificial Intelligence': 'VP · AI',
  'VP Engineering, AI': 'VP · AI',
  'Head of AI': 'Head · AI',
  'Head of Generative AI': 'Head · AI',
  'Head of Machine Learning': 'Head · AI',
  'Head of AI Product': 'Head · AI',
  'Director of AI': 'Director · AI',
  'Director of Machine Learning': 'Director · AI',
  'Senior Director, AI Platform': 'Director · AI',
  'AI Engineering Manager': 'Manager · AI',
  'Engineering Manager, Machine Learning': 'Manager · AI',
  'AI Research Lead': 'Lead · AI',
  // A card has no description, so a CTO is not shown as AI leadership from the title alone.
  'Chief Technology Officer': null,
  'Sales Director, AI Solutions': null,
  'Machine Learning Engineer': null,
  'Retail Manager': null,
  'Data Analyst': null,
  'Customer Success Manager': null,
  'Staff Accountant': null,
  'Warehouse Supervisor': null,
  'Registered Nurse': null,
  'Software Engineer': null,
  'Payroll Specialist': null,
};

interface CardReading {
  id: string | null;
  title: string;
  /** Fully inside the scrolling list (or the window). */
  visible: boolean;
  badges: { jobId: string; level: string; label: string | null }[];
}

/** Every LinkedIn card on the page with the chips inside it (read in the page: shadow roots are open). */
function readCards(page: Page): Promise<CardReading[]> {
  return page.evaluate((tag) => {
    const scroller = document.querySelector('.scaffold-layout__list');
    const scrolls = scroller && getComputedStyle(scroller).overflowY === 'auto';
    const frame = scrolls ? scroller.getBoundingClientRect() : { top: 0, bottom: innerHeight };
    return [...document.querySelectorAll('li[data-occludable-job-id]')].map((li) => {
      const rect = li.getBoundingClientRect();
      return {
        id: li.getAttribute('data-occludable-job-id'),
        title: li.querySelector('.job-card-list__title--link strong')?.textContent?.trim() ?? '',
        visible: rect.top >= frame.top && rect.bottom <= frame.bottom,
        badges: [...li.querySelectorAll<HTMLElement>(tag)].map((host) => ({
          jobId: host.dataset.jobId ?? '',
          level: host.dataset.level ?? '',
          label: host.shadowRoot?.querySelector('.ail-badge')?.getAttribute('aria-label') ?? null,
        })),
      };
    });
  }, BADGE_HOST);
}

/** What is wrong with the chips of these cards; empty when each AI card has exactly its own. */
function badgeProblems(cards: CardReading[]): string[] {
  const problems: string[] = [];
  for (const card of cards) {
    if (!(card.title in EXPECTED_LEVEL)) problems.push(`${card.id}: unexpected title "${card.title}"`);
    const expected = EXPECTED_LEVEL[card.title] ?? null;
    if (expected === null) {
      if (card.badges.length > 0) problems.push(`${card.id} "${card.title}": badged but not AI leadership`);
      continue;
    }
    if (card.badges.length !== 1) {
      problems.push(`${card.id} "${card.title}": ${card.badges.length} badges`);
      continue;
    }
    const [badge] = card.badges;
    if (badge?.jobId !== card.id) problems.push(`${card.id}: badge of job ${badge?.jobId} (stale)`);
    if (badge?.level !== expected)
      problems.push(`${card.id}: level "${badge?.level}", expected "${expected}"`);
    if (!badge?.label?.startsWith('AI Leadership Lens: ')) problems.push(`${card.id}: no aria-label`);
  }
  return problems;
}

/** Page-side instruments, installed before any page script: long tasks and frames showing a stale chip. */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript((tag) => {
    const w = window as unknown as {
      __longTasks: { start: number; duration: number }[];
      __stale: { frames: number; run: number; maxRun: number };
    };
    w.__longTasks = [];
    w.__stale = { frames: 0, run: 0, maxRun: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const watch = () => {
      let stale = false;
      for (const li of document.querySelectorAll('li[data-occludable-job-id]')) {
        const id = li.getAttribute('data-occludable-job-id');
        for (const host of li.querySelectorAll<HTMLElement>(tag)) if (host.dataset.jobId !== id) stale = true;
      }
      const s = w.__stale;
      if (stale) {
        s.frames++;
        s.run++;
        s.maxRun = Math.max(s.maxRun, s.run);
      } else {
        s.run = 0;
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }, BADGE_HOST);
}

let server: SiteServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startSiteServer([
    search.route,
    {
      host: 'www.linkedin.com',
      path: '/jobs/search/?keywords=ai',
      body: fixture('endless/linkedin-endless.html'),
    },
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
    // Cards are read only near the viewport: scroll through the page once.
    for (let y = 0; y <= 4000; y += 500) {
      await page.evaluate(async (top) => {
        window.scrollTo(0, top);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }, y);
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

describe('list badges on an endless LinkedIn list of 1,000 jobs with recycled card nodes', () => {
  it('badges every AI card it scrolls past, never shows a stale chip, and causes no long task', async () => {
    const page = await browser.context.newPage();
    await instrument(page);
    await page.goto(ENDLESS_URL);
    await expect.poll(() => page.locator(BADGE_HOST).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const {
      seen: verified,
      work,
      longTasks,
      loadingMs,
    } = await tracedScroll(page, async (visible) => {
      await expect.poll(async () => badgeProblems(await visible()), { timeout: 10_000 }).toEqual([]);
    });
    const jobs = await page.evaluate(
      () => (window as unknown as { __endless: { jobs: { id: string; title: string }[] } }).__endless.jobs,
    );
    expect(jobs).toHaveLength(1000);
    const aiJobs = jobs.filter((j) => EXPECTED_LEVEL[j.title]);
    expect(aiJobs.length).toBeGreaterThan(400);
    const missed = aiJobs.filter((j) => !verified.has(j.id));
    expect(missed).toEqual([]);

    const stale = await page.evaluate(
      () => (window as unknown as { __stale: { frames: number; maxRun: number } }).__stale,
    );
    expect(work.calls).toBeGreaterThan(0);
    expect(work.longest).toBeLessThan(50);
    // Neither the page's longtask entries nor the trace's tasks over 50 ms would have been long without us.
    expect(longTasks.filter(causedByExtension)).toEqual([]);
    expect(work.longTasks.filter(causedByExtension)).toEqual([]);
    // A reused card element may show its previous job's chip until the next frame's batch, never longer.
    expect(stale.maxRun).toBeLessThanOrEqual(2);

    await page.evaluate(() => document.querySelector('.scaffold-layout__list')?.scrollTo(0, 0));
    await expect
      .poll(async () => badgeProblems((await readCards(page)).filter((c) => c.visible)), { timeout: 10_000 })
      .toEqual([]);
    const layout = await expectChipsInPlace(page);
    // This list's long titles fill their line ("Director of Machine Learning"): both placements are seen.
    expect(layout.chips.some((chip) => chip.shifted)).toBe(true);
    expect(layout.chips.some((chip) => !chip.shifted)).toBe(true);
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

    // The same scroll with list badges switched off: the rest of the content script's share.
    await setSettings({ sections: { listBadges: false } });
    const off = await browser.context.newPage();
    await instrument(off);
    await off.goto(ENDLESS_URL);
    const withoutBadges = await tracedScroll(off, cardsShown);
    expect(await off.locator(BADGE_HOST).count()).toBe(0);
    await off.close();
    await setSettings({});

    // And without the extension at all: the page's own long tasks.
    const plain = await launchWithoutExtension({ port: server.port });
    let baseline: Awaited<ReturnType<typeof readLongTaskEntries>>;
    try {
      const bare = await plain.context.newPage();
      await instrument(bare);
      await bare.goto(ENDLESS_URL);
      await scrollToEnd(bare, cardsShown);
      baseline = await readLongTaskEntries(bare);
    } finally {
      await plain.close();
    }
    const badgeMs = work.total - withoutBadges.work.total;
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    console.info(
      `[list-badges] endless list: ${aiJobs.length} AI cards of ${jobs.length} badged and checked in view; ` +
        `content script ${ms(work.total)} in ${work.calls} calls with badges, ${ms(withoutBadges.work.total)} ` +
        `without: badges ${ms(badgeMs)} = ${((badgeMs / jobs.length) * 25).toFixed(2)} ms per 25 cards; ` +
        `longest call ${work.longest.toFixed(1)} ms (${work.threadTimed ? 'thread time' : 'wall time'}; wall ` +
        `${work.longestWall.toFixed(1)} ms); frames with a stale chip ${stale.frames} ` +
        `(longest run ${stale.maxRun}). Long tasks while scrolling: with the extension ${longTasks.length} ` +
        `(${ms(sum(longTasks))}, caused by it ${longTasks.filter(causedByExtension).length}), badges off ` +
        `${withoutBadges.longTasks.length} (${ms(sum(withoutBadges.longTasks))}), no extension ` +
        `${baseline.scrolling.length} (${ms(sum(baseline.scrolling))}); while loading: ${ms(loadingMs)} / ` +
        `${ms(withoutBadges.loadingMs)} / ${ms(baseline.loadingMs)}`,
    );
  }, 600_000);

  it('drops every chip when list badges are switched off, and brings them back', async () => {
    const page = await browser.context.newPage();
    await page.goto(ENDLESS_URL);
    await expect.poll(() => page.locator(BADGE_HOST).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await setSettings({ sections: { listBadges: false } });
    await expect.poll(() => page.locator(BADGE_HOST).count(), { timeout: 10_000 }).toBe(0);
    await setSettings({ sites: { linkedin: false } });
    await page.waitForTimeout(500);
    expect(await page.locator(BADGE_HOST).count()).toBe(0);
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

// ---------- scrolling ----------

/**
 * Scrolls the endless list with the mouse wheel, a bit less than a screen at a time, until all 1,000 jobs are
 * loaded and the end is reached; after each step `check` is given the cards fully in view. Returns the ids of
 * the jobs seen in view (after the check passed).
 */
async function scrollToEnd(
  page: Page,
  check: (visible: () => Promise<CardReading[]>) => Promise<void>,
): Promise<Set<string>> {
  const seen = new Set<string>();
  const list = page.locator('.scaffold-layout__list');
  const box = await list.boundingBox();
  if (!box) throw new Error('no list pane');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => {
    (window as unknown as { __scrollStart: number }).__scrollStart = performance.now();
  });
  const visible = async () => (await readCards(page)).filter((c) => c.visible);
  for (let step = 0; step < 400; step++) {
    await check(visible);
    for (const card of await visible()) if (card.id) seen.add(card.id);
    const state = await page.evaluate(() => {
      const pane = document.querySelector('.scaffold-layout__list') as HTMLElement;
      const jobs = (window as unknown as { __endless: { jobs: unknown[] } }).__endless.jobs.length;
      return { jobs, atEnd: pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 2 };
    });
    if (state.jobs >= 1000 && state.atEnd) return seen;
    const top = await list.evaluate((el) => el.scrollTop);
    await page.mouse.wheel(0, 640);
    await expect.poll(() => list.evaluate((el) => el.scrollTop), { timeout: 5_000 }).not.toBe(top);
    // Let a smooth scroll finish before reading what is in view.
    await expect
      .poll(async () => {
        const a = await list.evaluate((el) => el.scrollTop);
        await page.waitForTimeout(50);
        return (await list.evaluate((el) => el.scrollTop)) === a;
      })
      .toBe(true);
  }
  throw new Error('the endless list never reached its end');
}

/** The baseline runs' check: the cards in view have been drawn by the page. */
async function cardsShown(visible: () => Promise<CardReading[]>): Promise<void> {
  await expect
    .poll(async () => (await visible()).every((c) => c.title !== ''), { timeout: 10_000 })
    .toBe(true);
}

/**
 * scrollToEnd under a trace; returns what was seen, the extension's work, and the page's longtask entries
 * while scrolling, each with the extension's script time inside it (the page clock is mapped onto the
 * trace's through a console.timeStamp taken with performance.now()).
 */
async function tracedScroll(page: Page, check: (visible: () => Promise<CardReading[]>) => Promise<void>) {
  const cdp = await browser.context.newCDPSession(page);
  await startTrace(cdp);
  const syncedAt = await page.evaluate(() => {
    console.timeStamp('lens-clock');
    return performance.now();
  });
  const seen = await scrollToEnd(page, check);
  const events = await stopTrace(cdp);
  await cdp.detach();
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'lens-clock');
  if (!stamp) throw new Error('no clock stamp in the trace');
  const work = extensionWork(events, browser.extensionId);
  const offsetUs = stamp.ts - syncedAt * 1000;
  const entries = await readLongTaskEntries(page);
  const longTasks = entries.scrolling.map((t) => ({
    duration: t.duration,
    extension: work.timeWithin(t.start * 1000 + offsetUs, t.duration * 1000),
  }));
  return { seen, work, longTasks, loadingMs: entries.loadingMs };
}

const sum = (tasks: { duration: number }[]) => tasks.reduce((total, t) => total + t.duration, 0);

/** A long task is the extension's when it would not have been long (> 50 ms) without the extension's share. */
const causedByExtension = (t: { duration: number; extension: number }) => t.duration - t.extension <= 50;

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
async function expectChipsInPlace(page: Page): Promise<LayoutReading> {
  let layout: LayoutReading | undefined;
  await expect
    .poll(
      async () => {
        layout = await measureLayout(page);
        return chipPlacementProblems(layout);
      },
      { timeout: 10_000 },
    )
    .toEqual([]);
  return layout as LayoutReading;
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

/** The page's longtask entries while scrolling, and the long-task time before (loading, the extension's
 *  start-up included). */
async function readLongTaskEntries(page: Page) {
  const { tasks, scrollStart } = await page.evaluate(() => {
    const w = window as unknown as {
      __longTasks: { start: number; duration: number }[];
      __scrollStart?: number;
    };
    return { tasks: w.__longTasks, scrollStart: w.__scrollStart ?? 0 };
  });
  return {
    scrolling: tasks.filter((t) => t.start >= scrollStart),
    loadingMs: sum(tasks.filter((t) => t.start < scrollStart)),
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike dur, not stretched when the machine's other work preempts the renderer. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; message?: string } };
}

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      recordMode: 'recordContinuously',
      includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
    },
  });
}

async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) =>
    cdp.once('Tracing.tracingComplete', resolve),
  );
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('no trace stream');
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * The extension's script time on the page's main thread (FunctionCall events from its content script,
 * nested calls counted once) and the tasks over 50 ms there, each with the extension's share of it.
 */
function extensionWork(events: TraceEvent[], extensionId: string) {
  const origin = `chrome-extension://${extensionId}/`;
  const calls = events
    .filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && e.args?.data?.url?.startsWith(origin))
    .sort((a, b) => a.ts - b.ts);
  const thread = calls[0] ? { pid: calls[0].pid, tid: calls[0].tid } : null;
  const outer: TraceEvent[] = [];
  for (const call of calls) {
    const last = outer[outer.length - 1];
    if (last && call.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(call);
  }
  const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  // The extension's own time is its thread time where the trace has it: two shared cores preempt often.
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const timeWithin = (startUs: number, durationUs: number) =>
    outer
      .filter((c) => c.ts >= startUs && c.ts < startUs + durationUs)
      .reduce((total, c) => total + cpu(c), 0);
  const longTasks = events
    .filter(
      (e) =>
        e.name === 'RunTask' && e.ph === 'X' && e.pid === thread?.pid && e.tid === thread?.tid && ms(e) > 50,
    )
    .map((task) => ({ duration: ms(task), extension: timeWithin(task.ts, task.dur ?? 0) }));
  return {
    timeWithin,
    calls: outer.length,
    threadTimed: outer.every((c) => c.tdur !== undefined),
    total: outer.reduce((sum, c) => sum + cpu(c), 0),
    longest: outer.reduce((max, c) => Math.max(max, cpu(c)), 0),
    longestWall: outer.reduce((max, c) => Math.max(max, ms(c)), 0),
    longTasks,
  };
}
