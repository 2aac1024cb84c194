// Whom the posting says the role reports to, read from its own words ("reports directly to the CEO",
// "rattaché(e) au DSI", "berichtet an die Geschäftsführung", "reportará al CTO"). The first such phrase in the
// description wins; the reader returns a code and the words it read, never a guess from the title.
import type { ReportingLine, ReportingTo } from './types';

/** Title forms (lower case; a space also matches a hyphen) and what each one is. */
const SUPERIORS: Record<ReportingTo, string[]> = {
  ceo: [
    'ceo',
    'group ceo',
    'chief executive officer',
    'chief executive',
    'founder and ceo',
    'founder & ceo',
    'co founder and ceo',
    'co founder & ceo',
    'pdg',
    'président directeur général',
    'directeur général',
    'directrice générale',
    'direction générale',
    'geschäftsführung',
    'geschäftsführer',
    'geschäftsführerin',
    'geschäftsleitung',
    'vorstandsvorsitzenden',
    'consejero delegado',
    'consejera delegada',
    'director general',
    'directora general',
    'dirección general',
  ],
  board: ['board', 'board of directors', "conseil d'administration", 'vorstand', 'consejo de administración'],
  founders: [
    'founders',
    'founder',
    'co founders',
    'cofounders',
    'fondateurs',
    'gründer',
    'gründern',
    'fundadores',
  ],
  'executive-committee': [
    'executive committee',
    'executive leadership team',
    'comex',
    'comité exécutif',
    'comité de direction',
    'comité de dirección',
  ],
  cto: [
    'cto',
    'cpto',
    'chief technology officer',
    'chief technical officer',
    'chief product and technology officer',
    'directeur technique',
    'director de tecnología',
  ],
  cio: [
    'cio',
    'chief information officer',
    'dsi',
    "directeur des systèmes d'information",
    'director de sistemas',
  ],
  coo: ['coo', 'chief operating officer', 'chief operations officer', 'director de operaciones'],
  cfo: [
    'cfo',
    'chief financial officer',
    'daf',
    'directeur financier',
    'directeur administratif et financier',
    'director financiero',
  ],
  cdo: ['cdo', 'cdao', 'chief data officer', 'chief data and analytics officer', 'chief analytics officer'],
  caio: [
    'caio',
    'chief ai officer',
    'chief artificial intelligence officer',
    'chief data and ai officer',
    'chief ai and data officer',
  ],
  'other-chief': [],
  vp: ['vp', 'svp', 'evp', 'vice president', 'senior vice president', 'executive vice president'],
  head: ['head of'],
  director: ['director', 'senior director'],
};

/** Any other "Chief … Officer" (up to three words between) is a chief too. */
const ANY_CHIEF = String.raw`chief(?:\s+[\p{L}&]+){1,3}?\s+officer`;

// Each ends with its preposition, before the title's determiner or the title.
const LEADS = [
  // English
  String.raw`report(?:s|ing)?(?:\s+(?:directly|straight))?\s+(?:in)?to`,
  String.raw`reporting\s+line\s+(?:in)?to`,
  // French
  String.raw`rattach[ée](?:e|\(e\)|·e|\.e)?s?(?:\s+directement)?\s+(?:au|aux|à)`,
  String.raw`sous\s+la\s+(?:responsabilité|direction|supervision)(?:\s+directe)?\s+(?:du|des|de)`,
  String.raw`(?:reportez|reporterez|reportant|rapportez|rapporterez|rapportant)(?:\s+directement)?\s+(?:au|aux|à)`,
  // German (verb-second; the verb-final forms are VERB_FINAL below)
  String.raw`bericht(?:e|et|est|en)(?:\s+(?:direkt|unmittelbar))?\s+an`,
  String.raw`(?:berichtslinie|reporting)(?:\s+(?:direkt|unmittelbar))?\s+(?:an|zu[mr]?)`,
  // Spanish
  String.raw`report(?:a|ar|ará|arás|arán|ando|aría)(?:\s+directamente)?\s+(?:al|a)`,
  String.raw`depend(?:e|erá|erás|iendo)(?:\s+directamente)?\s+(?:del|de)`,
  String.raw`bajo\s+la\s+(?:supervisión|dirección|responsabilidad)(?:\s+directa)?\s+(?:del|de)`,
];
/** A label and a colon: "Reporting line: CEO", "Rattachement : DSI", "Berichtslinie: CTO". */
const LABELS = String.raw`reporting(?:\s+line)?|berichtslinie|rattachement`;
const DETERMINER = String.raw`(?:(?:the|our|your|its|le|la|les|notre|den|die|dem|der|unseren|unsere|unserem|el|los|las|nuestro|nuestra|su)\s+|l['’]\s*)`;

