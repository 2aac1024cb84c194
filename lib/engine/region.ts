// Maps a posting's location text ("San Francisco, CA", "London Area, United Kingdom", "Remote, US") to the
// most specific region in data/regions.json it can justify. Names match anywhere as whole words (longest
// first, so "new mexico" is not "mexico"): the regions' own names and, given the gazetteer
// (data/cities.json), the cities it lists. Two-letter aliases are postal or country codes ("ca", "on", "uk")
// and count only in code position: a comma-separated part of their own ("Englewood Cliffs, NJ"), before a
// postcode ("Portland, OR 97239") or beside "remote" ("US Remote"), written in capitals. A code is also read
// as the ISO 3166 country it may be, so a named city decides between them: "Berlin, DE" is Germany,
// "Wilmington, DE" Delaware; with nothing named, the state or province stands ("Dover, DE").
import type { City, Region } from '../../data/schema';
import type { RegionMatch, Workplace } from './types';

interface Compiled {
  byId: Map<string, Region>;
  /** Normalised aliases longer than two characters -> region ids. */
  names: Map<string, string[]>;
  /** Two-letter codes (lower case) -> region ids. */
  codes: Map<string, string[]>;
  maxWords: number;
}

/** The gazetteer read against the regions: normalised city name -> where each city of that name is. */
interface CompiledCities {
  /** Region ids, largest city first; a country with no region stands as its bare ISO code. */
  names: Map<string, string[]>;
  /** Every country the gazetteer names: the codes a two-letter part may mean. */
  countries: Set<string>;
  maxWords: number;
}

const NO_CITIES: CompiledCities = { names: new Map(), countries: new Set(), maxWords: 1 };

const compiledCache = new WeakMap<Region[], Compiled>();
const citiesCache = new WeakMap<Region[], WeakMap<City[], CompiledCities>>();

const LETTER_FOLDS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  đ: 'd',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};

/** Lower case, accents and punctuation dropped: "Île-de-France" -> "ile de france", "Kraków" -> "krakow". */
function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøæßđœıþ]/g, (c) => LETTER_FOLDS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function compile(regions: Region[]): Compiled {
  const cached = compiledCache.get(regions);
  if (cached) return cached;
  const byId = new Map<string, Region>();
  const names = new Map<string, string[]>();
  const codes = new Map<string, string[]>();
  let maxWords = 1;
  const put = (map: Map<string, string[]>, key: string, id: string) => {
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    map.set(key, ids);
  };
  for (const region of regions) {
    byId.set(region.id, region);
    for (const alias of [region.name, ...region.aliases]) {
      const key = normalise(alias);
      if (key.length === 0) continue;
      if (key.length <= 2) {
        put(codes, key, region.id);
      } else {
        put(names, key, region.id);
        maxWords = Math.max(maxWords, key.split(' ').length);
      }
    }
  }
  const compiled = { byId, names, codes, maxWords };
  compiledCache.set(regions, compiled);
  return compiled;
}

