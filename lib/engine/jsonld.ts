// schema.org JobPosting from JSON-LD (first) or microdata (second). Descriptions are turned into text by a
// tag stripper: nothing from the page is parsed into a live document or run.
import { collapse, decodeEntities, htmlToText, visibleText } from './sites/text';
import type { Field, StructuredPay, Workplace } from './types';

export interface SchemaJobPosting {
  title: Field<string>;
  company: Field<string>;
  location: Field<string>;
  workplace: Field<Workplace>;
  description: Field<string>;
  structuredPay: StructuredPay | null;
  /** YYYY-MM-DD, or null when the JobPosting states no valid date. */
  datePosted: string | null;
  validThrough: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MAX_DEPTH = 8;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJobPosting(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/#:])JobPosting$/.test(t));
}

/** Depth-first search through arrays, @graph and nested objects. */
function findJobPosting(node: Json | undefined, depth = 0): JsonObject | null {
  if (depth > MAX_DEPTH || node === undefined || node === null) return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findJobPosting(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(node)) return null;
  if (isJobPosting(node)) return node;
  for (const value of Object.values(node)) {
    const found = findJobPosting(value, depth + 1);
    if (found) return found;
  }
  return null;
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') {
    const cleaned = collapse(decodeEntities(value));
    return cleaned === '' ? null : cleaned;
  }
  if (typeof value === 'number') return String(value);
  if (isObject(value)) return text(value.name);
  return null;
}

function number(value: Json | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.replace(/[,\s]/g, ''));
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function asList(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function unique(parts: (string | null)[]): string[] {
  const seen: string[] = [];
  for (const part of parts) if (part && !seen.includes(part)) seen.push(part);
  return seen;
}

function placeText(place: Json): string | null {
  if (typeof place === 'string') return text(place);
  if (!isObject(place)) return null;
  const address = place.address;
  if (typeof address === 'string') return text(address);
  if (isObject(address)) {
    const joined = unique([
      text(address.addressLocality),
      text(address.addressRegion),
      text(address.addressCountry),
    ]).join(', ');
    return joined === '' ? null : joined;
  }
  return text(place.name);
}

function missing(what: string): { value: null; reason: string } {
  return { value: null, reason: `JobPosting has no ${what}` };
}

function found<T>(value: T | null, source: string, what: string): Field<T> {
  return value === null ? missing(what) : { value, source };
}

/** The calendar day of a schema.org Date or DateTime ("2026-03-01", "2026-03-01T09:00:00Z"); null for anything else. */
function isoDay(value: Json | undefined): string | null {
  if (typeof value !== 'string') return null;
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(value)?.[1];
  return day && !Number.isNaN(Date.parse(day)) ? day : null;
}

function readStructuredPay(salary: Json | undefined): StructuredPay | null {
  const first = asList(salary).find(isObject);
  if (!first) return null;
  const value = first.value;
  let min: number | null = null;
  let max: number | null = null;
  let unit = text(first.unitText);
  if (isObject(value)) {
    const single = number(value.value);
    min = number(value.minValue) ?? single;
    max = number(value.maxValue) ?? single;
    unit = text(value.unitText) ?? unit;
  } else {
    min = number(value);
    max = min;
  }
  if (min === null && max === null) return null;
  return { min, max, currency: text(first.currency), unit: unit === null ? null : unit.toUpperCase() };
}

function fromJsonObject(posting: JsonObject): SchemaJobPosting {
  const where = 'json-ld JobPosting';
  const title = text(posting.title) ?? text(posting.name);
  const company = text(posting.hiringOrganization);
  const places = unique(asList(posting.jobLocation).map(placeText));
  const applicantRegions = unique(asList(posting.applicantLocationRequirements).map((r) => text(r)));
  const remote = asList(posting.jobLocationType).some((t) => typeof t === 'string' && /telecommute/i.test(t));
  const description = typeof posting.description === 'string' ? htmlToText(posting.description) : '';

  // TELECOMMUTE is set for hybrid and remote-allowed jobs too, and such pages headline the jobLocation
  // ("Remote, Hybrid Charlotte, North Carolina"): the place comes first, where applicants may live after it
  // ("Remote, United States"), unless the place only repeats that region.
  let location: Field<string>;
  if (remote && applicantRegions.length > 0) {
    const offices = places.filter((place) => !applicantRegions.includes(place));
    location = {
      value: [...offices, ...applicantRegions.map((region) => `Remote, ${region}`)].join('; '),
      source: `${where}.${offices.length > 0 ? 'jobLocation.address and ' : ''}applicantLocationRequirements`,
    };
  } else if (places.length > 0)
    location = { value: places.join('; '), source: `${where}.jobLocation.address` };
  else if (applicantRegions.length > 0)
    location = { value: applicantRegions.join('; '), source: `${where}.applicantLocationRequirements` };
  else location = missing('jobLocation');

  return {
    title: found(title, `${where}.title`, 'title'),
    company: found(company, `${where}.hiringOrganization.name`, 'hiringOrganization'),
    location,
    workplace: remote
      ? { value: 'remote', source: `${where}.jobLocationType TELECOMMUTE` }
      : missing('jobLocationType TELECOMMUTE'),
    description: found(description === '' ? null : description, `${where}.description`, 'description'),
    structuredPay: readStructuredPay(posting.baseSalary),
    datePosted: isoDay(posting.datePosted),
    validThrough: isoDay(posting.validThrough),
  };
}

/** The first JobPosting in the page's JSON-LD blocks; unparsable blocks are skipped. */
export function readJsonLdJobPosting(doc: Document): SchemaJobPosting | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    const posting = findJobPosting(parsed);
    if (posting) return fromJsonObject(posting);
  }
  return null;
}

