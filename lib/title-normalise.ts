// Turns a job title (or any text) into comparable lower-case tokens. Role names live in data/roles.json;
// this file only knows orthography and the small, role-independent vocabulary of titles: how ranks are
// abbreviated, which words are grammar, which are qualifiers that never change the role.

const MAX_INPUT = 512;

/** A set of words written as one space-separated string. */
export function wordSet(spaceSeparated: string): ReadonlySet<string> {
  return new Set(spaceSeparated.split(' '));
}

/** Words with no bearing on the role: grammar in en/de/fr/es. */
const STOPWORDS = wordSet(
  'of the for and a an in at on with or und der die das des fur im de du la le les l d et en au aux del el los las y e con',
);

/** Qualifiers that never change which role a title names (Interim CAIO is a CAIO). "Deputy" is not one. */
const QUALIFIERS = wordSet(
  'interim fractional acting senior sr snr global worldwide international remote hybrid onsite founding associate freelance contract temporary temp new gn i ii iii iv',
);

/** Rank spellings folded onto one token, so data can say "vp of ai" once. */
const RANK_ALIASES = new Map<string, string>([
  ['svp', 'vp'],
  ['evp', 'vp'],
  ['vicepresident', 'vp'],
  ['vicepresidente', 'vp'],
  ['vicepresidenta', 'vp'],
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
  ['subdirector', 'director'],
  ['subdirectora', 'director'],
  ['sous', 'deputy'],
  // Plurals that title forms name in the singular.
  ['products', 'product'],
  ['platforms', 'platform'],
  ['llms', 'llm'],
  ['models', 'model'],
]);

const VICE_PRESIDENT_TAIL = new Set(['president', 'presidente', 'presidenta', 'presidents']);

const HAS_NON_ASCII = /[^ -~]/;
const COMBINING_MARKS = /\p{M}+/gu;
// "Leiter:in", "Leiter*in", "Leiter_in", "Leiter/-in", "Leiter(in)"; "directeur(trice)", "directeur·rice".
const GENDER_SUFFIX =
  /([a-z])(?:[:*_]in\b|\/-?in\b|\(in\)|\((?:e|trice|rice|ice)\)|[·./](?:e|trice|rice|ice)\b)/g;
// "(m/w/d)", "(h/f)", "(f/m/x)", "(all genders)", and the bare "m/w/d".
const GENDER_TAG =
  /\((?:[mwfhdxn]\s*[/|,]\s*)+[mwfhdxn]\)|\((?:all genders|gn|d)\)|\b[mwfhdx](?:\s*\/\s*[mwfhdx]){1,2}\b/g;
// A.I., V.P., C.T.O., a.i (dots between single letters).
const DOTTED = /\b(?:[a-z]\.){1,}[a-z]\b\.?/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Lower case, accents off, gender tags and dotted abbreviations folded, punctuation to spaces. */
function normaliseText(text: string): string {
  let s = typeof text === 'string' ? text : '';
  s = s.toLowerCase();
  if (HAS_NON_ASCII.test(s)) s = s.normalize('NFKD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss');
  s = s.replace(GENDER_SUFFIX, '$1').replace(GENDER_TAG, ' ');
  s = s.replace(DOTTED, (m) => m.replace(/\./g, ''));
  return s;
}

/** Words of a text after normaliseText, with nothing dropped (for counting). */
export function textWords(text: string): string[] {
  return normaliseText(text)
    .split(NON_WORD)
    .filter((w) => w.length > 0);
}

/** The tokens the classifier compares: ranks folded, grammar and qualifiers dropped. Never throws. */
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
    const token = RANK_ALIASES.get(word) ?? word;
    if (STOPWORDS.has(token) || QUALIFIERS.has(token)) continue;
    // French and Spanish put "deputy" after the rank (Directeur adjoint IA): move it in front.
    if (token === 'deputy' && tokens.length > 0) tokens.splice(tokens.length - 1, 0, token);
    else tokens.push(token);
  }
  return tokens;
}
