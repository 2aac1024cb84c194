// Bundle size: what each entry point of the shipped build loads, raw and gzipped, against the budgets;
// and, from a second build with source maps, which source modules the minified bytes come from.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { CHROME_BUILD, ROOT } from '../browser/harness';
import { BUNDLE_CEILING_GZIP, BUNDLE_TARGET_GZIP, type BudgetedEntry } from './budgets';
import { type EntrySize, entrySizes } from './entry-sizes';
import { type Figure, previousSamples, type Section } from './report';

const REPORT_BUILD = path.join(ROOT, '.output/bundle-report/chrome-mv3');
const KB = 1024;

export function buildExtension(opts: { sourceMaps: boolean }): void {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, LENS_BUNDLE_REPORT: opts.sourceMaps ? '1' : '' },
  });
}

/** A source path as a reader knows it: the package path for dependencies, the repository path otherwise. */
function moduleName(mapFile: string, source: string): string {
  const absolute = path.resolve(path.dirname(mapFile), source.replace(/^[a-z-]+:\/\/\/?/, ''));
  const inPackage = absolute.lastIndexOf('node_modules/');
  if (inPackage >= 0) return absolute.slice(inPackage + 'node_modules/'.length);
  return path.relative(ROOT, absolute);
}

/** Runs this long without a mapping are a literal inlined from a file that has no source map. */
const LONG_RUN = 1000;

/**
 * The data and style files that reach a bundle as literals: the JSON and ?inline CSS plugins give them no
 * source map, so their bytes would count to whichever module's mapping precedes them. Each is recognised by
 * its strings (JSON) or class names (CSS) in the run; the run's first few bytes are the preceding module's.
 */
function literalFiles(): { name: string; marks: string[] }[] {
  const files = (dir: string, ext: string): string[] =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith(ext))
      .map((f) => path.join(dir, f));
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];
  const json = files('data', '.json').map((name) => ({
    name,
    marks: strings(JSON.parse(readFileSync(path.join(ROOT, name), 'utf8')))
      .filter((v) => /^[\w ,.()-]{24,}$/.test(v))
      .slice(0, 5),
  }));
  const css = [...files('components', '.css'), ...files('entrypoints', '.css')].map((name) => ({
    name,
    marks: [...new Set(readFileSync(path.join(ROOT, name), 'utf8').match(/\.[a-z][\w-]{5,}/g) ?? [])],
  }));
  return [...json, ...css].filter((f) => f.marks.length > 0);
}

/** The files whose literals fill a long unmapped run (several are often inlined back to back). */
function literalSource(run: string, candidates: { name: string; marks: string[] }[]): string | null {
  const found = candidates
    .filter(({ marks }) => marks.filter((m) => run.includes(m)).length / marks.length > 0.5)
    .map((c) => c.name);
  return found.length > 0 ? `inlined ${found.join(' + ')}` : null;
}

/** Minified bytes of one built file per source module, from its source map (unmapped bytes apart). */
function bytesByModule(file: string): Map<string, number> {
  const mapFile = `${file}.map`;
  const bytes = new Map<string, number>();
  if (!existsSync(mapFile)) return bytes;
  const lines = readFileSync(file, 'utf8').split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const add = (name: string, n: number) => bytes.set(name, (bytes.get(name) ?? 0) + n);
  const candidates = literalFiles();
  let last: { line: number; column: number; source: string } | null = null;
  const close = (line: number, column: number) => {
    if (!last) return;
    if (line === last.line) {
      const length = column - last.column;
      const literal =
        length > LONG_RUN
          ? literalSource(lines[line - 1]?.slice(last.column, column) ?? '', candidates)
          : null;
      add(literal ?? last.source, length);
    } else {
      add(last.source, (lines[last.line - 1]?.length ?? 0) - last.column);
      for (let l = last.line + 1; l < line; l++) add('(unmapped)', lines[l - 1]?.length ?? 0);
    }
  };
  consumer.eachMapping(
    (m) => {
      close(m.generatedLine, m.generatedColumn);
      last = {
        line: m.generatedLine,
        column: m.generatedColumn,
        source: m.source ? moduleName(mapFile, m.source) : '(unmapped)',
      };
    },
    null,
    SourceMapConsumer.GENERATED_ORDER,
  );
  close(lines.length + 1, 0);
  return bytes;
}

/** What a module path is part of: a package, a data file, or a source folder. */
function groupOf(module: string): string {
  if (module.startsWith('(') || module.startsWith('inlined ')) return module;
  const parts = module.split('/');
  if (!module.includes('/') || /^(lib|components|entrypoints|data)\//.test(module)) {
    return module.endsWith('.json') || module.endsWith('.css') ? module : (parts[0] ?? module);
  }
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? module);
}

