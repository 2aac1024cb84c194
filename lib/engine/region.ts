// Maps a posting's location text ("San Francisco, CA", "London Area, United Kingdom", "Remote, US") to the
// most specific region in data/regions.json it can justify. Names match anywhere as whole words (longest
// first, so "new mexico" is not "mexico"); two-letter aliases are postal or country codes ("ca", "on", "uk")
// and count only in code position: a comma-separated part of their own ("Englewood Cliffs, NJ"), before a
// postcode ("Portland, OR 97239") or beside "remote" ("US Remote"), written in capitals.
import type { Region } from '../../data/schema';
import type { RegionMatch, Workplace } from './types';

interface Compiled {
  byId: Map<string, Region>;
  /** Normalised aliases longer than two characters -> region ids. */
  names: Map<string, string[]>;
  /** Two-letter codes (lower case) -> region ids. */
  codes: Map<string, string[]>;
  maxWords: number;
}

const compiledCache = new WeakMap<Region[], Compiled>();

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

interface Hit {
  id: string;
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

function hitsIn(location: string, compiled: Compiled): Hit[] {
  const hits: Hit[] = [];
  const parts = location.split(/[,()[\]•·]|\s[-–—]\s/);
  parts.forEach((part, partIndex) => {
    const words = normalise(part).split(' ');
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(compiled.maxWords, words.length - i); n >= 1; n--) {
        const ids = compiled.names.get(words.slice(i, i + n).join(' '));
        if (!ids) continue;
        for (const id of ids) hits.push({ id, order: partIndex * 1000 + i });
        matched = n;
        break;
      }
      i += matched || 1;
    }
    const code = codeOf(part.trim());
    for (const id of code ? (compiled.codes.get(code.toLowerCase()) ?? []) : []) {
      hits.push({ id, order: partIndex * 1000 + 999 });
    }
  });
  return hits;
}

/** The candidate most other hits agree with (its own hits and its parents'), then the deepest, then the latest. */
function best(hits: Hit[], regions: Region[]): Region | null {
  let winner: { region: Region; score: [number, number, number] } | null = null;
  for (const id of new Set(hits.map((h) => h.id))) {
    const chain = regionChain(id, regions);
    const region = chain[0];
    if (!region) continue;
    const ids = new Set(chain.map((r) => r.id));
    const support = hits.filter((h) => ids.has(h.id)).length;
    const latest = Math.max(...hits.filter((h) => h.id === id).map((h) => h.order));
    const score: [number, number, number] = [support, chain.length, latest];
    if (!winner || compareScores(score, winner.score) > 0) winner = { region, score };
  }
  return winner?.region ?? null;
}

function compareScores(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

const MAX_LOCATION = 1000;

/**
 * The region a posting is in. Several locations ("New York, NY; San Francisco, CA") -> the first one
 * recognised, said in the evidence. "Remote" alone (or a remote workplace with no place) -> REMOTE;
 * remote with a place ("Remote, US") -> that place. Unknown -> null. Never throws.
 */
export function regionFor(
  location: string | null,
  workplace: Workplace | null,
  regions: Region[],
): RegionMatch | null {
  if (!Array.isArray(regions)) return null;
  const compiled = compile(regions);
  const text = typeof location === 'string' ? location.slice(0, MAX_LOCATION) : '';
  const locations = text
    .split(/[;|\n]| \/ /)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  let remote = workplace === 'remote';
  for (const [index, place] of locations.entries()) {
    const hits = hitsIn(place, compiled);
    const isRemote = (h: Hit) => compiled.byId.get(h.id)?.kind === 'remote';
    if (hits.some(isRemote)) remote = true;
    const region = best(
      hits.filter((h) => !isRemote(h)),
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
