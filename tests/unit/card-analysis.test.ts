import { describe, expect, it } from 'vitest';
import { loadBundledData } from '../../data';
import { benchmark } from '../../lib/engine/benchmark';
import {
  analyseCard,
  CARD_CACHE_LIMIT,
  type CardAnalysisOptions,
  type CardFields,
  createCardAnalyser,
  levelText,
} from '../../lib/engine/card-analysis';
import { classifyTitle } from '../../lib/engine/classify';
import { cardJobId, listCards, readCard, readCardFields, workplaceFromText } from '../../lib/engine/extract';
import { parsePay } from '../../lib/engine/pay';
import { regionFor } from '../../lib/engine/region';
import { linkedin } from '../../lib/engine/sites/linkedin';
import { loadFixture } from './sites/fixture';

const data = loadBundledData();
const options: CardAnalysisOptions = { displayCurrency: 'USD', basis: 'base', homeRegion: null };
const SEARCH_URL = 'https://www.linkedin.com/jobs/search/?currentJobId=4400000011&keywords=ai%20leadership';

const card = (fields: Partial<CardFields>): CardFields => ({
  jobId: '1',
  title: null,
  payText: null,
  location: null,
  ...fields,
});

describe('analyseCard on the sample LinkedIn search list', () => {
  const cards = listCards(loadFixture('samples/linkedin-search.html'), SEARCH_URL);
  const byTitle = new Map(cards.map((c) => [c.title, analyseCard(c, data, options)]));

  it.each([
    ['Chief AI Officer', 'C-suite · AI', 'caio'],
    ['Director of AI', 'Director · AI', 'director_ai'],
    ['Head of Machine Learning', 'Head · AI', 'head_ai'],
    ['VP Engineering, AI', 'VP · AI', 'vp_ai'],
    ['AI Engineering Manager', 'Manager · AI', 'ai_manager'],
    ['Head of AI Product', 'Head · AI', 'ai_product_lead'],
    ['AI Research Lead', 'Lead · AI', 'ai_research_lead'],
  ])('%s -> %s', (title, level, roleId) => {
    const view = byTitle.get(title);
    expect(view?.levelText).toBe(level);
    expect(view?.roleId).toBe(roleId);
    expect(view?.jobId).toBe(cards.find((c) => c.title === title)?.jobId);
  });

  it.each([
    'Retail Manager',
    'Data Analyst',
    'Customer Success Manager',
    'Staff Accountant',
    'Warehouse Supervisor',
  ])('%s gets no badge', (title) => {
    expect(byTitle.has(title)).toBe(true);
    expect(byTitle.get(title)).toBeNull();
  });

  it("places each card's pay where the engine places it against the band of the card's own location", () => {
    let placed = 0;
    for (const c of cards) {
      const view = byTitle.get(c.title);
      const role = c.title ? classifyTitle(c.title, data.roles) : null;
      const pay = c.payText ? parsePay(c.payText) : null;
      if (!view || !role) continue;
      const region = regionFor(c.location, c.location ? workplaceFromText(c.location) : null, data.regions);
      const position = pay
        ? benchmark({ role, region, pay, displayCurrency: 'USD', basis: 'base' }, data)?.position
        : null;
      expect(view.pay?.verdict ?? null).toBe(position?.verdict ?? null);
      if (position) placed++;
    }
    // The sample has AI cards with pay and a band: the comparison above is not vacuous.
    expect(placed).toBeGreaterThanOrEqual(3);
    expect(byTitle.get('Head of Machine Learning')?.pay).toBeNull();
  });
});

describe('analyseCard pay position', () => {
  const inNewYork = (title: string, payText: string) =>
    analyseCard(card({ title, payText, location: 'New York, NY' }), data, options);

  it('calls a tiny Head of AI salary below the computed US band and a huge one above it', () => {
    expect(inNewYork('Head of AI', '$40K/yr - $45K/yr')?.pay?.verdict).toBe('below');
    expect(inNewYork('Head of AI', '$900,000/yr - $950,000/yr')?.pay?.verdict).toBe('above');
  });

  it('gives a Chief AI Officer in the US no pay verdict: its figures there are references, not a band', () => {
    const view = inNewYork('Chief AI Officer', '$40K/yr - $45K/yr');
    expect(view?.levelText).toBe('C-suite · AI');
    expect(view?.pay).toBeNull();
  });

  it('keeps the role but drops the pay segment when the pay text cannot be read', () => {
    const view = inNewYork('Head of AI', 'Competitive');
    expect(view?.levelText).toBe('Head · AI');
    expect(view?.pay).toBeNull();
  });

  it('gives a compared role (CTO, CDO) no badge: a card has no description to show it is about AI', () => {
    expect(analyseCard(card({ title: 'Chief Technology Officer' }), data, options)).toBeNull();
    expect(analyseCard(card({ title: 'Chief Data Officer' }), data, options)).toBeNull();
  });

  it('gives a card without a title no badge', () => {
    expect(analyseCard(card({ title: null, payText: '$300K/yr' }), data, options)).toBeNull();
  });

  it('names every level', () => {
    expect(levelText('c-suite')).toBe('C-suite · AI');
    expect(levelText('vp')).toBe('VP · AI');
    expect(levelText('head')).toBe('Head · AI');
  });
});

