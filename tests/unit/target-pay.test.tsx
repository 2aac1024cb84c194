// The user's own target pay on the panel's pay bar: placed in the band's currency, converted at the bundled
// rates (and said to be) from another, left off the bar (and said why) with no rate, absent when not set; its
// figure never touches another on the bar, and screen readers hear it in full.
import fc from 'fast-check';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BandSalaryView, salaryView } from '../../components/panel/view-model';
import { BandBar } from '../../components/shared/BandBar';
import { convert } from '../../lib/engine/currency';
import { createPanelWords } from '../../lib/extension/i18n/panel';
import { en } from '../../lib/extension/i18n/panel/en';
import type { TargetPay } from '../../lib/extension/settings';
import { noPayAnalysis, sampleAnalysis, sampleData } from './panel-fixtures';

const data = sampleData();
const w = createPanelWords('en', en);
// The sample band: Chief AI Officer, United States, $280,000 – $500,000 base salary.
const LOW = 280_000;
const HIGH = 500_000;

function barWith(targetPay: TargetPay | null, analysis = sampleAnalysis(data)): BandSalaryView['bar'] {
  const view = salaryView(w, analysis, data, { displayCurrency: 'USD', payBasis: 'base', targetPay });
  if (view.kind !== 'band') throw new Error(`expected a band view, got ${view.kind}`);
  return view.bar;
}

/** The track position of an amount, read off the band's own box. */
function share(bar: BandSalaryView['bar'], amount: number): number {
  const box = bar.box;
  if (!box) throw new Error('no box');
  return box.from + ((amount - LOW) / (HIGH - LOW)) * (box.to - box.from);
}

const legendOf = (bar: BandSalaryView['bar']) => bar.legend.find((key) => key.id === 'target')?.text;
const labelOf = (bar: BandSalaryView['bar']) => bar.labels.find((label) => label.id === 'target')?.text;

