// Reading a posting off a page no site description fits, the way a person reads it: the title is the page's
// main heading, and the company, the place and the pay are the values the page labels so ("Location:
// London", <dt>Salary</dt><dd>…</dd>, a "Job locations" heading over an address) or marks so for its icons
// (class="…location", data-at="metadata-salary", aria-label="location"). A page names many places and
// companies (the employer's head office, similar jobs): the one nearest the main heading is the posting's.
import { collapse, visibleText } from './text';

export type PageFieldName = 'company' | 'location' | 'payText';
type Parse = (raw: string) => string | null;

const ELEMENT = 1;
const TEXT = 3;
/** Not the posting: page furniture and hidden copies. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'NAV',
  'FOOTER',
  'BUTTON',
]);
/** Elements read per page, a bound for huge pages (the posting's header comes early). */
const MAX_ELEMENTS = 20_000;
const MAX_LABEL = 40;
/** Sibling blocks after a label read as its value ("Pool Health Centre", "Station Road", "Pool", …). */
const MAX_VALUE_BLOCKS = 8;

/** What a page writes before each field, in the languages the extension reads. */
const LABELS: Record<PageFieldName, RegExp> = {
  company:
    /^(?:company|company name|employer|employer name|hiring (?:company|organi[sz]ation)|organi[sz]ation|arbeitgeber|unternehmen|entreprise|employeur|empresa|azienda|pracodawca|werkgever)$/i,
  location:
    /^(?:locations?|job locations?|work locations?|office locations?|place of work|standort|arbeitsort|einsatzort|lieu(?: de travail)?|localisation|ubicaci[oó]n|sede|lokalizacja|miejsce pracy|locatie|standplaats)$/i,
  payText:
    /^(?:salary|salary range|base salary|pay|pay range|pay rate|rate|day rate|hourly rate|compensation|remuneration|wages?|gehalt|verg[uü]tung|salaire|r[ée]mun[ée]ration|salario|retribuci[oó]n|stipendio|retribuzione|ral|wynagrodzenie|salaris)$/i,
};

/** Words in class, id, data-* and aria-label values that mark an element as the field. */
const MARKS: Record<PageFieldName, ReadonlySet<string>> = {
  company: new Set(['company', 'employer']),
  location: new Set(['location']),
  payText: new Set(['salary', 'compensation', 'remuneration', 'wage']),
};
/** Words beside a mark that make it something else: the company's logo or blurb, a salary estimate. */
const NOT_THE_FIELD: ReadonlySet<string> = new Set([
  'logo',
  'description',
  'about',
  'size',
  'industry',
  'website',
  'url',
  'link',
  'founded',
  'estimate',
  'estimated',
  'insights',
  'calculator',
  'filter',
  'search',
  'input',
]);

interface Candidate {
  /** The element the value was read from; its distance to the main heading ranks it. */
  at: Element;
  value: string;
  source: string;
}

export interface PageReading {
  /** The page's main heading (the posting's title), or null. */
  heading: Element | null;
  read(name: PageFieldName, parse: Parse): { value: string; source: string } | null;
}

/** The first h1 in the page's main content (or anywhere) whose text is a title's length. */
function mainHeading(doc: Document): Element | null {
  for (const scope of ['main h1, [role="main"] h1, article h1', 'h1']) {
    for (const h1 of Array.from(doc.querySelectorAll(scope)).slice(0, 10)) {
      const text = visibleText(h1);
      if (text.length >= 2 && text.length <= 200) return h1;
    }
  }
  return null;
}

/** Attribute words: "at-listing__list-icons_location" -> at, listing, list, icons, location; camelCase split. */
function attributeWords(el: Element): string[] {
  const values = [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('aria-label')];
  for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('data-')) values.push(attr.value);
  return values
    .filter((v): v is string => !!v && v.length < 200)
    .flatMap((v) => v.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z]+/))
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1);
}

const labelOf = (text: string) => collapse(text).replace(/\s*:$/, '');
const INLINE = new Set(['SPAN', 'STRONG', 'B', 'EM', 'I', 'LABEL', 'SMALL']);
const HEADING = /^H[1-6]$/;

/** A value's text: list items are alternatives ("Boston; Austin"), other lines one address ("Pool, Cornwall"). */
function valueText(el: Element): string {
  const lists = el.tagName === 'UL' || el.tagName === 'OL' ? [el] : Array.from(el.querySelectorAll('ul, ol'));
  const items =
    lists.length === 1 ? Array.from(lists[0]?.children ?? []).filter((i) => i.tagName === 'LI') : [];
  if (items.length > 1) return items.map(visibleText).filter(Boolean).join('; ');
  return visibleText(el);
}

/** Text of `el` after the label it starts with, if any more. */
function after(el: Element, label: string): string | null {
  const text = visibleText(el);
  return text.startsWith(label) && text.length > label.length
    ? text.slice(label.length).replace(/^\s*:?\s*/, '')
    : null;
}

/** The text written on after an inline element, up to the next block ("<b>Salary:</b> £50,000<br>"). */
function inlineAfter(el: Element): string {
  const parts: string[] = [];
  for (let node = el.nextSibling; node; node = node.nextSibling) {
    const tag = node.nodeType === ELEMENT ? (node as Element).tagName : null;
    if (tag !== null && !INLINE.has(tag) && tag !== 'A') break;
    parts.push(node.nodeType === TEXT ? (node.nodeValue ?? '') : visibleText(node));
  }
  return collapse(parts.join(' ')).replace(/^:\s*/, '');
}

/**
 * The value after a label element: its dd or td; after a heading, the blocks of its section (an address's
 * lines); after any other label, the one block that follows it.
 */
