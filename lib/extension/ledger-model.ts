// The posting memory's logic, pure: fingerprints, similarity, age, reposts, merging. Every function that needs
// the time takes `now` (milliseconds since the epoch); nothing here reads a clock or storage.
import { parsePay } from '../engine/pay';
import { payFigures } from '../engine/report';
import type { CardStar, LedgerEntry, MemoryFacts, PostingSighting, SavedState } from './ledger-schema';

const DAY_MS = 86_400_000;
/** Words per shingle: long enough that a shared phrase is not a shared posting. */
const SHINGLE_WORDS = 4;
/** Hashes kept per fingerprint (a bottom-k sketch): the estimate's error is about 0.03 near 0.9. */
export const FINGERPRINT_SIZE = 128;
/** At or above this, two descriptions under the same company and title are the same posting. */
export const REPOST_SIMILARITY = 0.9;

/** 32-bit FNV-1a. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The smallest FINGERPRINT_SIZE hashes of the description's word shingles, ascending. Case, punctuation and
 * spacing do not count; a description shorter than one shingle is one shingle.
 */
export function fingerprint(description: string): number[] {
  const list = words(description);
  if (list.length === 0) return [];
  const shingles = new Set<number>();
  const last = Math.max(0, list.length - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) shingles.add(hash(list.slice(i, i + SHINGLE_WORDS).join(' ')));
  return [...shingles].sort((a, b) => a - b).slice(0, FINGERPRINT_SIZE);
}

/**
 * Estimated Jaccard similarity of the two descriptions behind two fingerprints (exact when both are shorter
 * than FINGERPRINT_SIZE shingles): of the smallest hashes of the union, the share found in both. 0 when
 * either is empty: no text is no evidence.
 */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inA = new Set(a);
  const inB = new Set(b);
  const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, FINGERPRINT_SIZE);
  const shared = union.filter((h) => inA.has(h) && inB.has(h)).length;
  return shared / union.length;
}

function normalise(text: string): string {
  return words(text).join(' ');
}

/** Postings that can be reposts of each other share this: site, company and title, normalised. */
export function matchKeyOf(posting: Pick<PostingSighting, 'site' | 'company' | 'title'>): string | null {
  if (!posting.company || !posting.title) return null;
  const company = normalise(posting.company);
  const title = normalise(posting.title);
  return company && title ? `${posting.site}|${company}|${title}` : null;
}

/** Whole days from `then` to `now`; 0 for a time in the future (a clock moved back). */
export function daysBetween(then: number, now: number): number {
  return Math.max(0, Math.floor((now - then) / DAY_MS));
}

/** What the ledger keeps after a sighting: the new reading over the old, the first sighting and the star kept. */
export function recordSighting(
  existing: LedgerEntry | undefined,
  key: string,
  sighting: PostingSighting,
  now: number,
): LedgerEntry {
  return {
    ...sighting,
    key,
    firstSeen: existing ? Math.min(existing.firstSeen, now) : now,
    lastSeen: existing ? Math.max(existing.lastSeen, now) : now,
    saved: existing?.saved ?? null,
  };
}

/** A star given with one press (on the panel or a list chip): interested, no note yet. */
export function newStar(now: number): SavedState {
  return { status: 'interested', note: '', savedAt: now };
}

/** A posting starred on its list card before its page was read: what the card shows, starred. */
export function cardEntry(key: string, { payText, ...card }: CardStar, now: number): LedgerEntry {
  const pay = payText ? parsePay(payText) : null;
  return {
    ...card,
    pay: pay && payFigures(pay),
    description: '',
    datePosted: null,
    validThrough: null,
    key,
    firstSeen: now,
    lastSeen: now,
    saved: newStar(now),
  };
}

export interface Fingerprinted {
  entry: LedgerEntry;
  fingerprint: readonly number[];
}

/**
 * The earliest-seen other posting (another key) that `posting` repeats: candidates share its match key, and
 * their descriptions are at least REPOST_SIMILARITY alike. Null when none.
 */
export function findRepostOf(
  posting: Fingerprinted,
  candidates: readonly Fingerprinted[],
): LedgerEntry | null {
  const key = matchKeyOf(posting.entry);
  if (key === null) return null;
  let earliest: LedgerEntry | null = null;
  for (const candidate of candidates) {
    const { entry } = candidate;
    if (entry.key === posting.entry.key || matchKeyOf(entry) !== key) continue;
    if (entry.firstSeen > posting.entry.firstSeen) continue;
    if (similarity(posting.fingerprint, candidate.fingerprint) < REPOST_SIMILARITY) continue;
    if (!earliest || entry.firstSeen < earliest.firstSeen) earliest = entry;
  }
  return earliest;
}

export function memoryFacts(entry: LedgerEntry, repostOf: LedgerEntry | null, now: number): MemoryFacts {
  return {
    key: entry.key,
    firstSeen: entry.firstSeen,
    daysSinceFirstSeen: daysBetween(entry.firstSeen, now),
    datePosted: entry.datePosted,
    validThrough: entry.validThrough,
    repostOf: repostOf ? { key: repostOf.key, firstSeen: repostOf.firstSeen, jobId: repostOf.jobId } : null,
    saved: entry.saved,
  };
}

function laterSaved(a: SavedState | null, b: SavedState | null): SavedState | null {
  if (!a || !b) return a ?? b;
  return b.savedAt > a.savedAt ? b : a;
}

/**
 * Two records of one posting (the same key) as one: the earliest first sighting, the latest last one, the
 * fields of the later reading, the more recent star. Merging is idempotent and order-free for first/last seen.
 */
export function mergeEntries(a: LedgerEntry, b: LedgerEntry): LedgerEntry {
  const later = b.lastSeen > a.lastSeen ? b : a;
  return {
    ...later,
    firstSeen: Math.min(a.firstSeen, b.firstSeen),
    lastSeen: Math.max(a.lastSeen, b.lastSeen),
    saved: laterSaved(a.saved, b.saved),
  };
}
