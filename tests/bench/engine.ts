// The engine in Node (happy-dom documents): titles classified per second over every title set, and real
// and sample job pages analysed per second; each against a regular-expression scan of the same input
// (the cheapest thing that could pass for detection) timed in the same run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBundledData } from '../../data';
import { parseHtmlDocument } from '../../lib/cli/html-document';
import { analyzeDocument } from '../../lib/engine/analyze';
import { classifyTitle } from '../../lib/engine/classify';
import { ROOT } from '../browser/harness';
import { type Figure, previousSamples, type Section, summarize } from './report';

const RUNS = 15;
const WARMUP = 5;
const AI_WORDS = /\b(?:ai|artificial intelligence|machine learning|ml|chief|head|director|vp)\b/i;

/** Per-item times (µs) of RUNS timed runs of `work` over `items` items, after WARMUP untimed runs. */
function perItemMicros(work: () => void, items: number): number[] {
  for (let i = 0; i < WARMUP; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    work();
    samples.push(((performance.now() - started) * 1000) / items);
  }
  return samples;
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

export const ENGINE_TITLE = 'Engine in Node (happy-dom)';

export function engineSection(previous: unknown): Section {
  const data = loadBundledData();
  const options = { displayCurrency: 'USD', basis: 'base' as const, today: '2026-11-26' };
  const allTitles = titles();
  const fixtures = pages();

  const classify = perItemMicros(() => {
    for (const title of allTitles) classifyTitle(title, data.roles);
  }, allTitles.length);
  const scanTitles = perItemMicros(() => {
    for (const title of allTitles) AI_WORDS.test(title);
  }, allTitles.length);
  const analyze = perItemMicros(() => {
    for (const p of fixtures) analyzeDocument(p.doc, p.url, data, options);
  }, fixtures.length);
  const scanPages = perItemMicros(() => {
    for (const p of fixtures) AI_WORDS.test(p.doc.body?.textContent ?? '');
  }, fixtures.length);
  const perSecond = (micros: number[]) => micros.map((us) => 1e6 / us);

  const figure = (name: string, samples: number[], baseline: number[], target: Figure['target']): Figure => ({
    name,
    unit: '/s',
    samples,
    baseline: { samples: baseline, is: 'a regex scan for AI words over the same input, same run' },
    target,
  });
  const medianOf = (values: number[]) => summarize(values).median;
  const figures: Figure[] = [
    figure(
      `titles classified per second (${allTitles.length} titles)`,
      perSecond(classify),
      perSecond(scanTitles),
      {
        text: '> 50,000 /s (< 20 µs a title)',
        met: medianOf(perSecond(classify)) > 50_000,
      },
    ),
    figure(`pages analysed per second (${fixtures.length} pages)`, perSecond(analyze), perSecond(scanPages), {
      text: '> 200 /s (< 5 ms a page)',
      met: medianOf(perSecond(analyze)) > 200,
    }),
  ];
  const notes = figures.flatMap((f) => {
    const before = previousSamples(previous, ENGINE_TITLE, f.name);
    return before
      ? [`previous bench-results.json, "${f.name}": median ${medianOf(before).toFixed(0)} /s`]
      : [];
  });
  return {
    title: ENGINE_TITLE,
    method: [
      `${RUNS} timed runs after ${WARMUP} warm-up runs, each over every title (tests/fixtures/titles/*.tsv) or every`,
      'fixture page (samples/ and real/, already parsed); throughput = items / run time.',
    ],
    figures,
    notes,
    raw: { pages: fixtures.map((p) => p.name) },
  };
}
