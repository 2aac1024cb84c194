// Turns a job title (or any text) into comparable lower-case tokens. Role names live in data/roles.json;
// this file only knows orthography and the small, role-independent vocabulary of titles: how ranks are
// abbreviated, which words are grammar, which are qualifiers that never change the role, and the names of
// the AI field.

const MAX_INPUT = 512;

/** A set of words written as one space-separated string. */
export function wordSet(spaceSeparated: string): ReadonlySet<string> {
  return new Set(spaceSeparated.split(' '));
}

/** Words with no bearing on the role: grammar in en/de/fr/es/it/nl. */
const STOPWORDS = wordSet(
  'of the for and a an in at on with or und der die das des fur im de du la le les l d et en au aux del el los las y e con di della dell dei delle il lo gli per ed van het voor',
);

/** Qualifiers that never change which role a title names (Interim CAIO is a CAIO). "Deputy" is not one. */
const QUALIFIERS = wordSet(
  'interim fractional acting senior sr snr global worldwide international remote hybrid onsite founding associate freelance contract temporary temp new gn i ii iii iv',
);

/** Rank spellings folded onto the words the data uses, so data can say "vp of ai" once. */
const RANK_ALIASES = new Map<string, string>([
  ['svp', 'vp'],
  ['evp', 'vp'],
  ['cvp', 'vp'],
  ['vicepresident', 'vp'],
  ['vicepresidente', 'vp'],
  ['vicepresidenta', 'vp'],
  ['vizeprasident', 'vp'],
  ['vizeprasidentin', 'vp'],
  ['dir', 'director'],
  ['hd', 'head'],
  ['mgr', 'manager'],
  ['mngr', 'manager'],
  ['em', 'manager'],
  ['eng', 'engineering'],
  ['engg', 'engineering'],
  ['stellvertretender', 'deputy'],
  ['stellvertretende', 'deputy'],
  ['stellv', 'deputy'],
  ['adjoint', 'deputy'],
  ['adjointe', 'deputy'],
  ['adjunto', 'deputy'],
  ['adjunta', 'deputy'],
  // Feminine and compound forms of the same rank: Leiterin, Bereichsleiter, Directrice, Jefa.
  ['leiterin', 'leiter'],
  ['leitung', 'leiter'],
  ['bereichsleiter', 'leiter'],
  ['bereichsleiterin', 'leiter'],
  ['bereichsleitung', 'leiter'],
  ['abteilungsleiter', 'leiter'],
  ['abteilungsleiterin', 'leiter'],
  ['abteilungsleitung', 'leiter'],
  ['teamleiterin', 'teamleiter'],
  ['teamleitung', 'teamleiter'],
  ['direktorin', 'direktor'],
  ['directrice', 'directeur'],
  ['directora', 'director'],
  ['jefa', 'jefe'],
  // Italian and Dutch ranks, read as the French/Spanish/German ones the data names.
  ['direttore', 'director'],
  ['direttrice', 'director'],
  ['responsabile', 'responsable'],
  ['hoofd', 'head'],
  ['teamleider', 'teamleiter'],
  ['subdirector', 'director'],
  ['subdirectora', 'director'],
  ['sous', 'deputy'],
  // One-word spellings of ranks written in two or three words elsewhere.
  ['teamlead', 'team lead'],
  ['gruppenleiter', 'teamleiter'],
  ['gruppenleiterin', 'teamleiter'],
  ['gruppenleitung', 'teamleiter'],
  ['gpm', 'group product manager'],
  ['produktmanagement', 'produkt'],
  ['productmanagement', 'product'],
  ['prodotto', 'produit'],
  // Plurals that title forms name in the singular.
  ['products', 'product'],
  ['platforms', 'platform'],
]);

/** The token every name of the AI field folds to. */
export const AI_TOKEN = 'ai';

interface Fold {
  words: string[];
  token: string;
}

function foldsByFirstWord(folds: (readonly [string, string])[]): Map<string, Fold[]> {
  const byFirst = new Map<string, Fold[]>();
  for (const [phrase, token] of folds) {
    const words = phrase.split(' ');
    const first = words[0] as string;
    // Longest first: "large language models" before "large language model".
    const list = [...(byFirst.get(first) ?? []), { words, token }];
    byFirst.set(
      first,
      list.sort((a, b) => b.words.length - a.words.length),
    );
  }
  return byFirst;
}

/**
 * Phrases read as one token. Names of the field in every language fold to "ai": for telling an AI leader
 * from another, Head of NLP, Head of Large Language Models and Leiter Künstliche Intelligenz are all Head
 * of AI. "Data science" and "intelligence" alone are not the field (Head of Data Science, Head of
 * Intelligence). Product management is the product function (Director of Product Management, AI).
 */
