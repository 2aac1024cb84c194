// The benchmark's figures, their summary (median / p95 / max over the runs), the printed table and
// bench-results.json (every raw sample kept).
import { writeFileSync } from 'node:fs';

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export interface Figure {
  name: string;
  unit: string;
  /** One value per run. */
  samples: number[];
  /** The same figure measured on the baseline in the same run, and what that baseline is. */
  baseline?: { samples: number[]; is: string };
  /** The issue's target, and whether the median (or p95, as the target says) meets it. */
  target?: { text: string; met: boolean };
}

export interface Section {
  title: string;
  /** What is measured and how, printed above the section's rows. */
  method: string[];
  figures: Figure[];
  /** Anything else worth printing under the rows (bundle report, profiles). */
  notes?: string[];
  /** Raw data for bench-results.json beyond the figures' samples. */
  raw?: unknown;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : 2;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
}

function statCells(samples: number[] | undefined, unit: string): string[] {
  if (!samples) return ['', '', '', ''];
  const s = summarize(samples);
  return [formatValue(s.median, unit), formatValue(s.p95, unit), formatValue(s.max, unit), String(s.n)];
}

/** The whole run as text: per section its method lines, a table of figures, and its notes. */
export function formatTable(sections: Section[]): string {
  const header = [
    'figure',
    'median',
    'p95',
    'max',
    'n',
    'base median',
    'base p95',
    'base max',
    'n',
    'target',
    'met',
  ];
  const lines: string[] = [];
  for (const section of sections) {
    const rows = section.figures.map((f) => [
      f.name,
      ...statCells(f.samples, f.unit),
      ...statCells(f.baseline?.samples, f.unit),
      f.target?.text ?? '',
      f.target ? (f.target.met ? 'yes' : 'NO') : '',
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => (i === 0 || i >= 9 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    lines.push('', `== ${section.title} ==`, ...section.method.map((m) => `   ${m}`), line(header));
    lines.push(line(widths.map((w) => '-'.repeat(w))));
    for (const row of rows) lines.push(line(row));
    const baselines = section.figures
      .filter((f) => f.baseline)
      .map((f) => `   baseline of "${f.name}": ${f.baseline?.is}`);
    lines.push(...baselines, ...(section.notes ?? []).map((n) => `   ${n}`));
  }
  return lines.join('\n');
}

/** A figure's samples in an earlier bench-results.json, if it has that figure. */
export function previousSamples(previous: unknown, section: string, figure: string): number[] | undefined {
  const sections = (
    previous as { sections?: { title: string; figures: { name: string; samples: number[] }[] }[] }
  )?.sections;
  return sections?.find((s) => s.title === section)?.figures.find((f) => f.name === figure)?.samples;
}

export function writeResults(file: string, sections: Section[], meta: Record<string, unknown>): void {
  const results = {
    ...meta,
    sections: sections.map((s) => ({
      title: s.title,
      method: s.method,
      figures: s.figures.map((f) => ({
        ...f,
        summary: summarize(f.samples),
        baseline: f.baseline && { ...f.baseline, summary: summarize(f.baseline.samples) },
      })),
      notes: s.notes,
      raw: s.raw,
    })),
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
