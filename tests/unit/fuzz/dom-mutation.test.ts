// Real pages with random damage: nodes removed, tags renamed, attributes removed, renamed or swapped,
// siblings reordered, text cut short. Whatever the damage, the engine reports each field as the page's
// right value or as missing, never a different value it made up.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BundledData, loadBundledData } from '../../../data';
import { analyzeDocument } from '../../../lib/engine/analyze';
import { regionChain } from '../../../lib/engine/region';
import type { Analysis } from '../../../lib/engine/types';
import { detach, fixturePages, loadFixture, withoutStructuredData } from '../sites/fixture';
import { fuzzRuns, fuzzTimeout } from './runs';

const OPTIONS = { displayCurrency: 'USD', basis: 'base', today: '2026-11-26' } as const;
/** One damaged page read costs about as much as this many cheap property cases. */
const COST = 1000;

/** What the fuzzer compares: the fields a user sees, pay reduced to its figures. */
interface Reading {
  title: string | null;
  company: string | null;
  location: string | null;
  pay: string | null;
  description: boolean;
  region: string | null;
  role: string | null;
  /** The short texts the values were read from: damage that cuts into one of them changes what the page says. */
  stated: string[];
}
type FieldName = Exclude<keyof Reading, 'stated'>;
const FIELDS: FieldName[] = ['title', 'company', 'location', 'pay', 'description', 'region', 'role'];

function readingOf(analysis: Analysis | null): Reading {
  const p = analysis?.posting;
  const pay = analysis?.pay;
  return {
    title: p?.title.value ?? null,
    company: p?.company.value ?? null,
    location: p?.location.value ?? null,
    pay: pay ? `${pay.min}-${pay.max} ${pay.currency}/${pay.period}` : null,
    description: p?.description.value != null,
    region: analysis?.region?.id ?? null,
    role: analysis?.role?.id ?? null,
    stated: [p?.title.value, p?.company.value, p?.location.value, p?.payText.value].filter(
      (v): v is string => typeof v === 'string',
    ),
  };
}

/**
 * The right values of a page: read whole, and read from its markup alone (without its schema.org data),
 * since both are the page's own statements; a region may also be a broader one that contains it.
 */
function rightValues(
  doc: Document,
  url: string,
  data: BundledData,
): { right: Record<FieldName, Set<unknown>>; stated: string[] } {
  const whole = readingOf(analyzeDocument(doc, url, data, OPTIONS));
  const restore = withoutStructuredData(doc);
  const markupOnly = readingOf(analyzeDocument(doc, url, data, OPTIONS));
  restore();
  const right = Object.fromEntries(
    FIELDS.map((field) => [field, new Set<unknown>([whole[field], markupOnly[field]])]),
  ) as Record<FieldName, Set<unknown>>;
  for (const id of [whole.region, markupOnly.region]) {
    for (const region of id ? regionChain(id, data.regions) : []) right.region.add(region.id);
  }
  return { right, stated: [...whole.stated, ...markupOnly.stated] };
}

// ---------- damage, each with its undo ----------

type Undo = () => void;

const RENAMED_TAGS = ['div', 'span', 'section', 'p', 'b', 'li', 'x-widget'];

function renameTag(el: Element, pick: number): Undo {
  const parent = el.parentNode;
  if (!parent) return () => undefined;
  const doc = el.ownerDocument;
  const renamed = doc.createElement(RENAMED_TAGS[pick % RENAMED_TAGS.length] as string);
  for (const attr of Array.from(el.attributes)) renamed.setAttribute(attr.name, attr.value);
  while (el.firstChild) renamed.appendChild(el.firstChild);
  parent.replaceChild(renamed, el);
  return () => {
    while (renamed.firstChild) el.appendChild(renamed.firstChild);
    parent.replaceChild(el, renamed);
  };
}

function restoreAttributes(el: Element): Undo {
  const saved = Array.from(el.attributes).map((a) => [a.name, a.value] as const);
  return () => {
    for (const attr of Array.from(el.attributes)) el.removeAttribute(attr.name);
    for (const [name, value] of saved) el.setAttribute(name, value);
  };
}

function removeAttribute(el: Element, pick: number): Undo {
  const attr = el.attributes[pick % Math.max(1, el.attributes.length)];
  const undo = restoreAttributes(el);
  if (attr) el.removeAttribute(attr.name);
  return undo;
}

function renameAttribute(el: Element, pick: number): Undo {
  const attr = el.attributes[pick % Math.max(1, el.attributes.length)];
  const undo = restoreAttributes(el);
  if (attr) {
    const { name, value } = attr;
    el.removeAttribute(name);
    el.setAttribute(pick % 2 ? `data-old-${name}` : `${name}x`, value);
  }
  return undo;
}

