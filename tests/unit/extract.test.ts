import { describe, expect, it } from 'vitest';
import {
  extractPosting,
  findAdapter,
  listCards,
  paySentence,
  workplaceFromText,
} from '../../lib/engine/extract';
import { readJsonLdJobPosting, readMicrodataJobPosting } from '../../lib/engine/jsonld';
import { generic } from '../../lib/engine/sites/generic';
import { indeed } from '../../lib/engine/sites/indeed';
import { loadFixture, readValue, sourceOf } from './sites/fixture';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
// Escaped as real pages escape it, so a "</script>" inside a description cannot close the block.
const jsonLd = (data: unknown) =>
  parse(
    `<html><head><script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></head><body></body></html>`,
  );

describe('findAdapter', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/4400000002/', 'linkedin'],
    ['https://uk.linkedin.com/jobs/view/head-of-ai-at-x-4400000003', 'linkedin'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1', 'linkedin'],
    ['https://uk.indeed.com/viewjob?jk=abc123', 'indeed'],
    ['https://boards.greenhouse.io/acme/jobs/123', 'greenhouse'],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/123', 'greenhouse'],
    ['https://jobs.eu.lever.co/acme/56a85834-d986-4105-9cc8-98f9cd482f1a', 'lever'],
    ['https://jobs.ashbyhq.com/acme/62bb2adf-2c33-4ef8-b8e6-8cb9bcbbd505/application', 'ashby'],
    ['https://acme.wd5.myworkdayjobs.com/en-US/Careers/job/Austin-TX/Head-of-AI_R123', 'workday'],
    ['https://wellfound.com/jobs/4302055-data-analyst', 'wellfound'],
    ['https://www.glassdoor.co.uk/job-listing/x-JV_IC1_KO0,2.htm?jl=1', 'glassdoor'],
  ])('%s -> %s', (url, site) => {
    expect(findAdapter(url)?.id).toBe(site);
  });

  it.each(['https://www.linkedin.com/feed/', 'https://example.com/careers/head-of-ai', 'not a url'])(
    'claims nothing for %s',
    (url) => {
      expect(findAdapter(url)).toBeNull();
    },
  );
});

describe('extractPosting', () => {
  it('returns null for a URL no adapter claims, even on a posting page', () => {
    expect(
      extractPosting(loadFixture('samples/ashby-job.html'), 'https://example.com/jobs/vp-of-ai'),
    ).toBeNull();
  });

  it('reads schema.org on any page when given the generic adapter', () => {
    const p = extractPosting(
      loadFixture('samples/ashby-job.html'),
      'https://example.com/jobs/vp-of-ai',
      generic,
    );
    expect(p?.site).toBe('generic');
    expect(p && readValue(p.title)).toBe('VP of AI');
    expect(p?.structuredPay?.max).toBe(370000);
  });

  it('returns null when a claimed page shows no posting', () => {
    const doc = parse(
      '<html><head><title>LinkedIn</title></head><body><main><p>Loading…</p></main></body></html>',
    );
    expect(extractPosting(doc, 'https://www.linkedin.com/jobs/search/?keywords=ai')).toBeNull();
  });

  it('gives every field null with a reason when all selectors miss, using the labelled last resorts', () => {
    // Never the document title: "Head of AI | Someone | LinkedIn" is a guess, and guesses are not read.
    const doc = parse(`<html><head><title>Head of AI | Someone | LinkedIn</title></head><body>
      <section><h2>About the job</h2><div>We are hiring a Head of AI to lead our ML teams. The base salary is $200,000 - $240,000 per year.</div></section>
      </body></html>`);
    const p = extractPosting(doc, 'https://www.linkedin.com/jobs/view/4400000077/');
    if (!p) expect.fail('expected a posting');
    expect(readValue(p.description)).toBe(
      'We are hiring a Head of AI to lead our ML teams. The base salary is $200,000 - $240,000 per year.',
    );
    expect(sourceOf(p.description)).toBe('largest text block under heading "About the job" (last resort)');
    expect(readValue(p.payText)).toBe('The base salary is $200,000 - $240,000 per year.');
    for (const field of [p.title, p.company, p.location, p.workplace]) {
      expect(field.value).toBeNull();
      expect(field).toMatchObject({
        reason: expect.stringMatching(
          /^not found: no schema.org JobPosting; none of \d+ linkedin selector\(s\) matched$/,
        ),
      });
    }
    expect(p.jobId).toBe('4400000077');
  });

  it('never throws: a broken JSON-LD block and an unparsable selector cost only themselves', () => {
    const doc = loadFixture('samples/indeed-job.html');
    const broken = doc.createElement('script');
    broken.type = 'application/ld+json';
    broken.textContent = '{"@type": "JobPosting", "title": ';
    doc.head.prepend(broken);
    const p = extractPosting(doc, 'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718');
    expect(p && readValue(p.title)).toBe('Head of AI Platform');
    expect(p && sourceOf(p.title)).toBe('json-ld JobPosting.title');

    const withBadSelector = {
      ...indeed,
      fields: {
        ...indeed.fields,
        payText: [{ css: '[[not css', seen: '2026-08' }, ...indeed.fields.payText],
      },
    };
    const q = extractPosting(doc, 'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718', withBadSelector);
    expect(q && readValue(q.payText)).toBe('$225,000 - $265,000 a year');
  });

  it('reads workplace from the location text when no workplace element exists', () => {
    const doc = loadFixture('samples/glassdoor-job.html');
    const location = doc.querySelector('[data-test="location"]');
    if (location) location.textContent = 'Chicago, IL (Hybrid)';
    const p = extractPosting(doc, 'https://www.glassdoor.com/job-listing/x-JV_KO0,2.htm?jl=4400000041');
    expect(p && readValue(p.workplace)).toBe('hybrid');
    expect(p && sourceOf(p.workplace)).toBe('location text "Chicago, IL (Hybrid)"');
  });
});

