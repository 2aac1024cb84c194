// The compare page's pay chart: postings grouped by the currency of their pay on one common axis, each beside
// the market band for its role and region (converted where the band is in another currency), drawn at the
// right places and read out in words. The bands here are made up for the test (synthetic, not data/): the
// model's arithmetic is what is checked, whatever the bundled figures are.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareI18nProvider } from '../../components/compare/compare-i18n';
import { PayChartView } from '../../components/compare/PayChart';
import { axisFor, type PayChartData, payChart, placeOn } from '../../components/compare/pay-chart-model';
import { loadCoreData } from '../../data/core';
import type { SalaryEntry } from '../../data/schema';
import { loadCompareTranslator } from '../../lib/extension/i18n/compare';
import { recordSighting } from '../../lib/extension/ledger-model';
import type { LedgerEntry, LedgerPay } from '../../lib/extension/ledger-schema';
import { sighting, T0 } from './ledger-fixtures';

const core = loadCoreData();
const headOfAi = core.roles.find((role) => role.id === 'head_ai')?.name;
const band = (fields: Record<string, unknown>) =>
  ({
    kind: 'band',
    basis: 'base',
    method: 'computed',
    confidence: 'high',
    year: 2025,
    ...fields,
  }) as SalaryEntry;
const data: PayChartData = {
  ...core,
  salaries: [
    band({
      role: 'head_ai',
      region: 'GB',
      currency: 'GBP',
      low: 60_000,
      p25: 80_000,
      p50: 95_000,
      p75: 120_000,
      high: 160_000,
    }),
    band({ role: 'director_ai', region: 'GB', currency: 'GBP', low: 100_000, high: 150_000 }),
    band({ role: 'vp_ai', region: 'US', currency: 'USD', p50: 300_000 }),
  ],
  rates: { ...core.rates, base: 'EUR', rates: { GBP: 0.8, USD: 1.2 } },
};

const yearly = (low: number, high: number, currency: string): LedgerPay => ({
  min: low,
  max: high,
  currency,
  period: 'year',
  annualMin: low,
  annualMax: high,
});
let id = 0;
function posting(fields: Parameters<typeof sighting>[0]): LedgerEntry {
  id++;
  return recordSighting(undefined, `greenhouse:${id}`, sighting({ jobId: `${id}`, ...fields }), T0);
}

const london = posting({ title: 'Head of AI', pay: yearly(150_000, 190_000, 'GBP') });
const director = posting({
  title: 'Director of AI',
  roleId: 'director_ai',
  pay: yearly(110_000, 130_000, 'GBP'),
});
const unknownPlace = posting({
  title: 'Head of AI, Atlantis',
  location: 'Atlantis',
  pay: yearly(70_000, 90_000, 'GBP'),
});
const berlin = posting({
  title: 'Head of AI',
  location: 'Berlin, Germany',
  pay: yearly(140_000, 160_000, 'EUR'),
});
const newYork = posting({
  title: 'VP of AI',
  roleId: 'vp_ai',
  location: 'New York, NY',
  pay: yearly(280_000, 320_000, 'EUR'),
});
const unpaid = posting({ title: 'Chief AI Officer', pay: null });

describe('the pay chart model', () => {
  const chart = payChart([london, director, unknownPlace, berlin, newYork, unpaid], data, 'base');

  it('groups by currency, most postings first, and names the postings without pay', () => {
    expect(chart.groups.map((g) => [g.currency, g.rows.map((r) => r.entry.key)])).toEqual([
      ['GBP', [london.key, director.key, unknownPlace.key]],
      ['EUR', [berlin.key, newYork.key]],
    ]);
    expect(chart.unplaced).toEqual([unpaid]);
  });

  it('sets each posting beside its role and region’s band: middle half, whiskers, median', () => {
    const [head, dir, atlantis] = chart.groups[0]?.rows ?? [];
    expect(head?.band).toMatchObject({
      regionName: 'United Kingdom',
      convertedFrom: null,
      box: { low: 80_000, high: 120_000, kind: 'middle-half' },
      whiskers: { low: 60_000, high: 160_000 },
      median: 95_000,
    });
    expect(dir?.band).toMatchObject({ box: { low: 100_000, high: 150_000, kind: 'range' }, whiskers: null });
    expect(atlantis?.band).toBe('no-band');
  });

  it('converts a band in another currency at the bundled rates, and says so', () => {
    const [, vp] = chart.groups[1]?.rows ?? [];
    // 300,000 USD at 1.2 USD per EUR.
    expect(vp?.band).toMatchObject({ convertedFrom: 'USD', median: 250_000, box: null });
    expect(chart.groups[1]?.converted).toBe(true);
    expect(chart.groups[1]?.rows[0]?.band).toBe('no-band');
  });

  it('puts every figure of a group on one axis that holds them all', () => {
    const gbp = chart.groups[0];
    if (!gbp) throw new Error('no GBP group');
    expect(gbp.axis.start).toBeLessThanOrEqual(60_000);
    expect(gbp.axis.end).toBeGreaterThanOrEqual(190_000);
    expect(placeOn(gbp.axis, gbp.axis.start)).toBe(0);
    expect(placeOn(gbp.axis, gbp.axis.end)).toBe(100);
    expect(gbp.axis.ticks.at(0)).toBe(gbp.axis.start);
    expect(gbp.axis.ticks.at(-1)).toBe(gbp.axis.end);
    expect(gbp.axis.ticks.length).toBeLessThanOrEqual(6);
  });

  it('makes an axis with round steps, also for a single figure', () => {
    expect(axisFor([150_000, 190_000])).toEqual({
      start: 150_000,
      end: 190_000,
      ticks: [150_000, 160_000, 170_000, 180_000, 190_000],
    });
    const single = axisFor([100_000]);
    expect(single.start).toBeLessThan(single.end);
    expect(placeOn(single, 100_000)).toBeGreaterThanOrEqual(0);
    expect(placeOn(single, 100_000)).toBeLessThanOrEqual(100);
  });
});

