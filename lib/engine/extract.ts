// The one reader of the site descriptions in lib/sites: Document + URL in, Posting out.
// Order per field: schema.org JobPosting (JSON-LD, microdata), then the site's selectors in their declared
// order, then a labelled last resort. Every field is wrapped: a broken field is null with its reason.
import type { CardFields } from './card-analysis';
import { readSchemaJobPosting, type SchemaJobPosting } from './jsonld';
import type { CardsDescription, PostingFieldName, Selector, SiteAdapter } from './sites/adapter';
import { MONEY } from './sites/adapter';
import { findAdapter } from './sites/all';
import { type PageFieldName, type PageReading, readPage } from './sites/page-reading';
import { collapse, dedupeRepeated, visibleText } from './sites/text';
import type { Field, Posting, Workplace } from './types';

export { findAdapter, SITE_ADAPTERS } from './sites/all';

type Parse<T> = (raw: string) => T | null;

const MAX_SHORT_FIELD = 300;
/** Elements examined per selector when it filters by text: bounds the work on long pages. */
const MAX_CANDIDATES = 60;

const shortText: Parse<string> = (raw) => {
  const value = collapse(raw);
  return value !== '' && value.length <= MAX_SHORT_FIELD ? value : null;
};
const titleText: Parse<string> = (raw) => shortText(dedupeRepeated(raw));
const payText: Parse<string> = (raw) => {
  const value = shortText(raw);
  return value !== null && /\d/.test(value) ? value : null;
};
const longText: Parse<string> = (raw) => {
  const value = collapse(raw);
  return value.length >= 20 ? value : null;
};

const WORKPLACE_PATTERNS: [RegExp, Workplace][] = [
  [/\bhybrid|\bhybride|\bibrido/i, 'hybrid'],
  [/\bremote\b|\btelecommute|work from home|\bda remoto|télétravail/i, 'remote'],
  [/\bon-?site\b|\bin[- ]office\b|\bin-person\b|\bin sede\b|\bsur site\b|présentiel/i, 'on-site'],
];

export function workplaceFromText(raw: string): Workplace | null {
  for (const [pattern, workplace] of WORKPLACE_PATTERNS) if (pattern.test(raw)) return workplace;
  return null;
}

const PARSERS: { [K in PostingFieldName]: Parse<K extends 'workplace' ? Workplace : string> } = {
  title: titleText,
  company: shortText,
  location: shortText,
  workplace: workplaceFromText,
  payText,
  description: longText,
};

function describe(selector: Selector): string {
  const attr = selector.attr ? ` @${selector.attr}` : '';
  const label = selector.label ? ` labelled ${selector.label.is}` : '';
  return `selector ${selector.css}${attr}${label} (seen ${selector.seen})`;
}

function rawFrom(el: Element, selector: Selector): string | null {
  let target: Element | null = el;
  if (selector.label) {
    const heading = el.querySelector(selector.label.heading);
    if (!heading || !selector.label.is.test(collapse(heading.textContent ?? ''))) return null;
    target = el.querySelector(selector.label.value);
  }
  if (!target) return null;
  const raw = selector.attr ? target.getAttribute(selector.attr) : visibleText(target);
  if (raw === null) return null;
  if (!selector.match) return raw;
  const matched = collapse(raw).match(selector.match);
  if (!matched) return null;
  return matched.length > 1 ? (matched[1] ?? null) : raw;
}

/** First value the selector yields; filtering selectors (match/label) look past non-matching elements. */
function readSelector<T>(scope: ParentNode, selector: Selector, parse: Parse<T>): T | null {
  const filtering = selector.match !== undefined || selector.label !== undefined;
  const candidates = filtering
    ? Array.from(scope.querySelectorAll(selector.css)).slice(0, MAX_CANDIDATES)
    : [scope.querySelector(selector.css)];
  for (const el of candidates) {
    if (!el) continue;
    const raw = rawFrom(el, selector);
    const value = raw === null ? null : parse(raw);
    if (value !== null) return value;
  }
  return null;
}

function readSelectors<T>(
  scope: ParentNode,
  selectors: readonly Selector[],
  parse: Parse<T>,
): Field<T> | null {
  for (const selector of selectors) {
    try {
      const value = readSelector(scope, selector, parse);
      if (value !== null) return { value, source: describe(selector) };
    } catch {
      // An unsupported or broken selector must not cost the other fields: try the next one.
    }
  }
  return null;
}

function notFound(
  adapter: SiteAdapter,
  field: PostingFieldName,
  schema: SchemaJobPosting | null,
): { value: null; reason: string } {
  const count = adapter.fields[field].length;
  const tried = adapter.readsPage
    ? `the page neither heads nor labels its ${field}`
    : count === 0
      ? `${adapter.id} pages have no ${field} element`
      : `none of ${count} ${adapter.id} selector(s) matched`;
  return {
    value: null,
    reason: `not found: ${schema ? 'JobPosting lacks it' : 'no schema.org JobPosting'}; ${tried}`,
  };
}