describe('the target on the bar', () => {
  it('inside the band: a mark where the amount falls, labelled, in the legend, and in words', () => {
    const bar = barWith({ amount: 350_000, currency: 'USD' });
    expect(bar.target?.side).toBe('within');
    expect(bar.target?.at).toBeCloseTo(share(bar, 350_000), 0);
    expect(labelOf(bar)).toBe('$350K');
    expect(legendOf(bar)).toBe('Your target $350K');
    expect(bar.label).toContain('your target $350,000 a year, within the band');
  });

  it('outside the band: above or below it, the track stretched so the mark and the band both fit', () => {
    const above = barWith({ amount: 900_000, currency: 'USD' });
    expect(above.target?.side).toBe('above');
    expect(above.target?.at).toBeGreaterThan(above.box?.to ?? 100);
    expect(above.target?.at).toBeLessThanOrEqual(100);
    expect(above.target?.at).toBeCloseTo(share(above, 900_000), 0);
    expect(above.label).toContain('your target $900,000 a year, above the band');

    const below = barWith({ amount: 120_000, currency: 'USD' });
    expect(below.target?.side).toBe('below');
    expect(below.target?.at).toBeLessThan(below.box?.from ?? 0);
    expect(below.target?.at).toBeGreaterThanOrEqual(0);
    expect(below.label).toContain('below the band');
  });

  it('in another currency: converted at the bundled rates, and says so with the rates’ date', () => {
    // About $413K: inside the band, clear of its ends, so its figure is printed.
    const bar = barWith({ amount: 350_000, currency: 'EUR' });
    const inUsd = convert(350_000, 'EUR', 'USD', data.rates) as number;
    expect(inUsd).not.toBe(350_000);
    expect(bar.target?.at).toBeCloseTo(share(bar, inUsd), 0);
    expect(bar.target?.side).toBe(inUsd < LOW ? 'below' : inUsd > HIGH ? 'above' : 'within');
    expect(labelOf(bar)).toBe(`≈ ${w.money(inUsd, 'USD')}`);
    expect(legendOf(bar)).toBe(
      `Your target ${w.money(350_000, 'EUR')} ≈ ${w.money(inUsd, 'USD')} (rate of ${w.date(data.rates.date)})`,
    );
    expect(bar.label).toContain(
      `your target €350,000 a year, about $${Math.round(inUsd).toLocaleString('en')}`,
    );
  });

  it('in a currency with no rate: no mark, and the legend says why', () => {
    const bar = barWith({ amount: 200_000, currency: 'XAU' });
    expect(bar.target).toEqual({ at: null, side: null });
    expect(labelOf(bar)).toBeUndefined();
    expect(legendOf(bar)).toContain('no exchange rate into USD, so it is not on the bar');
    expect(bar.label).toContain('no exchange rate into USD');
  });

  it('not set: nothing of it anywhere', () => {
    const bar = barWith(null);
    expect(bar.target).toBeNull();
    expect(legendOf(bar)).toBeUndefined();
    expect(labelOf(bar)).toBeUndefined();
    expect(bar.label).not.toContain('target');
  });

  it('shows on the market band when the employer states no pay', () => {
    const bar = barWith({ amount: 350_000, currency: 'USD' }, noPayAnalysis(data));
    expect(bar.posted).toBeNull();
    expect(bar.target?.side).toBe('within');
  });

  it('never lets its figure touch another figure on the bar, wherever it falls', () => {
    const TRACK = 328;
    const CHAR = 7.5;
    fc.assert(
      fc.property(fc.integer({ min: 20_000, max: 2_000_000 }), (amount) => {
        const bar = barWith({ amount, currency: 'USD' });
        const spans = bar.labels
          .map((label) => {
            const width = label.text.length * CHAR;
            const x = (label.at / 100) * TRACK;
            const from = label.align === 'start' ? x : label.align === 'end' ? x - width : x - width / 2;
            return [from, from + width] as const;
          })
          .sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++)
          expect(spans[i]?.[0] ?? 0).toBeGreaterThanOrEqual((spans[i - 1]?.[1] ?? 0) + 8);
        // The band's low end is labelled first, whatever the target; the target's figure is always in the legend.
        expect(bar.labels.map((label) => label.id)).toContain('box-low');
        expect(legendOf(bar)).toBe(`Your target ${w.money(amount, 'USD')}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('BandBar draws the target', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('as a mark of its own where it falls, with its label, its key and its words on the drawing', () => {
    const bar = barWith({ amount: 900_000, currency: 'USD' });
    render(<BandBar model={bar} />, root);
    const mark = root.querySelector<HTMLElement>('.ail-bandbar__target');
    expect(mark?.dataset.target).toBe('above');
    expect(mark?.style.left).toBe(`${bar.target?.at}%`);
    expect(root.querySelector('[data-label="target"]')?.textContent).toBe('$900K');
    const key = root.querySelector<HTMLElement>('[data-key="target"]');
    expect(key?.textContent).toBe('Your target $900K');
    expect(key?.dataset.unplaced).toBeUndefined();
    const drawing = root.querySelector('.ail-bandbar__track');
    expect(drawing?.getAttribute('role')).toBe('img');
    expect(drawing?.getAttribute('aria-label')).toContain('your target $900,000 a year, above the band');
  });

  it('as its key alone, with no swatch, when it cannot be placed', () => {
    render(<BandBar model={barWith({ amount: 1, currency: 'XAU' })} />, root);
    expect(root.querySelector('.ail-bandbar__target')).toBeNull();
    expect(root.querySelector<HTMLElement>('[data-key="target"]')?.dataset.unplaced).toBe('true');
  });

  it('not at all when none is set', () => {
    render(<BandBar model={barWith(null)} />, root);
    expect(root.querySelector('.ail-bandbar__target')).toBeNull();
    expect(root.querySelector('[data-key="target"]')).toBeNull();
  });
});
