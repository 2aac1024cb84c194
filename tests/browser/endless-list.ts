// The endless LinkedIn-like list of tests/fixtures/endless (1,000 jobs, 25 at a time, recycled card
// elements) and how to drive and read it: shared by the list-badges browser test and the benchmark, so
// both measure the same page scrolled the same way. No vitest here: the benchmark runs outside it.
import type { BrowserContext, Page } from 'playwright-core';
import { fixture, type Route } from './harness';
import { ANY_BADGE_HOST, BADGE_HOST } from './lens-state';
import { markClock, scriptWork, startTrace, stopTrace, type TraceEvent, traceOffsetUs } from './trace';

export const ENDLESS_URL = 'https://www.linkedin.com/jobs/search/?keywords=ai';
export const ENDLESS_JOBS = 1000;
export const ENDLESS_BATCH = 25;

export function endlessRoute(): Route {
  return {
    host: 'www.linkedin.com',
    path: '/jobs/search/?keywords=ai',
    body: fixture('endless/linkedin-endless.html'),
  };
}

/** The level each title should show, decided by reading the title (null: not an AI-leadership card). */
export const EXPECTED_LEVEL: Record<string, string | null> = {
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

export interface CardReading {
  id: string | null;
  title: string;
  /** Fully inside the scrolling list (or the window). */
  visible: boolean;
  /** The chips the card shows (a host the page or a page rule hides does not count)... */
  badges: { jobId: string; level: string; label: string | null }[];
  /** ...and every chip host in it, shown or hidden: a card keeps one at most. */
  hosts: number;
}

/** Every LinkedIn card on the page with the chips inside it (read in the page: shadow roots are open). */
export function readCards(page: Page): Promise<CardReading[]> {
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
        badges: [...li.querySelectorAll<HTMLElement>(tag)]
          .filter((host) => getComputedStyle(host).display !== 'none')
          .map((host) => ({
            jobId: host.dataset.lensJobId ?? '',
            level: host.dataset.level ?? '',
            label: host.shadowRoot?.querySelector('.ail-badge')?.getAttribute('aria-label') ?? null,
          })),
        hosts: li.querySelectorAll(tag).length,
      };
    });
  }, ANY_BADGE_HOST);
}