function valueAfterLabel(label: Element): string | null {
  let at: Element = label;
  // "<div><span>Location</span></div><div>London</div>": the label's own box is the one with siblings.
  while (!at.nextElementSibling && at.parentElement && at.parentElement.children.length === 1)
    at = at.parentElement;
  const next = at.nextElementSibling;
  if (!next) return null;
  if (at.tagName === 'DT' || at.tagName === 'TH')
    return next.tagName === 'DD' || next.tagName === 'TD' ? valueText(next) : null;
  if (!HEADING.test(at.tagName)) return valueText(next) || null;
  const blocks: string[] = [];
  for (let el: Element | null = next; el && blocks.length < MAX_VALUE_BLOCKS; el = el.nextElementSibling) {
    if (HEADING.test(el.tagName)) break;
    const text = valueText(el);
    if (text) blocks.push(text);
  }
  return blocks.length > 0 ? blocks.join(', ') : null;
}

/** The element around a label text, climbed while it holds nothing else ("<dt><span>Salary</span></dt>"). */
function labelBox(textNode: Node, label: string): Element | null {
  let el = textNode.parentElement;
  while (el?.parentElement?.children.length === 1 && labelOf(el.parentElement.textContent ?? '') === label)
    el = el.parentElement;
  return el;
}

/**
 * The value a label text names: written on with it ("Location: London", "<li>Location: <a>London</a></li>"),
 * in its dd or td, beside an inline label ("<p><b>Salary:</b> £50,000</p>"), or in the blocks after it.
 */
function labelledValue(
  textNode: Node,
  label: string,
  rest: string,
): { box: Element; value: string | null } | null {
  const box = labelBox(textNode, label);
  if (!box) return null;
  if (rest) return { box, value: rest };
  const own = after(box, collapse(textNode.nodeValue ?? ''));
  if (own) return { box, value: own };
  const beside = INLINE.has(box.tagName) ? inlineAfter(box) : '';
  return { box, value: beside || valueAfterLabel(box) };
}

function collect(doc: Document): Map<PageFieldName, Candidate[]> {
  const names = Object.keys(LABELS) as PageFieldName[];
  const found = new Map<PageFieldName, Candidate[]>(names.map((name) => [name, []]));
  const stack: Node[] = doc.body ? [doc.body] : [];
  for (let seen = 0; stack.length > 0 && seen < MAX_ELEMENTS; seen++) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT) {
      const raw = node.nodeValue ?? '';
      if (raw.length > 200) continue;
      const [head = '', ...tail] = collapse(raw).split(':');
      if (head.length > MAX_LABEL) continue;
      const name = names.find((n) => LABELS[n].test(head.trim()));
      const read = name ? labelledValue(node, head.trim(), tail.join(':').trim()) : null;
      if (name && read?.value)
        found
          .get(name)
          ?.push({ at: read.box, value: read.value, source: `the value labelled "${head.trim()}"` });
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as Element;
    if (SKIPPED.has(el.tagName.toUpperCase())) continue;
    const words = attributeWords(el);
    if (words.length > 0 && !words.some((w) => NOT_THE_FIELD.has(w))) {
      for (const name of names) {
        const mark = words.find((w) => MARKS[name].has(w));
        const value = mark ? valueText(el) : '';
        if (mark && value) found.get(name)?.push({ at: el, value, source: `the element marked "${mark}"` });
      }
    }
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return found;
}

/** Steps up from the heading to the first ancestor that holds the element: how far apart the two are. */
function distanceFrom(heading: Element | null): (el: Element) => number {
  if (!heading) return () => 0;
  const levels = new Map<Node, number>();
  let level = 0;
  for (let at: Node | null = heading; at; at = at.parentNode) levels.set(at, level++);
  return (el) => {
    for (let at: Node | null = el; at; at = at.parentNode) {
      const found = levels.get(at);
      if (found !== undefined) return found;
    }
    return Number.POSITIVE_INFINITY;
  };
}

/** "Location: London" in a marked box -> "London"; the label alone -> "". */
function withoutLabel(value: string, label: RegExp): string {
  const colon = value.indexOf(':');
  if (!label.test(labelOf(colon > 0 ? value.slice(0, colon) : value))) return value;
  return colon > 0 ? value.slice(colon + 1).trim() : '';
}

/** Longer than this, a marked box is a section, not a value. */
const MAX_VALUE = 300;

/**
 * The page read once. Each field is then the value nearest the main heading (of two boxes one inside the
 * other, the inner one), parsed; when that value does not parse ("Salary: Non Variable Salary", "Depending
 * on experience"), the posting states none, and a similar job's further down is not taken for it.
 */
export function readPage(doc: Document): PageReading {
  const heading = mainHeading(doc);
  let candidates: Map<PageFieldName, Candidate[]> | undefined;
  const distance = distanceFrom(heading);
  return {
    heading,
    read(name, parse) {
      candidates ??= collect(doc);
      let best: (Candidate & { distance: number }) | null = null;
      for (const candidate of candidates.get(name) ?? []) {
        // A box around the heading reads the title with the field.
        if (heading && candidate.at.contains(heading)) continue;
        const value = withoutLabel(candidate.value, LABELS[name]);
        if (value === '' || value.length > MAX_VALUE) continue;
        const d = distance(candidate.at);
        if (!best || d < best.distance || (d === best.distance && best.at.contains(candidate.at)))
          best = { at: candidate.at, value, source: candidate.source, distance: d };
      }
      const value = best ? parse(best.value) : null;
      return best && value !== null
        ? { value, source: `${best.source}, nearest the main heading (page reading)` }
        : null;
    },
  };
}
