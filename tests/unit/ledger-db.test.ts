import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  allEntries,
  clearLedger,
  countEntries,
  factsFor,
  LEDGER_DB_VERSION,
  type Ledger,
  mergeIntoLedger,
  openLedger,
  recordPosting,
  savedEntries,
  savedJobIds,
  setSaved,
  starFromCard,
} from '../../lib/extension/ledger-db';
import { exportLedgerJson, importLedgerJson } from '../../lib/extension/ledger-file';
import { LedgerEntry, LedgerStarCardMessage } from '../../lib/extension/ledger-schema';
import { cardStar, DAY, DESCRIPTION, sighting, T0 } from './ledger-fixtures';

let opened: Ledger[] = [];
let dbCount = 0;
async function freshLedger(): Promise<Ledger> {
  const ledger = await openLedger(`ledger-test-${++dbCount}`);
  opened.push(ledger);
  return ledger;
}
afterEach(() => {
  for (const ledger of opened) ledger.close();
  opened = [];
});

const CAP = 100;

describe('the ledger in IndexedDB', () => {
  it('remembers the first sighting and counts the days since', async () => {
    const ledger = await freshLedger();
    const first = await recordPosting(ledger, sighting(), T0, CAP);
    expect(first).toMatchObject({
      key: 'greenhouse:1001',
      daysSinceFirstSeen: 0,
      repostOf: null,
      saved: null,
    });
    const later = await recordPosting(ledger, sighting(), T0 + 3 * DAY + 60_000, CAP);
    expect(later).toMatchObject({ firstSeen: T0, daysSinceFirstSeen: 3, datePosted: '2026-03-01' });
    const [entry] = await allEntries(ledger);
    expect(entry).toMatchObject({ firstSeen: T0, lastSeen: T0 + 3 * DAY + 60_000 });
    expect(Object.keys(entry ?? {})).not.toContain('fingerprint');
  });

  it('recognises a repost under a new job id, not a new posting of another company', async () => {
    const ledger = await freshLedger();
    await recordPosting(ledger, sighting(), T0, CAP);
    const repost = await recordPosting(
      ledger,
      sighting({ jobId: '2002', url: 'https://boards.greenhouse.io/acme/jobs/2002' }),
      T0 + 10 * DAY,
      CAP,
    );
    expect(repost.repostOf).toEqual({ key: 'greenhouse:1001', firstSeen: T0, jobId: '1001' });
    expect(repost.daysSinceFirstSeen).toBe(0);
    const other = await recordPosting(
      ledger,
      sighting({ jobId: '3003', company: 'Globex' }),
      T0 + 11 * DAY,
      CAP,
    );
    expect(other.repostOf).toBeNull();
  });

  it('stars with a status and note, keeps them across sightings, and unstars', async () => {
    const ledger = await freshLedger();
    await recordPosting(ledger, sighting(), T0, CAP);
    await setSaved(
      ledger,
      'greenhouse:1001',
      { status: 'interested', note: 'Ask about team size' },
      T0 + DAY,
    );
    await setSaved(
      ledger,
      'greenhouse:1001',
      { status: 'applied', note: 'Applied via referral' },
      T0 + 2 * DAY,
    );
    await recordPosting(ledger, sighting(), T0 + 3 * DAY, CAP);
    const facts = await factsFor(ledger, 'greenhouse:1001', T0 + 3 * DAY);
    // savedAt is when it was first starred.
    expect(facts?.saved).toEqual({ status: 'applied', note: 'Applied via referral', savedAt: T0 + DAY });
    await setSaved(ledger, 'greenhouse:1001', null, T0 + 4 * DAY);
    expect((await factsFor(ledger, 'greenhouse:1001', T0))?.saved).toBeNull();
    expect(await setSaved(ledger, 'greenhouse:9999', { status: 'applied', note: '' }, T0)).toBeNull();
  });

  it('reads the starred postings, their job ids per site and the count without reading the rest', async () => {
    const ledger = await freshLedger();
    for (let i = 0; i < 4; i++) await recordPosting(ledger, sighting({ jobId: `${i}` }), T0 + i * DAY, CAP);
    const byAddress = sighting({ jobId: null, url: 'https://boards.greenhouse.io/acme/jobs/77?src=x' });
    await recordPosting(ledger, byAddress, T0, CAP);
    await recordPosting(ledger, sighting({ site: 'linkedin', jobId: '1' }), T0, CAP);
    for (const key of [
      'greenhouse:1',
      'greenhouse:3',
      'greenhouse:https://boards.greenhouse.io/acme/jobs/77',
      'linkedin:1',
    ])
      await setSaved(ledger, key, { status: 'interested', note: '' }, T0);
    expect(await countEntries(ledger)).toBe(6);
    expect((await savedEntries(ledger)).map((e) => e.key).sort()).toEqual([
      'greenhouse:1',
      'greenhouse:3',
      'greenhouse:https://boards.greenhouse.io/acme/jobs/77',
      'linkedin:1',
    ]);
    expect((await savedJobIds(ledger, 'greenhouse')).sort()).toEqual(['1', '3']);
    expect(await savedJobIds(ledger, 'linkedin')).toEqual(['1']);
    expect(await savedJobIds(ledger, 'indeed')).toEqual([]);
  });

  it('keeps to its cap, dropping unstarred postings oldest first', async () => {
    const ledger = await freshLedger();
    for (let i = 0; i < 5; i++) await recordPosting(ledger, sighting({ jobId: `${i}` }), T0 + i * DAY, 3);
    expect((await allEntries(ledger)).map((e) => e.jobId).sort()).toEqual(['2', '3', '4']);
    await setSaved(ledger, 'greenhouse:2', { status: 'interested', note: '' }, T0);
    await recordPosting(ledger, sighting({ jobId: '5' }), T0 + 5 * DAY, 3);
    // 2 is the oldest but starred: 3 goes.
    expect((await allEntries(ledger)).map((e) => e.jobId).sort()).toEqual(['2', '4', '5']);
  });

  it('imports an export into a fresh ledger as the same ledger, and merges without duplicates', async () => {
    const source = await freshLedger();
    await recordPosting(source, sighting(), T0, CAP);
    await recordPosting(source, sighting({ jobId: '2002', title: 'VP of AI', level: 'vp' }), T0 + DAY, CAP);
    await setSaved(
      source,
      'greenhouse:1001',
      { status: 'declined', note: 'Pay, "too low", see notes' },
      T0 + DAY,
    );
    const file = exportLedgerJson(await allEntries(source), T0 + 2 * DAY);

    const target = await freshLedger();
    const parsed = importLedgerJson(file);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(await mergeIntoLedger(target, parsed.entries, CAP)).toEqual({ added: 2, merged: 0 });
    expect(exportLedgerJson(await allEntries(target), T0 + 2 * DAY)).toBe(file);
    // Again: nothing new, nothing doubled.
    expect(await mergeIntoLedger(target, parsed.entries, CAP)).toEqual({ added: 0, merged: 2 });
    expect(await allEntries(target)).toHaveLength(2);
    // Merging keeps the earlier first sighting of a posting both ledgers saw.
    await recordPosting(target, sighting(), T0 + 5 * DAY, CAP);
    const reimported = await freshLedger();
    await recordPosting(reimported, sighting(), T0 + 5 * DAY, CAP);
    await mergeIntoLedger(reimported, parsed.entries, CAP);
    expect((await factsFor(reimported, 'greenhouse:1001', T0 + 5 * DAY))?.firstSeen).toBe(T0);

    await clearLedger(target);
    expect(await allEntries(target)).toEqual([]);
  });
});

