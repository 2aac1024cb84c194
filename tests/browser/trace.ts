// Chromium traces through CDP, and the script time in them attributed to whoever's script ran (the
// extension's content script or the page's own), for the browser tests and the benchmark.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
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

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      recordMode: 'recordContinuously',
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'disabled-by-default-v8.compile',
      ],
    },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
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

/** Trace events that run or compile a script, each naming the script's URL. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule']);

export type ScriptWork = ReturnType<typeof scriptWork>;

/**
 * The script time of the scripts whose URL starts with `urlPrefix` (or, with `everyScript`, of every
 * script on their thread), on the main thread they run on (nested events counted once), and the tasks over
 * 50 ms on that thread, each with those scripts' share.
 */
export function scriptWork(events: TraceEvent[], urlPrefix: string, opts: { everyScript?: boolean } = {}) {
  const scripts = events.filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name));
  const first = scripts.find((e) => e.args?.data?.url?.startsWith(urlPrefix));
  const thread = first ? { pid: first.pid, tid: first.tid } : null;
  const calls = scripts
    .filter((e) => opts.everyScript || e.args?.data?.url?.startsWith(urlPrefix))
    .sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  for (const call of calls) {
    if (call.pid !== thread?.pid || call.tid !== thread.tid) continue;
    const last = outer[outer.length - 1];
    if (last && call.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(call);
  }
  const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  // Thread time where the trace has it: two shared cores preempt the renderer often.
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

/**
 * The trace's microsecond clock at the page's performance.now() = 0, from a console.timeStamp taken in
 * the page with the page's clock reading (call `markClock` while tracing).
 */
export async function markClock(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(() => {
    console.timeStamp('lens-clock');
    return performance.now();
  });
}

export function traceOffsetUs(events: TraceEvent[], pageClockMs: number): number {
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'lens-clock');
  if (!stamp) throw new Error('no clock stamp in the trace');
  return stamp.ts - pageClockMs * 1000;
}
