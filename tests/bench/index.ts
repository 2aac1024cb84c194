// `npm run bench`: builds the extension, then measures bundle size, time to panel, the endless list, a
// long session, the posting memory at 10,000 postings and the engine; prints one table per section (each
// figure beside its baseline, measured in the same run) and writes every raw sample to bench-results.json
// (git-ignored).
// LENS_BENCH_PROFILE=1 adds a CPU profile of the endless-list scroll, naming the extension's hottest functions.
// `npm run bench -- posting-memory engine` runs only the sections named (size, engine, time-to-panel,
// endless-list, long-session, posting-memory); bench-results.json then holds only those.
// LENS_BENCH_BUILT=1 measures the build already in .output/chrome-mv3 instead of building the working tree first:
// to compare two builds one after the other, copy each there in turn.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { endlessRoute } from '../browser/endless-list';
import { ROOT } from '../browser/harness';
import { startBenchBrowsers } from './browsers';
import { endlessListSection } from './endless-list';
import { engineSection } from './engine';
import { longSessionRoutes, longSessionSection } from './long-session';
import { postingMemorySection } from './posting-memory';
import { formatTable, type Section, writeResults } from './report';
import { buildExtension, sizeSection } from './size';
import { timeToPanelRoutes, timeToPanelSection } from './time-to-panel';

const RESULTS = path.join(ROOT, 'bench-results.json');

const SECTIONS = [
  'size',
  'engine',
  'time-to-panel',
  'endless-list',
  'long-session',
  'posting-memory',
] as const;
type SectionName = (typeof SECTIONS)[number];

function sectionsAsked(args: string[]): ReadonlySet<SectionName> {
  const known = (arg: string): arg is SectionName => (SECTIONS as readonly string[]).includes(arg);
  const unknown = args.filter((arg) => !known(arg));
  if (unknown.length > 0)
    throw new Error(`unknown bench section ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
  return new Set(args.length > 0 ? args.filter(known) : SECTIONS);
}

async function main(): Promise<void> {
  const asked = sectionsAsked(process.argv.slice(2));
  const started = Date.now();
  const previous: unknown = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : undefined;
  const sections: Section[] = [];
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const done = (section: Section) => {
    sections.push(section);
    console.log(formatTable([section]));
    console.log(`   (done at ${elapsed()})`);
  };

  if (process.env.LENS_BENCH_BUILT !== '1') buildExtension({ sourceMaps: false });
  if (asked.has('size')) done(sizeSection(previous));
  if (asked.has('engine')) done(engineSection(previous));
  const chromium = await browserSections(asked, done);
  writeResults(RESULTS, sections, {
    date: new Date().toISOString(),
    node: process.version,
    chromium,
    seconds: (Date.now() - started) / 1000,
  });
  const missed = sections.flatMap((s) =>
    s.figures.filter((f) => f.target && !f.target.met).map((f) => f.name),
  );
  console.log(
    `\n${sections.length} sections in ${elapsed()}; targets missed: ${missed.length ? missed.join('; ') : 'none'}`,
  );
  console.log(`raw samples: ${path.relative(process.cwd(), RESULTS)}`);
}

/** The sections measured in Chromium, in one pair of browsers; returns Chromium's version (or 'not run'). */
async function browserSections(
  asked: ReadonlySet<SectionName>,
  done: (section: Section) => void,
): Promise<string> {
  const inBrowser: SectionName[] = ['time-to-panel', 'endless-list', 'long-session', 'posting-memory'];
  if (!inBrowser.some((name) => asked.has(name))) return 'not run';
  const browsers = await startBenchBrowsers([...timeToPanelRoutes(), endlessRoute(), ...longSessionRoutes()]);
  try {
    const chromium = await chromiumVersion(browsers);
    if (asked.has('time-to-panel')) done(await timeToPanelSection(browsers));
    if (asked.has('endless-list'))
      done(await endlessListSection(browsers, { profile: process.env.LENS_BENCH_PROFILE === '1' }));
    if (asked.has('long-session'))
      done(await longSessionSection(browsers.withExtension.context, browsers.withoutExtension.context));
    // Last: it fills the ledger of the browser the sections above share.
    if (asked.has('posting-memory')) done(await postingMemorySection(browsers));
    return chromium;
  } finally {
    await browsers.close();
  }
}

async function chromiumVersion(browsers: Awaited<ReturnType<typeof startBenchBrowsers>>): Promise<string> {
  const page = await browsers.withoutExtension.context.newPage();
  const version = await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? 'unknown');
  await page.close();
  return version;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