describe('a posting starred on its list card', () => {
  const card = cardStar({ url: 'https://boards.greenhouse.io/acme/jobs/1001?gh_src=list' });
  const { payText: _payText, ...shown } = card;

  it('is remembered as the card shows it, starred, and counted among the starred job ids', async () => {
    const ledger = await freshLedger();
    const entry = await starFromCard(ledger, card, true, T0, CAP);
    expect(entry).toEqual({
      ...shown,
      // The card's pay, parsed in the background.
      pay: sighting().pay,
      description: '',
      datePosted: null,
      validThrough: null,
      key: 'greenhouse:1001',
      firstSeen: T0,
      lastSeen: T0,
      saved: { status: 'interested', note: '', savedAt: T0 },
    });
    // A whole entry: it exports and imports like any other.
    expect(LedgerEntry.safeParse(entry).success).toBe(true);
    expect(await allEntries(ledger)).toEqual([entry]);
    expect(await savedJobIds(ledger, 'greenhouse')).toEqual(['1001']);
    expect((await factsFor(ledger, 'greenhouse:1001', T0 + DAY))?.daysSinceFirstSeen).toBe(1);
  });

  it('is filled in by the sighting of its page, star and first sighting kept', async () => {
    const ledger = await freshLedger();
    await starFromCard(ledger, card, true, T0, CAP);
    await setSaved(ledger, 'greenhouse:1001', { status: 'applied', note: 'Referred by Sam' }, T0 + DAY);
    const facts = await recordPosting(ledger, sighting(), T0 + 2 * DAY, CAP);
    expect(facts).toMatchObject({ key: 'greenhouse:1001', firstSeen: T0, datePosted: '2026-03-01' });
    expect(facts.saved).toEqual({ status: 'applied', note: 'Referred by Sam', savedAt: T0 });
    const [entry] = await allEntries(ledger);
    expect(entry).toMatchObject({
      description: DESCRIPTION,
      url: sighting().url,
      firstSeen: T0,
      lastSeen: T0 + 2 * DAY,
    });
    expect(await countEntries(ledger)).toBe(1);
  });

  it('stars a posting already read without touching what its page said, and unstars it', async () => {
    const ledger = await freshLedger();
    await recordPosting(ledger, sighting(), T0, CAP);
    await setSaved(ledger, 'greenhouse:1001', { status: 'applied', note: 'Sent' }, T0);
    // Starred again from its chip (another tab's chip drawn before the star): status and note stay.
    const again = await starFromCard(
      ledger,
      { ...card, title: 'Head of AI (list title)' },
      true,
      T0 + DAY,
      CAP,
    );
    expect(again).toMatchObject({
      title: 'Head of AI',
      description: DESCRIPTION,
      saved: { status: 'applied', note: 'Sent', savedAt: T0 },
    });
    const unstarred = await starFromCard(ledger, card, false, T0 + 2 * DAY, CAP);
    expect(unstarred).toMatchObject({ description: DESCRIPTION, saved: null });
    expect(await savedJobIds(ledger, 'greenhouse')).toEqual([]);
    expect(await countEntries(ledger)).toBe(1);
    // Unstarring a posting the ledger never had adds nothing.
    expect(await starFromCard(ledger, { ...card, jobId: '9999' }, false, T0, CAP)).toBeNull();
    expect(await countEntries(ledger)).toBe(1);
  });

  it('keeps to the cap like a sighting: an unstarred posting goes first', async () => {
    const ledger = await freshLedger();
    for (let i = 0; i < 3; i++) await recordPosting(ledger, sighting({ jobId: `${i}` }), T0 + i * DAY, 3);
    await starFromCard(ledger, card, true, T0 + 3 * DAY, 3);
    expect((await allEntries(ledger)).map((e) => e.jobId).sort()).toEqual(['1', '1001', '2']);
  });

  it('is asked for in a message the background parses: a job id, and no description', () => {
    const message = { type: 'ledger-star-card', card, saved: true };
    expect(LedgerStarCardMessage.safeParse(message).success).toBe(true);
    for (const bad of [
      { ...message, card: { ...card, jobId: '' } },
      { ...message, card: { ...card, jobId: null } },
      { ...message, card: { ...card, site: 'example' } },
      { ...message, saved: 'yes' },
    ])
      expect(LedgerStarCardMessage.safeParse(bad).success).toBe(false);
    // A description sent along is not kept: the card shows none.
    const parsed = LedgerStarCardMessage.parse({
      ...message,
      card: { ...card, description: 'x'.repeat(10) },
    });
    expect(parsed.card).not.toHaveProperty('description');
  });
});

