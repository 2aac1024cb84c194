// How each posting field was read, as codes: every sentence the readers write turns into one (on every fixture
// page, read by its site's adapter, by the generic page reader, and without its schema.org data), and every
// code is worded in each language, the page's own tokens quoted as they are.
import { describe, expect, it } from 'vitest';
import { extractPosting, findAdapter } from '../../lib/engine/extract';
import { type FieldSource, fieldSources } from '../../lib/engine/report';
import type { SiteAdapter } from '../../lib/engine/sites/adapter';
import { generic } from '../../lib/engine/sites/generic';
import type { UiLocale } from '../../lib/extension/i18n/locale';
import { fieldSourceText } from '../../lib/extension/i18n/pages/field-sources';
import { loadPagesTranslator } from '../../lib/extension/i18n/pages/index';
import { EVERY_FIELD_SOURCE } from './field-source-cases';
import { fixturePages, loadFixture, withoutStructuredData } from './sites/fixture';

/** What a wording branches on: the code, and for some codes which of their kinds. */
function variant(source: FieldSource): string {
  switch (source.code) {
    case 'schema':
      return `schema ${source.format}`;
    case 'selector':
      return `selector${source.attribute ? ' @attribute' : ''}${source.label ? ' labelled' : ''}`;
    case 'not-found': {
      const tried = source.selectors === null ? 'page' : source.selectors === 0 ? 'no element' : 'selectors';
      return `not-found ${source.jobPosting ? 'in JobPosting' : 'no JobPosting'} ${tried}`;
    }
    default:
      return source.code;
  }
}

function sourcesOf(doc: Document, url: string, adapter: SiteAdapter): FieldSource[] {
  const posting = extractPosting(doc, url, adapter);
  return posting ? Object.values(fieldSources(posting)) : [];
}

const parse = (body: string) =>
  new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const DESCRIPTION =
  '<h2>About the job</h2><div><p>You will lead the applied AI group of forty engineers and scientists.</p></div>';

describe('fieldSources', () => {
  it('turns what every reader wrote on every fixture page into a code, of every kind', () => {
    const seen = new Set<string>();
    const note = (where: string, sources: FieldSource[]) => {
      for (const source of sources) {
        expect(source.code, `${where}: ${JSON.stringify(source)}`).not.toBe('other');
        seen.add(variant(source));
      }
    };
    for (const page of [...fixturePages('samples'), ...fixturePages('real')]) {
      const doc = loadFixture(page.path);
      const adapter = findAdapter(page.url) ?? generic;
      const restore = withoutStructuredData(doc);
      note(page.path, [...sourcesOf(doc, page.url, adapter), ...sourcesOf(doc, page.url, generic)]);
      restore();
      note(page.path, [...sourcesOf(doc, page.url, adapter), ...sourcesOf(doc, page.url, generic)]);
    }
    // No fixture carries microdata, and none makes a reader throw.
    const microdata = parse(`<div itemscope itemtype="https://schema.org/JobPosting">
      <h1 itemprop="title">Chief AI Officer</h1><div itemprop="description">${DESCRIPTION}</div></div>`);
    note('microdata', sourcesOf(microdata, 'https://careers.example.com/jobs/1', generic));
    const throwing: SiteAdapter = {
      ...generic,
      readsPage: undefined,
      fields: new Proxy(generic.fields, {
        get: () => {
          throw new Error('selector table is broken');
        },
      }),
    };
    const failed = sourcesOf(parse(DESCRIPTION), 'https://careers.example.com/jobs/1', throwing);
    expect(failed).toContainEqual({ code: 'read-failed', error: 'selector table is broken' });
    note('throwing adapter', failed);

    // The readers write every kind the popup words (tests/unit/field-source-cases.ts).
    expect([...seen]).toEqual(expect.arrayContaining(EVERY_FIELD_SOURCE.map(variant)));
  });

  it('keeps the tokens of what it read: selectors, attributes, labels, properties, the page’s words', () => {
    const doc = parse(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'JobPosting',
        title: 'Head of AI',
        jobLocation: { address: { addressLocality: 'Austin' } },
        applicantLocationRequirements: { name: 'United States' },
        jobLocationType: 'TELECOMMUTE',
      })}</script><main><h1>Head of AI</h1><p>Salary: $250,000 a year</p>${DESCRIPTION}</main>`,
    );
    const posting = extractPosting(doc, 'https://careers.example.com/jobs/1', generic);
    expect(posting && fieldSources(posting)).toEqual({
      title: { code: 'schema', format: 'json-ld', properties: ['title'] },
      company: { code: 'not-found', jobPosting: true, selectors: null },
      location: {
        code: 'schema',
        format: 'json-ld',
        properties: ['jobLocation.address', 'applicantLocationRequirements'],
      },
      workplace: { code: 'schema', format: 'json-ld', properties: ['jobLocationType TELECOMMUTE'] },
      payText: { code: 'page-label', label: 'Salary' },
      description: { code: 'about-heading', heading: 'About the job' },
    });
  });
});

describe('fieldSourceText', () => {
  const LOCALES: UiLocale[] = ['de', 'fr', 'es'];

  it('words every code in English as the CLI prints it', async () => {
    const english = await loadPagesTranslator('en');
    expect(EVERY_FIELD_SOURCE.map((source) => fieldSourceText(english, source))).toEqual([
      'schema.org data (JSON-LD): jobLocation.address and applicantLocationRequirements',
      'schema.org data (microdata): hiringOrganization',
      'Selector .top-card-layout__title (checked Jun 2026)',
      'Selector .ashby-job-posting-left-pane > div, under a heading matching /^Compensation$/i (checked Jul 2026)',
      'Selector .main-header-logo img[alt] @alt (checked Jul 2026)',
      "The page's main heading",
      'The value labelled “Standort”, nearest the main heading',
      'The element marked “salary”, nearest the main heading',
      'Last resort: the longest text under the heading “About the job”',
      'From the location “Chicago, IL (Hybrid)”',
      'Last resort: a sentence of the description',
      "Not found: no schema.org data on the page; none of the site's 3 selectors matched",
      "Not found: not in the page's schema.org data; the site's selector did not match",
      "Not found: no schema.org data on the page; this site's pages have no such element",
      'Not found: no schema.org data on the page; the page neither heads nor labels it',
      "Reading failed: Cannot read properties of null (reading 'textContent')",
    ]);
  });

  it.each(LOCALES)(
    'words every code in %s: no English sentence, every token as it was read',
    async (locale) => {
      const english = await loadPagesTranslator('en');
      const words = await loadPagesTranslator(locale);
      for (const source of EVERY_FIELD_SOURCE) {
        const text = fieldSourceText(words, source);
        const label = `${locale} ${JSON.stringify(source)}`;
        expect(text, label).not.toBe(fieldSourceText(english, source));
        expect(text, label).not.toMatch(/[{}]/);
        // The English pieces of a composed sentence ("not found", "selector", "last resort") do not leak in.
        expect(text, label).not.toMatch(
          /\b(?:not found|selectors? (?:did not )?match|last resort|heading|labelled)\b/i,
        );
        const tokens = Object.entries(source).flatMap(([key, value]) =>
          key === 'code' || key === 'seen' || key === 'format' ? [] : [value].flat(),
        );
        for (const token of tokens.filter((t): t is string => typeof t === 'string'))
          expect(text, label).toContain(token);
      }
    },
  );
});
