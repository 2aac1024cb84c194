// findPayInText: the pay sentence of a long description.
import { describe, expect, it } from 'vitest';
import { findPayInText } from '../../../lib/engine/pay';
import { pick, year } from './helpers';

describe('findPayInText', () => {
  // Sentences from real postings, abridged: Greenhouse (Discord, Databricks, Relativity Space, Form Health),
  // Workday (Blue Origin), Ashby (Mercor, Directive, Council Capital, Docker), Lever (Blackshark.ai, Mistral AI),
  // LinkedIn (Data Idols); provenance in the research fixtures' SOURCES.md under the same site names.
  const discord =
    'We kicked off in 2015 and raised $50M in a Series B round. ' +
    'The US base salary range for this full-time position is $400,000 to $450,000 + equity + benefits. ' +
    'Our salary ranges are determined by role and level.';

  it('finds the sentence that states the range, and equity offered with it', () => {
    const pay = findPayInText(discord);
    expect(pick(pay)).toEqual(year(400_000, 450_000, 'USD'));
    expect(pay?.equity).toBe(true);
    expect(pay?.text).toBe(
      'The US base salary range for this full-time position is $400,000 to $450,000 + equity + benefits',
    );
  });

  it('reads a range under a short heading line', () => {
    expect(
      pick(findPayInText('About the job\n\nLocal Pay Range\n$217,000 — $312,200 USD\n\nBenefits')),
    ).toEqual(year(217_000, 312_200, 'USD'));
    expect(
      pick(findPayInText('Hiring Range: $168,000 - $252,000 USD We are an equal opportunity employer')),
    ).toEqual(year(168_000, 252_000, 'USD'));
    expect(pick(findPayInText('Base Annual Salary $140,000 - $170,000 USD'))).toEqual(
      year(140_000, 170_000, 'USD'),
    );
  });

  it('reads a range on the line after a label ending in a colon', () => {
    const text =
      'For pay transparency purposes, the base salary range for this full-time position in the locations of ' +
      'San Francisco, New York, Seattle is:\n  $252,000  —  $315,000 USD \n\n PLEASE NOTE: Our policy requires a ' +
      '90-day waiting period';
    expect(pick(findPayInText(text))).toEqual(year(252_000, 315_000, 'USD'));
  });

  it('does not take a perk under a pay heading for pay', () => {
    expect(findPayInText('Competitive salary\n- $500 per month for your phone')).toBeNull();
    expect(findPayInText('Salary and perks:\n$50 a week towards lunch')).toBeNull();
  });

  it('finds the first range in location tiers', () => {
    const text =
      'Prior experience in a space hardware development environment Base Pay Range for: CA applicants is ' +
      '$121,023.00 - $169,432.20 Other site ranges may differ. WA applicants: $115,000.00 - $160,000.00';
    const pay = findPayInText(text);
    expect(pick(pay)).toEqual(year(121_023, 169_432.2, 'USD'));
    expect(pay?.otherRanges).toEqual([{ min: 115_000, max: 160_000, label: 'WA applicants' }]);
  });

  it('skips perks, funding and company figures to reach the pay', () => {
    const text = [
      'Mercor is a profitable Series C company valued at $10 billion.',
      'Today, more than 30,000 experts in our network collectively earn over $3 million a day.',
      'Benefits',
      '- Up to $15k Relocation bonus',
      '- $10K housing bonus',
      '- $1.5K monthly stipend for meals',
      '- $200 monthly laundry reimbursement',
      'Compensation: $150K – $300K • Offers Equity',
    ].join('\n');
    const pay = findPayInText(text);
    expect(pick(pay)).toEqual(year(150_000, 300_000, 'USD'));
    expect(pay?.equity).toBe(true);
  });

  const notPayProse = [
    'We manage $10B in assets and match your 401(k) up to $5,000.',
    'The Strategist owns multiple client engagements in the $15K–$30K+ retainer range.',
    'We have secured $35 million in series A funding from top investors.',
    'managing over $350 million in committed capital, enterprise values between $10 million and $100 million.',
    'Competitive cash salary and equity\nSport: $90 for gym membership allowance\nTransportation: $120/month reimbursed',
    'The TAM for AI governance is a $40B market.',
    'Generous $1,000 learning budget and a $2,500 home office stipend.',
    'London (Hybrid) £90,000 - £100,000 Here at Data Idols', // figures with no word saying they are pay
  ];
  for (const text of notPayProse) {
    it(`null for ${JSON.stringify(text)}`, () => expect(findPayInText(text)).toBeNull());
  }

  it('reads OTE in a sales leadership description', () => {
    const pay = findPayInText('Compensation: $250,000 base, $500,000 OTE, plus equity.');
    expect(pay?.ote).toBe(true);
    expect(pay?.min).toBe(250_000);
  });

  it('scans a 100 KB description in one fast pass', () => {
    const filler =
      'We build AI systems 1 000 000 times over, 1.2.3.4.5 versions, $$$ ££ €€, ' +
      '9'.repeat(200) +
      ' ' +
      '- '.repeat(100) +
      ' '.repeat(300);
    const text = `${filler.repeat(Math.ceil(100_000 / filler.length))}\nThe salary range is $200,000 - $250,000.`;
    expect(text.length).toBeGreaterThan(100_000);
    // A backtracking scan would not finish inside the test timeout; timing itself is `npm run bench`'s.
    expect(pick(findPayInText(text))).toEqual(year(200_000, 250_000, 'USD'));
  });
});
