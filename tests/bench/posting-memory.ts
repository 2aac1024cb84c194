// The posting memory at 10,000 postings: time to panel on a job page and the compare page's first paint, with
// the ledger empty (the baseline) and then seeded with 10,000 postings (7 of them saved), in the same browser.
// Also the panel's memory line ("first seen here…"), the one part of the panel that waits on the ledger.
import type { Page } from 'playwright-core';
import { pollUntil } from '../browser/endless-list';
import { type LaunchedBrowser, launchWithExtension } from '../browser/harness';
import { SAVED_POSTINGS, seedLedger } from '../browser/ledger-seed';
import { PANEL_HOST } from '../browser/lens-state';
import type { BenchBrowsers } from './browsers';
import { POSTING_MEMORY_BUDGET_MS } from './budgets';
import { type Figure, type Section, summarize } from './report';
import { type BenchPage, heldBackPage, PAGES, type RunResult, timeOnePanel } from './time-to-panel';

export const LEDGER_POSTINGS = 10_000;
const RUNS = 6;
const COMPARE_RUNS = 8;
const SETTLE_AFTER_SEED_MS = 5_000;

/** The time-to-panel section's first page (LinkedIn signed-in). */
function jobPage(): BenchPage {
  const [page] = PAGES;
  if (!page) throw new Error('time-to-panel.ts lists no page');
  return page;
}

/** In the compare page from its first script: the time its list (or its "no saved postings") first painted. */
const COMPARE_PAGE_SCRIPT = `
(() => {
  if (!location.pathname.endsWith('/compare.html')) return;
  const bench = { list: null };
  window.__compareBench = bench;
  const afterPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  const seen = () => document.querySelector('[data-compare="table"], [data-compare="empty"]');
  const observer = new MutationObserver(() => {
    if (bench.list !== null || !seen()) return;
    observer.disconnect();
    afterPaint((at) => { bench.list = at; });
  });
  observer.observe(document, { childList: true, subtree: true });
})();
`;

async function comparePaint(lens: LaunchedBrowser): Promise<number> {
  const page = await lens.context.newPage();
  try {
    await page.goto(`chrome-extension://${lens.extensionId}/compare.html`);
    const read = () =>
      page.evaluate(() => (window as unknown as { __compareBench?: { list: number | null } }).__compareBench);
    const bench = await pollUntil(
      read,
      (b) => typeof b?.list === 'number',
      20_000,
      'compare page list painted',
    );
    return bench?.list ?? Number.NaN;
  } finally {
    await page.close();
  }
}

/** Insertion → the panel's memory line drawn (the background's answer from the ledger), on the page's clock. */
async function memoryLine(page: Page): Promise<number> {
  return page.evaluate(
    async ({ host }) => {
      const bench = (window as unknown as { __lensBench: { inserted: number } }).__lensBench;
      for (let i = 0; i < 600; i++) {
        const line = document.querySelector(host)?.shadowRoot?.querySelector('[data-memory="age"]');
        if (line) return performance.now() - bench.inserted;
        await new Promise((done) => requestAnimationFrame(done));
      }
      return Number.NaN;
    },
    { host: PANEL_HOST },
  );
}

interface Reading {
  panel: RunResult[];
  memory: number[];
  compare: number[];
}

/** One run of each reading, in one browser. */
async function measureOnce(lens: LaunchedBrowser, reading: Reading, compareRuns: number): Promise<void> {
  const { url } = heldBackPage(jobPage());
  const after = async (page: Page) => void reading.memory.push(await memoryLine(page));
  reading.panel.push(await timeOnePanel(lens.context, url, lens.extensionId, false, after));
  for (let i = 0; i < compareRuns; i++) reading.compare.push(await comparePaint(lens));
}

/**
 * Runs alternate between the two browsers (empty ledger, full ledger), so the load of the shared machine at any
 * moment falls on both alike rather than on whichever was measured second.
 */
async function measureAlternating(
  empty: LaunchedBrowser,
  full: LaunchedBrowser,
): Promise<[Reading, Reading]> {
  const readings: [Reading, Reading] = [
    { panel: [], memory: [], compare: [] },
    { panel: [], memory: [], compare: [] },
  ];
  const comparePerRun = Math.ceil(COMPARE_RUNS / RUNS);
  for (let i = 0; i < RUNS; i++) {
    await measureOnce(empty, readings[0], comparePerRun);
    await measureOnce(full, readings[1], comparePerRun);
  }
  return readings;
}

