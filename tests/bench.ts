// `npm run bench`: engine throughput in Node. Prints a table and writes bench-results.json.
// Each figure is the median / p95 / max over several timed runs, after warm-up runs.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadBundledData } from '../data';
import { analyzeDocument } from '../lib/analyze';
import { classifyTitle } from '../lib/classify';
import { parseHtmlDocument } from '../lib/html-document';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = 15;
const WARMUP = 5;

interface Row {
  name: string;
  unit: string;
  median: number;
  p95: number;
  max: number;
  target?: string;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Times `work` RUNS times after WARMUP untimed runs; `per` divides each run's time (items per run). */
function measure(name: string, unit: string, work: () => void, per = 1, target?: string): Row {
  for (let i = 0; i < WARMUP; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    work();
    samples.push((performance.now() - started) / per);
  }
  samples.sort((a, b) => a - b);
  const scale = unit === 'µs' ? 1000 : 1;
  return {
    name,
    unit,
    median: quantile(samples, 0.5) * scale,
    p95: quantile(samples, 0.95) * scale,
    max: (samples.at(-1) ?? Number.NaN) * scale,
    target,
  };
}

function titles(): string[] {
  const dir = path.join(ROOT, 'tests/fixtures/titles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[0] ?? '')
    .filter((title) => title !== '' && title !== 'title');
}

/** Every fixture page with the address it was captured at (canonical link, og:url, or page-urls.json). */
function pages(): { name: string; doc: Document; url: string }[] {
  const known = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/real/page-urls.json'), 'utf8'))
    .urls as Record<string, string>;
  const found: { name: string; doc: Document; url: string }[] = [];
  for (const dir of [
    'samples',
    ...readdirSync(path.join(ROOT, 'tests/fixtures/real'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `real/${d.name}`),
  ]) {
    const full = path.join(ROOT, 'tests/fixtures', dir);
    for (const file of readdirSync(full).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(path.join(full, file), 'utf8');
      const doc = parseHtmlDocument(html, 'https://localhost/');
      const url =
        known[`${dir}/${file}`] ??
        doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
        doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
      if (url && URL.canParse(url)) found.push({ name: `${dir}/${file}`, doc, url });
    }
  }
  return found;
}

function main(): void {
  const data = loadBundledData();
  const options = { displayCurrency: 'USD', basis: 'base' as const, today: '2026-11-26' };
  const rows: Row[] = [];

  const allTitles = titles();
  rows.push(
    measure(
      `classify ${allTitles.length} titles`,
      'µs',
      () => {
        for (const title of allTitles) classifyTitle(title, data.roles);
      },
      allTitles.length,
      '< 20 µs per title',
    ),
  );

  const fixtures = pages();
  const perPage: Row[] = fixtures.map((p) =>
    measure(`analyze ${p.name}`, 'ms', () => analyzeDocument(p.doc, p.url, data, options)),
  );
  const medians = perPage.map((r) => r.median).sort((a, b) => a - b);
  rows.push({
    name: `analyze a job page (median over ${fixtures.length} pages)`,
    unit: 'ms',
    median: quantile(medians, 0.5),
    p95: quantile(medians, 0.95),
    max: medians.at(-1) ?? Number.NaN,
    target: '< 5 ms median',
  });
  rows.push(...perPage);

  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(
    `${'benchmark'.padEnd(width)}  ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}  target`,
  );
  for (const r of rows) {
    const cell = (v: number) => `${v.toFixed(2)} ${r.unit}`.padStart(9);
    console.log(
      `${r.name.padEnd(width)}  ${cell(r.median)} ${cell(r.p95)} ${cell(r.max)}  ${r.target ?? ''}`,
    );
  }
  const titlesPerSecond = Math.round(1e6 / (rows[0]?.median ?? Number.NaN));
  const pagesPerSecond = Math.round(1000 / (rows[1]?.median ?? Number.NaN));
  console.log(
    `\nthroughput: ${titlesPerSecond} titles/s, ${pagesPerSecond} pages/s (happy-dom; Chromium's DOM is faster)`,
  );
  writeFileSync(
    path.join(ROOT, 'bench-results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, titlesPerSecond, pagesPerSecond }, null, 2)}\n`,
  );
}

main();
