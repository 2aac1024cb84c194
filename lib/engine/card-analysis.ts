// One list card (LinkedIn search/collections, Indeed results) -> the small badge it gets, or null when the
// card is not AI leadership. Cards carry no description, so a CTO / CDO card (AI leadership only when the
// description is centred on AI) gets no badge. Pure, and cached: a card seen again costs one Map lookup.
import type { City, Level, RoleId } from '../../data/schema';
import { type BenchmarkData, benchmark } from './benchmark';
import { classifyTitle, isAiLeadership } from './classify';
import { type JobCard, workplaceFromText } from './extract';
import { parsePay } from './pay';
import { regionFor } from './region';
import type { BenchmarkResult, Pay, RegionMatch, RoleMatch } from './types';

export type CardFields = Pick<JobCard, 'jobId' | 'title' | 'payText' | 'location'>;

export interface CardAnalysisOptions {
  displayCurrency: string;
  basis: 'base' | 'total';
  /** The user's region, used when the card names no place. */
  homeRegion: string | null;
}

type Position = NonNullable<BenchmarkResult['position']>;

export interface CardBadgeView {
  jobId: string | null;
  roleId: RoleId;
  roleName: string;
  level: Level;
  /** "C-suite · AI", "VP · AI", "Head · AI"... */
  levelText: string;
  /** Where the card's pay sits against the band; null when the card shows no pay or there is no band. */
  pay: { verdict: Position['verdict']; against: Position['against']; text: string } | null;
}

const LEVEL_WORDS: Record<Level, string> = {
  'c-suite': 'C-suite',
  vp: 'VP',
  head: 'Head',
  director: 'Director',
  manager: 'Manager',
  lead: 'Lead',
};

/** What the chip says about pay: the band, or its middle half where a source gives only percentiles. */
const AGAINST_SHORT: Record<Position['against'], string> = { band: 'band', 'middle-half': 'P25–P75' };

export function levelText(level: Level): string {
  return `${LEVEL_WORDS[level]} · AI`;
}

/** The bands and the gazetteer: a card's place is read as the posting's is. */
type CardData = BenchmarkData & { cities: City[] };

/** The three readings a card needs; createCardAnalyser remembers each, since many cards share them. */
interface CardSteps {
  role(title: string): RoleMatch | null;
  pay(payText: string): Pay | null;
  region(location: string | null): RegionMatch | null;
}

function directSteps(data: CardData, options: CardAnalysisOptions): CardSteps {
  const home = options.homeRegion ? data.regions.find((r) => r.id === options.homeRegion) : undefined;
  const homeMatch = home ? { id: home.id, name: home.name, evidence: 'home region (settings)' } : null;
  return {
    role: (title) => classifyTitle(title, data.roles),
    pay: (payText) => parsePay(payText),
    region: (location) =>
      regionFor(location, location ? workplaceFromText(location) : null, data.regions, data.cities) ??
      homeMatch,
  };
}

/** The badge for one card; null when the card is not an AI-leadership role. */
export function analyseCard(
  card: CardFields,
  data: CardData,
  options: CardAnalysisOptions,
  steps: CardSteps = directSteps(data, options),
): CardBadgeView | null {
  if (!card.title) return null;
  const role = steps.role(card.title);
  if (!role || !isAiLeadership(role, null, data.roles)) return null;
  const base = {
    jobId: card.jobId,
    roleId: role.id,
    roleName: data.roles.find((r) => r.id === role.id)?.name ?? role.id,
    level: role.level,
    levelText: levelText(role.level),
  };
  const pay = card.payText ? steps.pay(card.payText) : null;
  if (!pay) return { ...base, pay: null };
  const position = benchmark(
    {
      role,
      region: steps.region(card.location),
      pay,
      displayCurrency: options.displayCurrency,
      basis: options.basis,
    },
    data,
  )?.position;
  return {
    ...base,
    pay: position
      ? {
          verdict: position.verdict,
          against: position.against,
          text: `${position.verdict} ${AGAINST_SHORT[position.against]}`,
        }
      : null,
  };
}

/** Cards (and titles, pay texts, locations) remembered per analyser; the oldest is forgotten first, so an
 *  endless list cannot grow memory. */
export const CARD_CACHE_LIMIT = 2000;

/** A Map of at most `limit` entries (first in, first out): get-or-compute by key; a value `remember` turns
 *  down is returned, not kept. */
function boundedCache<V>(
  limit: number,
): (key: string, compute: () => V, remember?: (value: V) => boolean) => V {
  const cache = new Map<string, V>();
  return (key, compute, remember) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute();
    if (remember && !remember(value)) return value;
    if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
}

export interface CardAnalyser {
  (card: CardFields): CardBadgeView | null;
  /**
   * The badge of the job `jobKey` names (its job id, or its text where it has none): `read` runs only the
   * first time, unless it found no title (a card drawn empty, to be filled later), which is not remembered.
   */
  forJob(jobKey: string, read: () => CardFields): CardBadgeView | null;
  /** Cards computed (not served from the cache) so far, for tests and measurements. */
  readonly computed: number;
}

/**
 * analyseCard behind a cache keyed by job id + title + pay text + location (the location picks the band's
 * region); a new card that shares its title, pay text or location with one seen before reuses that reading.
 * The options are fixed for the analyser's life: new settings, new analyser.
 */
export function createCardAnalyser(data: CardData, options: CardAnalysisOptions): CardAnalyser {
  const direct = directSteps(data, options);
  const roles = boundedCache<RoleMatch | null>(CARD_CACHE_LIMIT);
  const pays = boundedCache<Pay | null>(CARD_CACHE_LIMIT);
  const regions = boundedCache<RegionMatch | null>(CARD_CACHE_LIMIT);
  const steps: CardSteps = {
    role: (title) => roles(title, () => direct.role(title)),
    pay: (payText) => pays(payText, () => direct.pay(payText)),
    region: (location) => regions(location ?? '', () => direct.region(location)),
  };
  const cards = boundedCache<CardBadgeView | null>(CARD_CACHE_LIMIT);
  let computed = 0;
  const analyser = (card: CardFields) =>
    cards(cardKey(card), () => {
      computed++;
      return analyseCard(card, data, options, steps);
    });
  const jobs = boundedCache<{ view: CardBadgeView | null; titled: boolean }>(CARD_CACHE_LIMIT);
  const forJob = (jobKey: string, read: () => CardFields) =>
    jobs(
      jobKey,
      () => {
        const card = read();
        return { view: analyser(card), titled: card.title !== null };
      },
      (job) => job.titled,
    ).view;
  return Object.defineProperties(Object.assign(analyser, { forJob }), {
    computed: { get: () => computed },
  }) as CardAnalyser;
}

/** What identifies a card's content: a recycled card node with a new job has a new key. */
export function cardKey(card: CardFields): string {
  return [card.jobId, card.title, card.payText, card.location].join('\u0000');
}
