// The CLI's JSON shape: the Analysis flattened to what a reader of one posting wants, with the way each
// field was read under `sources` and each check under `flags`: their codes and figures, words beside them.
import type { Analysis, Field, Flag, Pay, Posting } from './types';

/** The posted pay's figures as stated and annualised, without the text they were read from. */
export function payFigures(pay: Pay) {
  const { min, max, currency, period, annualMin, annualMax } = pay;
  return { min, max, currency, period, annualMin, annualMax };
}

const POSTING_FIELDS = ['title', 'company', 'location', 'workplace', 'payText', 'description'] as const;

/** The words for checks and field sources (the engine gives codes only): the caller picks the language. */
export interface ReportWords {
  check(flag: Flag): string;
  source(source: FieldSource): string;
}

export function analysisReport(analysis: Analysis, words: ReportWords) {
  const { posting, pay, role } = analysis;
  return {
    site: analysis.site,
    posting: {
      title: posting.title.value,
      company: posting.company.value,
      location: posting.location.value,
      workplace: posting.workplace.value,
      salary: pay ? payFigures(pay) : null,
      description: posting.description.value,
    },
    role: role ? { id: role.id, confidence: role.confidence, evidence: role.evidence } : null,
    aiLeadership: analysis.aiLeadership,
    region: analysis.region,
    benchmark: analysis.benchmark,
    skills: analysis.skills,
    flags: analysis.flags.map((flag) => ({ ...flag, message: words.check(flag) })),
    sources: Object.fromEntries(
      Object.entries(fieldSources(posting)).map(([name, source]) => [
        name,
        { ...source, message: words.source(source) },
      ]),
    ),
  };
}

/** How a posting field was read, or why it could not be, as a code with the page's own tokens. */
export type FieldSource =
  /** schema.org JobPosting data, at these properties ("jobLocation.address"). */
  | { code: 'schema'; format: 'json-ld' | 'microdata'; properties: string[] }
  /** A site selector (an attribute read instead of the text; under a heading matching `label`), last seen
   *  working in the month `seen`. */
  | { code: 'selector'; selector: string; attribute: string | null; label: string | null; seen: string }
  /** Page reading: the page's main heading. */
  | { code: 'main-heading' }
  /** Page reading: the value next to this label, nearest the main heading. */
  | { code: 'page-label'; label: string }
  /** Page reading: an element whose class, id or data attribute holds this word, nearest the main heading. */
  | { code: 'page-mark'; mark: string }
  /** Last resort: the largest text block under this "About the job"-style heading. */
  | { code: 'about-heading'; heading: string }
  /** Workplace, from the words of the location read. */
  | { code: 'location-text'; location: string }
  /** Last resort: the sentence of the description that states pay. */
  | { code: 'pay-sentence' }
  /** Not found: with or without a schema.org JobPosting on the page; `selectors` the site's that missed (0:
   *  the site's pages have no such element), null when the page was read as a person reads it. */
  | { code: 'not-found'; jobPosting: boolean; selectors: number | null }
  /** Reading the field threw. */
  | { code: 'read-failed'; error: string }
  /** A description no code above fits, as the reader gave it. */
  | { code: 'other'; text: string };

export type PostingFieldName = (typeof POSTING_FIELDS)[number];

// The readers (extract.ts, jsonld.ts, sites/page-reading.ts) describe each field in a sentence; these patterns
// turn those sentences back into codes (tests/unit/field-sources.test.ts holds every reader to them).
const SOURCE_PATTERNS: [RegExp, (groups: string[]) => FieldSource][] = [
  [
    /^(json-ld|microdata) JobPosting\.(.+)$/s,
    ([, format, properties = '']) => ({
      code: 'schema',
      format: format === 'microdata' ? 'microdata' : 'json-ld',
      properties: properties.split(' and '),
    }),
  ],
  [
    /^selector (.+?)(?: @(\S+))?(?: labelled (\/.+\/[a-z]*))? \(seen ([^)]+)\)$/s,
    ([, selector = '', attribute, label, seen = '']) => ({
      code: 'selector',
      selector,
      attribute: attribute ?? null,
      label: label ?? null,
      seen,
    }),
  ],
  [/^the main heading <h1> \(page reading\)$/, () => ({ code: 'main-heading' })],
  [
    /^the value labelled "(.*)", nearest the main heading \(page reading\)$/s,
    ([, label = '']) => ({ code: 'page-label', label }),
  ],
  [
    /^the element marked "(.*)", nearest the main heading \(page reading\)$/s,
    ([, mark = '']) => ({ code: 'page-mark', mark }),
  ],
  [
    /^largest text block under heading "(.*)" \(last resort\)$/s,
    ([, heading = '']) => ({ code: 'about-heading', heading }),
  ],
  [/^location text "(.*)"$/s, ([, location = '']) => ({ code: 'location-text', location })],
  [/^sentence from description \(last resort\)$/, () => ({ code: 'pay-sentence' })],
  [
    /^not found: (JobPosting lacks it|no schema\.org JobPosting); (?:none of (\d+) \S+ selector\(s\) matched|\S+ pages have no \S+ element|(the page neither heads nor labels its \S+))$/,
    ([, schema, missed, unlabelled]) => ({
      code: 'not-found',
      jobPosting: schema === 'JobPosting lacks it',
      selectors: unlabelled ? null : Number(missed ?? 0),
    }),
  ],
  [/^reading failed: (.*)$/s, ([, error = '']) => ({ code: 'read-failed', error })],
];

function sourceCode(text: string): FieldSource {
  for (const [pattern, code] of SOURCE_PATTERNS) {
    const groups = pattern.exec(text);
    if (groups) return code([...groups]);
  }
  return { code: 'other', text };
}

/** How one posting field was read, or why it could not be. */
export function fieldSource(field: Field<unknown>): FieldSource {
  return sourceCode('reason' in field ? field.reason : field.source);
}

/** For each posting field: how it was read, or why it could not be. */
export function fieldSources(posting: Posting): Record<PostingFieldName, FieldSource> {
  return Object.fromEntries(POSTING_FIELDS.map((name) => [name, fieldSource(posting[name])])) as Record<
    PostingFieldName,
    FieldSource
  >;
}
