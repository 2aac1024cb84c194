// The endless list in real Chromium: the LinkedIn-like page of tests/fixtures/endless scrolled to its
// 1,000th job (25 loaded at a time, card elements recycled), under a trace, with the extension (every AI
// card checked for its own chip while in view) and without it (the page's own script time).
import type { BrowserContext, CDPSession } from 'playwright-core';
import {
  badgesRight,
  cardsShown,
  causedByExtension,
  ENDLESS_BATCH,
  ENDLESS_URL,
  EXPECTED_LEVEL,
  extensionOrigin,
  instrument,
  type LoadTimes,
  loadedJobs,
  pollUntil,
  tracedScroll,
  type ViewCheck,
} from '../browser/endless-list';
import { BADGE_HOST } from '../browser/lens-state';
import type { ScriptWork } from '../browser/trace';
import type { BenchBrowsers } from './browsers';
import { type CpuProfile, extensionHotspots } from './cpu-profile';
import { type Section, summarize } from './report';

/** Script time per 25 jobs loaded: between the moments the list grew, scaled to 25 jobs. */
function perBatch(work: ScriptWork, loads: LoadTimes, offsetUs: number): number[] {
  const batches: number[] = [];
  for (let i = 1; i < loads.length; i++) {
    const from = loads[i - 1];
    const to = loads[i];
    if (!from || !to) continue;
    const ms = work.timeWithin(from.at * 1000 + offsetUs, (to.at - from.at) * 1000);
    batches.push((ms * ENDLESS_BATCH) / (to.jobs - from.jobs));
  }
  return batches;
}

async function scroll(context: BrowserContext, check: ViewCheck, scripts: string, profile: boolean) {
  const page = await context.newPage();
  await instrument(page);
  await page.goto(ENDLESS_URL);
  await pollUntil(
    () => loadedJobs(page),
    (jobs) => jobs.length > 0,
    10_000,
    'first batch',
  );
  let cdp: CDPSession | null = null;
  if (profile) {
    cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const result = await tracedScroll(context, page, check, scripts);
  const cpu = cdp ? ((await cdp.send('Profiler.stop')).profile as CpuProfile) : null;
  const jobs = await loadedJobs(page);
  await page.close();
  return { ...result, jobs, cpu };
}

export async function endlessListSection(
  browsers: BenchBrowsers,
  opts: { profile: boolean },
): Promise<Section> {
  const { withExtension, withoutExtension } = browsers;
  const origin = extensionOrigin(withExtension.extensionId);
  const withExt = await scroll(withExtension.context, badgesRight, origin, opts.profile);
  const without = await scroll(withoutExtension.context, cardsShown, 'https://www.linkedin.com/', false);
  const aiJobs = withExt.jobs.filter((j) => EXPECTED_LEVEL[j.title]);
  const missed = aiJobs.filter((j) => !withExt.seen.has(j.id));
  const extensionPerBatch = perBatch(withExt.work, withExt.loads, withExt.offsetUs);
  const pagePerBatch = perBatch(without.work, without.loads, without.offsetUs);
  // The page's longtask entries and the trace's long tasks are two views of the same tasks: the larger count.
  const caused = Math.max(
    withExt.longTasks.filter(causedByExtension).length,
    withExt.work.longTasks.filter(causedByExtension).length,
  );
  const notes = [
    `${withExt.jobs.length} jobs loaded, ${aiJobs.length} AI cards, each checked for exactly its own chip (${BADGE_HOST}) while fully in view;`,
    `extension: ${withExt.work.calls} script calls, ${withExt.work.total.toFixed(0)} ms in all, longest ${withExt.work.longest.toFixed(1)} ms (thread time).`,
  ];
  if (withExt.cpu) {
    const scrolledBatches = Math.max(1, withExt.loads.length - 1);
    notes.push(
      `CPU profile (200 µs sampling) while scrolling: extension self time per function, per 25 cards (${scrolledBatches} batches):`,
      ...extensionHotspots(withExt.cpu, withExtension.extensionId, 15).map(
        ([name, ms]) => `  ${(ms / scrolledBatches).toFixed(3).padStart(7)} ms  ${name}`,
      ),
    );
  }
  return {
    title: 'Endless list (1,000 LinkedIn-like cards, 25 per batch, recycled nodes)',
    method: [
      'Mouse-wheel scroll of the list pane, 640 px a step, to the 1,000th job. Script time from a trace (thread time,',
      "by script URL), per interval between two list growths, scaled to 25 jobs. Long tasks: the page's longtask",
      "entries and the trace's tasks > 50 ms; the extension's when they would not be long without its share.",
    ],
    figures: [
      {
        name: 'extension script per 25 cards',
        unit: 'ms',
        samples: extensionPerBatch,
        baseline: { samples: pagePerBatch, is: "the page's own script per 25 cards, without the extension" },
        target: { text: '< 2 ms (median)', met: summarize(extensionPerBatch).median < 2 },
      },
      {
        name: 'long tasks caused by the extension',
        unit: '',
        samples: [caused],
        baseline: {
          samples: [without.longTasks.length],
          is: "the page's long tasks while scrolling, without the extension",
        },
        target: { text: '0', met: caused === 0 },
      },
      {
        name: 'AI cards without their badge in view',
        unit: '',
        samples: [missed.length],
        target: { text: `0 of ${aiJobs.length}`, met: missed.length === 0 && aiJobs.length > 0 },
      },
    ],
    notes,
    raw: {
      loads: { with: withExt.loads, without: without.loads },
      longTasks: { with: withExt.longTasks, traceWith: withExt.work.longTasks, without: without.longTasks },
      missed: missed.map((j) => j.id),
    },
  };
}
