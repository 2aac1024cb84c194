// Ledger files for the benchmark and the browser tests: saved AI-leadership postings of several currencies and
// regions, and as many unsaved ones as asked, in the JSON the compare page imports. Made up (titles, companies
// and pay are invented for the test, not data): their number and shape matter, not their figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportLedgerJson } from '../../lib/extension/ledger-file';
import type { LedgerEntry, LedgerPay, PostingSighting } from '../../lib/extension/ledger-schema';
import { LEDGER_CAP_MAX, parseSettings } from '../../lib/extension/settings';
import type { LaunchedBrowser } from './harness';
import { liveWorker, storedSettings, writeStoredSettings } from './settings-pages';

const DAY = 86_400_000;

const yearly = (low: number, high: number, currency: string): LedgerPay => ({
  min: low,
  max: high,
  currency,
  period: 'year',
  annualMin: low,
  annualMax: high,
});

/** About 2,500 characters, the length of a short posting, made different per posting by its number. */
function description(title: string, company: string, n: number): string {
  const body =
    `${company} is hiring a ${title} to lead its applied machine learning group. You will own the model ` +
    'roadmap, build evaluation for foundation models, set up responsible AI governance under the EU AI Act and ' +
    'NIST AI RMF, grow a team of engineers and researchers, and report to the chief technology officer. ' +
    'You have shipped machine learning products at scale, managed managers, and explained model risk to a board. ';
  return `${body.repeat(5)} Reference ${n}.`;
}

type Saved = Pick<PostingSighting, 'title' | 'company' | 'location' | 'roleId' | 'level' | 'pay'> & {
  status: 'interested' | 'applied' | 'declined';
  note: string;
};

export const SAVED_POSTINGS: Saved[] = [
  {
    title: 'Head of AI',
    company: 'Acme',
    location: 'London, UK',
    roleId: 'head_ai',
    level: 'head',
    pay: yearly(150_000, 190_000, 'GBP'),
    status: 'applied',
    note: 'Recruiter call on Monday',
  },
  {
    title: 'Director of AI',
    company: 'Initech',
    location: 'Manchester, UK',
    roleId: 'director_ai',
    level: 'director',
    pay: yearly(110_000, 130_000, 'GBP'),
    status: 'interested',
    note: '',
  },
  {
    title: 'VP of AI',
    company: 'Globex',
    location: 'New York, NY',
    roleId: 'vp_ai',
    level: 'vp',
    pay: yearly(250_000, 300_000, 'USD'),
    status: 'interested',
    note: 'Ask about the board',
  },
  {
    title: 'Chief AI Officer',
    company: 'Umbrella',
    location: 'San Francisco, CA',
    roleId: 'caio',
    level: 'c-suite',
    pay: yearly(400_000, 550_000, 'USD'),
    status: 'declined',
    note: 'Equity only',
  },
  {
    title: 'Head of AI',
    company: 'Hooli',
    location: 'Berlin, Germany',
    roleId: 'head_ai',
    level: 'head',
    pay: yearly(140_000, 170_000, 'EUR'),
    status: 'interested',
    note: '',
  },
  {
    title: 'Director of AI',
    company: 'Contoso',
    location: 'Paris, France',
    roleId: 'director_ai',
    level: 'director',
    pay: yearly(120_000, 150_000, 'EUR'),
    status: 'applied',
    note: '',
  },
  {
    title: 'Chief AI Officer',
    company: 'Wayne Enterprises',
    location: 'Remote',
    roleId: 'caio',
    level: 'c-suite',
    pay: null,
    status: 'interested',
    note: '',
  },
];

/** `unsaved` further postings besides the saved ones, first seen over the past year before `now`. */
export function seedLedgerEntries(unsaved: number, now: number): LedgerEntry[] {
  const entries: LedgerEntry[] = SAVED_POSTINGS.map(({ status, note, ...posting }, i) => ({
    site: 'greenhouse',
    jobId: `${4_500_000_000 + i}`,
    url: `https://boards.greenhouse.io/${posting.company?.toLowerCase().replaceAll(' ', '')}/jobs/${4_500_000_000 + i}`,
    datePosted: null,
    validThrough: null,
    description: description(posting.title ?? '', posting.company ?? '', i),
    ...posting,
    key: `greenhouse:${4_500_000_000 + i}`,
    firstSeen: now - (i + 1) * DAY,
    lastSeen: now - i * DAY,
    saved: { status, note, savedAt: now - i * DAY },
  }));
  for (let i = 0; i < unsaved; i++) {
    const id = `${4_600_000_000 + i}`;
    const company = `Company ${i % 997}`;
    const title = ['Head of AI', 'Director of AI', 'VP of AI'][i % 3] ?? 'Head of AI';
    entries.push({
      site: 'linkedin',
      jobId: id,
      url: `https://www.linkedin.com/jobs/view/${id}/`,
      title,
      company,
      location: ['London, UK', 'New York, NY', 'Berlin, Germany'][i % 3] ?? null,
      roleId: (['head_ai', 'director_ai', 'vp_ai'] as const)[i % 3] ?? null,
      level: (['head', 'director', 'vp'] as const)[i % 3] ?? null,
      pay:
        i % 2 === 0
          ? yearly(
              120_000 + (i % 50) * 1_000,
              160_000 + (i % 50) * 1_000,
              ['GBP', 'USD', 'EUR'][i % 3] ?? 'USD',
            )
          : null,
      datePosted: null,
      validThrough: null,
      description: description(title, company, i),
      key: `linkedin:${id}`,
      firstSeen: now - (i % 365) * DAY,
      lastSeen: now - (i % 365) * DAY,
      saved: null,
    });
  }
  return entries;
}

export function seedLedgerFile(unsaved: number, now: number): string {
  return exportLedgerJson(seedLedgerEntries(unsaved, now), now);
}

/**
 * Imports a ledger file into the extension the way a person would, through the compare page, with the cap
 * raised first to hold it all. Returns how many postings the ledger then holds.
 */
export async function importLedger(lens: LaunchedBrowser, json: string): Promise<number> {
  const worker = await liveWorker(lens.context, lens.extensionId);
  const stored = parseSettings(await storedSettings(worker));
  await writeStoredSettings(worker, { ...stored, ledger: { ...stored.ledger, cap: LEDGER_CAP_MAX } });
  const dir = mkdtempSync(path.join(tmpdir(), 'lens-ledger-'));
  const file = path.join(dir, 'ledger.json');
  writeFileSync(file, json);
  const page = await lens.context.newPage();
  try {
    await page.goto(`chrome-extension://${lens.extensionId}/compare.html`);
    await page.locator('[data-compare="import"]:not([disabled])').setInputFiles(file);
    await page.locator('[data-compare="message"]').filter({ hasText: /\d/ }).waitFor({ timeout: 120_000 });
    await page.reload();
    const count = await page.locator('[data-compare="count"]').textContent({ timeout: 30_000 });
    return Number((count ?? '').replace(/\D/g, ''));
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The saved postings and `unsaved` more, imported: see importLedger. */
export function seedLedger(lens: LaunchedBrowser, unsaved: number): Promise<number> {
  return importLedger(lens, seedLedgerFile(unsaved, Date.now()));
}