/** What is wrong with the chips of these cards; empty when each AI card has exactly its own. */
export function badgeProblems(cards: CardReading[]): string[] {
  const problems: string[] = [];
  for (const card of cards) {
    if (!(card.title in EXPECTED_LEVEL)) problems.push(`${card.id}: unexpected title "${card.title}"`);
    if (card.hosts > 1) problems.push(`${card.id} "${card.title}": ${card.hosts} chip hosts`);
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
export async function instrument(page: Page): Promise<void> {
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
        for (const host of li.querySelectorAll<HTMLElement>(tag))
          if (host.dataset.lensJobId !== id) stale = true;
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

/** Polls `read` until `done` holds for its value; throws with the last value after `timeout` ms. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeout: number,
  what: string,
): Promise<T> {
  const until = Date.now() + timeout;
  for (let wait = 20; ; wait = Math.min(wait * 2, 250)) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Checks the cards fully in view after a scroll step; throws when they are not right. */
export type ViewCheck = (visible: () => Promise<CardReading[]>) => Promise<void>;

/** Waits until every card in view has its chip right (the list-badges check). */
export const badgesRight: ViewCheck = async (visible) => {
  await pollUntil(
    async () => badgeProblems(await visible()),
    (p) => p.length === 0,
    10_000,
    'badges in view',
  );
};

/** The baseline runs' check: the cards in view have been drawn by the page. */
export const cardsShown: ViewCheck = async (visible) => {
  await pollUntil(
    async () => (await visible()).every((c) => c.title !== ''),
    (shown) => shown,
    10_000,
    'cards in view drawn',
  );
};

/** When (page clock, ms) the list first held each number of jobs, as the scroll loaded them. */
export type LoadTimes = { jobs: number; at: number }[];

/**
 * Scrolls the endless list with the mouse wheel, a bit less than a screen at a time, until all 1,000 jobs are
 * loaded and the end is reached (or, with `upTo`, until that many jobs have loaded); after each step `check` is
 * given the cards fully in view. Returns the ids of the jobs seen in view (after the check passed) and when
 * each batch of jobs had loaded.
 */
export async function scrollToEnd(
  page: Page,
  check: ViewCheck,
  upTo = ENDLESS_JOBS,
): Promise<{ seen: Set<string>; loads: LoadTimes }> {
  const seen = new Set<string>();
  const loads: LoadTimes = [];
  const list = page.locator('.scaffold-layout__list');
  const box = await list.boundingBox();
  if (!box) throw new Error('no list pane');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => {
    (window as unknown as { __scrollStart: number }).__scrollStart = performance.now();
  });
  const visible = async () => (await readCards(page)).filter((c) => c.visible);
  const scrollTop = () => list.evaluate((el) => el.scrollTop);
  for (let step = 0; step < 400; step++) {
    await check(visible);
    for (const card of await visible()) if (card.id) seen.add(card.id);
    const state = await page.evaluate(() => {
      const pane = document.querySelector('.scaffold-layout__list') as HTMLElement;
      const jobs = (window as unknown as { __endless: { jobs: unknown[] } }).__endless.jobs.length;
      return {
        jobs,
        at: performance.now(),
        atEnd: pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 2,
      };
    });
    if (loads.at(-1)?.jobs !== state.jobs) loads.push({ jobs: state.jobs, at: state.at });
    if (state.jobs >= upTo && (state.atEnd || upTo < ENDLESS_JOBS)) return { seen, loads };
    const top = await scrollTop();
    await page.mouse.wheel(0, 640);
    await pollUntil(scrollTop, (now) => now !== top, 5_000, 'scroll position');
    // Let a smooth scroll finish before reading what is in view.
    await pollUntil(
      async () => {
        const a = await scrollTop();
        await page.waitForTimeout(50);
        return (await scrollTop()) === a;
      },
      (settled) => settled,
      10_000,
      'smooth scroll settled',
    );
  }
  throw new Error('the endless list never reached its end');
}

/** The page's longtask entries while scrolling, and the long-task time before (loading, the extension's
 *  start-up included). */
export async function readLongTaskEntries(page: Page) {
  const { tasks, scrollStart } = await page.evaluate(() => {
    const w = window as unknown as {
      __longTasks: { start: number; duration: number }[];
      __scrollStart?: number;
    };
    return { tasks: w.__longTasks, scrollStart: w.__scrollStart ?? 0 };
  });
  return {
    scrolling: tasks.filter((t) => t.start >= scrollStart),
    loadingMs: sumDurations(tasks.filter((t) => t.start < scrollStart)),
  };
}

export const sumDurations = (tasks: { duration: number }[]) =>
  tasks.reduce((total, t) => total + t.duration, 0);

/**
 * scrollToEnd under a trace; returns what was seen, when batches loaded, the trace and the page-clock offset
 * into it, the work of the scripts whose URL starts with `scripts` (the extension's origin, or the page's
 * own for a run without it), and the page's longtask entries while scrolling, each with those scripts'
 * time inside it.
 */
export async function tracedScroll(context: BrowserContext, page: Page, check: ViewCheck, scripts: string) {
  const cdp = await context.newCDPSession(page);
  await startTrace(cdp);
  const clock = await markClock(page);
  const { seen, loads } = await scrollToEnd(page, check);
  const events: TraceEvent[] = await stopTrace(cdp);
  await cdp.detach();
  const offsetUs = traceOffsetUs(events, clock);
  const work = scriptWork(events, scripts);
  const entries = await readLongTaskEntries(page);
  const longTasks = entries.scrolling.map((t) => ({
    duration: t.duration,
    extension: work.timeWithin(t.start * 1000 + offsetUs, t.duration * 1000),
  }));
  return { seen, loads, events, offsetUs, work, longTasks, loadingMs: entries.loadingMs };
}

/**
 * A long task is the extension's when the extension ran in it and it would not have been long (> 50 ms)
 * without the extension's share. (A task the extension did not run in is the page's, whatever its length.)
 */
export const causedByExtension = (t: { duration: number; extension: number }) =>
  t.extension > 0 && t.duration - t.extension <= 50;

export const extensionOrigin = (extensionId: string) => `chrome-extension://${extensionId}/`;

/** The jobs the endless page has loaded so far. */
export function loadedJobs(page: Page): Promise<{ id: string; title: string }[]> {
  return page.evaluate(
    () => (window as unknown as { __endless: { jobs: { id: string; title: string }[] } }).__endless.jobs,
  );
}
