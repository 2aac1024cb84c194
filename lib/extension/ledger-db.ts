// The posting memory in IndexedDB (through idb): one object store of postings, a versioned schema with its
// migrations, a cap with oldest-first eviction. The background writes sightings; the compare page reads,
// edits stars and notes, imports and clears. Every change is one transaction, so no two writers interleave.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import { ledgerKey } from './ledger-key';
import {
  cardEntry,
  findRepostOf,
  fingerprint,
  matchKeyOf,
  memoryFacts,
  mergeEntries,
  newStar,
  recordSighting,
} from './ledger-model';
import type { CardStar, LedgerEntry, MemoryFacts, PostingSighting, SavedState } from './ledger-schema';

export const LEDGER_DB_NAME = 'ai-leadership-lens-ledger';
/** Bump with a new step in `migrate`. */
export const LEDGER_DB_VERSION = 2;
const STORE = 'postings';

/** A ledger entry as stored: with what is derived from it for the indexes and the repost check. */
interface StoredEntry extends LedgerEntry {
  fingerprint: number[];
  /** matchKeyOf(entry), or absent (then the entry is in no repost group). */
  matchKey?: string;
  /** 1 for a starred posting: eviction takes every unstarred posting, oldest first, before any starred one. */
  keep: 0 | 1;
}

interface LedgerDb extends DBSchema {
  postings: {
    key: string;
    value: StoredEntry;
    indexes: { matchKey: string; eviction: [number, number] };
  };
}

/**
 * Version 1 kept { key, site, jobId, url, title, company, location, description, firstSeen, lastSeen } and no
 * indexes. Version 2 adds the role, pay, dates and star to each posting, and the repost and eviction indexes.
 */
function migrate(
  db: IDBPDatabase<LedgerDb>,
  oldVersion: number,
  tx: IDBPTransaction<LedgerDb, 'postings'[], 'versionchange'>,
): Promise<void> | undefined {
  if (oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'key' });
  if (oldVersion < 2) {
    const store = tx.objectStore(STORE);
    store.createIndex('matchKey', 'matchKey');
    store.createIndex('eviction', ['keep', 'lastSeen']);
    if (oldVersion === 1) return upgradeV1Entries(tx);
  }
  return undefined;
}

async function upgradeV1Entries(tx: IDBPTransaction<LedgerDb, 'postings'[], 'versionchange'>): Promise<void> {
  let cursor = await tx.objectStore(STORE).openCursor();
  while (cursor) {
    const old = cursor.value as unknown as Record<string, unknown>;
    const entry = {
      roleId: null,
      level: null,
      pay: null,
      datePosted: null,
      validThrough: null,
      saved: null,
      ...old,
    } as LedgerEntry;
    await cursor.update(stored(entry));
    cursor = await cursor.continue();
  }
}

function stored(entry: LedgerEntry): StoredEntry {
  const matchKey = matchKeyOf(entry);
  return {
    ...entry,
    fingerprint: fingerprint(entry.description),
    ...(matchKey === null ? {} : { matchKey }),
    keep: entry.saved ? 1 : 0,
  };
}

function plain({ fingerprint: _f, matchKey: _m, keep: _k, ...entry }: StoredEntry): LedgerEntry {
  return entry;
}

export type Ledger = IDBPDatabase<LedgerDb>;

/** Opens (creating or migrating) the ledger; `name` other than the default is for tests. */
export function openLedger(name = LEDGER_DB_NAME): Promise<Ledger> {
  return openDB<LedgerDb>(name, LEDGER_DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => void migrate(db, oldVersion, tx),
  });
}

type WriteTx = IDBPTransaction<LedgerDb, ['postings'], 'readwrite'>;

/** Drops postings beyond `cap`: unstarred ones first, each group oldest-last-seen first. */
async function evict(tx: WriteTx, cap: number): Promise<void> {
  const store = tx.objectStore(STORE);
  let excess = (await store.count()) - cap;
  if (excess <= 0) return;
  let cursor = await store.index('eviction').openKeyCursor();
  while (cursor && excess > 0) {
    await store.delete(cursor.primaryKey);
    excess--;
    cursor = await cursor.continue();
  }
}

/** Records a sighting at `now` and answers what the panel shows about it. */
export async function recordPosting(
  ledger: Ledger,
  sighting: PostingSighting,
  now: number,
  cap: number,
): Promise<MemoryFacts> {
  const key = ledgerKey(sighting.site, sighting.jobId, sighting.url);
  const tx = ledger.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const existing = await store.get(key);
  const entry = recordSighting(existing && plain(existing), key, sighting, now);
  const record = stored(entry);
  await store.put(record);
  const group = record.matchKey ? await store.index('matchKey').getAll(record.matchKey) : [];
  const repostOf = findRepostOf(
    { entry, fingerprint: record.fingerprint },
    group.map((other) => ({ entry: plain(other), fingerprint: other.fingerprint })),
  );
  // A posting seen again adds nothing; only a new one can take the ledger past its cap. (Counting walks the
  // store: at 10,000 postings, skipping it keeps a revisit's answer quick.)
  if (!existing) await evict(tx, cap);
  await tx.done;
  return memoryFacts(entry, repostOf, now);
}