function compileCities(cities: City[], regions: Region[]): CompiledCities {
  if (!Array.isArray(cities) || cities.length === 0) return NO_CITIES;
  const forRegions = citiesCache.get(regions) ?? new WeakMap<City[], CompiledCities>();
  citiesCache.set(regions, forRegions);
  const cached = forRegions.get(cities);
  if (cached) return cached;
  const { byId } = compile(regions);
  const children = new Map<string, Region[]>();
  for (const region of regions) {
    if (region.parent !== null) children.set(region.parent, [...(children.get(region.parent) ?? []), region]);
  }
  const names = new Map<string, string[]>();
  const countries = new Set<string>();
  let maxWords = 1;
  for (const [name, alternates, country, subdivision] of cities) {
    countries.add(country);
    const keys = [name, ...alternates].map(normalise).filter((key) => key.length > 2);
    const state =
      subdivision !== null && byId.has(`${country}-${subdivision}`) ? `${country}-${subdivision}` : country;
    // A city with a region of its own (New York City, Cleveland) is that region, found by its name.
    const own = (children.get(state) ?? []).find((child) =>
      [child.name, ...child.aliases].some((alias) => keys.includes(normalise(alias))),
    );
    const id = own?.id ?? state;
    for (const key of keys) {
      const ids = names.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      names.set(key, ids);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  const compiled = { names, countries, maxWords };
  forRegions.set(cities, compiled);
  return compiled;
}

/** The region and its parents, most specific first (US-CA, US). Unknown id -> []. */
export function regionChain(id: string, regions: Region[]): Region[] {
  const { byId } = compile(regions);
  const chain: Region[] = [];
  let at: string | null = id;
  while (at !== null && chain.length < 8) {
    const region = byId.get(at);
    if (!region || chain.includes(region)) break;
    chain.push(region);
    at = region.parent;
  }
  return chain;
}

/** One name or code in the text and every place it may mean. */
interface Span {
  /** Region ids (or a bare ISO code for a country with no region), with how far-fetched each reading is:
   *  0 for a region's own alias, more for a gazetteer city (smaller cities further) or a code read as ISO. */
  readings: Map<string, number>;
  /** Order of appearance: later parts of "City, State, Country" name the broader, surer place. */
  order: number;
}

const CODE = /^[A-Z]{2}$/;
const POSTCODE = /^\d[\d-]*$/;

/** The two-letter code a part is written in code position, if any. */
function codeOf(part: string): string | null {
  const words = part.split(/\s+/).filter((w) => w.length > 0);
  const [first, second] = words;
  if (first === undefined) return null;
  if (words.length === 1) return CODE.test(first) ? first : null;
  if (words.length === 2 && second !== undefined) {
    if (CODE.test(first) && second.toLowerCase() === 'remote') return first;
    if (first.toLowerCase() === 'remote' && CODE.test(second)) return second;
  }
  const last = words[words.length - 1] as string;
  const beforeLast = words[words.length - 2] as string;
  return POSTCODE.test(last) && CODE.test(beforeLast) ? beforeLast : null;
}

function read(ids: readonly string[], from: number, into: Map<string, number>): void {
  ids.forEach((id, index) => {
    const rank = from + index;
    if ((into.get(id) ?? Number.POSITIVE_INFINITY) > rank) into.set(id, rank);
  });
}

/** The ids from the region up to the top; a bare ISO code (a country with no region) is its own chain. */
function chainIds(id: string, compiled: Compiled, regions: Region[]): string[] {
  return compiled.byId.has(id) ? regionChain(id, regions).map((r) => r.id) : [id];
}

function spansIn(location: string, compiled: Compiled, cities: CompiledCities, regions: Region[]): Span[] {
  const spans: Span[] = [];
  const maxWords = Math.max(compiled.maxWords, cities.maxWords);
  const parts = location.split(/[,()[\]•·]|\s[-–—]\s/);
  parts.forEach((part, partIndex) => {
    const words = normalise(part).split(' ');
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
        const key = words.slice(i, i + n).join(' ');
        const aliasIds = compiled.names.get(key);
        const cityIds = cities.names.get(key);
        if (!aliasIds && !cityIds) continue;
        const readings = new Map<string, number>();
        read(aliasIds ?? [], 0, readings);
        read(cityIds ?? [], 1, readings);
        // "Albany, New York": after the first part a name is the broad place it names (the state), not a
        // place inside it (the city of the same name).
        if (partIndex > 0) {
          for (const id of [...readings.keys()]) {
            const above = chainIds(id, compiled, regions).slice(1);
            if (above.some((ancestor) => readings.has(ancestor))) readings.delete(id);
          }
        }
        spans.push({ readings, order: partIndex * 1000 + i });
        matched = n;
        break;
      }
      i += matched || 1;
    }
    const code = codeOf(part.trim());
    if (code) {
      const readings = new Map<string, number>();
      read(compiled.codes.get(code.toLowerCase()) ?? [], 0, readings);
      const isCountry = compiled.byId.get(code)?.kind === 'country' || cities.countries.has(code);
      if (isCountry) read([code], 1, readings);
      if (readings.size > 0) spans.push({ readings, order: partIndex * 1000 + 999 });
    }
  });
  return spans;
}