const PHRASE_FOLDS = foldsByFirstWord([
  ...[
    'ai',
    'ml',
    'ki',
    'ia',
    'genai',
    'llm',
    'llms',
    'mlops',
    'llmops',
    'nlp',
    'artificial intelligence',
    'machine learning',
    'deep learning',
    'reinforcement learning',
    'computer vision',
    'generative ai',
    'gen ai',
    'large language model',
    'large language models',
    'language models',
    'natural language processing',
    'kunstliche intelligenz',
    'intelligence artificielle',
    'inteligencia artificial',
    'intelligenza artificiale',
    'kunstmatige intelligentie',
  ].map((phrase) => [phrase, AI_TOKEN] as const),
  ['product management', 'product'],
]);

/** The folded phrase starting at words[i], if any. */
function foldAt(words: readonly string[], i: number): Fold | undefined {
  return PHRASE_FOLDS.get(words[i] as string)?.find((fold) => fold.words.every((w, k) => words[i + k] === w));
}

const VICE_PRESIDENT_TAIL = new Set(['president', 'presidente', 'presidenta', 'presidents']);

const HAS_NON_ASCII = /[^ -~]/;
const COMBINING_MARKS = /\p{M}+/gu;
/** Zero-width spaces and joiners, soft hyphens, BOM and direction marks: invisible, so not word breaks. */
const FORMAT_CHARACTERS = /\p{Cf}+/gu;
// "Leiter:in", "Leiter*in", "Leiter_in", "Leiter/-in", "Leiter(in)"; "directeur(trice)", "directeur·rice".
const GENDER_SUFFIX =
  /([a-z])(?:[:*_]in\b|\/-?in\b|\(in\)|\((?:e|trice|rice|ice)\)|[·./](?:e|trice|rice|ice)\b)/g;
// "(m/w/d)", "(h/f)", "(f/m/x)", "(all genders)", and the bare "m/w/d".
const GENDER_TAG =
  /\((?:[mwfhdxn]\s*[/|,]\s*)+[mwfhdxn]\)|\((?:all genders|gn|d)\)|\b[mwfhdx](?:\s*\/\s*[mwfhdx]){1,2}\b/g;
// A.I., V.P., C.T.O., a.i (dots between single letters).
const DOTTED = /\b(?:[a-z]\.){1,}[a-z]\b\.?/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;
// An acronym in brackets after the words it abbreviates says nothing new: "Information Assurance (IA)",
// "Chief Diversity Officer (CDO)". Dropping it keeps it from being read as another title's abbreviation.
const BRACKETED_ACRONYM = /\(([a-z]{2,6})\)/g;
const WORD = /[\p{L}\p{N}]+/gu;

function dropRestatedAcronyms(s: string): string {
  return s.replace(BRACKETED_ACRONYM, (whole, acronym: string, offset: number) => {
    const before = s.slice(Math.max(0, offset - 80), offset).match(WORD) ?? [];
    const initials = before
      .slice(-acronym.length)
      .map((w) => w[0])
      .join('');
    return initials === acronym ? ' ' : whole;
  });
}

/** Lower case, accents off, gender tags and dotted abbreviations folded, punctuation to spaces. */
function normaliseText(text: string): string {
  let s = typeof text === 'string' ? text : '';
  s = s.toLowerCase();
  if (HAS_NON_ASCII.test(s)) {
    s = s.normalize('NFKD').replace(COMBINING_MARKS, '').replace(FORMAT_CHARACTERS, '').replace(/ß/g, 'ss');
  }
  s = s.replace(GENDER_SUFFIX, '$1').replace(GENDER_TAG, ' ');
  s = s.replace(DOTTED, (m) => m.replace(/\./g, ''));
  if (s.includes('(')) s = dropRestatedAcronyms(s);
  return s;
}

/** Words of a text after normaliseText, with nothing dropped (for counting). */
export function textWords(text: string): string[] {
  return normaliseText(text)
    .split(NON_WORD)
    .filter((w) => w.length > 0);
}

/**
 * The tokens the classifier compares: ranks folded, the AI field folded to "ai" (once for "AI/ML"),
 * grammar and qualifiers dropped. Never throws.
 */
export function titleTokens(title: string, maxChars = MAX_INPUT): string[] {
  const words = textWords(typeof title === 'string' ? title.slice(0, maxChars) : '');
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === 'vice' && VICE_PRESIDENT_TAIL.has(words[i + 1] ?? '')) {
      // "Senior/Executive Vice President" is still a VP.
      if (tokens[tokens.length - 1] === 'executive') tokens.pop();
      tokens.push('vp');
      i++;
      continue;
    }
    const fold = foldAt(words, i);
    if (fold) {
      // "AI/ML" and "AI & Machine Learning" name the field once.
      if (fold.token !== AI_TOKEN || tokens[tokens.length - 1] !== AI_TOKEN) tokens.push(fold.token);
      i += fold.words.length - 1;
      continue;
    }
    const alias = RANK_ALIASES.get(word) ?? word;
    for (const token of alias.split(' ')) {
      if (STOPWORDS.has(token) || QUALIFIERS.has(token)) continue;
      // French and Spanish put "deputy" after the rank (Directeur adjoint IA): move it in front.
      if (token === 'deputy' && tokens.length > 0) tokens.splice(tokens.length - 1, 0, token);
      else tokens.push(token);
    }
  }
  return tokens;
}