/** Stars (with status and note) or unstars a posting; null when the ledger has no such posting. */
export async function setSaved(
  ledger: Ledger,
  key: string,
  saved: Omit<SavedState, 'savedAt'> | null,
  now: number,
): Promise<LedgerEntry | null> {
  const tx = ledger.transaction(STORE, 'readwrite');
  const existing = await tx.store.get(key);
  if (!existing) {
    await tx.done;
    return null;
  }
  const entry: LedgerEntry = {
    ...plain(existing),
    saved: saved ? { ...saved, savedAt: existing.saved?.savedAt ?? now } : null,
  };
  await tx.store.put(stored(entry));
  await tx.done;
  return entry;
}

/**
 * Stars or unstars a posting from its list card. A posting the ledger has not read is remembered as the card
 * shows it (recordPosting fills in the rest, star kept, when its page is read); one already starred keeps its
 * status and note. Null when there is nothing to unstar.
 */
export async function starFromCard(
  ledger: Ledger,
  card: CardStar,
  saved: boolean,
  now: number,
  cap: number,
): Promise<LedgerEntry | null> {
  const key = ledgerKey(card.site, card.jobId, card.url);
  const tx = ledger.transaction(STORE, 'readwrite');
  const existing = await tx.store.get(key);
  const known = existing && plain(existing);
  if (!known && !saved) {
    await tx.done;
    return null;
  }
  const entry = known
    ? { ...known, saved: saved ? (known.saved ?? newStar(now)) : null }
    : cardEntry(key, card, now);
  await tx.store.put(stored(entry));
  if (!known) await evict(tx, cap);
  await tx.done;
  return entry;
}

/** The facts the panel shows for a posting already in the ledger. */
export async function factsFor(ledger: Ledger, key: string, now: number): Promise<MemoryFacts | null> {
  const record = await ledger.get(STORE, key);
  if (!record) return null;
  const group = record.matchKey ? await ledger.getAllFromIndex(STORE, 'matchKey', record.matchKey) : [];
  const repostOf = findRepostOf(
    { entry: plain(record), fingerprint: record.fingerprint },
    group.map((other) => ({ entry: plain(other), fingerprint: other.fingerprint })),
  );
  return memoryFacts(plain(record), repostOf, now);
}

export async function allEntries(ledger: Ledger): Promise<LedgerEntry[]> {
  return (await ledger.getAll(STORE)).map(plain);
}

/** Starred postings only, through the eviction index: the compare page's first paint reads these few. */
const starred = () => IDBKeyRange.bound([1, -Infinity], [1, Infinity]);

export async function savedEntries(ledger: Ledger): Promise<LedgerEntry[]> {
  return (await ledger.getAllFromIndex(STORE, 'eviction', starred())).map(plain);
}

/** The keys of the starred postings, without reading the postings. */
export function savedKeys(ledger: Ledger): Promise<string[]> {
  return ledger.getAllKeysFromIndex(STORE, 'eviction', starred());
}

/** The job ids of the starred postings on `site` (postings known by address alone have none). */
export async function savedJobIds(ledger: Ledger, site: string): Promise<string[]> {
  const prefix = `${site}:`;
  return (await savedKeys(ledger))
    .filter((key) => key.startsWith(prefix) && !key.includes('/'))
    .map((key) => key.slice(prefix.length));
}

export function countEntries(ledger: Ledger): Promise<number> {
  return ledger.count(STORE);
}

/** Adds `entries` to the ledger, merging each with the posting of the same key; all or nothing. */
export async function mergeIntoLedger(
  ledger: Ledger,
  entries: readonly LedgerEntry[],
  cap: number,
): Promise<{ added: number; merged: number }> {
  const tx = ledger.transaction(STORE, 'readwrite');
  let added = 0;
  let merged = 0;
  for (const entry of entries) {
    const existing = await tx.store.get(entry.key);
    if (existing) merged++;
    else added++;
    await tx.store.put(stored(existing ? mergeEntries(plain(existing), entry) : entry));
  }
  await evict(tx, cap);
  await tx.done;
  return { added, merged };
}

export async function clearLedger(ledger: Ledger): Promise<void> {
  await ledger.clear(STORE);
}