const PAGE_FIELDS: ReadonlySet<PostingFieldName> = new Set(['company', 'location', 'payText']);

const ABOUT_HEADING =
  /^(?:about (?:the|this) (?:job|role|position)|job description|full job description|description|the role)$/i;

/** Last resort: the largest text block under an "About the job"-style heading. */
function textUnderAboutHeading(doc: Document): Field<string> | null {
  let best: { text: string; heading: string } | null = null;
  for (const heading of Array.from(doc.querySelectorAll('h1, h2, h3')).slice(0, MAX_CANDIDATES)) {
    const headingText = collapse(heading.textContent ?? '');
    if (!ABOUT_HEADING.test(headingText)) continue;
    let container = heading.parentElement;
    for (let level = 0; container && level < 3; level++, container = container.parentElement) {
      const text = visibleText(container).slice(headingText.length).trim();
      if (text.length >= 40) {
        if (!best || text.length > best.text.length) best = { text, heading: headingText };
        break;
      }
    }
  }
  return best
    ? { value: best.text, source: `largest text block under heading "${best.heading}" (last resort)` }
    : null;
}

const PAY_WORDS = /\b(?:salary|salaries|pay|compensation|wage|base|OTE|remuneration|hiring range)\b/i;
const NOT_PAY_AFTER =
  /^[\d,.]*\s*(?:[KkMm]\s*)?(?:million|billion|bn\b|M\b|B\b|in (?:funding|revenue|series))/;
