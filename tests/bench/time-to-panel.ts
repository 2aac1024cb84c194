// Time to panel in real Chromium: a real job page (LinkedIn signed-in, Greenhouse) is served with its body
// held back in a <template>; after load a page script inserts it, and the page measures, on its own clock,
// insertion → the posting's first paint and insertion → the panel's first paint. Script time comes from
// CDP (Performance.getMetrics ScriptDuration around the insertion) and from traces (whole page, and the
// extension's own share by its chrome-extension:// script URL).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { pollUntil } from '../browser/endless-list';
import { fixture, ROOT, type Route } from '../browser/harness';
import { PANEL_HOST } from '../browser/lens-state';
import { markClock, scriptWork, startTrace, stopTrace, traceOffsetUs } from '../browser/trace';
import type { BenchBrowsers } from './browsers';
import { type Figure, type Section, summarize } from './report';

const TIMED_RUNS = 6;
const TRACED_RUNS = 2;
/** After load, before the insertion: the content script (document_idle) has started and is watching. */
const SETTLE_MS = 300;
/** After the panel (or the posting) has painted: trailing work the insertion caused. */
const TAIL_MS = 200;

export interface BenchPage {
  name: string;
  file: string;
  /** The fixture's own title (not AI leadership) and the AI-leadership title put in its place. */
  title: [string, string];
}

export const PAGES: BenchPage[] = [
  {
    name: 'LinkedIn signed-in',
    file: 'real/linkedin/loggedin-classic-search-detail-pane-4433946496-data-idols.html',
    title: ['Backend Senior Software Engineer', 'Head of AI'],
  },
  {
    name: 'Greenhouse',
    file: 'real/greenhouse/job-boards-relativity-space-director-internal-communications.html',
    title: ['Director, Internal Communications', 'Director of AI'],
  },
];

