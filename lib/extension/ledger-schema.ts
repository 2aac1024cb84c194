// The posting memory's shapes: what the lens reports about a posting it read, what the ledger keeps, and what
// the panel is told back. The background and the compare page parse with these; the lens imports only types
// from here (its constants are in ledger-key.ts), so it carries none of these schemas.
import * as z from 'zod/mini';
import { Level, RoleId } from '../../data/vocabulary-schemas';
import { LEDGER_STATUSES, MAX_DESCRIPTION, MAX_FIELD, MAX_NOTE, MAX_URL } from './ledger-key';
import { SITE_IDS } from './settings';

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
  url: z.string().check(z.maxLength(MAX_URL)),
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

/** Lens -> background: an AI-leadership posting was read; the reply is its MemoryFacts (null: memory off). */
export const LedgerSightingMessage = z.object({
  type: z.literal('ledger-sighting'),
  sighting: PostingSighting,
});
export type LedgerSightingMessage = z.infer<typeof LedgerSightingMessage>;

/** Panel -> background: star (with status and note) or unstar a posting; the reply is its MemoryFacts. */
export const LedgerSaveMessage = z.object({
  type: z.literal('ledger-save'),
  key: z.string(),
  saved: z.nullable(z.object({ status: LedgerStatus, note: z.string().check(z.maxLength(MAX_NOTE)) })),
});
export type LedgerSaveMessage = z.infer<typeof LedgerSaveMessage>;

/** A posting as its list card shows it: no description, no dates; always a job id (it keys the posting); its pay
 *  as the card words it, parsed in the background (the lens carries no pay parser). */
export const CardStar = z.extend(
  z.omit(PostingSighting, { description: true, datePosted: true, validThrough: true, pay: true }),
  { jobId: text.check(z.minLength(1)), payText: z.nullable(text) },
);
export type CardStar = z.infer<typeof CardStar>;

/**
 * Lens -> background: star or unstar a posting from its list card's chip. A posting the ledger has not read yet
 * is remembered as the card shows it (its page, once opened, fills in the rest). The reply is its MemoryFacts,
 * or null: memory off, or nothing to unstar.
 */
export const LedgerStarCardMessage = z.object({
  type: z.literal('ledger-star-card'),
  card: CardStar,
  saved: z.boolean(),
});
export type LedgerStarCardMessage = z.infer<typeof LedgerStarCardMessage>;

/** Lens -> background, once per list page: the job ids starred on `site`, for the stars on the list's chips;
 *  the reply is null while the memory is off (the chips offer no star then). */
export const LedgerSavedJobsMessage = z.object({
  type: z.literal('ledger-saved-jobs'),
  site: z.enum(SITE_IDS),
});
export type LedgerSavedJobsMessage = z.infer<typeof LedgerSavedJobsMessage>;
