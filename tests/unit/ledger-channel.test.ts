// The lens's side of a star given on a list chip: what it tells the background about the card, and that the
// panel follows the reply only for the posting it shows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { memoryStore } from '../../components/panel/memory-store';
import type { CardBadgeView } from '../../lib/engine/card-analysis';
import { cardStarOf, starCard } from '../../lib/extension/ledger-channel';
import { CardStar, type MemoryFacts } from '../../lib/extension/ledger-schema';
import { T0 } from './ledger-fixtures';

const view: CardBadgeView & { jobId: string } = {
  jobId: 'a1b2c3d4e5f6a7b8',
  roleId: 'vp_ai',
  roleName: 'VP of AI',
  level: 'vp',
  levelText: 'VP · AI',
  pay: null,
};
const card = {
  title: 'VP, Artificial Intelligence',
  company: 'Globex',
  location: 'Remote',
  payText: '$250,000 - $300,000 a year',
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a card as the ledger is told of it', () => {
  it('carries the card’s fields, its pay as worded and its link without the fragment', () => {
    const sighting = cardStarOf(
      'indeed',
      card,
      view,
      'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f6a7b8#apply',
    );
    expect(sighting).toEqual({
      site: 'indeed',
      jobId: 'a1b2c3d4e5f6a7b8',
      url: 'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f6a7b8',
      title: 'VP, Artificial Intelligence',
      company: 'Globex',
      location: 'Remote',
      roleId: 'vp_ai',
      level: 'vp',
      payText: '$250,000 - $300,000 a year',
    });
    // What the background will accept.
    expect(CardStar.safeParse(sighting).success).toBe(true);
  });

  it('has no address where the card has no link, and no pay where it shows none', () => {
    const sighting = cardStarOf('linkedin', { ...card, payText: null, location: null }, view, null);
    expect(sighting).toMatchObject({ url: '', payText: null, location: null });
    expect(CardStar.safeParse(sighting).success).toBe(true);
  });
});

describe('a star given on a chip', () => {
  const facts = (key: string, saved: boolean): MemoryFacts => ({
    key,
    firstSeen: T0,
    daysSinceFirstSeen: 0,
    datePosted: null,
    validThrough: null,
    repostOf: null,
    saved: saved ? { status: 'interested', note: '', savedAt: T0 } : null,
  });

  it('is sent to the background, and reaches the panel only for a posting the panel shows', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      const { card: starred, saved } = message as { card: CardStar; saved: boolean };
      return facts(`${starred.site}:${starred.jobId}`, saved);
    });
    const shown = cardStarOf('indeed', card, view, null);
    memoryStore.publish(facts('indeed:a1b2c3d4e5f6a7b8', false));

    await starCard(shown, true);
    expect(sent).toEqual([{ type: 'ledger-star-card', card: shown, saved: true }]);
    expect(memoryStore.factsFor('indeed:a1b2c3d4e5f6a7b8')?.saved?.status).toBe('interested');

    await starCard({ ...shown, jobId: 'ffffffffffff0000' }, true);
    expect(memoryStore.factsFor('indeed:ffffffffffff0000')).toBeNull();
  });
});
