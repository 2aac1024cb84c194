// Job boards: Indeed, Wellfound, Glassdoor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPosting, listCards } from '../../../lib/engine/extract';
import type { Posting } from '../../../lib/engine/types';
import { loadFixture, readValue, sourceOf } from './fixture';

function posting(path: string, url: string): Posting {
  const found = extractPosting(loadFixture(path), url);
  if (!found) expect.fail(`no posting read from ${path}`);
  return found;
}

describe('indeed', () => {
  const url = 'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718';

  it('reads the sample viewjob: JSON-LD fields and baseSalary, pay text from #salaryInfoAndJobType', () => {
    const p = posting('samples/indeed-job.html', url);
    expect(p.jobId).toBe('a1b2c3d4e5f60718');
    expect(readValue(p.title)).toBe('Head of AI Platform');
    expect(readValue(p.company)).toBe('Cobaltline');
    expect(readValue(p.location)).toBe('Remote, US');
    expect(readValue(p.workplace)).toBe('remote');
    expect(readValue(p.payText)).toBe('$225,000 - $265,000 a year');
    expect(sourceOf(p.payText)).toContain('#salaryInfoAndJobType');
    expect(p.structuredPay).toEqual({ min: 225000, max: 265000, currency: 'USD', unit: 'YEAR' });
    expect(readValue(p.description)).toMatch(/^About Cobaltline Cobaltline makes accounting software/);
  });

  it('reads the DOM hooks when the page has no JSON-LD; the "- job post" suffix stays out of the title', () => {
    const doc = loadFixture('samples/indeed-job.html');
    doc.querySelector('script[type="application/ld+json"]')?.remove();
    const p = extractPosting(doc, url);
    expect(p && readValue(p.title)).toBe('Head of AI Platform');
    expect(p && sourceOf(p.title)).toBe(
      'selector [data-testid="jobsearch-JobInfoHeader-title"] > span:first-child (seen 2026-08)',
    );
    expect(p && readValue(p.company)).toBe('Cobaltline');
    expect(p && readValue(p.location)).toBe('Remote');
    expect(p && readValue(p.workplace)).toBe('remote');
    expect(p?.structuredPay).toBeNull();
  });

  it('reads the view pane of a real search page (IN), where the " - job post" suffix sits inside the title span', () => {
    const html = readFileSync(
      join(__dirname, '../../fixtures/third-party/pages/indeed-in-search-pane-uddhav-flutter-developer.html'),
      'utf8',
    );
    // happy-dom drops everything after a <style> inside an <svg> (capricorn86/happy-dom#2231), a browser
    // does not: the page's SVGs (icons, a preloader) are taken out before parsing.
    const doc = new DOMParser().parseFromString(html.replace(/<svg\b[\s\S]*?<\/svg>/g, ''), 'text/html');
    const p = extractPosting(doc, 'https://in.indeed.com/q-flutter-developer-jobs.html');
    if (!p) return expect.fail('no posting read from the view pane');
    expect(readValue(p.title)).toBe('Flutter Developer');
    expect(sourceOf(p.title)).toBe(
      'selector [data-testid="jobsearch-JobInfoHeader-title"] > span:first-child (seen 2026-08)',
    );
    expect(readValue(p.company)).toBe('Uddhav Innovations');
    expect(readValue(p.location)).toBe('Remote');
    expect(readValue(p.workplace)).toBe('remote');
  });

  it('reads the real PaperCut viewjob (AU)', () => {
    const p = posting(
      'real/indeed/viewjob-papercut-senior-devops-engineer-au.html',
      'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    );
    expect(readValue(p.title)).toBe('Senior DevOps Engineer');
    expect(readValue(p.company)).toBe('PaperCut Software');
    expect(readValue(p.payText)).toBe('$130,000 - $160,000 a year');
    expect(p.structuredPay).toEqual({ min: 130000, max: 160000, currency: 'AUD', unit: 'YEAR' });
    expect(readValue(p.description)).toMatch(/^Company Description At PaperCut, we believe two things/);
  });
});

describe('wellfound', () => {
  it('reads the sample job page', () => {
    const p = posting('samples/wellfound-job.html', 'https://wellfound.com/jobs/4400000031-ai-product-lead');
    expect(p.jobId).toBe('4400000031');
    expect(readValue(p.title)).toBe('AI Product Lead');
    expect(readValue(p.company)).toBe('Fennel Street');
    expect(readValue(p.location)).toBe('San Francisco');
    expect(readValue(p.workplace)).toBe('on-site');
    expect(readValue(p.payText)).toBe('$190k – $230k • 0.2% – 0.5%');
    expect(sourceOf(p.payText)).toContain('[data-test="JobCompensation"]');
    expect(readValue(p.description)).toMatch(/^Fennel Street is a 40-person startup/);
  });
});

describe('glassdoor', () => {
  it('reads the sample detail pane', () => {
    const url =
      'https://www.glassdoor.com/job-listing/director-of-machine-learning-stonebridge-retail-group-JV_IC1128808_KO0,28_KE29,53.htm?jl=4400000041';
    const p = posting('samples/glassdoor-job.html', url);
    expect(p.jobId).toBe('4400000041');
    expect(readValue(p.title)).toBe('Director of Machine Learning');
    expect(readValue(p.company)).toBe('Stonebridge Retail Group');
    expect(readValue(p.location)).toBe('Chicago, IL');
    expect(readValue(p.payText)).toBe('$205K - $250K (Employer provided)');
    expect(sourceOf(p.payText)).toContain('[data-test="detailSalary"]');
    expect(readValue(p.description)).toMatch(/^Stonebridge Retail Group runs 600 home-improvement stores/);
  });

  it('reads the real UK "for you" pane and lists its 20 cards', () => {
    const url = 'https://www.glassdoor.co.uk/Job/index.htm';
    const doc = loadFixture('real/glassdoor/loggedin-for-you-list-and-detail-pane-uk.html');
    const p = extractPosting(doc, url);
    expect(p?.jobId).toBe('1010162475284');
    expect(p && readValue(p.title)).toBe('Mid Level Software Developer');
    expect(p && readValue(p.company)).toBe('LUV Infinity Group');
    expect(p && readValue(p.location)).toBe('Bristol, England');
    expect(p && readValue(p.payText)).toBe('£40k - £45k (Employer provided)');
    const cards = listCards(doc, url);
    expect(cards).toHaveLength(20);
    expect(cards.find((c) => c.title === 'Platform Operations Director')).toMatchObject({
      company: 'ClearCourse',
      payText: '£45k - £48k (Glassdoor Est.)',
    });
  });
});

describe('indeed description fallback (selector-churn counterexample)', () => {
  it('reads the inner description, never the outer block of job details', () => {
    const url = 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
    const doc = loadFixture('real/indeed/viewjob-papercut-senior-devops-engineer-au.html');
    for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')))
      script.remove();
    const inner = doc.querySelector('#jobDescriptionText');
    const text = extractPosting(doc, url)?.description.value;
    inner?.removeAttribute('id');
    expect(extractPosting(doc, url)?.description.value).toBe(text);
    inner?.remove();
    expect(extractPosting(doc, url)?.description.value ?? null).not.toMatch(/^Job details/);
  });
});
