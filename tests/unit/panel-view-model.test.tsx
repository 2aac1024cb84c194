import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandBody, bandMarks, bandShape, bandText, marksLegend } from '../../components/panel/band-figures';
import { rangeText } from '../../components/panel/format';
import { summaryText } from '../../components/panel/summary';
import {
  checklistView,
  checksView,
  comparisonView,
  payGlance,
  placeLabels,
  roleView,
  salaryView,
} from '../../components/panel/view-model';
import type { SalaryBand } from '../../data/schema';
import { formatMoney } from '../../lib/engine/currency';
import type { Analysis } from '../../lib/engine/types';
import { english } from './components/words';
import {
  directorAnalysis,
  fallbackAnalysis,
  noBandAnalysis,
  noPayAnalysis,
  noRoleAnalysis,
  noVerdictAnalysis,
  referencesAnalysis,
  sampleAnalysis,
  sampleData,
  samplePay,
} from './panel-fixtures';

/** The default settings' pay options, as the panel passes them. */
const PAY = { displayCurrency: 'USD', payBasis: 'base', targetPay: null } as const;

const data = sampleData();
const usd = (amount: number) => formatMoney(amount, 'USD');
const gbp = (amount: number) => formatMoney(amount, 'GBP');

function band(id: string): SalaryBand {
  const entry = data.salaries.find((e) => e.id === id);
  if (entry?.kind !== 'band') throw new Error(id);
  return entry;
}

function withBand(analysis: Analysis, bandId: string, roleId = analysis.role?.id): Analysis {
  if (!analysis.benchmark || !analysis.role || !roleId) throw new Error('fixture');
  return {
    ...analysis,
    role: { ...analysis.role, id: roleId },
    benchmark: { ...analysis.benchmark, band: band(bandId) },
  };
}

function bandView(analysis: Analysis) {
  const view = salaryView(english, analysis, data, PAY);
  if (view.kind !== 'band') throw new Error(`expected a band view, got ${view.kind}`);
  return view;
}

describe('roleView', () => {
  it('names the role, its level and the confidence in words and percent', () => {
    const view = roleView(english, sampleAnalysis(data), data);
    expect(view).toMatchObject({
      name: 'Chief AI Officer',
      level: 'C-suite',
      confidence: 'high',
      confidencePercent: '92%',
      confidenceText: 'high confidence',
      evidence: 'the title says “chief ai officer”',
    });
  });

  it('grades lower scores as medium and low', () => {
    const analysis = sampleAnalysis(data);
    const at = (confidence: number) =>
      roleView(
        english,
        {
          ...analysis,
          role: { id: 'caio', level: 'c-suite', confidence, evidence: { by: 'phrase', text: 'caio' } },
        },
        data,
      )?.confidence;
    expect([at(0.8), at(0.79), at(0.5), at(0.49)]).toEqual(['high', 'medium', 'medium', 'low']);
  });

  it('is null when no role was detected', () => {
    expect(roleView(english, { ...sampleAnalysis(data), role: null }, data)).toBeNull();
  });
});