const SENTENCE_END = /[.!?](?=\s+[A-Z“"(])/g;
const SENTENCE_REACH = 160;

/** Last resort for pay: the sentence of the description that states a figure next to a pay word. */
export function paySentence(description: string): string | null {
  const money = new RegExp(MONEY.source, 'g');
  for (let m = money.exec(description); m; m = money.exec(description)) {
    if (NOT_PAY_AFTER.test(description.slice(m.index + m[0].length - 1, m.index + 40))) continue;
    let start = Math.max(0, m.index - SENTENCE_REACH);
    let end = Math.min(description.length, m.index + SENTENCE_REACH);
    SENTENCE_END.lastIndex = start;
    for (let s = SENTENCE_END.exec(description); s && s.index < end; s = SENTENCE_END.exec(description)) {
      if (s.index < m.index) start = s.index + 1;
      else {
        end = s.index + 1;
        break;
      }
    }
    const sentence = description.slice(start, end).trim();
    if (PAY_WORDS.test(sentence)) return sentence;
  }
  return null;
}

/** The job id the address names (LinkedIn currentJobId, /jobs/view/<id>, Greenhouse /jobs/<id>...), or null. */
export function jobIdInUrl(url: string, adapter: SiteAdapter): string | null {
  for (const pattern of adapter.jobIdFromUrl) {
    const id = url.match(pattern)?.[1];
    if (id) return id;
  }
  return null;
}

function jobIdOf(doc: Document, url: string, adapter: SiteAdapter): string | null {
  return (
    jobIdInUrl(url, adapter) ?? readSelectors(doc, adapter.jobIdFromPage ?? [], shortText)?.value ?? null
  );
}

function guard<T>(read: () => Field<T>): Field<T> {
  try {
    return read();
  } catch (error) {
    return {
      value: null,
      reason: `reading failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * The posting on the page, or null when no adapter claims the URL or the page shows no posting (neither a
 * title nor a description could be read). Pass `generic` from lib/sites/generic to read schema.org on any page.
 */
export function extractPosting(
  doc: Document,
  url: string,
  adapter: SiteAdapter | null = findAdapter(url),
): Posting | null {
  if (!adapter) return null;
  try {
    let schema: SchemaJobPosting | null = null;
    try {
      schema = readSchemaJobPosting(doc);
    } catch {
      schema = null;
    }
    let page: PageReading | undefined;
    const fromPage = (name: PostingFieldName) => {
      if (!adapter.readsPage) return null;
      page ??= readPage(doc);
      if (name === 'title') {
        const title = page.heading ? titleText(visibleText(page.heading)) : null;
        return title ? { value: title, source: 'the main heading <h1> (page reading)' } : null;
      }
      return PAGE_FIELDS.has(name) ? page.read(name as PageFieldName, PARSERS[name as PageFieldName]) : null;
    };
    const field = <K extends PostingFieldName>(
      name: K,
      fromSchema: Field<K extends 'workplace' ? Workplace : string> | undefined,
    ) =>
      guard(() => {
        if (fromSchema && fromSchema.value !== null) return fromSchema;
        return (
          readSelectors(doc, adapter.fields[name], PARSERS[name]) ??
          (fromPage(name) as Field<K extends 'workplace' ? Workplace : string> | null) ??
          notFound(adapter, name, schema)
        );
      });

    let description = field('description', schema?.description);
    if (description.value === null) description = guard(() => textUnderAboutHeading(doc) ?? description);
    // No fallback to the document's <title>: it reads "X at Company", "Job Application for X" or just the
    // company's name, and a wrong title is worse than none.
    const title = field('title', schema?.title);
    if (title.value === null && description.value === null) return null;

    const location = field('location', schema?.location);
    let workplace = field('workplace', schema?.workplace);
    if (workplace.value === null && location.value !== null) {
      const fromLocation = workplaceFromText(location.value);
      if (fromLocation) workplace = { value: fromLocation, source: `location text "${location.value}"` };
    }
    let pay = field('payText', undefined);
    if (pay.value === null && description.value !== null) {
      const sentence = paySentence(description.value);
      if (sentence) pay = { value: sentence, source: 'sentence from description (last resort)' };
    }

    return {
      site: adapter.id,
      url,
      jobId: jobIdOf(doc, url, adapter),
      title,
      company: field('company', schema?.company),
      location,
      workplace,
      payText: pay,
      structuredPay: schema?.structuredPay ?? null,
      description,
      ...(schema?.datePosted ? { datePosted: schema.datePosted } : {}),
      ...(schema?.validThrough ? { validThrough: schema.validThrough } : {}),
    };
  } catch {
    return null;
  }
}

export interface JobCard {
  element: Element;
  jobId: string | null;
  title: string | null;
  payText: string | null;
  company: string | null;
  location: string | null;
}

function cardElements(root: ParentNode, cards: CardsDescription): Element[] {
  const found: Element[] = [];
  for (const css of cards.containers) {
    try {
      for (const el of root.querySelectorAll(css)) if (!found.includes(el)) found.push(el);
    } catch {
      // Skip a selector the DOM implementation cannot parse.
    }
  }
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

/** The job id a card carries (an attribute on it or inside it, else its job link), or null. */
export function cardJobId(el: Element, cards: CardsDescription): string | null {
  for (const attr of cards.jobIdAttributes) {
    const holder = el.hasAttribute(attr) ? el : el.querySelector(`[${attr}]`);
    const id = holder?.getAttribute(attr)?.match(/(\d+|[0-9a-f]{12,})$/i)?.[1];
    if (id) return id;
  }
  if (cards.jobIdFromLink) {
    const href = el.querySelector(cards.jobIdFromLink.css)?.getAttribute('href') ?? '';
    return href.match(cards.jobIdFromLink.pattern)?.[1] ?? null;
  }
  return null;
}

function readCardField(element: Element, selectors: readonly Selector[], parse: Parse<string>) {
  try {
    return readSelectors(element, selectors, parse)?.value ?? null;
  } catch {
    return null;
  }
}

/** One card's fields, read from its element by the site's card description. */
export function readCard(element: Element, cards: CardsDescription): JobCard {
  return {
    element,
    jobId: cardJobId(element, cards),
    title: readCardTitle(element, cards),
    payText: readCardField(element, cards.pay, payText),
    company: readCardField(element, cards.company, shortText),
    location: readCardField(element, cards.location, shortText),
  };
}

/** A card's title, as readCard reads it; null for a card drawn empty (its text comes later). */
export function readCardTitle(element: Element, cards: CardsDescription): string | null {
  return readCardField(element, cards.title, titleText);
}

/**
 * What a card's chip is worked out from (card-analysis.ts CardFields), as readCard reads it; a card without a
 * title (drawn empty, to be filled later) is read no further. An endless list reads a card per job it scrolls past;
 * what the caller has read already (readCardTitle, cardJobId) is given, not read again.
 */
export function readCardFields(
  element: Element,
  cards: CardsDescription,
  known: { title?: string | null; jobId?: string | null } = {},
): CardFields {
  const title = known.title === undefined ? readCardTitle(element, cards) : known.title;
  if (title === null) return { jobId: null, title, payText: null, location: null };
  return {
    jobId: known.jobId === undefined ? cardJobId(element, cards) : known.jobId,
    title,
    payText: readCardField(element, cards.pay, payText),
    location: readCardField(element, cards.location, shortText),
  };
}

/** Job cards of a list page (LinkedIn search/collections, Indeed, Glassdoor), in page order. */
export function listCards(root: ParentNode, url: string): JobCard[] {
  const cards = findAdapter(url)?.cards;
  if (!cards) return [];
  return cardElements(root, cards).map((element) => readCard(element, cards));
}