describe('createCardAnalyser', () => {
  it('computes a card once, and again when its job id, title, pay or location changes', () => {
    const analyse = createCardAnalyser(data, options);
    const first = card({ jobId: '7', title: 'Chief AI Officer', payText: '$350K/yr - $480K/yr' });
    const view = analyse(first);
    expect(analyse({ ...first })).toBe(view);
    expect(analyse.computed).toBe(1);
    analyse({ ...first, jobId: '8' });
    analyse({ ...first, title: 'Director of AI' });
    analyse({ ...first, payText: '$40K/yr' });
    analyse({ ...first, location: 'London, UK' });
    expect(analyse.computed).toBe(5);
  });

  it('remembers a non-AI card too (a null result is cached, not recomputed)', () => {
    const analyse = createCardAnalyser(data, options);
    const retail = card({ title: 'Retail Manager' });
    expect(analyse(retail)).toBeNull();
    expect(analyse(retail)).toBeNull();
    expect(analyse.computed).toBe(1);
  });

  it('forgets the oldest card beyond its limit, so an endless list cannot grow it', () => {
    const analyse = createCardAnalyser(data, options);
    for (let i = 0; i <= CARD_CACHE_LIMIT; i++) analyse(card({ jobId: String(i), title: 'Retail Manager' }));
    expect(analyse.computed).toBe(CARD_CACHE_LIMIT + 1);
    analyse(card({ jobId: String(CARD_CACHE_LIMIT), title: 'Retail Manager' }));
    expect(analyse.computed).toBe(CARD_CACHE_LIMIT + 1);
    analyse(card({ jobId: '0', title: 'Retail Manager' }));
    expect(analyse.computed).toBe(CARD_CACHE_LIMIT + 2);
  });

  it('reads a card once per job id: a recycled card showing a job seen before is not read again', () => {
    const analyse = createCardAnalyser(data, options);
    let reads = 0;
    const read = (title: string | null) => () => {
      reads++;
      return card({ jobId: '9', title });
    };
    const view = analyse.forJob('id:9', read('Chief AI Officer'));
    expect(view?.levelText).toBe('C-suite · AI');
    expect(analyse.forJob('id:9', read('Retail Manager'))).toBe(view);
    expect(reads).toBe(1);
    expect(analyse.forJob('id:10', read('Retail Manager'))).toBeNull();
    expect(analyse.forJob('id:10', read('Chief AI Officer'))).toBeNull();
    expect(reads).toBe(2);
  });

  it('reads a card again while it has no title (drawn empty, filled later)', () => {
    const analyse = createCardAnalyser(data, options);
    expect(analyse.forJob('id:11', () => card({ jobId: '11', title: null }))).toBeNull();
    expect(analyse.forJob('id:11', () => card({ jobId: '11', title: 'VP of AI' }))?.levelText).toBe(
      'VP · AI',
    );
  });
});

describe('readCard', () => {
  it('reads one card element as listCards reads it in the list, without the rest of the list', () => {
    const doc = loadFixture('samples/linkedin-search.html');
    const cards = linkedin.cards;
    if (!cards) throw new Error('LinkedIn describes no cards');
    const listed = listCards(doc, SEARCH_URL);
    expect(listed.length).toBeGreaterThan(5);
    for (const expected of listed) {
      expect(readCard(expected.element, cards)).toEqual(expected);
      expect(cardJobId(expected.element, cards)).toBe(expected.jobId);
      const { jobId, title, payText, location } = expected;
      expect(readCardFields(expected.element, cards)).toEqual({ jobId, title, payText, location });
    }
  });

  it('reads a card drawn without its title no further (its chip waits for the title)', () => {
    const doc = loadFixture('samples/linkedin-search.html');
    const cards = linkedin.cards;
    if (!cards) throw new Error('LinkedIn describes no cards');
    const [first] = listCards(doc, SEARCH_URL);
    if (!first?.jobId || !first.title) throw new Error('the sample’s first card has no id or title');
    for (const selector of cards.title) {
      if (selector.attr) first.element.querySelector(selector.css)?.removeAttribute(selector.attr);
      else first.element.querySelector(selector.css)?.replaceChildren();
    }
    expect(readCardFields(first.element, cards)).toEqual({
      jobId: null,
      title: null,
      payText: null,
      location: null,
    });
  });
});