describe('salaryView with a band and posted pay', () => {
  const view = bandView(sampleAnalysis(data));

  it('gives the band and the posted range in their currency, with the verdict in words', () => {
    expect(view.bandText).toBe(`${usd(280000)} – ${usd(500000)}`);
    expect(view.posted?.text).toBe(`${usd(300000)} – ${usd(450000)} a year`);
    expect(view.posted?.verdict).toBe('within');
    expect(view.posted?.verdictText).toBe('Posted pay is within the band');
    expect(view.posted?.noVerdictShort).toBeNull();
    expect(view.basis).toBe('Base salary');
    expect(view.noPayNote).toBeNull();
    expect(view.fallbackLabel).toBeNull();
  });

  it("converts into the display currency at the engine's rate, with the rate date", () => {
    const rate = 0.8679 / 1.1794;
    expect(view.bandDisplayText).toBe(`≈ ${gbp(280000 * rate)} – ${gbp(500000 * rate)}`);
    expect(view.posted?.displayText).toBe(`≈ ${gbp(300000 * rate)} – ${gbp(450000 * rate)} a year`);
    expect(view.rateNote).toBe(`1 USD = ${rate.toPrecision(4)} GBP, reference rate of Feb 6, 2026`);
  });

  it('converts nothing when the display currency is the band and posting currency', () => {
    const base = sampleAnalysis(data);
    const same = bandView({ ...base, benchmark: base.benchmark && { ...base.benchmark, display: null } });
    expect(same.bandDisplayText).toBeNull();
    expect(same.rateNote).toBeNull();
    expect(same.posted?.displayText).toBeNull();
  });

  it('draws the posted range inside the band, in proportion, and labels the band ends', () => {
    const { box, whiskers, posted } = view.bar;
    if (!box || !posted) throw new Error('bar parts missing');
    expect(whiskers).toBeNull();
    expect(box.from).toBeGreaterThanOrEqual(0);
    expect(box.to).toBeLessThanOrEqual(100);
    const share = (value: number) => box.from + ((value - 280000) / 220000) * (box.to - box.from);
    expect(posted.from).toBeCloseTo(share(300000), 0);
    expect(posted.to).toBeCloseTo(share(450000), 0);
    expect(view.bar.ticks).toEqual([]);
    expect(view.bar.labels.map((l) => [l.id, l.text])).toEqual([
      ['box-low', usd(280000)],
      ['box-high', usd(500000)],
    ]);
    expect(view.bar.legend.map((k) => k.text)).toEqual(['Benchmark band', 'Posted pay']);
  });

  it('describes the bar in words for screen readers', () => {
    expect(view.bar.label).toContain(`${usd(280000)} – ${usd(500000)}`);
    expect(view.bar.label).toContain('base salary');
    expect(view.bar.label).toContain(`posted pay ${usd(300000)} – ${usd(450000)} a year, within the band`);
  });

  it('puts source, year, confidence, method, region, what it measures and its sample one click away', () => {
    expect(view.details).toEqual(
      expect.arrayContaining([
        {
          id: 'source',
          label: 'Source',
          value: 'Pay survey made up for the panel tests (Test fixture)',
          lang: 'en',
        },
        { id: 'year', label: 'Year', value: '2026' },
        { id: 'confidence', label: 'Confidence', value: 'Low' },
        { id: 'method', label: 'Method', value: 'as the source publishes it' },
        { id: 'region', label: 'Region', value: 'California' },
        { id: 'measures', label: 'Measures', value: 'a survey of executives’ pay' },
        { id: 'sample', label: 'Sample size', value: 'n = 40 respondents' },
      ]),
    );
    expect(view.sourceUrl).toBeNull();
    expect(view.provenance).toEqual({
      name: 'Source of the benchmark',
      text:
        'Pay survey made up for the panel tests (Test fixture), 2026, n = 40 respondents, low confidence, ' +
        'as the source publishes it; a survey of executives’ pay',
    });
    expect(view.posted?.provenance.text).toBe('The posting: “$300,000 - $450,000 a year”');
    // Short beside the verdict; in words under the bar.
    expect(view.sampleText).toBe('n = 40 · 2026');
    expect(view.basisLine).toBe('Base salary · n = 40 respondents · 2026 · Test fixture');
  });

  it('shows the published figures of the wider region as context, each with why it is not a band', () => {
    expect(view.references).toEqual([
      {
        id: 'caio-us-total-heidrick-2023',
        figures: `average ${usd(1134000)}, total pay incl. equity`,
        why: 'the source states no sample size',
        source: 'Forbes, reprinted by wecruitr.io',
        // The posting is in California; these are the United States' figures.
        meta: 'United States · 2023 · medium confidence',
        provenance: {
          name: 'Source of this context figure',
          text:
            'The rise of the chief AI officer (Forbes, Jack Kelly), reprint (Forbes, reprinted by wecruitr.io), ' +
            '2023, medium confidence, as the source publishes it; a survey of executives’ pay',
        },
      },
      expect.objectContaining({
        id: 'caio-us-base-seed-card',
        figures: `${usd(280000)} – ${usd(500000)}, base salary`,
        why: 'no source named',
        meta: 'United States · 2026 · low confidence',
      }),
    ]);
  });

  it('words what a whole survey’s n counts, and a row count as rows', () => {
    const europe = bandView(fallbackAnalysis(data));
    expect(europe.basisLine).toBe(
      'Base salary · n = 201 respondents (whole survey) · 2023 · Heidrick & Struggles',
    );
    expect(europe.details).toEqual(
      expect.arrayContaining([
        { id: 'sample', label: 'Sample size', value: 'n = 201 respondents (whole survey)' },
        {
          id: 'sampleScope',
          label: 'n counts',
          value: 'the whole survey: data and AI executives in the US and Europe together, summer 2023',
          lang: 'en',
        },
      ]),
    );
    // The strip stays short.
    expect(europe.sampleText).toBe('n = 201 · 2023');
    const head = bandView(withBand(sampleAnalysis(data), 'head-ai-us', 'head_ai'));
    expect(head.basisLine).toBe('Base + bonus · n = 14 rows · 2024 · aijobs.net');
    expect(head.provenance.text).toContain('n = 14 rows, medium confidence, computed from the source’s rows');
    expect(head.provenance.text).toContain('salaries reported and ranges posted in job ads');
  });
});