function itemValue(el: Element | null): string | null {
  if (!el) return null;
  const raw = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
  const cleaned = collapse(raw);
  return cleaned === '' ? null : cleaned;
}

/** schema.org JobPosting in microdata (itemscope/itemprop), read as the JSON-LD reader would. */
export function readMicrodataJobPosting(doc: Document): SchemaJobPosting | null {
  const root = doc.querySelector('[itemscope][itemtype*="schema.org/JobPosting"]');
  if (!root) return null;
  const where = 'microdata JobPosting';
  const prop = (name: string, scope: Element = root) => scope.querySelector(`[itemprop="${name}"]`);
  const organization = prop('hiringOrganization');
  const company = organization ? (itemValue(prop('name', organization)) ?? itemValue(organization)) : null;
  const place = prop('jobLocation');
  const location = place
    ? unique(
        ['addressLocality', 'addressRegion', 'addressCountry'].map((p) => itemValue(prop(p, place))),
      ).join(', ') || itemValue(place)
    : null;
  const descriptionEl = prop('description');
  const salary = prop('baseSalary');
  const min = salary ? number(itemValue(prop('minValue', salary)) ?? itemValue(prop('value', salary))) : null;
  const max = salary ? number(itemValue(prop('maxValue', salary)) ?? itemValue(prop('value', salary))) : null;
  const locationType = itemValue(prop('jobLocationType'));
  return {
    title: found(itemValue(prop('title')), `${where}.title`, 'title'),
    company: found(company, `${where}.hiringOrganization`, 'hiringOrganization'),
    location: found(location, `${where}.jobLocation`, 'jobLocation'),
    workplace:
      locationType && /telecommute/i.test(locationType)
        ? { value: 'remote', source: `${where}.jobLocationType TELECOMMUTE` }
        : missing('jobLocationType TELECOMMUTE'),
    description: found(
      descriptionEl ? visibleText(descriptionEl) || null : null,
      `${where}.description`,
      'description',
    ),
    structuredPay:
      salary && (min !== null || max !== null)
        ? {
            min,
            max,
            currency: itemValue(prop('currency', salary)),
            unit: itemValue(prop('unitText', salary))?.toUpperCase() ?? null,
          }
        : null,
    datePosted: isoDay(itemValue(prop('datePosted'))),
    validThrough: isoDay(itemValue(prop('validThrough'))),
  };
}

export function readSchemaJobPosting(doc: Document): SchemaJobPosting | null {
  return readJsonLdJobPosting(doc) ?? readMicrodataJobPosting(doc);
}
