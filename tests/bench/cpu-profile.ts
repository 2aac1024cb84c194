// A CDP CPU profile's self time per function of the extension's content script, named through the
// source map of the report build (same minified code as the shipped build, plus a map).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { ROOT } from '../browser/harness';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time (ms) per extension function, largest first, as "name (source:line)". */
export function extensionHotspots(
  profile: CpuProfile,
  extensionId: string,
  count: number,
): [string, number][] {
  const origin = `chrome-extension://${extensionId}/`;
  const selfMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample's time is the delta to the next sample.
  for (const [i, id] of samples.entries())
    selfMs.set(id, (selfMs.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  const maps = new Map<string, SourceMapConsumer | null>();
  const mapFor = (file: string) => {
    if (!maps.has(file)) {
      const mapFile = path.join(ROOT, '.output/bundle-report/chrome-mv3', `${file}.map`);
      maps.set(
        file,
        existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : null,
      );
    }
    return maps.get(file) ?? null;
  };
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    if (!url.startsWith(origin) || ms === 0) continue;
    const file = url.slice(origin.length);
    const original = mapFor(file)?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    const where = original?.source
      ? `${original.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '')}:${original.line}`
      : `${file}:${lineNumber + 1}:${columnNumber}`;
    const name = `${original?.name ?? (functionName || '(anonymous)')} (${where})`;
    byName.set(name, (byName.get(name) ?? 0) + ms);
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, count);
}