function top(map: Map<string, number>, count: number, total: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, n]) =>
        `${(n / KB).toFixed(1).padStart(7)} KB ${((100 * n) / total).toFixed(1).padStart(5)} %  ${name}`,
    );
}

/** The largest modules and groups of the entry's files in the source-mapped build. */
function bundleReport(entry: EntrySize): string[] {
  const modules = new Map<string, number>();
  for (const file of entry.files) {
    const built = path.join(REPORT_BUILD, file);
    // Hashed chunk names differ between the two builds: find the report build's twin by its stem.
    const twin = existsSync(built) ? built : twinOf(file);
    if (!twin) continue;
    if (!twin.endsWith('.js')) {
      modules.set(file, readFileSync(twin).length);
      continue;
    }
    for (const [name, n] of bytesByModule(twin)) modules.set(name, (modules.get(name) ?? 0) + n);
  }
  const groups = new Map<string, number>();
  for (const [name, n] of modules) groups.set(groupOf(name), (groups.get(groupOf(name)) ?? 0) + n);
  const total = [...modules.values()].reduce((a, b) => a + b, 0);
  return [
    `${entry.entry}: ${(total / KB).toFixed(1)} KB minified; by package / data file / folder:`,
    ...top(groups, 8, total).map((l) => `  ${l}`),
    `${entry.entry}: largest modules:`,
    ...top(modules, 12, total).map((l) => `  ${l}`),
  ];
}

function twinOf(file: string): string | null {
  const dir = path.join(REPORT_BUILD, path.dirname(file));
  const stem = path.basename(file).replace(/-[\w-]{8}(\.\w+)$/, '');
  if (!existsSync(dir)) return null;
  const match = readdirSync(dir).find((f) => f.startsWith(`${stem}-`) && !f.endsWith('.map'));
  return match ? path.join(dir, match) : null;
}

export const SIZE_TITLE = 'Bundle size (shipped Chrome build)';

/** Sizes of the build in .output/chrome-mv3 (built by the caller) and a source-mapped twin for the report. */
export function sizeSection(previous: unknown): Section {
  const sizes = entrySizes(CHROME_BUILD);
  buildExtension({ sourceMaps: true });
  const figures: Figure[] = [];
  for (const size of sizes) {
    for (const [kind, value] of [
      ['gzip', size.gzip],
      ['raw', size.raw],
    ] as const) {
      const name = `${size.entry} ${kind}`;
      const budgeted =
        kind === 'gzip' && size.entry in BUNDLE_TARGET_GZIP ? (size.entry as BudgetedEntry) : null;
      const before = previousSamples(previous, SIZE_TITLE, name);
      figures.push({
        name,
        unit: 'KB',
        samples: [value / KB],
        ...(before ? { baseline: { samples: before, is: 'the previous bench-results.json' } } : {}),
        ...(budgeted
          ? {
              target: {
                text: `<= ${BUNDLE_TARGET_GZIP[budgeted] / KB} KB (npm test: <= ${BUNDLE_CEILING_GZIP[budgeted] / KB})`,
                met: value <= BUNDLE_TARGET_GZIP[budgeted],
              },
            }
          : {}),
      });
    }
    if (size.lazy.files.length > 0) {
      figures.push({ name: `${size.entry} lazy gzip`, unit: 'KB', samples: [size.lazy.gzip / KB] });
    }
  }
  const gaps = (Object.keys(BUNDLE_TARGET_GZIP) as BudgetedEntry[]).map((name) => {
    const gzip = sizes.find((s) => s.entry === name)?.gzip ?? Number.NaN;
    const gap = gzip - BUNDLE_TARGET_GZIP[name];
    return `${name}: ${(gzip / KB).toFixed(1)} KB gzip, ${gap > 0 ? `${(gap / KB).toFixed(1)} KB over` : `${(-gap / KB).toFixed(1)} KB under`} the ${BUNDLE_TARGET_GZIP[name] / KB} KB target`;
  });
  return {
    title: SIZE_TITLE,
    method: [
      'Files each entry point loads up front (content: the manifest content_scripts, on every job-site page; lens:',
      'the script the background injects where a posting may show; pages: HTML scripts, preloads, stylesheets and',
      'their static imports), gzip -9 per file, summed. Lazy: dynamic imports and web-accessible resources.',
      'Modules: minified bytes per source module from a source-mapped build.',
    ],
    figures,
    notes: [
      `gap to target: ${gaps.join('; ')}`,
      ...sizes.filter((s) => s.entry !== 'background' && s.entry !== 'options').flatMap(bundleReport),
    ],
    raw: sizes,
  };
}
