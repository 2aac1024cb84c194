// `npm run eval`: runs the title classifier over the labelled titles and prints accuracy overall and per
// family, then every miss. Exits 1 below the bar. The unit test tests/unit/classify.eval.test.ts uses the same
// functions, so the bar is also held by `npm test`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rolesJson from '../data/roles.json';
import { type Role, RolesFile } from '../data/schema';
import { classifyTitle } from '../lib/classify';

export const REQUIRED_ACCURACY = 0.98;

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

export interface TitleEval {
  total: number;
  correct: number;
  accuracy: number;
  families: { family: string; total: number; correct: number; accuracy: number }[];
  misses: Miss[];
}

// A path, not a URL object: under happy-dom the global URL is not Node's.
const LABELLED = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/titles/labelled-titles.tsv');

export function readLabelledTitles(): LabelledTitle[] {
  const lines = readFileSync(LABELLED, 'utf8').split('\n');
  const rows: LabelledTitle[] = [];
  for (const line of lines) {
    if (!line || line.startsWith('#') || line.startsWith('title\t')) continue;
    const [title, expected, family, origin] = line.split('\t');
    if (!title || !expected || !family || !origin) throw new Error(`malformed labelled title: ${line}`);
    rows.push({ title, expected, family, origin });
  }
  return rows;
}

export function bundledRoles(): Role[] {
  return RolesFile.parse(rolesJson).roles;
}

export function evaluateTitles(rows: LabelledTitle[], roles: Role[]): TitleEval {
  const byFamily = new Map<string, { total: number; correct: number }>();
  const misses: Miss[] = [];
  for (const row of rows) {
    const match = classifyTitle(row.title, roles);
    const got = match?.id ?? 'none';
    const family = byFamily.get(row.family) ?? { total: 0, correct: 0 };
    family.total++;
    if (got === row.expected) family.correct++;
    else misses.push({ ...row, got, evidence: match?.evidence ?? '' });
    byFamily.set(row.family, family);
  }
  const correct = rows.length - misses.length;
  return {
    total: rows.length,
    correct,
    accuracy: rows.length ? correct / rows.length : 0,
    families: [...byFamily].map(([family, f]) => ({ family, ...f, accuracy: f.correct / f.total })),
    misses,
  };
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function main(): void {
  const result = evaluateTitles(readLabelledTitles(), bundledRoles());
  console.log(`accuracy ${percent(result.accuracy)} (${result.correct}/${result.total})`);
  for (const f of result.families) {
    console.log(`  ${f.family.padEnd(22)} ${percent(f.accuracy).padStart(6)}  (${f.correct}/${f.total})`);
  }
  console.log(result.misses.length ? `misses (${result.misses.length}):` : 'no misses');
  for (const m of result.misses) {
    console.log(
      `  [${m.family}] "${m.title}": expected ${m.expected}, got ${m.got}${m.evidence ? ` (${m.evidence})` : ''}`,
    );
  }
  if (result.accuracy < REQUIRED_ACCURACY) {
    console.error(`below the required ${percent(REQUIRED_ACCURACY)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
