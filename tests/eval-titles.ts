// `npm run eval`: runs the title classifier over both labelled title files and prints, for each, accuracy
// overall, per family and per origin, then every miss. Exits 1 if either file is below the bar. The unit test
// tests/unit/classify.eval.test.ts uses the same functions, so the bar is also held by `npm test`.
// labelled-titles.tsv was written alongside the classifier; blind-titles.tsv was labelled before the
// classifier was run on it; holdout-titles.tsv was written by someone who had read neither the classifier
// nor the other files (tests/fixtures/titles/README.md says what each first scored).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rolesJson from '../data/roles.json';
import { type Role, RolesFile } from '../data/schema';
import { classifyTitle } from '../lib/engine/classify';

export const REQUIRED_ACCURACY = 0.98;

export const TITLE_FILES = ['labelled-titles.tsv', 'blind-titles.tsv', 'holdout-titles.tsv'] as const;
export type TitleFile = (typeof TITLE_FILES)[number];

export interface LabelledTitle {
  title: string;
  expected: string;
  family: string;
  origin: string;
}

export interface Miss extends LabelledTitle {
  got: string;
  evidence: string;
}

export interface GroupAccuracy {
  name: string;
  total: number;
  correct: number;
  accuracy: number;
}

export interface TitleEval {
  total: number;
  correct: number;
  accuracy: number;
  families: GroupAccuracy[];
  origins: GroupAccuracy[];
  misses: Miss[];
}

// A path, not a URL object: under happy-dom the global URL is not Node's.
const TITLES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/titles');

export function readLabelledTitles(file: TitleFile = 'labelled-titles.tsv'): LabelledTitle[] {
  const lines = readFileSync(join(TITLES_DIR, file), 'utf8').split('\n');
  const rows: LabelledTitle[] = [];
  for (const line of lines) {
    if (!line || line.startsWith('#') || line.startsWith('title\t')) continue;
    const [title, expected, family, origin] = line.split('\t');
    if (!title || !expected || !family || !origin)
      throw new Error(`malformed labelled title in ${file}: ${line}`);
    rows.push({ title, expected, family, origin });
  }
  return rows;
}

export function bundledRoles(): Role[] {
  return RolesFile.parse(rolesJson).roles;
}

/** Accuracy of the rows grouped by one column, in order of first appearance. */
function accuracyBy(
  rows: LabelledTitle[],
  missed: Set<LabelledTitle>,
  key: 'family' | 'origin',
): GroupAccuracy[] {
  const groups = new Map<string, { total: number; correct: number }>();
  for (const row of rows) {
    const group = groups.get(row[key]) ?? { total: 0, correct: 0 };
    group.total++;
    if (!missed.has(row)) group.correct++;
    groups.set(row[key], group);
  }
  return [...groups].map(([name, g]) => ({ name, ...g, accuracy: g.correct / g.total }));
}

export function evaluateTitles(rows: LabelledTitle[], roles: Role[]): TitleEval {
  const misses: Miss[] = [];
  const missed = new Set<LabelledTitle>();
  for (const row of rows) {
    const match = classifyTitle(row.title, roles);
    const got = match?.id ?? 'none';
    if (got === row.expected) continue;
    misses.push({ ...row, got, evidence: match ? JSON.stringify(match.evidence) : '' });
    missed.add(row);
  }
  const correct = rows.length - misses.length;
  return {
    total: rows.length,
    correct,
    accuracy: rows.length ? correct / rows.length : 0,
    families: accuracyBy(rows, missed, 'family'),
    origins: accuracyBy(rows, missed, 'origin'),
    misses,
  };
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function printGroups(heading: string, groups: GroupAccuracy[]): void {
  console.log(`  ${heading}:`);
  for (const g of groups) {
    console.log(`    ${g.name.padEnd(22)} ${percent(g.accuracy).padStart(6)}  (${g.correct}/${g.total})`);
  }
}

function main(): void {
  const roles = bundledRoles();
  let failed = false;
  for (const file of TITLE_FILES) {
    const result = evaluateTitles(readLabelledTitles(file), roles);
    console.log(`${file}: accuracy ${percent(result.accuracy)} (${result.correct}/${result.total})`);
    printGroups('per family', result.families);
    printGroups('per origin', result.origins);
    console.log(result.misses.length ? `  misses (${result.misses.length}):` : '  no misses');
    for (const m of result.misses) {
      console.log(
        `    [${m.family}] "${m.title}": expected ${m.expected}, got ${m.got}${m.evidence ? ` (${m.evidence})` : ''}`,
      );
    }
    if (result.accuracy < REQUIRED_ACCURACY) {
      console.error(`${file} is below the required ${percent(REQUIRED_ACCURACY)}`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
