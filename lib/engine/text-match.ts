// Whole-word phrase matching for skills and recruiter flags: text and phrases are cut into the same
// normalised words, so "ai act" can never match inside "paid action" and "ray" never inside "array".
//
// Normalisation (applied identically to text and phrases, so it only has to be consistent, not correct):
// - case-insensitive; letters and digits make words; "+" and "#" stay on a word ("c++", "c#");
// - other punctuation separates words: "ISO/IEC 42001:2023" -> iso iec 42001 2023, "fine-tuning" -> fine tuning;
// - a possessive "'s" is dropped ("EU's AI Act" -> eu ai act);
// - a light plural fold: "llms" -> llm, "policies" -> policy, "processes" -> process;
// - a multi-word phrase also matches its words written as one ("fine-tuning" matches "finetuning", "ML-Ops"
//   matches "MLOps"), so data should write compounds with a hyphen or space.
// A phrase never spans a sentence or list break (newline, "; ! ? ( ) [ ] |", a bullet, or ". , :" before a
// space), so "using AI. Act now" is not "ai act".
//
// Matching is context-free: a phrase that is also an everyday word or a first name ("ray", "spark", "go",
// "r") matches wherever that word appears ("Ray Smith"). Such tools belong in the data in qualified forms
// ("ray serve", "apache spark", "golang"); the matcher does not guess from context.
//
// Speed: the text is scanned once into word spans (typed arrays: Array#push cost ~70 ns a word here), and
// each word is walked through a character trie of the phrases' words, so no string is made per word.
// 100 KB of English against ~60 phrases takes ~0.7 ms at best on the 2-core dev machine.

/** A text as the sequence of its words, each reduced to a vocabulary id (-1: not in any phrase). */
export interface ScannedText {
  /** How many words: the arrays may be longer, and only their first `length` entries count. */
  length: number;
  ids: Int32Array;
  /** breakBefore[i] is 1 when a sentence or list break separates word i - 1 and word i. */
  breakBefore: Uint8Array;
}

export interface PhraseHit<K> {
  key: K;
  /** The phrase as written in the data. */
  phrase: string;
  /** Index of the hit's first word and how many words it covers. */
  start: number;
  length: number;
}

export interface PhraseMatcher<K> {
  scan(text: string): ScannedText;
  /** The longest phrase starting at word i, or null. */
  matchAt(scanned: ScannedText, i: number): PhraseHit<K> | null;
  /** The first hit for each key, in document order. */
  firstHits(scanned: ScannedText): Map<K, PhraseHit<K>>;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const CODE = { s: 115, y: 121, i: 105, e: 101, plus: 43, hash: 35 } as const;

/**
 * The lower-case form of one UTF-16 unit. Lower-casing per character, not the whole text, because V8's
 * String#toLowerCase takes over a millisecond on 100 KB of text that holds one curly quote.
 */
function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/**
 * A text's UTF-16 units, copied once. The scan reads only this array: V8 code that reads strings of both
 * representations (Latin-1 and two-byte; descriptions come as both) ran ~2.5x slower after deoptimising.
 */
function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** The lower-cased unit at `at`, 0 past the end. */
function codeAt(units: Uint16Array, at: number): number {
  return lowerCode(units[at] ?? 0);
}

// What each character does to the word scan, read from a table for ASCII.
const OTHER = 0;
const WORD = 1;
/** Always ends a phrase: \n \r ; ! ? ( ) [ ] | and the bullet. */
const BREAK = 2;
/** . , : end a phrase only before a space, so "node.js", "200,000" and "42001:2023" hold together. */
const BREAK_BEFORE_SPACE = 3;
const SPACE = 4;
const APOSTROPHE = 5;
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  if (/[a-zA-Z0-9]/.test(ch)) ASCII_CLASS[code] = WORD;
  else if (/[\n\r;!?()[\]|]/.test(ch)) ASCII_CLASS[code] = BREAK;
  else if (/[.,:]/.test(ch)) ASCII_CLASS[code] = BREAK_BEFORE_SPACE;
  else if (/[ \t]/.test(ch)) ASCII_CLASS[code] = SPACE;
  else if (ch === "'") ASCII_CLASS[code] = APOSTROPHE;
}

