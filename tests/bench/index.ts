// `npm run bench`: builds the extension, then measures bundle size, time to panel, the endless list, a
// long session, the posting memory at 10,000 postings and the engine; prints one table per section (each
// figure beside its baseline, measured in the same run) and writes every raw sample to bench-results.json
// (git-ignored).
// LENS_BENCH_PROFILE=1 adds a CPU profile of the endless-list scroll, naming the extension's hottest functions.
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

async function main(): Promise<void> {
  const started = Date.now();
  const previous: unknown = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : undefined;
  const sections: Section[] = [];
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const done = (section: Section) => {
    sections.push(section);
    console.log(formatTable([section]));
    console.log(`   (done at ${elapsed()})`);
  };

  buildExtension({ sourceMaps: false });
  done(sizeSection(previous));
  done(engineSection(previous));

  const browsers = await startBenchBrowsers([...timeToPanelRoutes(), endlessRoute(), ...longSessionRoutes()]);
  const chromium = await chromiumVersion(browsers);
  try {
    done(await timeToPanelSection(browsers));
    done(await endlessListSection(browsers, { profile: process.env.LENS_BENCH_PROFILE === '1' }));
    done(await longSessionSection(browsers.withExtension.context, browsers.withoutExtension.context));
    // Last: it fills the ledger of the browser the sections above share.
    done(await postingMemorySection(browsers));
  } finally {
    await browsers.close();
  }
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