function pageUrl(page: BenchPage, html: string): URL {
  const known = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/real/page-urls.json'), 'utf8'))
    .urls as Record<string, string>;
  const canonical = /<link\b[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(html)?.[1];
  const url = new URL(known[page.file] ?? canonical ?? '');
  url.protocol = 'https:';
  return url;
}

/** Runs in the page: inserts the held-back body on request and times the first paints that follow. */
const PAGE_SCRIPT = `
(() => {
  const bench = { inserted: 0, pageFrame: null, panel: null, panelVisible: false, waiting: false,
    frame: 0, postingFrameNo: null, panelFrameNo: null };
  // Frames since insertion, counted from rAF: the paint callbacks read it to say which frame drew them.
  const countFrames = () => { bench.frame++; requestAnimationFrame(countFrames); };
  window.__lensBench = bench;
  // A message posted now is handled after the frame being produced has painted.
  const afterPaint = (done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  };
  new MutationObserver(() => {
    if (!bench.inserted || bench.waiting || !document.querySelector('${PANEL_HOST}')) return;
    bench.waiting = true;
    afterPaint((at) => {
      bench.panel = at - bench.inserted;
      bench.panelFrameNo = bench.frame;
      performance.mark('lens-panel-painted');
      const root = document.querySelector('${PANEL_HOST}').shadowRoot;
      bench.panelVisible = !!root && [...root.querySelectorAll('*')].some((e) => e.getBoundingClientRect().height > 0);
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
  bench.insert = () => {
    const posting = document.getElementById('lens-bench-posting');
    performance.mark('posting-inserted');
    bench.inserted = performance.now();
    document.body.append(posting.content.cloneNode(true));
    requestAnimationFrame(countFrames);
    requestAnimationFrame(() => afterPaint((at) => {
      bench.pageFrame = at - bench.inserted;
      bench.postingFrameNo = bench.frame;
    }));
  };
})();
`;

/** The fixture without its scripts, with an AI-leadership title, its body held back until inserted. */
export function heldBackPage(page: BenchPage): { html: string; url: URL } {
  const original = fixture(page.file);
  const html = original.replace(/<script\b[\s\S]*?<\/script>/gi, '').replaceAll(page.title[0], page.title[1]);
  const open = /<body\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</body>');
  if (!open || close < 0) throw new Error(`${page.file} has no <body>`);
  const bodyStart = open.index + open[0].length;
  return {
    url: pageUrl(page, original),
    html:
      html.slice(0, bodyStart) +
      `<template id="lens-bench-posting">${html.slice(bodyStart, close)}</template>` +
      `<script>${PAGE_SCRIPT}</script>` +
      html.slice(close),
  };
}

/** A job site's page that shows no posting (LinkedIn's feed): only the loader runs there. */
const NO_POSTING_URL = new URL('https://www.linkedin.com/feed/');
const NO_POSTING_RUNS = 4;

export function timeToPanelRoutes(): Route[] {
  const [first] = PAGES;
  const feed = first
    ? [{ host: NO_POSTING_URL.host, path: NO_POSTING_URL.pathname, body: heldBackPage(first).html }]
    : [];
  return [
    ...PAGES.map((page) => {
      const { html, url } = heldBackPage(page);
      return { host: url.host, path: url.pathname + url.search, body: html };
    }),
    ...feed,
  ];
}

/** Script time on the main thread from navigation to load + SETTLE_MS: the page's own, and the extension's. */
async function traceNoPostingPage(
  context: BrowserContext,
  extensionId: string | null,
): Promise<{ pageScript: number; extensionScript: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await startTrace(cdp);
    await page.goto(NO_POSTING_URL.href, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const events = await stopTrace(cdp);
    return {
      pageScript: scriptWork(events, `https://${NO_POSTING_URL.host}/`, { everyScript: true }).total,
      extensionScript: extensionId ? scriptWork(events, `chrome-extension://${extensionId}/`).total : 0,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/** The loader alone, on a job site's page with no posting, beside the page's own script. */
async function noPostingFigures(browsers: BenchBrowsers): Promise<Figure[]> {
  const withExt: { pageScript: number; extensionScript: number }[] = [];
  const without: { pageScript: number; extensionScript: number }[] = [];
  for (let i = 0; i < NO_POSTING_RUNS; i++) {
    withExt.push(
      await traceNoPostingPage(browsers.withExtension.context, browsers.withExtension.extensionId),
    );
    without.push(await traceNoPostingPage(browsers.withoutExtension.context, null));
  }
  return [
    {
      name: 'LinkedIn feed (no posting): extension script, load (trace)',
      unit: 'ms',
      samples: withExt.map((run) => run.extensionScript),
      baseline: {
        samples: without.map((run) => run.pageScript),
        is: "every script on the page's main thread, load to settled, without the extension",
      },
      target: {
        text: 'added < 10 ms per page',
        met: summarize(withExt.map((run) => run.extensionScript)).median < 10,
      },
    },
  ];
}

export interface RunResult {
  /** Insertion → panel painted (null without the extension, or when no panel came). */
  panel: number | null;
  panelVisible: boolean;
  pageFrame: number;
  /** Frames between the posting's first paint and the panel's (0: drawn in the same frame). */
  panelFramesLate: number | null;
  /** CDP ScriptDuration over insertion → paint + TAIL_MS. */
  scriptAfterInsert: number;
  traced?: {
    pageScript: number;
    extensionLoad: number;
    extensionInsert: number;
    /** The extension's script time, load to end, by script file (loader, lens, words). */
    byScript: Record<string, number>;
  };
}

async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
}

export async function timeOnePanel(
  context: BrowserContext,
  url: URL,
  extensionId: string | null,
  traced: boolean,
  /** Runs once the run's figures are taken, before the page closes: a further reading of the same page. */
  after?: (page: Page) => Promise<void>,
): Promise<RunResult> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    if (traced) await startTrace(cdp);
    await page.goto(url.href, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const before = await scriptDuration(cdp);
    const insertedAt = await page.evaluate(() => {
      const bench = (window as unknown as { __lensBench: { insert(): void; inserted: number } }).__lensBench;
      bench.insert();
      return bench.inserted;
    });
    type Bench = {
      pageFrame: number | null;
      panel: number | null;
      panelVisible: boolean;
      postingFrameNo: number | null;
      panelFrameNo: number | null;
    };
    const read = () => page.evaluate(() => (window as unknown as { __lensBench: Bench }).__lensBench);
    const seen = await pollUntil(
      read,
      (b) => b.pageFrame !== null && (extensionId === null || b.panel !== null),
      10_000,
      `${url.host}: posting${extensionId ? ' and panel' : ''} painted`,
    );
    await page.waitForTimeout(TAIL_MS);
    const scriptAfterInsert = (await scriptDuration(cdp)) - before;
    const result: RunResult = {
      panel: seen.panel,
      panelVisible: seen.panelVisible,
      pageFrame: seen.pageFrame ?? Number.NaN,
      panelFramesLate:
        seen.panelFrameNo !== null && seen.postingFrameNo !== null
          ? seen.panelFrameNo - seen.postingFrameNo
          : null,
      scriptAfterInsert,
    };
    await after?.(page);
    if (traced) {
      const clock = await markClock(page);
      const events = await stopTrace(cdp);
      const insertUs = insertedAt * 1000 + traceOffsetUs(events, clock);
      const everything = scriptWork(events, `https://${url.host}/`, { everyScript: true });
      const origin = `chrome-extension://${extensionId}/`;
      const extension = extensionId ? scriptWork(events, origin) : null;
      const files = new Set(
        events.flatMap((e) => {
          const url = e.args?.data?.url;
          return extensionId && url?.startsWith(origin) ? [url.slice(origin.length)] : [];
        }),
      );
      result.traced = {
        pageScript: everything.total,
        extensionLoad: extension ? extension.timeWithin(0, insertUs) : 0,
        extensionInsert: extension ? extension.timeWithin(insertUs, Number.MAX_SAFE_INTEGER) : 0,
        byScript: Object.fromEntries(
          [...files].map((file) => [file, scriptWork(events, `${origin}${file}`).total]),
        ),
      };
    }
    return result;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/** The traced runs' trace figures (the runs after the timed ones). */
const tracedRuns = (runs: RunResult[]) => runs.slice(TIMED_RUNS).flatMap((r) => (r.traced ? [r.traced] : []));

export async function timeToPanelSection(browsers: BenchBrowsers): Promise<Section> {
  const figures: Figure[] = [];
  const raw: Record<string, { with: RunResult[]; without: RunResult[] }> = {};
  for (const page of PAGES) {
    const { url } = heldBackPage(page);
    const withExt: RunResult[] = [];
    const without: RunResult[] = [];
    // Alternate the two browsers run by run, so load on the shared machine falls on both alike.
    for (let i = 0; i < TIMED_RUNS + TRACED_RUNS; i++) {
      const traced = i >= TIMED_RUNS;
      withExt.push(
        await timeOnePanel(browsers.withExtension.context, url, browsers.withExtension.extensionId, traced),
      );
      without.push(await timeOnePanel(browsers.withoutExtension.context, url, null, traced));
    }
    raw[page.name] = { with: withExt, without };
    const timed = (runs: RunResult[]) => runs.slice(0, TIMED_RUNS);
    const panels = timed(withExt).map((r) => r.panel ?? Number.NaN);
    const added = tracedRuns(withExt).map((t) => t.extensionLoad + t.extensionInsert);
    const framesLate = timed(withExt).map((r) => r.panelFramesLate ?? Number.NaN);
    const invisible = timed(withExt).filter((r) => !r.panelVisible).length;
    figures.push(
      {
        name: `${page.name}: inserted → panel painted`,
        unit: 'ms',
        samples: panels,
        baseline: {
          samples: timed(without).map((r) => r.pageFrame),
          is: "inserted → the posting's own first paint, same page without the extension",
        },
        target: {
          text: `p95 < 16.7 ms${invisible ? ` (${invisible} runs: panel host painted empty)` : ''}`,
          met: summarize(panels).p95 < 16.7 && invisible === 0,
        },
      },
      {
        name: `${page.name}: frames from posting to panel`,
        unit: '',
        samples: framesLate,
        target: { text: '0: drawn with the posting', met: framesLate.every((n) => n === 0) },
      },
      {
        name: `${page.name}: inserted → posting painted`,
        unit: 'ms',
        samples: timed(withExt).map((r) => r.pageFrame),
        baseline: { samples: timed(without).map((r) => r.pageFrame), is: 'the same, without the extension' },
      },
      {
        name: `${page.name}: script after insertion (CDP)`,
        unit: 'ms',
        samples: timed(withExt).map((r) => r.scriptAfterInsert),
        baseline: {
          samples: timed(without).map((r) => r.scriptAfterInsert),
          is: `ScriptDuration, insertion → paint + ${TAIL_MS} ms, without the extension`,
        },
      },
      {
        name: `${page.name}: page script, load + insert (trace)`,
        unit: 'ms',
        samples: tracedRuns(withExt).map((t) => t.pageScript),
        baseline: {
          samples: tracedRuns(without).map((t) => t.pageScript),
          is: "every script on the page's main thread, load to end, without the extension",
        },
      },
      {
        name: `${page.name}: extension script, load + insert (trace)`,
        unit: 'ms',
        samples: added,
        target: { text: 'added < 10 ms per page', met: summarize(added).median < 10 },
      },
      {
        name: `${page.name}: extension script, insert only (trace)`,
        unit: 'ms',
        samples: tracedRuns(withExt).map((t) => t.extensionInsert),
      },
    );
  }
  figures.push(...(await noPostingFigures(browsers)));
  const notes = PAGES.map((page) => {
    const runs = tracedRuns(raw[page.name]?.with ?? []);
    const files = [...new Set(runs.flatMap((t) => Object.keys(t.byScript)))].sort();
    const median = (file: string) => summarize(runs.map((t) => t.byScript[file] ?? 0)).median;
    return `${page.name}, extension script by file (median of traced runs): ${files
      .map((file) => `${file} ${median(file).toFixed(1)} ms`)
      .join(', ')}`;
  });
  return {
    title: 'Time to panel (real Chromium, headless)',
    method: [
      `Fixture page served at its real address, scripts stripped, its title made an AI-leadership one; the body is`,
      `held in a <template> and inserted by a page script ${SETTLE_MS} ms after load. Paint = a MessageChannel task`,
      'queued from the frame that drew it (rAF after insertion for the posting; a MutationObserver seeing the',
      `panel host for the panel). ${TIMED_RUNS} timed runs per page and browser, alternating; then ${TRACED_RUNS} traced runs.`,
      'Trace script time is thread time of FunctionCall/EvaluateScript/compile events, nested counted once.',
      `No posting: the first page served at ${NO_POSTING_URL.href} (only the loader runs), ${NO_POSTING_RUNS} traced loads per browser.`,
    ],
    figures,
    notes,
    raw,
  };
}