describe('salaryView band shapes', () => {
  it('draws the middle half as the box with the median in it, the sample size in the details', () => {
    const view = bandView(withBand(sampleAnalysis(data), 'head-ai-us', 'head_ai'));
    expect(view.bar.ticks.map((t) => t.id)).toEqual(['p50']);
    const [p50] = view.bar.ticks.map((t) => t.at) as [number];
    expect(view.bar.box?.from).toBeLessThan(p50);
    expect(view.bar.box?.to).toBeGreaterThan(p50);
    expect(view.bar.whiskers).toBeNull();
    expect(view.bandText).toBe(`${usd(201750)} – ${usd(288450)} (25th–75th percentile)`);
    expect(view.marks).toEqual([
      { id: 'p25', label: '25th percentile', value: usd(201750) },
      { id: 'p50', label: 'Median', value: usd(239750) },
      { id: 'p75', label: '75th percentile', value: usd(288450) },
    ]);
    expect(view.details).toContainEqual({ id: 'sample', label: 'Sample size', value: 'n = 14 rows' });
    expect(view.sourceUrl).toBe('https://aijobs.net/salaries/');
    expect(view.sampleText).toBe('n = 14 · 2024');
    expect(view.bar.legend.map((k) => k.text)).toEqual([
      'Middle half (25th–75th percentile)',
      'Median',
      'Posted pay',
    ]);
  });

  it('draws low..high as whiskers around the middle half where the band has both', () => {
    const view = bandView(directorAnalysis(data));
    const { box, whiskers } = view.bar;
    if (!box || !whiskers) throw new Error('bar parts missing');
    expect(whiskers.from).toBeLessThan(box.from);
    expect(whiskers.to).toBeGreaterThan(box.to);
    expect(view.bar.legend.map((k) => k.id)).toEqual(['box', 'whiskers', 'tick', 'posted']);
    expect(view.sampleText).toBe('n = 212 · 2025');
  });

  it('labels ticks without letting any two touch, the band ends first', () => {
    const view = bandView(directorAnalysis(data));
    const labels = view.bar.labels;
    expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(['box-low', 'box-high']));
    // Drawn in order along the track, each well clear of the next at the panel's width.
    const at = labels.map((l) => l.at);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('places labels clear of each other, whatever the figures', () => {
    const TRACK = 328;
    const CHAR = 7.5;
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 1000 }), len: fc.integer({ min: 3, max: 9 }) }), {
          maxLength: 7,
        }),
        (raw) => {
          const placed = placeLabels(
            raw.map(({ at, len }, i) => ({ id: `l${i}`, text: 'x'.repeat(len), at: at / 10 })),
          );
          const spans = placed
            .map((label) => {
              const width = label.text.length * CHAR;
              const x = (label.at / 100) * TRACK;
              const from = label.align === 'start' ? x : label.align === 'end' ? x - width : x - width / 2;
              return [from, from + width] as const;
            })
            .sort((a, b) => a[0] - b[0]);
          for (const [from, to] of spans) {
            expect(from).toBeGreaterThanOrEqual(-0.01);
            expect(to).toBeLessThanOrEqual(TRACK + 0.01);
          }
          for (let i = 1; i < spans.length; i++)
            expect(spans[i]?.[0] ?? 0).toBeGreaterThanOrEqual((spans[i - 1]?.[1] ?? 0) + 8);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shows an open top as open: "+", and a fade that stops short of the track end', () => {
    const view = bandView(withBand(sampleAnalysis(data), 'caio-us-ca-total'));
    expect(view.bandText.endsWith('+')).toBe(true);
    expect(view.bar.box?.openEnd).toBe(true);
    expect(view.bar.labels.find((l) => l.id === 'box-high')?.text).toBe(`${usd(1000000)}+`);
    expect(view.bar.box?.to).toBeLessThan(100);
    expect(view.basis).toBe('Total pay incl. equity');
  });

  it('keeps every mark on the track and in order, whatever the band and posted range', () => {
    const amount = fc.integer({ min: 10_000, max: 3_000_000 });
    fc.assert(
      fc.property(amount, amount, amount, amount, (a, b, c, d) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b) + 1];
        const [pMin, pMax] = [Math.min(c, d), Math.max(c, d)];
        const base = sampleAnalysis(data);
        const analysis: Analysis = {
          ...base,
          pay: samplePay({ min: pMin, max: pMax, annualMin: pMin, annualMax: pMax }),
          benchmark: base.benchmark && {
            ...base.benchmark,
            band: { ...band('caio-us-ca-base'), low, high },
            posted: { low: pMin, high: pMax, currency: 'USD', converted: false },
          },
        };
        const bar = bandView(analysis).bar;
        const points = [bar.box?.from, bar.box?.to, bar.posted?.from, bar.posted?.to] as number[];
        expect(points.every((p) => p >= 0 && p <= 100)).toBe(true);
        expect(bar.box?.from).toBeLessThanOrEqual(bar.box?.to ?? 0);
        expect(bar.posted?.from).toBeLessThanOrEqual(bar.posted?.to ?? 0);
        // Same order on the track as in money (to the 0.1% the track is drawn at).
        if (pMin < low) expect(bar.posted?.from).toBeLessThanOrEqual(bar.box?.from ?? 0);
        if (pMax > high) expect(bar.posted?.to).toBeGreaterThanOrEqual(bar.box?.to ?? 0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('salaryView states and the top strip', () => {
  it('verdict: a few words and the band’s n and year', () => {
    const analysis = directorAnalysis(data);
    expect(payGlance(english, analysis, salaryView(english, analysis, data, PAY))).toEqual({
      kind: 'verdict',
      verdict: 'above',
      text: 'Posted pay is above the middle half',
      sample: 'n = 212 · 2025',
    });
  });

  it('no verdict, basis differs: one line in the strip, the sentence in full behind it, both figures shown', () => {
    const analysis = noVerdictAnalysis(data);
    const view = bandView(analysis);
    expect(payGlance(english, analysis, view)).toEqual({
      kind: 'no-verdict',
      text: 'No verdict: posted base salary, benchmark total pay incl. equity',
    });
    expect(view.posted?.noVerdictText).toBe(
      'No verdict: the posting gives base salary, the benchmark total pay incl. equity; both are shown, not compared',
    );
    expect(view.posted?.text).toBe(`${usd(300000)} – ${usd(450000)} a year`);
    expect(view.bandText).toBe(`${usd(500000)} – ${usd(1000000)}+`);
    expect(view.bar.posted).not.toBeNull();
  });

  it('no verdict, basis unstated: says the source does not state it', () => {
    const base = noVerdictAnalysis(data);
    const analysis: Analysis = {
      ...base,
      benchmark: base.benchmark && { ...base.benchmark, noVerdict: 'basis-unstated' },
    };
    expect(payGlance(english, analysis, salaryView(english, analysis, data, PAY)).text).toBe(
      'No verdict: the benchmark does not state its pay basis',
    );
  });

  it('hidden pay: the band alone, as the market’s, with its n and year', () => {
    const analysis = noPayAnalysis(data);
    const view = bandView(analysis);
    expect(view.noPayNote).toBe('Employer did not disclose pay; market band for this role and region');
    expect(view.posted).toBeNull();
    expect(view.bar.posted).toBeNull();
    expect(view.bar.box).not.toBeNull();
    expect(view.bar.label).toContain('no pay range posted');
    expect(payGlance(english, analysis, view)).toEqual({
      kind: 'no-pay',
      text: 'No pay range posted',
      sample: 'market band n = 40 · 2026',
    });
  });

  it('no band, nothing published: "No benchmark for <role> in <region>" with the gap text, no context', () => {
    const analysis = noBandAnalysis(data);
    const view = salaryView(english, analysis, data, PAY);
    expect(view).toEqual({
      kind: 'no-band',
      message: 'No benchmark for VP of AI in the United States',
      gap: { text: 'No row-level source covers this role' },
      references: [],
    });
    expect(payGlance(english, analysis, view)).toEqual({
      kind: 'no-band',
      text: 'No benchmark for VP of AI in the United States',
    });
  });

  it('no band and no words from the engine: says it from the analysis and the data', () => {
    const base = noBandAnalysis(data);
    const view = salaryView(english, { ...base, benchmark: null }, data, PAY);
    expect(view).toEqual({
      kind: 'no-band',
      message: 'No benchmark for VP of AI in the United States',
      gap: { text: 'No row-level source covers this role' },
      references: [],
    });
  });

  it('no band, published figures there (a CAIO in the US): the reason, then each figure as context only', () => {
    const analysis = referencesAnalysis(data);
    const view = salaryView(english, analysis, data, PAY);
    if (view.kind !== 'no-band') throw new Error(view.kind);
    expect(view.message).toBe('No benchmark for Chief AI Officer in the United States');
    expect(view.gap).toEqual({ text: 'The row-level data has no rows for this role here' });
    expect(view.references.map(({ figures, why, source, meta }) => [figures, why, source, meta])).toEqual([
      [
        `average ${usd(1134000)}, total pay incl. equity`,
        'the source states no sample size',
        'Forbes, reprinted by wecruitr.io',
        '2023 · medium confidence',
      ],
      [
        `${usd(280000)} – ${usd(500000)}, base salary`,
        'no source named',
        'AI Leadership Lens',
        '2026 · low confidence',
      ],
    ]);
    // No verdict from a context figure: the strip says there is no benchmark.
    expect(payGlance(english, analysis, view)).toEqual({
      kind: 'no-band',
      text: 'No benchmark for Chief AI Officer in the United States',
    });
  });

  it('words every reason a published figure is only context', () => {
    const seed = data.salaries.find((entry) => entry.id === 'caio-us-base-seed-card');
    if (seed?.kind !== 'reference') throw new Error('fixture');
    const whys = (['single-posting', 'occupation-wages', 'sample-below-minimum'] as const).map((why) => {
      const analysis = referencesAnalysis(data);
      const references = [{ ...seed, why, basisStated: false as const }];
      const view = salaryView(
        english,
        { ...analysis, benchmark: analysis.benchmark && { ...analysis.benchmark, references } },
        data,
        PAY,
      );
      if (view.kind !== 'no-band') throw new Error(view.kind);
      return [view.references[0]?.why, view.references[0]?.figures];
    });
    expect(whys).toEqual([
      ['one employer’s posting, not a market band', `${usd(280000)} – ${usd(500000)}, basis not stated`],
      [
        'wages of all IT managers: a floor, not this role’s pay',
        `${usd(280000)} – ${usd(500000)}, basis not stated`,
      ],
      ['too small a sample for a band', `${usd(280000)} – ${usd(500000)}, basis not stated`],
    ]);
  });

  it('no role: no benchmark, said so', () => {
    const analysis = noRoleAnalysis(data);
    const view = salaryView(english, analysis, data, PAY);
    expect(view.kind).toBe('no-role');
    expect(payGlance(english, analysis, view).kind).toBe('no-role');
  });

  it('fallback: labels the broader region and shows a lone median as a tick, not a made-up band', () => {
    const analysis = fallbackAnalysis(data);
    const view = bandView(analysis);
    expect(view.fallbackLabel).toBe('Showing Europe: no band for Germany');
    expect(view.bandText).toBe(`median ${usd(261000)}`);
    expect(view.bar.box).toBeNull();
    expect(view.bar.ticks.map((t) => t.id)).toEqual(['p50']);
    expect(view.bar.legend.map((k) => k.text)).toEqual(['Median', 'Posted pay']);
    // The engine's USD reading of the EUR pay is drawn above the median; no range, so no verdict.
    const [median] = view.bar.ticks;
    expect(view.bar.posted?.from).toBeGreaterThan(median?.at ?? 100);
    expect(view.posted?.verdictText).toBeNull();
    expect(payGlance(english, analysis, view).text).toBe(
      `No verdict: the benchmark gives only median ${usd(261000)}, no range`,
    );
    expect(view.notes).toContain('Posted pay converted from EUR at the reference rate of Feb 6, 2026');
    // Posted in EUR, read in EUR: nothing to convert for the reader.
    expect(view.posted?.displayText).toBeNull();
    expect(view.bandDisplayText).toBe(`≈ median ${formatMoney(261000 / 1.1794, 'EUR')}`);
    expect(view.details).toContainEqual({
      id: 'proxy',
      label: 'Stands in for',
      value: 'European data and AI executives',
      lang: 'en',
    });
    expect(view.details).toContainEqual({
      id: 'why',
      label: 'Why this band',
      value: 'No band for Chief AI Officer in Germany; showing Europe',
    });
  });

  it('annualises an hourly rate and notes equity against a base band, in its own words', () => {
    const base = sampleAnalysis(data);
    const analysis: Analysis = {
      ...base,
      pay: samplePay({
        min: 150,
        max: 200,
        period: 'hour',
        annualMin: 312000,
        annualMax: 416000,
        equity: true,
      }),
      // The engine's own English sentences are not shown: the panel words its codes.
      benchmark: base.benchmark && { ...base.benchmark, notes: ['A note from the engine'] },
    };
    const view = bandView(analysis);
    expect(view.posted?.text).toBe(
      `${usd(150)} – ${usd(200)} an hour (${usd(312000)} – ${usd(416000)} a year)`,
    );
    expect(view.notes).toEqual(['The posting mentions equity; the benchmark is base salary']);
  });
});

describe('comparisonView', () => {
  const inUsd = { displayCurrency: 'USD', payBasis: 'base', targetPay: null } as const;
  const cells = (view: ReturnType<typeof comparisonView>, row: string) =>
    view.rows.find((r) => r.id === row)?.cells.map((cell) => [cell.roleId, cell.text]);

  it('sets the posting’s role beside one other, CTO for a CAIO by default', () => {
    const view = comparisonView(english, sampleAnalysis(data), data, inUsd, null);
    expect(view.detected).toEqual({ id: 'caio', short: 'CAIO' });
    expect(view.other).toBe('cto');
    expect(view.choices.map((c) => c.id)).toEqual(['cto', 'cdo', 'vp_ai', 'head_ai', 'director_ai']);
    expect(view.rows.map((r) => r.id)).toEqual([
      'scope',
      'reportsTo',
      'boardAccountability',
      'experience',
      'pay',
    ]);
    expect(cells(view, 'reportsTo')).toEqual([
      ['caio', 'CEO or board'],
      ['cto', 'CEO'],
    ]);
  });

  it('follows the remembered choice, unless it is the posting’s own role', () => {
    expect(comparisonView(english, sampleAnalysis(data), data, inUsd, 'vp_ai').other).toBe('vp_ai');
    expect(comparisonView(english, sampleAnalysis(data), data, inUsd, 'caio').other).toBe('cto');
    expect(comparisonView(english, noBandAnalysis(data), data, inUsd, null).other).toBe('caio');
    // A role outside the six (an AI manager) compares with the CAIO and offers all six.
    const manager: Analysis = {
      ...sampleAnalysis(data),
      role: {
        id: 'ai_manager',
        level: 'manager',
        confidence: 0.9,
        evidence: { by: 'abbreviation', text: 'aim' },
      },
    };
    const view = comparisonView(english, manager, data, inUsd, null);
    expect(view.detected).toBeNull();
    expect(view.choices).toHaveLength(6);
    expect(cells(view, 'scope')).toEqual([['caio', 'AI strategy and budgets']]);
  });

  it('gives every fact and figure its provenance with its year, and marks what the sources did not find', () => {
    const view = comparisonView(english, sampleAnalysis(data), data, inUsd, 'cdo');
    const scope = view.rows.find((r) => r.id === 'scope')?.cells ?? [];
    expect(scope[0]?.provenance).toEqual({
      name: 'Source of CAIO: Scope',
      text: 'Project seed card (AI Leadership Lens), 2026; medium confidence',
    });
    const experience = view.rows.find((r) => r.id === 'experience')?.cells ?? [];
    expect(experience.map((c) => [c.text, c.missing])).toEqual([
      ['Not found in sources', true],
      ['Not found in sources', true],
    ]);
    expect(experience[0]?.provenance).toEqual({
      name: 'Source of CAIO: Experience',
      text: 'No source states this',
    });
    const pay = view.rows.find((r) => r.id === 'pay')?.cells ?? [];
    expect(pay[0]?.provenance.text).toBe(
      'Pay survey made up for the panel tests (Test fixture), 2026, n = 40 respondents, low confidence, ' +
        'as the source publishes it; a survey of executives’ pay',
    );
    // Nothing published for a CDO here or in the US: no figure at all.
    expect(pay[1]).toMatchObject({ text: 'No benchmark', missing: true });
  });

  it('gives the pay band in the region, the other role’s by the engine’s own choice', () => {
    const view = comparisonView(english, directorAnalysis(data), data, inUsd, 'head_ai');
    const pay = view.rows.find((r) => r.id === 'pay');
    expect(pay?.label).toBe('Pay band, United States');
    expect(pay?.cells.map((c) => c.text)).toEqual([
      `${usd(150000)} – ${usd(340000)}, base salary`,
      `${usd(201750)} – ${usd(288450)} (25th–75th percentile), base + bonus`,
    ]);
    expect(pay?.cells[0]?.provenance.text).toBe(
      'Pay survey made up for the panel tests (Test fixture), 2025, n = 212 respondents, medium confidence, ' +
        'as the source publishes it; a salary survey',
    );
  });

  it('without a band, shows the best published figure as context, said to be such, with its source', () => {
    // A Director of AI in the US beside a CAIO: no CAIO band there; the figure of the asked-for basis.
    const view = comparisonView(english, directorAnalysis(data), data, inUsd, 'caio');
    const caio = view.rows.find((r) => r.id === 'pay')?.cells[1];
    expect(caio).toMatchObject({
      text: `Context only: ${usd(280000)} – ${usd(500000)}, base salary — no source named`,
      missing: false,
      context: true,
    });
    expect(caio?.provenance.text).toBe(
      'Project seed card (AI Leadership Lens), 2026, low confidence, the source cites none of its own; ' +
        'figures with no source named',
    );
    // A CTO beside a CAIO in California: the US wages of all IT managers, named as from the US.
    const cto = comparisonView(english, sampleAnalysis(data), data, inUsd, 'cto').rows.find(
      (r) => r.id === 'pay',
    )?.cells[1];
    expect(cto).toMatchObject({
      text: `Context only (United States): median ${usd(169510)}, base salary — wages of all IT managers: a floor, not this role’s pay`,
      context: true,
    });
  });

  it('names the broader region a looked-up band comes from', () => {
    const view = comparisonView(
      english,
      { ...fallbackAnalysis(data), role: null, benchmark: null },
      data,
      inUsd,
      null,
    );
    expect(cells(view, 'pay')).toEqual([['caio', `median ${usd(261000)}, base salary (Europe)`]]);
  });

  it('follows the pay basis setting and adds the display currency', () => {
    const analysis = { ...sampleAnalysis(data), role: null, benchmark: null };
    const total = comparisonView(
      english,
      analysis,
      data,
      { displayCurrency: 'USD', payBasis: 'total', targetPay: null },
      null,
    );
    expect(cells(total, 'pay')).toEqual([
      ['caio', `${usd(500000)} – ${usd(1000000)}+, total pay incl. equity`],
    ]);
    const rate = 0.8679 / 1.1794;
    const inGbp = comparisonView(
      english,
      analysis,
      data,
      { displayCurrency: 'GBP', payBasis: 'base', targetPay: null },
      null,
    );
    expect(cells(inGbp, 'pay')).toEqual([
      [
        'caio',
        `${usd(280000)} – ${usd(500000)} ≈ ${gbp(280000 * rate)} – ${gbp(500000 * rate)}, base salary`,
      ],
    ]);
  });
});

describe('checklistView', () => {
  it('groups the role checklist, ticks what the posting mentions and counts per group', () => {
    const view = checklistView(english, sampleAnalysis(data), data, []);
    expect(view.groups.map((g) => [g.id, g.countText])).toEqual([
      ['technical', '2 of 3'],
      ['governance', '1 of 2'],
      ['business', '1 of 2'],
    ]);
    const technical = view.groups[0]?.items.map((i) => [i.id, i.checked]);
    expect(technical).toEqual([
      ['foundation_models', true],
      ['model_lifecycle', false],
      ['evaluation', true],
    ]);
    expect(view.totals).toEqual({ mentioned: 4, listed: 7 });
    expect(view.match).toBeNull();
    expect(view.matchText).toBe('Add your skills in settings to see how you match');
  });

  it("scores the user's skills against what the posting asks for", () => {
    const view = checklistView(english, sampleAnalysis(data), data, [
      'foundation_models',
      'ai_strategy',
      'eu_ai_act',
      'pytorch',
    ]);
    // Asked: foundation_models, evaluation, nist_ai_rmf, ai_strategy. The user has two of them.
    expect(view.match).toEqual({ matched: 2, asked: 4, percent: '50%' });
    expect(view.matchText).toBe('You have 2 of 4 skills this posting asks for (50%)');
    const tagged = view.groups.flatMap((g) => g.items.filter((i) => i.tag).map((i) => i.id));
    expect(tagged).toEqual(['foundation_models', 'eu_ai_act', 'ai_strategy']);
  });

  it('says so when the posting names none of the skills', () => {
    const analysis = { ...sampleAnalysis(data), skills: { mentioned: [], expectedMissing: ['pytorch'] } };
    const view = checklistView(english, analysis, data, ['pytorch']);
    expect(view.match).toBeNull();
    expect(view.matchText).toBe('The posting names none of the checklist skills');
    expect(view.groups.map((g) => [g.id, g.countText])).toEqual([['tools', '0 of 1']]);
  });
});

describe('checksView', () => {
  it('orders flags most severe first and keeps the engine order within a severity', () => {
    const view = checksView(english, sampleAnalysis(data).flags, data);
    expect(view.map((c) => c.id)).toEqual([
      'pay-range-missing-law',
      'csuite-reports-below-chief',
      'no-governance',
      'single-figure-or-up-to',
      'open-ended-range',
    ]);
    expect(view.map((c) => c.word)).toEqual(['High', 'Medium', 'Low', 'Low', 'Info']);
  });
});

describe('band figures and formatting', () => {
  it('finds the band body and marks without inventing figures', () => {
    expect(bandBody(band('caio-europe-base'))).toBeNull();
    expect(bandMarks(band('caio-europe-base')).map((m) => m.id)).toEqual(['p50']);
    const mean = { ...band('caio-europe-base'), p50: undefined, mean: 1134000 };
    expect(bandText(english, mean, usd)).toBe(`average ${usd(1134000)}`);
    expect(marksLegend(english, bandMarks({ ...band('head-ai-us'), mean: 250000 }))).toBe(
      'Percentiles and average',
    );
    expect(bandShape(band('director-ai-us'))).toEqual({
      box: { low: 200000, high: 260000, kind: 'middle-half', openEnd: false },
      whiskers: { low: 150000, high: 340000, openEnd: false },
    });
    expect(bandShape(band('caio-us-ca-total'))).toEqual({
      box: { low: 500000, high: 1000000, kind: 'range', openEnd: true },
      whiskers: null,
    });
    expect(bandShape(band('caio-europe-base'))).toEqual({ box: null, whiskers: null });
  });

  it('writes ranges by their shape', () => {
    expect(rangeText(english, 1, 2, String)).toBe('1 – 2');
    expect(rangeText(english, 1, 2, String, { highOpen: true })).toBe('1 – 2+');
    expect(rangeText(english, 1, 2, String, { bound: 'up-to' })).toBe('up to 2');
    expect(rangeText(english, 1, 2, String, { bound: 'from' })).toBe('from 1');
    expect(rangeText(english, 5, 5, String, { bound: 'single' })).toBe('5');
  });
});

describe('summaryText', () => {
  it('says what the panel shows, as plain text', () => {
    const text = summaryText(english, sampleAnalysis(data), data, PAY);
    const lines = text.split('\n');
    expect(lines[0]).toBe('AI Leadership Lens: Chief AI Officer at Example Corp');
    expect(text).toContain(
      'Role: Chief AI Officer (C-suite), high confidence (92%); the title says “chief ai officer”',
    );
    expect(text).toContain(`Posted pay: ${usd(300000)} – ${usd(450000)} a year`);
    expect(text).toContain(`Benchmark, Chief AI Officer · California: ${usd(280000)} – ${usd(500000)}`);
    expect(text).toContain('Posted pay is within the band');
    expect(text).toContain(
      'Source: Pay survey made up for the panel tests (Test fixture); Year: 2026; Confidence: Low; ' +
        'Sample size: n = 40 respondents',
    );
    // The published figures beside it, as context.
    const context = lines.indexOf('  Context, not a benchmark');
    expect(lines.slice(context + 1, context + 3)).toEqual([
      `  - average ${usd(1134000)}, total pay incl. equity — the source states no sample size ` +
        '(Forbes, reprinted by wecruitr.io · United States · 2023 · medium confidence)',
      `  - ${usd(280000)} – ${usd(500000)}, base salary — no source named ` +
        '(AI Leadership Lens · United States · 2026 · low confidence)',
    ]);
    expect(text).toContain(
      'Skills mentioned: 4 of 7 (Technical 2 of 3, Responsible AI & governance 1 of 2, Business & executive 1 of 2)',
    );
    // Each check with every source of its rule under it, as its marker in the panel gives them.
    const checks = lines.slice(lines.indexOf('Checks:') + 1, lines.indexOf('Checks:') + 11);
    const onlyThePosting =
      '  Source of this check: The posting itself: no law, band or skill list behind this check';
    const said = checksView(english, sampleAnalysis(data).flags, data).map(
      (check) => `- ${check.word}: ${check.message}`,
    );
    expect(checks).toEqual([
      said[0],
      '  Source of this check: Project seed card (AI Leadership Lens), 2026, low confidence; AI, ML, data science salaries (aijobs.net), 2025, medium confidence',
      said[1],
      '  Source of this check: Data and AI executive survey (Heidrick & Struggles), 2024, medium confidence',
      said[2],
      onlyThePosting,
      said[3],
      onlyThePosting,
      said[4],
      onlyThePosting,
    ]);
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('covers the no-pay, no-band and fallback states', () => {
    expect(summaryText(english, noPayAnalysis(data), data, PAY)).toContain('Posted pay: No pay range posted');
    const noBand = summaryText(english, noBandAnalysis(data), data, PAY);
    expect(noBand).toContain(
      'Benchmark: No benchmark for VP of AI in the United States. No row-level source covers this role',
    );
    expect(summaryText(english, fallbackAnalysis(data), data, PAY)).toContain(
      'Showing Europe: no band for Germany',
    );
  });

  it('says whom the role reports to when the posting does', () => {
    const analysis: Analysis = {
      ...sampleAnalysis(data),
      reportingLine: { to: 'ceo', superior: 'CEO', text: 'reports to the CEO' },
    };
    expect(summaryText(english, analysis, data, PAY)).toContain(
      'Reports to the chief executive (the posting: “reports to the CEO”)',
    );
  });

  it('says when a field could not be read', () => {
    const base = sampleAnalysis(data);
    const analysis = {
      ...base,
      posting: { ...base.posting, company: { value: null, reason: 'no company element' } },
    };
    expect(summaryText(english, analysis, data, PAY).split('\n')[0]).toBe(
      'AI Leadership Lens: Chief AI Officer at company not found',
    );
  });
});