interface Candidate {
  id: string;
  chain: string[];
  /** How many spans it agrees with: its own readings and its parents'. */
  support: number;
  /** Its least far-fetched reading, negated: higher is closer. */
  closeness: number;
  /** Its latest span. */
  latest: number;
}

/**
 * Which of the places the spans may mean: the one most spans agree with, then the least far-fetched (a
 * region's own name over a gazetteer city, a postal code over an ISO reading), then the latest ("Paris, TX"
 * is Texas); then whatever sits inside it with the same support, the deepest ("New York, NY" is the city).
 * A bare ISO code can win ("Lagos, NG"): the place is known and has no region, so null.
 */
function best(spans: Span[], compiled: Compiled, regions: Region[]): Region | null {
  const candidates: Candidate[] = [...new Set(spans.flatMap((span) => [...span.readings.keys()]))].map(
    (id) => {
      const chain = chainIds(id, compiled, regions);
      const own = spans.filter((span) => span.readings.has(id));
      return {
        id,
        chain,
        support: spans.filter((span) => chain.some((at) => span.readings.has(at))).length,
        closeness: -Math.min(...own.map((span) => span.readings.get(id) ?? Number.POSITIVE_INFINITY)),
        latest: Math.max(...own.map((span) => span.order)),
      };
    },
  );
  const first = top(candidates, (c) => [c.support, c.closeness, c.latest]);
  if (!first) return null;
  const inside = candidates.filter((c) => c.support === first.support && c.chain.includes(first.id));
  const winner = top(inside, (c) => [c.chain.length, c.closeness]) ?? first;
  return compiled.byId.get(winner.id) ?? null;
}

/** The first candidate with the highest score, compared figure by figure. */
function top(candidates: Candidate[], score: (c: Candidate) => number[]): Candidate | undefined {
  let winner: { candidate: Candidate; score: number[] } | undefined;
  for (const candidate of candidates) {
    const s = score(candidate);
    const diff = winner ? (s.map((v, i) => v - (winner?.score[i] ?? 0)).find((d) => d !== 0) ?? 0) : 1;
    if (diff > 0) winner = { candidate, score: s };
  }
  return winner?.candidate;
}

const MAX_LOCATION = 1000;

/**
 * The region a posting is in. Several locations ("New York, NY; San Francisco, CA") -> the first one
 * recognised, said in the evidence. "Remote" alone (or a remote workplace with no place) -> REMOTE;
 * remote with a place ("Remote, US") -> that place. Unknown -> null. Never throws. `cities` (the
 * gazetteer) adds the cities it lists to the regions' own names.
 */
export function regionFor(
  location: string | null,
  workplace: Workplace | null,
  regions: Region[],
  cities: City[] = [],
): RegionMatch | null {
  if (!Array.isArray(regions)) return null;
  const compiled = compile(regions);
  const gazetteer = compileCities(cities, regions);
  const text = typeof location === 'string' ? location.slice(0, MAX_LOCATION) : '';
  const locations = text
    .split(/[;|\n]| \/ /)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  let remote = workplace === 'remote';
  for (const [index, place] of locations.entries()) {
    const spans = spansIn(place, compiled, gazetteer, regions);
    const isRemote = (id: string) => compiled.byId.get(id)?.kind === 'remote';
    if (spans.some((span) => [...span.readings.keys()].some(isRemote))) remote = true;
    const region = best(
      spans.filter((span) => ![...span.readings.keys()].some(isRemote)),
      compiled,
      regions,
    );
    if (!region) continue;
    const which = locations.length > 1 ? ` (location ${index + 1} of ${locations.length})` : '';
    const evidence = remote
      ? `remote, ${region.name} (location: ${place}${which})`
      : `location: ${place}${which}`;
    return { id: region.id, name: region.name, evidence };
  }
  if (!remote) return null;
  const remoteRegion = regions.find((r) => r.kind === 'remote');
  if (!remoteRegion) return null;
  const said = locations.length > 0 ? `location: ${locations[0]}` : 'workplace: remote';
  return { id: remoteRegion.id, name: remoteRegion.name, evidence: `remote, no country stated (${said})` };
}