describe('schema migration', () => {
  it('opens a version 1 ledger with version 2: entries kept, new fields empty, repost index working', async () => {
    const name = `ledger-v1-${++dbCount}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('postings', { keyPath: 'key' });
      },
    });
    const v1Entry = (jobId: string, firstSeen: number) => ({
      key: `greenhouse:${jobId}`,
      site: 'greenhouse',
      jobId,
      url: `https://boards.greenhouse.io/acme/jobs/${jobId}`,
      title: 'Head of AI',
      company: 'Acme',
      location: 'London, UK',
      description: DESCRIPTION,
      firstSeen,
      lastSeen: firstSeen,
    });
    await v1.put('postings', v1Entry('1001', T0));
    await v1.put('postings', v1Entry('1002', T0 + DAY));
    v1.close();

    expect(LEDGER_DB_VERSION).toBe(2);
    const ledger = await openLedger(name);
    opened.push(ledger);
    expect(ledger.version).toBe(2);
    const entries = await allEntries(ledger);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      key: 'greenhouse:1001',
      firstSeen: T0,
      saved: null,
      pay: null,
      roleId: null,
    });
    // The migrated entries are in the new indexes: the second is found as a repost of the first.
    expect((await factsFor(ledger, 'greenhouse:1002', T0 + 2 * DAY))?.repostOf?.key).toBe('greenhouse:1001');
    // And what migrated exports and imports as a valid file.
    expect(importLedgerJson(exportLedgerJson(entries, T0)).ok).toBe(true);
  });
});