/** The attribute values rotated one place among the element's attributes (class gets id's value...). */
function shuffleAttributes(el: Element, pick: number): Undo {
  const attrs = Array.from(el.attributes).map((a) => [a.name, a.value] as const);
  const undo = restoreAttributes(el);
  const shift = 1 + (pick % Math.max(1, attrs.length - 1));
  attrs.forEach(([name], i) => {
    el.setAttribute(name, (attrs[(i + shift) % attrs.length] as readonly [string, string])[1]);
  });
  return undo;
}

function reorder(el: Element, pick: number): Undo {
  const parent = el.parentNode;
  if (!parent) return () => undefined;
  const siblings = Array.from(parent.children);
  const next = el.nextSibling;
  const target = siblings[pick % siblings.length] ?? null;
  parent.insertBefore(el, target === el ? (parent.firstChild ?? null) : target);
  return () => parent.insertBefore(el, next);
}

function truncate(text: Text, pick: number): Undo {
  const before = text.nodeValue ?? '';
  text.nodeValue = before.slice(0, pick % Math.max(1, before.length));
  return () => {
    text.nodeValue = before;
  };
}

const ELEMENT_DAMAGE = {
  remove: (el: Element) => detach(el),
  renameTag,
  removeAttribute,
  renameAttribute,
  shuffleAttributes,
  reorder,
} satisfies Record<string, (el: Element, pick: number) => Undo>;
type Kind = keyof typeof ELEMENT_DAMAGE | 'truncate';
const KINDS = [...Object.keys(ELEMENT_DAMAGE), 'truncate'] as Kind[];

const damage = fc.array(fc.record({ kind: fc.constantFrom(...KINDS), at: fc.nat(), pick: fc.nat() }), {
  minLength: 1,
  maxLength: 6,
});

/**
 * Text a cut would turn into another true-looking value (a shorter title, a smaller figure): the page
 * would then state something else, and reading it is right. Such text is kept whole.
 */
function cuttable(doc: Document, stated: string[]): Text[] {
  const walker = doc.createTreeWalker(doc.documentElement, 4);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 2 || /\d/.test(text)) continue;
    if (stated.some((value) => value.includes(text) || text.includes(value))) continue;
    texts.push(node as Text);
  }
  return texts;
}

function isPartOfStated(el: Element, stated: string[]): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text !== '' && stated.some((value) => value !== text && value.includes(text));
}

function amongStatedPieces(el: Element, stated: string[]): boolean {
  const siblings = el.parentElement ? Array.from(el.parentElement.children) : [el];
  return siblings.some((sibling) => isPartOfStated(sibling, stated));
}

describe('DOM-mutation fuzzing of the real pages', () => {
  const data = loadBundledData();
  const pages = fixturePages('real');

  for (const { path, url } of pages) {
    describe(path, () => {
      let doc: Document;
      let right: Record<FieldName, Set<unknown>>;
      let elements: Element[];
      let texts: Text[];
      let stated: string[];
      beforeAll(() => {
        doc = loadFixture(path);
        const truth = rightValues(doc, url, data);
        right = truth.right;
        stated = truth.stated;
        // Damage anywhere below <html>: head (title, JSON-LD) and body alike.
        elements = Array.from(doc.documentElement.querySelectorAll('*')).filter(
          (el) => el.tagName !== 'HEAD' && el.tagName !== 'BODY',
        );
        texts = cuttable(doc, stated);
      });

      it(
        'reports each field as the right value or missing, and never throws',
        () => {
          fc.assert(
            fc.property(damage, (steps) => {
              const undo: Undo[] = [];
              try {
                for (const { kind, at, pick } of steps) {
                  if (kind === 'truncate') {
                    const text = texts[at % Math.max(1, texts.length)];
                    if (text) undo.push(truncate(text, pick));
                  } else {
                    const el = elements[at % elements.length] as Element;
                    // Removing part of a stated value ("$168,000" of "$168,000 - $252,000") restates it, and
                    // so does moving it, or moving another element in among its pieces.
                    if (kind === 'remove' && isPartOfStated(el, stated)) continue;
                    if (kind === 'reorder' && amongStatedPieces(el, stated)) continue;
                    undo.push(ELEMENT_DAMAGE[kind](el, pick));
                  }
                }
                const reading = readingOf(analyzeDocument(doc, url, data, OPTIONS));
                for (const field of FIELDS) {
                  const value = reading[field];
                  if (value === null || value === false) continue;
                  expect([...right[field]], `${field} after ${JSON.stringify(steps)}`).toContainEqual(value);
                }
              } finally {
                for (const restore of undo.reverse()) restore();
              }
            }),
            { numRuns: fuzzRuns(COST, 25) },
          );
          // Every damage was undone: the page reads as it did before.
          const after = readingOf(analyzeDocument(doc, url, data, OPTIONS));
          for (const field of FIELDS) expect(right[field]).toContain(after[field]);
        },
        fuzzTimeout(COST) + 60_000,
      );
    });
  }
});