function classAt(units: Uint16Array, at: number): number {
  const code = units[at];
  if (code === undefined) return OTHER;
  if (code < 128) return ASCII_CLASS[code] ?? OTHER;
  if (code === 0x2022) return BREAK;
  if (code === 0x2019) return APOSTROPHE;
  if (code === 0xa0) return SPACE;
  return NON_ASCII_WORD.test(String.fromCharCode(code)) ? WORD : OTHER;
}

/** Where each word of a text starts and ends, and whether a break precedes it. */
interface WordSpans {
  length: number;
  starts: Int32Array;
  ends: Int32Array;
  breakBefore: Uint8Array;
}

/** The one tokeniser: phrases and texts both go through it. */
function scanWords(units: Uint16Array): WordSpans {
  const n = units.length;
  // Words are separated by at least one character, so there are at most ceil(n / 2).
  const capacity = Math.ceil(n / 2);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const breakBefore = new Uint8Array(capacity);
  let length = 0;
  let i = 0;
  let pendingBreak = 0;
  while (i < n) {
    const cls = classAt(units, i);
    if (cls === WORD) {
      starts[length] = i;
      while (i < n && classAt(units, i) === WORD) i++;
      while (i < n && (units[i] === CODE.plus || units[i] === CODE.hash)) i++;
      ends[length] = i;
      breakBefore[length] = pendingBreak;
      length++;
      pendingBreak = 0;
      continue;
    }
    if (
      cls === APOSTROPHE &&
      length > 0 &&
      codeAt(units, i + 1) === CODE.s &&
      classAt(units, i + 2) !== WORD
    ) {
      i += 2; // a possessive 's
      continue;
    }
    if (cls === BREAK || (cls === BREAK_BEFORE_SPACE && (i + 1 >= n || classAt(units, i + 1) === SPACE))) {
      pendingBreak = 1;
    }
    i++;
  }
  return { length, starts, ends, breakBefore };
}

// How a word's plural is folded, as a number so the hot loop allocates nothing.
const KEEP = 0;
const DROP_S = 1; // llms -> llm
const DROP_ES = 2; // processes -> process
const IES_TO_Y = 3; // policies -> policy

function foldOf(units: Uint16Array, start: number, end: number): number {
  const n = end - start;
  if (n < 4 || codeAt(units, end - 1) !== CODE.s) return KEEP;
  const c2 = codeAt(units, end - 2);
  const c3 = codeAt(units, end - 3);
  if (n >= 5 && c2 === CODE.e && c3 === CODE.i) return IES_TO_Y;
  if (c2 === CODE.s) return KEEP; // class
  if (c2 === CODE.e && c3 === CODE.s && codeAt(units, end - 4) === CODE.s) return DROP_ES;
  return DROP_S;
}

/** How many final letters a fold removes (IES_TO_Y then adds a "y"). */
function droppedBy(fold: number): number {
  return fold === IES_TO_Y ? 3 : fold;
}

/** The folded words of a text, as strings. */
export function words(text: string): string[] {
  const units = unitsOf(text);
  const spans = scanWords(units);
  const out: string[] = [];
  for (let k = 0; k < spans.length; k++) {
    const start = spans.starts[k] ?? 0;
    const end = spans.ends[k] ?? 0;
    const fold = foldOf(units, start, end);
    out.push(text.slice(start, end - droppedBy(fold)).toLowerCase() + (fold === IES_TO_Y ? 'y' : ''));
  }
  return out;
}

// Trie edges for the characters words are mostly made of sit in a flat table; any other in a map.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789+#';
const SYMBOL = new Int8Array(128).fill(-1);
for (let k = 0; k < ALPHABET.length; k++) SYMBOL[ALPHABET.charCodeAt(k)] = k;

function symbolOf(code: number): number {
  return code < 128 ? (SYMBOL[code] ?? -1) : -1;
}

/**
 * A character trie of a vocabulary (each word's id is its index). Node 0 is the root; 0 as an edge's
 * target means "no edge".
 */
class WordTrie {
  private readonly table: Int32Array;
  private readonly otherEdges = new Map<number, number>();
  private readonly ids: Int32Array;