describe('JSON-LD and microdata', () => {
  it('finds a JobPosting inside @graph and nested arrays, with a single-value salary and an hourly unit', () => {
    const doc = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Careers' },
        [
          {
            '@type': ['Thing', 'JobPosting'],
            title: 'Director of AI &amp; Data',
            hiringOrganization: 'Acme',
            baseSalary: {
              currency: 'EUR',
              value: { '@type': 'QuantitativeValue', value: '95', unitText: 'hour' },
            },
            jobLocation: [
              { address: { addressLocality: 'Berlin', addressCountry: { name: 'DE' } } },
              { address: 'Munich, DE' },
            ],
          },
        ],
      ],
    });
    const p = readJsonLdJobPosting(doc);
    expect(p && readValue(p.title)).toBe('Director of AI & Data');
    expect(p && readValue(p.company)).toBe('Acme');
    expect(p && readValue(p.location)).toBe('Berlin, DE; Munich, DE');
    expect(p?.structuredPay).toEqual({ min: 95, max: 95, currency: 'EUR', unit: 'HOUR' });
  });

  it('reads TELECOMMUTE and applicantLocationRequirements when there is no jobLocation', () => {
    const p = readJsonLdJobPosting(
      jsonLd({
        '@type': 'JobPosting',
        title: 'Head of ML',
        jobLocationType: 'TELECOMMUTE',
        applicantLocationRequirements: [{ '@type': 'Country', name: 'Canada' }],
      }),
    );
    expect(p && readValue(p.workplace)).toBe('remote');
    expect(p && readValue(p.location)).toBe('Remote, Canada');
    expect(p && sourceOf(p.location)).toBe('json-ld JobPosting.applicantLocationRequirements');
    expect(p?.structuredPay).toBeNull();
    expect(p?.company).toMatchObject({ value: null, reason: 'JobPosting has no hiringOrganization' });
  });

  // As Ashby, Teamtailor, Recruitee and justjoin.it write it (third-party pages): TELECOMMUTE on hybrid and
  // remote-allowed jobs too, the office in jobLocation, the country in applicantLocationRequirements.
  it("reads a remote job's city first and where applicants may live after it", () => {
    const p = readJsonLdJobPosting(
      jsonLd({
        '@type': 'JobPosting',
        title: 'Head of AI',
        jobLocationType: 'TELECOMMUTE',
        jobLocation: {
          '@type': 'Place',
          address: { addressLocality: 'Pasadena', addressRegion: null, addressCountry: 'US' },
        },
        applicantLocationRequirements: [
          { '@type': 'Country', name: 'United States' },
          { '@type': 'Country', name: 'Canada' },
        ],
      }),
    );
    expect(p && readValue(p.location)).toBe('Pasadena, US; Remote, United States; Remote, Canada');
    expect(p && sourceOf(p.location)).toBe(
      'json-ld JobPosting.jobLocation.address and applicantLocationRequirements',
    );
    expect(p && readValue(p.workplace)).toBe('remote');
  });

  it("does not repeat a remote job's jobLocation that only names the applicants' country", () => {
    const p = readJsonLdJobPosting(
      jsonLd({
        '@type': 'JobPosting',
        title: 'Head of AI',
        jobLocationType: 'TELECOMMUTE',
        jobLocation: { '@type': 'Place', address: { addressCountry: 'United States' } },
        applicantLocationRequirements: { '@type': 'Country', name: 'United States' },
      }),
    );
    expect(p && readValue(p.location)).toBe('Remote, United States');
    expect(p && sourceOf(p.location)).toBe('json-ld JobPosting.applicantLocationRequirements');
  });

  it('reads jobLocation, not applicantLocationRequirements, when the job is not remote', () => {
    const p = readJsonLdJobPosting(
      jsonLd({
        '@type': 'JobPosting',
        title: 'Head of AI',
        jobLocation: { '@type': 'Place', address: { addressLocality: 'Hull', addressCountry: 'GB' } },
        applicantLocationRequirements: { '@type': 'Country', name: 'GB' },
      }),
    );
    expect(p && readValue(p.location)).toBe('Hull, GB');
    expect(p && sourceOf(p.location)).toBe('json-ld JobPosting.jobLocation.address');
    expect(p?.workplace).toMatchObject({ value: null });
  });

  it('turns description HTML into text without running or loading anything', () => {
    const html =
      '<p>Lead <b>AI</b> governance.</p><script>document.title = "pwned"</script><img src="x" onerror="document.title=\'pwned\'"><ul><li>LLMs</li><li>MLOps &amp; eval</li></ul>';
    const doc = jsonLd({ '@type': 'JobPosting', title: 'VP of AI', description: html });
    const p = readJsonLdJobPosting(doc);
    expect(p && readValue(p.description)).toBe('Lead AI governance. LLMs MLOps & eval');
    expect(doc.title).toBe('');
    expect(doc.querySelector('img')).toBeNull();
  });

  it('reads microdata when there is no JSON-LD', () => {
    const doc =
      parse(`<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Chief AI Officer</h1>
      <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span></div>
      <div itemprop="jobLocation" itemscope><span itemprop="addressLocality">Austin</span>, <span itemprop="addressRegion">TX</span></div>
      <div itemprop="baseSalary" itemscope><meta itemprop="currency" content="USD"><meta itemprop="minValue" content="300000"><meta itemprop="maxValue" content="400000"><meta itemprop="unitText" content="YEAR"></div>
      <div itemprop="description"><p>Own the AI strategy.</p><p>Report to the board.</p></div></div>`);
    expect(readJsonLdJobPosting(doc)).toBeNull();
    const p = readMicrodataJobPosting(doc);
    expect(p && readValue(p.title)).toBe('Chief AI Officer');
    expect(p && readValue(p.company)).toBe('Acme');
    expect(p && readValue(p.location)).toBe('Austin, TX');
    expect(p && readValue(p.description)).toBe('Own the AI strategy. Report to the board.');
    expect(p?.structuredPay).toEqual({ min: 300000, max: 400000, currency: 'USD', unit: 'YEAR' });
  });
});

describe('paySentence and workplaceFromText', () => {
  it('skips funding and valuation figures and money without a pay word', () => {
    expect(paySentence('We have secured $35 million in series A funding. We are growing fast.')).toBeNull();
    expect(paySentence('Client engagements in the $15K–$30K+ retainer range are common.')).toBeNull();
    expect(paySentence('Great team. Salary: £150,000 - £190,000 per year plus bonus. Apply now.')).toBe(
      'Salary: £150,000 - £190,000 per year plus bonus.',
    );
  });

  it.each([
    ['Hybrid', 'hybrid'],
    ['Remote', 'remote'],
    ['On-site', 'on-site'],
    ['In sede', 'on-site'],
    ['Hybride', 'hybrid'],
    ['Full-time', null],
  ])('%s -> %s', (text, expected) => {
    expect(workplaceFromText(text)).toBe(expected);
  });
});

describe('listCards', () => {
  it('returns nothing for a site without list pages', () => {
    expect(
      listCards(
        loadFixture('samples/greenhouse-job.html'),
        'https://job-boards.greenhouse.io/quillfeather/jobs/4400000021',
      ),
    ).toEqual([]);
  });
});
