// Greenhouse, Lever, Ashby and Workday: applicant-tracking-system pages, samples and real captures.
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../../lib/engine/extract';
import type { Posting } from '../../../lib/engine/types';
import { loadFixture, readValue, sourceOf } from './fixture';

function posting(path: string, url: string): Posting {
  const found = extractPosting(loadFixture(path), url);
  if (!found) expect.fail(`no posting read from ${path}`);
  return found;
}

describe('greenhouse', () => {
  it('reads the sample job-boards page and its content-pay-transparency block', () => {
    const p = posting(
      'samples/greenhouse-job.html',
      'https://job-boards.greenhouse.io/quillfeather/jobs/4400000021',
    );
    expect(p.site).toBe('greenhouse');
    expect(p.jobId).toBe('4400000021');
    expect(readValue(p.title)).toBe('Director of AI');
    expect(sourceOf(p.title)).toContain('.job__title h1');
    expect(readValue(p.company)).toBe('Quillfeather');
    expect(readValue(p.location)).toBe('Remote - US');
    expect(readValue(p.workplace)).toBe('remote');
    expect(readValue(p.payText)).toBe('$230,000—$285,000 USD');
    expect(sourceOf(p.payText)).toContain('.content-pay-transparency .pay-range');
    expect(readValue(p.description)).toMatch(/^About Quillfeather Quillfeather builds writing/);
  });

  it('reads the company from the page title when the logo is gone (dated fallback)', () => {
    const doc = loadFixture('samples/greenhouse-job.html');
    doc.querySelector('.job__header-logo')?.remove();
    const p = extractPosting(doc, 'https://job-boards.greenhouse.io/quillfeather/jobs/4400000021');
    expect(p && readValue(p.company)).toBe('Quillfeather');
    expect(p && sourceOf(p.company)).toBe('selector head > title (seen 2026-07)');
  });

  it('reads the real Relativity Space page (job__pay-ranges with prose before the range)', () => {
    const p = posting(
      'real/greenhouse/job-boards-relativity-space-director-internal-communications.html',
      'https://job-boards.greenhouse.io/relativity/jobs/8611207002',
    );
    expect(readValue(p.title)).toBe('Director, Internal Communications');
    expect(readValue(p.company)).toBe('Relativity Space');
    expect(readValue(p.location)).toBe('Long Beach, California');
    expect(readValue(p.payText)).toBe('$168,000 - $252,000 USD');
    expect(sourceOf(p.payText)).toBe('selector .job__pay-ranges .pay-range > p:has(> bdi) (seen 2026-07)');
    expect(readValue(p.description)).toMatch(/^At Relativity Space, we’re building rockets/);
  });
});

