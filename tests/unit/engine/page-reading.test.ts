// Careers pages no site description fits, read as a person reads them: the main heading is the title, and the
// company, place and pay are the values the page labels or marks nearest that heading.
import { describe, expect, it } from 'vitest';
import { loadBundledData } from '../../../data';
import { analyzeDocument } from '../../../lib/engine/analyze';
import { extractPosting } from '../../../lib/engine/extract';
import { generic } from '../../../lib/engine/sites/generic';
import { linkedin } from '../../../lib/engine/sites/linkedin';
import type { Field } from '../../../lib/engine/types';

const parse = (html: string) =>
  new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
const URL = 'https://careers.example-bank.com/vacancies/4711';
const read = (html: string) => extractPosting(parse(html), URL, generic);
const value = (field: Field<unknown> | undefined) => field?.value ?? null;

const DESCRIPTION =
  '<h2>Job description</h2><div><p>You will lead the bank’s applied AI group of forty engineers and scientists.</p></div>';

describe('page reading (generic adapter, no schema.org data)', () => {
  it('reads the title from the main h1 and label/value pairs from a definition list', () => {
    const p = read(`
      <nav><h1>Example Bank Careers</h1><a href="/">Home</a></nav>
      <main><h1>Head of Applied AI</h1>
        <dl><dt>Employer</dt><dd>Example Bank plc</dd><dt>Location</dt><dd>Leeds, United Kingdom</dd>
          <dt>Salary</dt><dd>£120,000 - £140,000 per annum</dd></dl>${DESCRIPTION}</main>`);
    expect(value(p?.title)).toBe('Head of Applied AI');
    expect(value(p?.company)).toBe('Example Bank plc');
    expect(value(p?.location)).toBe('Leeds, United Kingdom');
    expect(value(p?.payText)).toBe('£120,000 - £140,000 per annum');
    expect(p?.location).toMatchObject({ source: expect.stringMatching(/labelled "Location".*page reading/) });
  });

  it('reads a table row, an inline "Label:" and a section heading over address lines', () => {
    const p = read(`<article><h1>Director of Machine Learning</h1>
      <table><tr><th>Company</th><td>Northwind Health</td></tr></table>
      <p><strong>Salary:</strong> €9.500 brutto <br>Full time</p>
      <h3>Job locations</h3><p>Northwind House</p><p>Königsallee 12</p><p>Düsseldorf</p><p>40212</p>
      <h3>Contract</h3><p>Permanent</p>${DESCRIPTION}</article>`);
    expect(value(p?.company)).toBe('Northwind Health');
    expect(value(p?.payText)).toBe('€9.500 brutto');
    expect(value(p?.location)).toBe('Northwind House, Königsallee 12, Düsseldorf, 40212');
  });

  it('reads marked header fields, the inner box of two, and several places as alternatives', () => {
    const p = read(`<div class="job-header"><h1 data-at="header-job-title">VP, Data &amp; AI</h1>
      <ul><li class="listing-company"><span data-at="metadata-company-name">Contoso Retail</span><button>Follow</button></li>
      <li><div class="association location-icon"><span aria-label="location" role="img"></span>
        <ul><li>USA, WA, Seattle</li><li>USA, NY, New York City</li></ul></div></li></ul></div>${DESCRIPTION}`);
    expect(value(p?.title)).toBe('VP, Data & AI');
    expect(value(p?.company)).toBe('Contoso Retail');
    expect(value(p?.location)).toBe('USA, WA, Seattle; USA, NY, New York City');
  });

  it("takes the posting's own field, nearest its heading, and not a similar job's further down", () => {
    const p = read(`<div class="ad"><div><h1>Staff ML Engineer</h1></div>
        <ul><li data-at="metadata-location">Southwark, London (SE1)</li><li data-at="metadata-salary">Competitive salary</li></ul></div>
      ${DESCRIPTION}
      <section><h2>Similar jobs</h2>
        <article data-at="job-item"><a>Lead Engineer</a><span data-at="job-item-location">Manchester</span>
          <span data-at="job-item-salary-info">£65000 - £75000 per annum</span></article></section>
      <div class="company-profile"><h3>In short</h3><dl><dt>Location</dt><dd>Düsseldorf, Germany</dd></dl></div>`);
    expect(value(p?.location)).toBe('Southwark, London (SE1)');
    // "Competitive salary" states no figure: the posting has none, the similar job's £65,000 is not it.
    expect(value(p?.payText)).toBeNull();
  });

  it('leaves a field null, with its reason, when the page neither heads nor labels it', () => {
    const p = read(`<main><h1>Chief AI Officer</h1>${DESCRIPTION}</main>`);
    expect(value(p?.title)).toBe('Chief AI Officer');
    expect(p?.company).toEqual({
      value: null,
      reason: 'not found: no schema.org JobPosting; the page neither heads nor labels its company',
    });
  });

  it('never lets the page override schema.org data, and site adapters never read the page', () => {
    const doc = parse(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'JobPosting',
        title: 'Head of AI Platform',
        hiringOrganization: { name: 'Fabrikam' },
      })}</script><h1>Careers at Fabrikam</h1><dl><dt>Location</dt><dd>Toronto, ON</dd></dl>${DESCRIPTION}`,
    );
    const p = extractPosting(doc, URL, generic);
    expect(value(p?.title)).toBe('Head of AI Platform');
    expect(value(p?.company)).toBe('Fabrikam');
    expect(value(p?.location)).toBe('Toronto, ON');
    const claimed = extractPosting(doc, 'https://www.linkedin.com/jobs/view/4400000099/', linkedin);
    expect(value(claimed?.location)).toBeNull();
  });

  it('gives the analysis a region and pay from what the page labels', () => {
    const doc = parse(`<main><h1>Head of AI</h1><dl><dt>Company</dt><dd>Example Bank plc</dd>
      <dt>Location</dt><dd>Pool, Cornwall, TR15 3DU, United Kingdom</dd><dt>Salary</dt><dd>£150,000 a year</dd></dl>${DESCRIPTION}</main>`);
    const analysis = analyzeDocument(
      doc,
      URL,
      loadBundledData(),
      { displayCurrency: 'USD', basis: 'base', today: '2026-12-06' },
      generic,
    );
    expect(analysis?.region?.id).toBe('GB');
    expect(analysis?.pay).toMatchObject({ min: 150_000, max: 150_000, currency: 'GBP', period: 'year' });
  });
});
