// The posting memory's shapes: what the lens reports about a posting it read, what the ledger keeps, and what
// the panel is told back. Schemas only, so the lens carries no ledger code.
import * as z from 'zod/mini';
import { Level, RoleId } from '../../data/vocabulary';
import { SITE_IDS } from './settings';

/** Descriptions are kept up to this length: enough for the fingerprint and the export, bounded for storage. */
export const MAX_DESCRIPTION = 20_000;
export const MAX_NOTE = 500;
const MAX_FIELD = 500;

const text = z.string().check(z.maxLength(MAX_FIELD));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const time = z.number().check(z.int(), z.gte(0));

export const LedgerPay = z.object({
  min: z.number(),
  max: z.number(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  period: z.enum(['hour', 'day', 'week', 'month', 'year']),
  annualMin: z.number(),
  annualMax: z.number(),
});
export type LedgerPay = z.infer<typeof LedgerPay>;

/** Lens -> background: an AI-leadership posting as read, and nothing the panel does not already show. */
export const PostingSighting = z.object({
  site: z.enum(SITE_IDS),
  jobId: z.nullable(text),
  url: z.string().check(z.maxLength(2_000)),
  title: z.nullable(text),
  company: z.nullable(text),
  location: z.nullable(text),
  roleId: z.nullable(RoleId),
  level: z.nullable(Level),
  pay: z.nullable(LedgerPay),
  datePosted: z.nullable(day),
  validThrough: z.nullable(day),
  description: z.string().check(z.maxLength(MAX_DESCRIPTION)),
});
export type PostingSighting = z.infer<typeof PostingSighting>;

export const LEDGER_STATUSES = ['interested', 'applied', 'declined'] as const;
export const LedgerStatus = z.enum(LEDGER_STATUSES);
export type LedgerStatus = z.infer<typeof LedgerStatus>;

/** What the user keeps about a posting they starred. */
export const SavedState = z.object({
  status: LedgerStatus,
  note: z.string().check(z.maxLength(MAX_NOTE)),
  savedAt: time,
});
export type SavedState = z.infer<typeof SavedState>;

/** One posting in the ledger; times are milliseconds since the epoch. Everything here is exported. */
export const LedgerEntry = z.object({
  ...PostingSighting.shape,
  key: z.string().check(z.minLength(1), z.maxLength(2_100)),
  firstSeen: time,
  lastSeen: time,
  saved: z.nullable(SavedState),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** Background -> panel: the facts the memory section shows about the posting on screen. */
export const MemoryFacts = z.object({
  key: z.string(),
  firstSeen: time,
  /** Whole days between the first sighting and now. */
  daysSinceFirstSeen: z.number().check(z.int(), z.gte(0)),
  datePosted: z.nullable(day),
  validThrough: z.nullable(day),
  /** The earlier posting this one repeats under a new job id. */
  repostOf: z.nullable(z.object({ key: z.string(), firstSeen: time, jobId: z.nullable(z.string()) })),
  saved: z.nullable(SavedState),
});
export type MemoryFacts = z.infer<typeof MemoryFacts>;

/** A posting's identity in the ledger: the site's job id where there is one, else its address without query. */
export function ledgerKey(site: string, jobId: string | null, url: string): string {
  if (jobId) return `${site}:${jobId}`;
  try {
    const { origin, pathname } = new URL(url);
    return `${site}:${origin}${pathname}`;
  } catch {
    return `${site}:${url}`;
  }
}