describe('lever', () => {
  it('reads the sample posting; the CA$ pay comes from the description sentence', () => {
    const p = posting(
      'samples/lever-job.html',
      'https://jobs.lever.co/maplestone/7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    );
    expect(p.jobId).toBe('7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f');
    expect(readValue(p.title)).toBe('Head of Machine Learning');
    expect(readValue(p.company)).toBe('Maplestone Robotics');
    expect(readValue(p.location)).toBe('Toronto, Ontario');
    expect(readValue(p.workplace)).toBe('hybrid');
    expect(sourceOf(p.workplace)).toContain('.workplaceTypes');
    expect(readValue(p.payText)).toBe(
      'The salary range for this role is CA$210,000 - CA$260,000 per year, plus stock options.',
    );
    expect(sourceOf(p.payText)).toBe('sentence from description (last resort)');
    expect(readValue(p.description)).toMatch(/^Maplestone Robotics builds autonomous picking robots/);
  });

  it('reads the real Blackshark page from its JSON-LD, with the workplace from the DOM; "$35 million" is not pay', () => {
    const p = posting(
      'real/lever/posting-page-blackshark-platform-engineer-graz.html',
      'https://jobs.eu.lever.co/blackshark/56a85834-d986-4105-9cc8-98f9cd482f1a',
    );
    expect(readValue(p.title)).toBe('Platform Engineer - Deployment Team');
    expect(sourceOf(p.title)).toBe('json-ld JobPosting.title');
    expect(readValue(p.company)).toBe('Blackshark.ai');
    expect(readValue(p.location)).toBe('Graz');
    expect(readValue(p.workplace)).toBe('remote');
    expect(p.payText.value).toBeNull();
    expect(readValue(p.description)).toMatch(
      /^!Please note that this job requires to work within european hours!/,
    );
  });
});

describe('ashby', () => {
  it('reads the sample: JSON-LD first (with baseSalary), the left-pane compensation for pay text', () => {
    const p = posting(
      'samples/ashby-job.html',
      'https://jobs.ashbyhq.com/sunbird-labs/3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9',
    );
    expect(readValue(p.title)).toBe('VP of AI');
    expect(sourceOf(p.title)).toBe('json-ld JobPosting.title');
    expect(readValue(p.company)).toBe('Sunbird Labs');
    // Remote (TELECOMMUTE): the office in jobLocation, as the page's left pane shows it, then where
    // applicants may live.
    expect(readValue(p.location)).toBe('Boston, Massachusetts, United States; Remote, United States');
    expect(sourceOf(p.location)).toBe(
      'json-ld JobPosting.jobLocation.address and applicantLocationRequirements',
    );
    expect(readValue(p.workplace)).toBe('remote');
    expect(readValue(p.payText)).toBe('$300K – $370K • Offers Equity');
    expect(p.structuredPay).toEqual({ min: 300000, max: 370000, currency: 'USD', unit: 'YEAR' });
    expect(readValue(p.description)).toMatch(
      /^About Sunbird Labs Sunbird Labs builds clinical documentation software/,
    );
  });

  it('reads the left-pane label/value sections when the JSON-LD is gone', () => {
    const doc = loadFixture('samples/ashby-job.html');
    doc.querySelector('script[type="application/ld+json"]')?.remove();
    const p = extractPosting(
      doc,
      'https://jobs.ashbyhq.com/sunbird-labs/3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9',
    );
    expect(p && readValue(p.title)).toBe('VP of AI');
    expect(p && sourceOf(p.title)).toBe('selector .ashby-job-posting-heading (seen 2026-07)');
    expect(p && readValue(p.location)).toBe('Boston');
    expect(p && readValue(p.workplace)).toBe('remote');
    expect(p && sourceOf(p.workplace)).toContain('labelled /^Location Type$/i');
    expect(p && readValue(p.company)).toBe('Sunbird Labs');
  });

  it('reads the real Mercor /application page (description only in JSON-LD)', () => {
    const p = posting(
      'real/ashby/application-tab-mercor-enterprise-ai-lead.html',
      'https://jobs.ashbyhq.com/mercor/88e8c31f-8197-4948-8d8c-ff3ceee367ce/application',
    );
    expect(readValue(p.title)).toBe('Enterprise AI Lead');
    expect(readValue(p.company)).toBe('Mercor');
    expect(readValue(p.payText)).toBe('$150K – $300K • Offers Equity • Bi-Annual Performance Bonus');
    expect(p.structuredPay).toMatchObject({ min: 150000, max: 300000, currency: 'USD', unit: 'YEAR' });
    expect(readValue(p.description)).toMatch(
      /^About Mercor Mercor's mission is to organize human intelligence/,
    );
    expect(sourceOf(p.description)).toBe('json-ld JobPosting.description');
  });
});

describe('workday', () => {
  it('reads the sample through data-automation-id hooks; no company element exists', () => {
    const p = posting(
      'samples/workday-job.html',
      'https://granitepeak.wd1.myworkdayjobs.com/en-US/GranitePeakCareers/job/Dallas-TX/Chief-Data-and-AI-Officer_R40021',
    );
    expect(p.jobId).toBe('R40021');
    expect(readValue(p.title)).toBe('Chief Data and AI Officer');
    expect(sourceOf(p.title)).toContain('[data-automation-id="jobPostingHeader"]');
    expect(p.company.value).toBeNull();
    expect(readValue(p.location)).toBe('Dallas, TX');
    expect(readValue(p.workplace)).toBe('hybrid');
    expect(readValue(p.payText)).toContain('$275,000.00 - $360,000.00 annually');
    expect(readValue(p.description)).toMatch(/^About Granite Peak Energy/);
  });

  it('reads the real Blue Origin page: JSON-LD first, pay from the description', () => {
    const p = posting(
      'real/workday/job-page-blue-origin-honeybee-engineer-test-iii.html',
      'https://blueorigin.wd5.myworkdayjobs.com/en-US/BlueOrigin/job/Engineer---Test-III_R66517',
    );
    expect(p.jobId).toBe('R66517');
    expect(readValue(p.title)).toBe('Engineer - Test III');
    expect(readValue(p.company)).toBe('Honeybee Robotics, LLC');
    expect(readValue(p.location)).toBe('CA - Altadena (Honeybee Robotics), United States of America');
    expect(readValue(p.payText)).toContain('$121,023.00 - $169,432.20');
    expect(readValue(p.description)).toMatch(/^Application close date: Applications will be accepted/);
  });
});

describe('workday location fallback (selector-churn counterexample)', () => {
  it('never reads the "locations" label alone as the location', () => {
    const url = 'https://blueorigin.wd5.myworkdayjobs.com/en-US/BlueOrigin/job/Engineer---Test-III_R66517';
    const doc = loadFixture('real/workday/job-page-blue-origin-honeybee-engineer-test-iii.html');
    for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')))
      script.remove();
    expect(extractPosting(doc, url)?.location.value).toBe('Los Angeles, CA');
    for (const dd of Array.from(doc.querySelectorAll('[data-automation-id="locations"] dd'))) dd.remove();
    expect(extractPosting(doc, url)?.location.value ?? null).toBeNull();
  });
});