/** "VP of Engineering", "Head of Data": the department's first word, when the title names one. */
const DEPARTMENT = String.raw`(?:(?:\s+of|(?<=\sof))\s+(?:the\s+)?[\p{L}][\p{L}\p{N}-]*)?`;
const END = String.raw`(?![\p{L}\p{N}])`;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titlePattern = (title: string) =>
  escapeRegExp(title).replace(/ /g, String.raw`[\s-]+`).replace(/'/g, "['’]");
/** How a title read from a posting is looked up: lower case, hyphens and runs of space as one space. */
const titleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/’/g, "'");

const CODES = new Map<string, ReportingTo>(
  Object.entries(SUPERIORS).flatMap(([code, titles]) => titles.map((title) => [title, code as ReportingTo])),
);
// Longest first: a regex alternation takes the first that fits, and "board of directors" must beat "board".
const TITLES = [...CODES.keys()].sort((a, b) => b.length - a.length).map(titlePattern);
const SUPERIOR = `((?:${TITLES.join('|')}|${ANY_CHIEF})${END})(${DEPARTMENT})`;

const VERB_SECOND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${LEADS.join('|')})(?:\s*:\s*|\s+)|(?:${LABELS})\s*:\s*)${DETERMINER}{0,2}${SUPERIOR}`,
  'giu',
);
// "Du wirst direkt an den CTO berichten", "Sie sind der Geschäftsführung unterstellt".
const VERB_FINAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:direkt|unmittelbar)\s+)?(?:an\s+${DETERMINER}${SUPERIOR}\s+(?:direkt\s+)?bericht(?:en|est|et)|${DETERMINER}${SUPERIOR}\s+(?:direkt\s+|unmittelbar\s+)?unterstellt)`,
  'giu',
);
/** Someone else's line: "our CFO, who reports to the CEO". */
const OTHER_SUBJECT = /(?:^|[^\p{L}])(?:who|which|whom|qui|quien|quienes)\s*$/iu;
/** "report to the board on progress" is a briefing, not a reporting line. */
const BRIEFING = /^\s+(?:on|about|regarding)(?![\p{L}])/iu;

/** Cheap first test for the 100 KB descriptions that name no reporting line. */
const ANY_LEAD = /report|rattach|responsabilit|bericht|unterstellt|depend|supervisi|direcci|reporting/i;

export function readReportingLine(description: string | null): ReportingLine | null {
  if (!description || !ANY_LEAD.test(description)) return null;
  let found: { index: number; line: ReportingLine } | null = null;
  for (const pattern of [VERB_SECOND, VERB_FINAL]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(description); match; match = pattern.exec(description)) {
      if (found && match.index >= found.index) break;
      const line = lineOf(description, match);
      if (line) {
        found = { index: match.index, line };
        break;
      }
    }
  }
  return found?.line ?? null;
}

function lineOf(description: string, match: RegExpExecArray): ReportingLine | null {
  // A title and its department are groups 1-2, or 3-4 in the verb-final pattern's second form.
  const at = match[1] === undefined ? 3 : 1;
  const title = match[at] ?? '';
  const department = match[at + 1] ?? '';
  const end = match.index + match[0].length;
  if (OTHER_SUBJECT.test(description.slice(Math.max(0, match.index - 12), match.index))) return null;
  if (BRIEFING.test(description.slice(end, end + 12))) return null;
  const to = CODES.get(titleKey(title)) ?? (/^chief\s/i.test(title) ? 'other-chief' : null);
  if (!to) return null;
  return {
    to,
    superior: `${title}${department}`.replace(/\s+/g, ' '),
    text: match[0].replace(/\s+/g, ' ').trim(),
  };
}
