// A long session on LinkedIn's search page (the sample, with withLinkedInSpa playing its in-place pane
// swaps): 200 job switches, the page's JS heap and DOM nodes after a forced GC at the start and the end,
// with the extension and without it, and how many panels the page holds at the end.
import type { BrowserContext } from 'playwright-core';
import { pollUntil } from '../browser/endless-list';
import { fixture, type Route } from '../browser/harness';
import { PANEL_HOST } from '../browser/lens-state';
import { withLinkedInSpa } from '../browser/linkedin-spa';
import { samplePage } from '../browser/sample-sites';
import type { Section } from './report';

const SWITCHES = 200;
/** The sample's three AI-leadership postings with a detail pane (job id → the role the panel shows). */
const POSTINGS = [
  { id: '4400000012', role: 'director_ai' },
  { id: '4400000013', role: 'head_ai' },
  { id: '4400000011', role: 'caio' },
];
const search = samplePage('linkedin-search.html');

export function longSessionRoutes(): Route[] {
  return [
    {
      ...search.route,
      path: '/jobs/search/*',
      body: withLinkedInSpa(fixture('samples/linkedin-search.html')),
    },
  ];
}

interface Reading {
  heapBytes: number;
  nodes: number;
}

async function session(context: BrowserContext, withExtension: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async (): Promise<Reading> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { heapBytes: metric('JSHeapUsedSize'), nodes: metric('Nodes') };
  };
  await page.goto(search.url);
  const panels = () => page.locator(PANEL_HOST).count();
  if (withExtension) await pollUntil(panels, (n) => n === 1, 10_000, 'first panel');
  // One round of switches first, so what is read at the start is the page in use, not the page just loaded.
  const switchTo = async (posting: { id: string; role: string }) => {
    const settled = await page.evaluate(
      async ({ id, role, host, waitForPanel }) => {
        const card = document.querySelector<HTMLElement>(`.job-card-container[data-job-id="${id}"]`);
        card?.click();
        const frame = () => new Promise((done) => requestAnimationFrame(done));
        const done = () =>
          new URLSearchParams(location.search).get('currentJobId') === id &&
          (!waitForPanel || document.querySelector<HTMLElement>(host)?.dataset.role === role);
        for (let i = 0; i < 600 && !done(); i++) await frame();
        await frame();
        await frame();
        return done();
      },
      { ...posting, host: PANEL_HOST, waitForPanel: withExtension },
    );
    if (!settled)
      throw new Error(`switch to ${posting.id} never showed${withExtension ? ` ${posting.role}` : ''}`);
  };
  for (const posting of POSTINGS) await switchTo(posting);
  const start = await read();
  const started = Date.now();
  // The last switch lands on the posting the warm-up ended on: start and end show the same pane and panel.
  const offset = (POSTINGS.length - (SWITCHES % POSTINGS.length)) % POSTINGS.length;
  for (let i = 0; i < SWITCHES; i++) {
    const posting = POSTINGS[(i + offset) % POSTINGS.length];
    if (posting) await switchTo(posting);
  }
  const seconds = (Date.now() - started) / 1000;
  const end = await read();
  const panelCount = await panels();
  await cdp.detach();
  await page.close();
  return { start, end, panelCount, seconds };
}

export async function longSessionSection(
  withExtension: BrowserContext,
  withoutExtension: BrowserContext,
): Promise<Section> {
  const on = await session(withExtension, true);
  const off = await session(withoutExtension, false);
  const mb = (bytes: number) => bytes / (1024 * 1024);
  const heapGrowth = mb(on.end.heapBytes - on.start.heapBytes);
  const nodeGrowth = on.end.nodes - on.start.nodes;
  const baselineNodes = off.end.nodes - off.start.nodes;
  return {
    title: `Long session (${SWITCHES} job switches in LinkedIn's search pane)`,
    method: [
      'Card clicks swap the detail pane in place (withLinkedInSpa); each switch waits for the new job in the URL and',
      "two frames. Heap (JSHeapUsedSize, the extension's isolated world included) and Nodes from",
      'Performance.getMetrics after HeapProfiler.collectGarbage, read after a warm-up round and after the switches.',
    ],
    figures: [
      {
        name: 'JS heap growth',
        unit: 'MB',
        samples: [heapGrowth],
        baseline: {
          samples: [mb(off.end.heapBytes - off.start.heapBytes)],
          is: 'the same session without the extension',
        },
        target: { text: '< 1 MB', met: heapGrowth < 1 },
      },
      {
        name: 'DOM node growth',
        unit: '',
        samples: [nodeGrowth],
        baseline: { samples: [baselineNodes], is: 'the same session without the extension' },
        target: { text: 'no more than without the extension', met: nodeGrowth <= Math.max(0, baselineNodes) },
      },
      {
        name: 'panels on the page at the end',
        unit: '',
        samples: [on.panelCount],
        target: { text: 'exactly 1', met: on.panelCount === 1 },
      },
    ],
    notes: [
      `with the extension: heap ${mb(on.start.heapBytes).toFixed(2)} → ${mb(on.end.heapBytes).toFixed(2)} MB, nodes ${on.start.nodes} → ${on.end.nodes}, ${on.seconds.toFixed(1)} s; ` +
        `without: heap ${mb(off.start.heapBytes).toFixed(2)} → ${mb(off.end.heapBytes).toFixed(2)} MB, nodes ${off.start.nodes} → ${off.end.nodes}, ${off.seconds.toFixed(1)} s`,
    ],
    raw: { with: on, without: off },
  };
}