describe('the pay chart drawn', () => {
  const host = document.createElement('div');
  afterEach(() => render(null, host));

  async function draw(locale: 'en' | 'de', entries: LedgerEntry[]) {
    const t = await loadCompareTranslator(locale);
    render(
      <CompareI18nProvider value={t}>
        <PayChartView chart={payChart(entries, data, 'base')} rateDate={data.rates.date} />
      </CompareI18nProvider>,
      host,
    );
  }
  const left = (el: Element | null | undefined) =>
    Number.parseFloat((el as HTMLElement | null)?.style.left ?? 'NaN');
  const width = (el: Element | null | undefined) =>
    Number.parseFloat((el as HTMLElement | null)?.style.width ?? 'NaN');

  it('draws one chart per currency with band and posted lanes where the axis puts them', async () => {
    await draw('en', [london, director, berlin, unpaid]);
    const groups = host.querySelectorAll('.pay-chart__group');
    expect([...groups].map((g) => g.getAttribute('data-currency'))).toEqual(['GBP', 'EUR']);
    expect(groups[0]?.querySelector('h3')?.textContent).toBe('British Pound (GBP)');
    const axis = payChart([london, director], data, 'base').groups[0]?.axis;
    if (!axis) throw new Error('no axis');
    const row = host.querySelector(`[data-key="${london.key}"]`);
    const posted = row?.querySelector('.pay-chart__posted');
    expect(left(posted)).toBeCloseTo(placeOn(axis, 150_000), 1);
    expect(left(posted) + width(posted)).toBeCloseTo(placeOn(axis, 190_000), 1);
    const box = row?.querySelector('.pay-chart__band');
    expect(left(box)).toBeCloseTo(placeOn(axis, 80_000), 1);
    expect(left(row?.querySelector('.pay-chart__tick'))).toBeCloseTo(placeOn(axis, 95_000), 1);
    expect(row?.querySelector('.pay-chart__whiskers')).not.toBeNull();
    // A range band has no whiskers and no median.
    const dirRow = host.querySelector(`[data-key="${director.key}"]`);
    expect(dirRow?.querySelector('.pay-chart__whiskers')).toBeNull();
    expect(dirRow?.querySelector('.pay-chart__tick')).toBeNull();
    // Axis labels, first and last, and the legend.
    const labels = [...(groups[0]?.querySelectorAll('.pay-chart__axis-label') ?? [])];
    expect(labels.length).toBe(axis.ticks.length);
    expect(labels.at(0)?.getAttribute('data-align')).toBe('start');
    expect(labels.at(-1)?.getAttribute('data-align')).toBe('end');
    expect(
      [...(groups[0]?.querySelectorAll('.pay-chart__key') ?? [])].map((k) => k.getAttribute('data-key')),
    ).toEqual(['posted', 'box', 'range', 'whiskers', 'tick']);
    expect(host.querySelector('[data-compare="unplaced"]')?.textContent).toBe(
      'Not on the chart, no pay posted: Chief AI Officer',
    );
  });

  it('reads each row out in words, with its numbers', async () => {
    await draw('en', [london, berlin]);
    const label = (key: string) =>
      host.querySelector(`[data-key="${key}"] [role="img"]`)?.getAttribute('aria-label');
    expect(label(london.key)).toBe(
      `Head of AI: posted £150,000 – £190,000 a year; market for ${headOfAi} in United Kingdom, base salary: ` +
        'middle half £80,000 to £120,000, low to high £60,000 to £160,000, median £95,000.',
    );
    expect(label(berlin.key)).toBe(
      'Head of AI: posted €140,000 – €160,000 a year; no market band for this role and region in the bundled data.',
    );
    // The drawing, axis and legend are hidden; the row's image carries it all.
    for (const hidden of host.querySelectorAll('.pay-chart__axis, .pay-chart__legend'))
      expect(hidden.getAttribute('aria-hidden')).toBe('true');
  });

  it('speaks German when the page does', async () => {
    await draw('de', [london]);
    // Intl puts a no-break space between the figure and the sign.
    const label = host.querySelector('[role="img"]')?.getAttribute('aria-label')?.replaceAll('\u00a0', ' ');
    expect(label).toBe(
      `Head of AI: angegeben 150.000 £ – 190.000 £ pro Jahr; Markt für ${headOfAi} in United Kingdom, Grundgehalt: ` +
        'mittlere Hälfte 80.000 £ bis 120.000 £, niedrigster bis höchster Wert 60.000 £ bis 160.000 £, Median 95.000 £.',
    );
    expect(host.querySelector('h2')?.textContent).toBe('Angegebenes Gehalt im Marktvergleich');
  });
});