  constructor(vocabulary: readonly string[]) {
    const edges = new Map<number, number>(); // node * 0x10000 + code -> node
    const wordAt: number[] = [-1];
    vocabulary.forEach((word, id) => {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const key = node * 0x10000 + word.charCodeAt(k);
        let next = edges.get(key);
        if (next === undefined) {
          next = wordAt.length;
          wordAt.push(-1);
          edges.set(key, next);
        }
        node = next;
      }
      wordAt[node] = id;
    });
    this.ids = Int32Array.from(wordAt);
    this.table = new Int32Array(wordAt.length * ALPHABET.length);
    for (const [key, next] of edges) {
      const node = Math.floor(key / 0x10000);
      const symbol = symbolOf(key % 0x10000);
      if (symbol >= 0) this.table[node * ALPHABET.length + symbol] = next;
      else this.otherEdges.set(key, next);
    }
  }

  private edge(node: number, code: number): number {
    const symbol = symbolOf(code);
    if (symbol >= 0) return this.table[node * ALPHABET.length + symbol] ?? 0;
    return this.otherEdges.get(node * 0x10000 + code) ?? 0;
  }

  /** The id of units[start, end) folded, or -1; walks the trie without making a string. */
  lookup(units: Uint16Array, start: number, end: number): number {
    const fold = foldOf(units, start, end);
    let node = 0;
    for (let k = start, stop = end - droppedBy(fold); k < stop; k++) {
      node = this.edge(node, codeAt(units, k));
      if (node === 0) return -1;
    }
    if (fold === IES_TO_Y) {
      node = this.edge(node, CODE.y);
      if (node === 0) return -1;
    }
    return this.ids[node] ?? -1;
  }
}

interface CompiledPhrase<K> {
  key: K;
  phrase: string;
  /** Word ids after the first. */
  rest: number[];
}

export function compilePhrases<K>(
  entries: readonly { key: K; phrases: readonly string[] }[],
): PhraseMatcher<K> {
  const vocabulary = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = vocabulary.get(word);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(word, id);
    }
    return id;
  };
  const byFirst = new Map<number, CompiledPhrase<K>[]>();
  const add = (phraseWords: string[], key: K, phrase: string) => {
    const [first, ...rest] = phraseWords.map(idOf);
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    list.push({ key, phrase, rest });
    byFirst.set(first, list);
  };
  for (const { key, phrases } of entries) {
    for (const phrase of phrases) {
      const phraseWords = words(phrase);
      add(phraseWords, key, phrase);
      if (phraseWords.length > 1) add(words(phraseWords.join('')), key, phrase);
    }
  }
  // Longest first, so "eu ai act" wins over "ai" at the same place.
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  const trie = new WordTrie([...vocabulary.keys()]);

  const hitAt = (candidate: CompiledPhrase<K>, i: number): PhraseHit<K> => ({
    key: candidate.key,
    phrase: candidate.phrase,
    start: i,
    length: candidate.rest.length + 1,
  });

  return {
    scan(text) {
      const units = unitsOf(text);
      const { length, starts, ends, breakBefore } = scanWords(units);
      const ids = new Int32Array(length);
      for (let k = 0; k < length; k++) ids[k] = trie.lookup(units, starts[k] ?? 0, ends[k] ?? 0);
      return { length, ids, breakBefore };
    },
    matchAt(scanned, i) {
      if (i >= scanned.length) return null;
      const candidate = byFirst.get(scanned.ids[i] ?? -1)?.find((c) => restMatches(scanned, i, c.rest));
      return candidate ? hitAt(candidate, i) : null;
    },
    firstHits(scanned) {
      const hits = new Map<K, PhraseHit<K>>();
      for (let i = 0; i < scanned.length; i++) {
        const id = scanned.ids[i] ?? -1;
        if (id < 0) continue; // most words are in no phrase
        const candidates = byFirst.get(id);
        if (!candidates) continue;
        for (const candidate of candidates) {
          if (!hits.has(candidate.key) && restMatches(scanned, i, candidate.rest)) {
            hits.set(candidate.key, hitAt(candidate, i));
          }
        }
      }
      return hits;
    },
  };
}

function restMatches(scanned: ScannedText, i: number, rest: readonly number[]): boolean {
  for (let j = 0; j < rest.length; j++) {
    const at = i + 1 + j;
    if (at >= scanned.length || scanned.ids[at] !== rest[j] || scanned.breakBefore[at] === 1) return false;
  }
  return true;
}