async function forgetEverything(lens: LaunchedBrowser): Promise<void> {
  const page = await lens.context.newPage();
  try {
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`chrome-extension://${lens.extensionId}/compare.html`);
    await page.locator('[data-compare="forget"]:not([disabled])').click();
    await page.locator('[data-compare="count"]').filter({ hasText: /\b0\b/ }).waitFor();
  } finally {
    await page.close();
  }
}

export async function postingMemorySection(browsers: BenchBrowsers): Promise<Section> {
  const emptyLens = browsers.withExtension;
  // The full ledger lives in a browser of its own, launched like the first, so the two can take turns.
  const fullLens = await launchWithExtension({ port: browsers.server.port });
  try {
    for (const { context } of [emptyLens, fullLens]) {
      await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      await context.addInitScript({ content: COMPARE_PAGE_SCRIPT });
    }
    await forgetEverything(emptyLens);
    const seededAt = Date.now();
    const held = await seedLedger(fullLens, LEDGER_POSTINGS - SAVED_POSTINGS.length);
    const seedSeconds = (Date.now() - seededAt) / 1000;
    // The import's writes settle (IndexedDB compacts after a large write) before anything is timed.
    await new Promise((done) => setTimeout(done, SETTLE_AFTER_SEED_MS));
    const [empty, full] = await measureAlternating(emptyLens, fullLens);
    return section(empty, full, held, seedSeconds);
  } finally {
    await fullLens.close();
  }
}

function section(empty: Reading, full: Reading, held: number, seedSeconds: number): Section {
  const { name } = jobPage();
  const panels = (r: Reading) => r.panel.map((run) => run.panel ?? Number.NaN);
  const invisible = full.panel.filter((run) => !run.panelVisible).length;
  const framesLate = full.panel.map((run) => run.panelFramesLate ?? Number.NaN);
  const panelAdded = summarize(panels(full)).median - summarize(panels(empty)).median;
  const added = summarize(full.compare).median - summarize(empty.compare).median;
  const budget = POSTING_MEMORY_BUDGET_MS;
  const figures: Figure[] = [
    {
      name: `${name}: inserted → panel painted, ${held.toLocaleString('en-US')} postings`,
      unit: 'ms',
      samples: panels(full),
      baseline: { samples: panels(empty), is: 'the same with the ledger empty' },
      target: {
        text: `median ≤ baseline + ${budget.panelAddedByLedger} ms${invisible ? ` (${invisible} runs: panel painted empty)` : ''}`,
        met: panelAdded <= budget.panelAddedByLedger && invisible === 0,
      },
    },
    {
      name: `${name}: frames from posting to panel, ${held.toLocaleString('en-US')} postings`,
      unit: '',
      samples: framesLate,
      target: { text: '0: drawn with the posting', met: framesLate.every((n) => n === 0) },
    },
    {
      name: `${name}: inserted → memory line shown, ${held.toLocaleString('en-US')} postings`,
      unit: 'ms',
      samples: full.memory,
      baseline: { samples: empty.memory, is: 'the same with the ledger empty' },
      target: {
        text: `median ≤ baseline + ${budget.memoryLineAddedByLedger} ms`,
        met: summarize(full.memory).median - summarize(empty.memory).median <= budget.memoryLineAddedByLedger,
      },
    },
    {
      name: `compare page: navigation → list painted, ${held.toLocaleString('en-US')} postings`,
      unit: 'ms',
      samples: full.compare,
      baseline: { samples: empty.compare, is: 'the same with the ledger empty' },
      target: {
        text: `p95 < ${budget.compareFirstPaint} ms, median ≤ baseline + ${budget.compareAddedByLedger} ms`,
        met: summarize(full.compare).p95 < budget.compareFirstPaint && added <= budget.compareAddedByLedger,
      },
    },
  ];
  return {
    title: `Posting memory (${held.toLocaleString('en-US')} postings in the ledger against an empty one)`,
    method: [
      `Two Chromiums with the extension: one with its ledger emptied through the compare page, one with`,
      `${LEDGER_POSTINGS.toLocaleString('en-US')} postings (${SAVED_POSTINGS.length} saved, descriptions of ~2,500 characters) imported through it`,
      `and ${SETTLE_AFTER_SEED_MS / 1000} s to settle; runs alternate between the two.`,
      `Panel: ${RUNS} runs of the time-to-panel page (${name}); the memory line is polled each frame in the panel.`,
      `Compare page: ${Math.ceil(COMPARE_RUNS / RUNS) * RUNS} fresh loads; "list painted" = a frame after its table (or empty note) entered`,
      'the DOM, timed from navigation start on the page clock.',
    ],
    figures,
    notes: [
      `seeding ${held.toLocaleString('en-US')} postings through the import took ${seedSeconds.toFixed(1)} s`,
    ],
    raw: { empty, full, held },
  };
}
