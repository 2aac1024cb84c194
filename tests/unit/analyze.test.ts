// The posting's place decides what an unnamed or bare-"$" figure is in: the pipeline, end to end.
import { describe, expect, it } from 'vitest';
import { loadBundledData } from '../../data';
import { analyzeDocument } from '../../lib/engine/analyze';
import { generic } from '../../lib/engine/sites/generic';

const OPTIONS = { displayCurrency: 'USD', basis: 'base', today: '2026-12-06' } as const;

function postingIn(location: string, pay: string) {
  const html = `<html><body><script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Head of AI',
    hiringOrganization: { '@type': 'Organization', name: 'Example Co' },
    jobLocation: { '@type': 'Place', address: { addressLocality: location } },
    description: `<p>Lead our AI team.</p><p>The salary range for this role is ${pay}.</p>`,
  })}</script></body></html>`;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return analyzeDocument(doc, 'https://careers.example.com/jobs/1', loadBundledData(), OPTIONS, generic);
}

describe('posted pay in the posting’s own currency', () => {
  it('reads a bare "$" as the dollar of the country the job is in', () => {
    expect(postingIn('Toronto, ON', '$120,000 to $195,000 per year')?.pay).toMatchObject({
      min: 120000,
      max: 195000,
      currency: 'CAD',
    });
    expect(postingIn('Sydney, NSW, Australia', '$180,000 - $220,000 per year')?.pay?.currency).toBe('AUD');
    expect(postingIn('Austin, TX', '$180,000 - $220,000 per year')?.pay?.currency).toBe('USD');
  });

  it('reads a figure that names no currency in the local one, and says it was inferred', () => {
    expect(postingIn('London, UK', '120,000 - 150,000 per year')?.pay).toMatchObject({
      currency: 'GBP',
      currencyInferred: true,
    });
    expect(postingIn('Berlin, Germany', '120.000 - 150.000 pro Jahr')?.pay).toMatchObject({
      min: 120000,
      currency: 'EUR',
      currencyInferred: true,
    });
  });

  it('names no currency for a figure without one when the place is unknown', () => {
    expect(postingIn('Remote', '120,000 - 150,000 per year')?.pay ?? null).toBeNull();
  });
});
