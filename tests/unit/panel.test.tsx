import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PANEL_OPTIONS, type PanelOptions, type PanelSections } from '../../components/panel/options';
import { summaryText } from '../../components/panel/summary';
import { formatMoney } from '../../lib/engine/currency';
import type { Analysis } from '../../lib/engine/types';
import { PanelOf } from './components/panel-of';
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
} from './panel-fixtures';

/** The default settings' pay options, as the panel passes them. */
const PAY = { displayCurrency: 'USD', payBasis: 'base', targetPay: null } as const;

const data = sampleData();
const usd = (amount: number) => formatMoney(amount, 'USD');
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(analysis: Analysis, options: Partial<PanelOptions> = {}, onCopySummary = vi.fn()) {
  render(
    <PanelOf
      words={english}
      analysis={analysis}
      data={data}
      options={{ ...DEFAULT_PANEL_OPTIONS, ...options }}
      onCopySummary={onCopySummary}
    />,
    root,
  );
  return onCopySummary;
}

const $ = (selector: string) => root.querySelector(selector);
const $$ = (selector: string) => [...root.querySelectorAll(selector)];
const text = (selector: string) => $(selector)?.textContent?.trim() ?? null;
const section = (id: string) => $(`[data-section="${id}"]`);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const click = async (element: Element | null) => {
  (element as HTMLElement).click();
  await flush();
};

describe('panel frame', () => {
  it('is a labelled region with the product name and its theme', () => {
    show(sampleAnalysis(data), { theme: 'dark', compact: true });
    // A <section> with a name is a region landmark.
    const panel = $('section.ail-panel[aria-label="AI Leadership Lens"]');
    expect(panel).not.toBeNull();
    expect(panel?.getAttribute('data-theme')).toBe('dark');
    expect(panel?.hasAttribute('data-compact')).toBe(true);
    expect(text('h2')).toBe('AI Leadership Lens');
  });

  it('collapses and expands with a button that says its state', async () => {
    const onCollapsedChange = vi.fn();
    render(
      <PanelOf
        words={english}
        analysis={sampleAnalysis(data)}
        data={data}
        options={DEFAULT_PANEL_OPTIONS}
        onCopySummary={vi.fn()}
        onCollapsedChange={onCollapsedChange}
      />,
      root,
    );
    const toggle = $('[data-action="collapse"]');
    const body = $(`#${CSS.escape(toggle?.getAttribute('aria-controls') ?? '')}`);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(body?.hasAttribute('hidden')).toBe(false);
    await click(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle?.getAttribute('aria-label')).toBe('Expand panel');
    expect(body?.hasAttribute('hidden')).toBe(true);
    await click(toggle);
    expect(body?.hasAttribute('hidden')).toBe(false);
    expect(onCollapsedChange.mock.calls).toEqual([[true], [false]]);
  });

  it('hands the plain-text summary to onCopySummary and says it was copied', async () => {
    const analysis = sampleAnalysis(data);
    const onCopy = show(analysis);
    await click($('[data-action="copy"]'));
    expect(onCopy).toHaveBeenCalledWith(summaryText(english, analysis, data, PAY));
    expect(text('[data-copy-status]')).toBe('Summary copied');
  });

  it('clears "Summary copied" when the panel is given another posting', async () => {
    show(sampleAnalysis(data));
    await click($('[data-action="copy"]'));
    expect(text('[data-copy-status]')).toBe('Summary copied');
    show(noBandAnalysis(data));
    await flush();
    expect(text('[data-copy-status]')).toBe('');
  });

  it('says so when copying fails', async () => {
    show(sampleAnalysis(data), {}, vi.fn().mockRejectedValue(new Error('denied')));
    await click($('[data-action="copy"]'));
    expect(text('[data-copy-status]')).toBe('Copy failed');
  });

  it('keeps every control a real button or radio, reachable by keyboard', () => {
    show(sampleAnalysis(data));
    const buttons = $$('button');
    // Copy, collapse, "Show full descriptions", and a source marker beside each figure and fact.
    expect(buttons.filter((b) => !b.hasAttribute('data-provenance')).map((b) => b.textContent)).toEqual([
      'Copy',
      '',
      'Show full descriptions',
    ]);
    expect(buttons.every((b) => b.getAttribute('type') === 'button')).toBe(true);
    expect($$('input[type="radio"]').length).toBe(5);
    expect($('[data-why] > summary')?.textContent).toBe('Why / how');
  });

  it('folds away on Escape from inside, leaving focus on the button that unfolds it', async () => {
    const onCollapsedChange = vi.fn();
    render(
      <PanelOf
        words={english}
        analysis={sampleAnalysis(data)}
        data={data}
        options={DEFAULT_PANEL_OPTIONS}
        onCopySummary={vi.fn()}
        onCollapsedChange={onCollapsedChange}
      />,
      root,
    );
    const radio = $('input[type="radio"]') as HTMLInputElement;
    radio.focus();
    radio.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect($('[data-action="collapse"]')?.getAttribute('aria-expanded')).toBe('false');
    expect(onCollapsedChange).toHaveBeenCalledWith(true);
    expect(document.activeElement).toBe($('[data-action="collapse"]'));
  });

  it('opens the comparison cut to two lines per fact, and in full on request', async () => {
    show(sampleAnalysis(data));
    const toggle = $$('button').find((b) => b.textContent === 'Show full descriptions');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect($('.ail-compare')?.getAttribute('data-clamped')).toBe('true');
    await click(toggle ?? null);
    expect($('.ail-compare')?.hasAttribute('data-clamped')).toBe(false);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(toggle?.textContent).toBe('Show shorter descriptions');
  });

  it('renders page text as text, never as markup', () => {
    const analysis = sampleAnalysis(data);
    const hostile = '<img src=x onerror="alert(1)"> Pay <b>missing</b>';
    // A law's name is data text, shown as published.
    const law = { id: 'x', name: hostile, effective: '2023-01-01' };
    const conditions = { minEmployees: null, appliesIf: null };
    show({
      ...analysis,
      flags: [
        {
          id: 'pay-range-missing-law',
          severity: 'high',
          code: 'law-requires-pay',
          params: { law, region: 'US-CA', conditions, alsoRequiring: [] },
          sources: [],
        },
      ],
    });
    expect($('img')).toBeNull();
    expect($('.ail-check b')).toBeNull();
    expect(text('[data-flag="pay-range-missing-law"] .ail-check__message')).toContain(hostile);
  });
});

describe('sections', () => {
  const ALL: (keyof PanelSections)[] = ['role', 'salary', 'comparison', 'checklist', 'checks'];

  it('shows every switched-on section in order, the role in the top strip', () => {
    show(sampleAnalysis(data));
    expect($$('[data-section]').map((s) => s.getAttribute('data-section'))).toEqual(ALL);
    expect($('[data-glance] [data-section="role"]')).not.toBeNull();
  });

  it.each(ALL)('leaves out the %s section when it is switched off', (id) => {
    show(sampleAnalysis(data), { sections: { ...DEFAULT_PANEL_OPTIONS.sections, [id]: false } });
    expect(section(id)).toBeNull();
    expect($$('[data-section]').length).toBe(ALL.length - 1);
  });

  it('leaves the pay line out of the top strip with the salary section', () => {
    show(sampleAnalysis(data), { sections: { ...DEFAULT_PANEL_OPTIONS.sections, salary: false } });
    expect($('[data-glance-pay]')).toBeNull();
    expect(text('[data-role-name]')).toBe('Chief AI Officer');
  });

  it('says when the posting states no reporting line', () => {
    show(sampleAnalysis(data));
    expect(text('[data-reporting-line="not-stated"]')).toBe('Reporting line not stated');
  });

  it('shows no section when all are off', () => {
    const none = Object.fromEntries(ALL.map((id) => [id, false])) as unknown as PanelSections;
    show(sampleAnalysis(data), { sections: none });
    expect($$('[data-section]')).toEqual([]);
    expect($('[data-glance]')).toBeNull();
    expect(text('h2')).toBe('AI Leadership Lens');
  });
});

describe('top strip: one answer per question', () => {
  const glance = () => $('[data-glance]');

  it('verdict: role, level, whom it reports to, and the verdict with the band’s n and year', () => {
    const analysis: Analysis = {
      ...directorAnalysis(data),
      reportingLine: { to: 'cto', superior: 'CTO', text: 'reports to the CTO' },
    };
    show(analysis);
    expect(glance()?.querySelector('[data-role-name]')?.textContent).toBe('Director of AI');
    expect(glance()?.querySelector('[data-level]')?.textContent).toBe('Director');
    expect(glance()?.querySelector('[data-reporting-line="cto"]')?.textContent).toBe('Reports to the CTO');
    expect(text('[data-why] [data-reporting-quote]')).toBe('The posting: “reports to the CTO”');
    expect(glance()?.querySelector('[data-glance-pay]')?.textContent).toBe(
      'Posted pay is above the middle half · n = 212 · 2025',
    );
    expect(text('[data-verdict="above"]')).toBe('Posted pay is above the middle half');
  });

  it('no verdict (basis differs): why in one line, both figures shown, the full sentence behind "Why / how"', () => {
    show(noVerdictAnalysis(data));
    expect(text('[data-glance-pay="no-verdict"]')).toBe(
      'No verdict: posted base salary, benchmark total pay incl. equity',
    );
    expect($('[data-verdict]')).toBeNull();
    expect(text('[data-fact="posted"] dd')).toContain(`${usd(300000)} – ${usd(450000)} a year`);
    expect(text('[data-fact="band"] dd')).toContain(`${usd(500000)} – ${usd(1000000)}+`);
    expect($('[data-posted]')).not.toBeNull();
    expect(text('[data-why] [data-no-verdict-why]')).toBe(
      'No verdict: the posting gives base salary, the benchmark total pay incl. equity; both are shown, not compared',
    );
  });

  it('no band (gap): says so in the strip, the reason in the pay section, no bar, no context', () => {
    show(noBandAnalysis(data));
    expect(text('[data-glance] [data-no-band]')).toBe('No benchmark for VP of AI in the United States');
    expect(text('[data-section="salary"] [data-gap]')).toBe('No row-level source covers this role');
    expect(text('[data-fact="posted"] dd')).toBe(`${usd(300000)} – ${usd(450000)} a year`);
    expect($('.ail-bandbar')).toBeNull();
    expect($('[data-references]')).toBeNull();
  });

  it('no band, published figures (a CAIO in the US): the reason, then each figure as context, no verdict', () => {
    show(referencesAnalysis(data));
    expect(text('[data-glance] [data-no-band]')).toBe(
      'No benchmark for Chief AI Officer in the United States',
    );
    const salary = section('salary');
    // Right under the one-line reason, under a heading that says they are not a benchmark.
    expect(salary?.querySelector('[data-gap] + [data-references]')).not.toBeNull();
    expect(text('[data-section="salary"] .ail-refs__title')).toBe('Context, not a benchmark');
    const items = $$('[data-section="salary"] [data-reference]');
    expect(items.map((item) => item.getAttribute('data-reference'))).toEqual([
      'caio-us-total-heidrick-2023',
      'caio-us-base-seed-card',
    ]);
    const part = (selector: string) => items[1]?.querySelector(selector)?.textContent?.trim();
    expect(part('.ail-refs__figures')).toBe(`${usd(280000)} – ${usd(500000)}, base salary`);
    expect(part('.ail-refs__why')).toBe('— no source named');
    // The posting's own region: not named again.
    expect(part('.ail-refs__source')).toMatch(/^AI Leadership Lens · 2026 · low confidence/);
    expect(items[1]?.querySelector('[data-provenance]')?.getAttribute('aria-label')).toBe(
      'Source of this context figure',
    );
    // Never drawn as a band, never judged.
    expect($('.ail-bandbar')).toBeNull();
    expect($('[data-verdict]')).toBeNull();
    expect(text('[data-fact="posted"] dd')).toBe(`${usd(300000)} – ${usd(450000)} a year`);
  });

  it('hidden pay: the market band, said not to be the employer’s', () => {
    show(noPayAnalysis(data));
    expect(text('[data-glance-pay="no-pay"]')).toBe('No pay range posted · market band n = 40 · 2026');
    expect(text('[data-hidden-pay]')).toBe(
      'Employer did not disclose pay; market band for this role and region',
    );
    expect($('.ail-bandbar__band')).not.toBeNull();
    expect($('[data-posted]')).toBeNull();
    expect($('[data-verdict]')).toBeNull();
    expect($('[data-fact="posted"]')).toBeNull();
  });

  it('pay shown but not read as a salary: quoted as the posting shows it, never said to be missing', () => {
    const unread = noPayAnalysis(data);
    unread.posting = {
      ...unread.posting,
      payText: { value: '¥100000', source: 'selector .salary (seen 2026-07)' },
    };
    show(unread);
    expect(text('[data-glance-pay="no-pay"]')).toBe(
      'Pay shown as “¥100000”, not read as a salary · market band n = 40 · 2026',
    );
    expect(text('[data-hidden-pay]')).toBe(
      'Pay shown as “¥100000”, not read as a salary; market band for this role and region',
    );
    expect($('[data-verdict]')).toBeNull();
    expect($('[role="img"][aria-label*="posted pay not read as a salary"]')).not.toBeNull();
    const summary = summaryText(english, unread, data, PAY);
    expect(summary).toContain('Posted pay: “¥100000” (not read as a salary)');
    expect(summary).not.toContain('No pay range posted');
  });

  it('does not quote a description sentence picked as a last resort: it may speak of a perk, not pay', () => {
    const perk = noPayAnalysis(data);
    perk.posting = {
      ...perk.posting,
      payText: {
        value: 'We offer a $2,000 annual learning budget and a competitive base salary.',
        source: 'sentence from description (last resort)',
      },
    };
    show(perk);
    expect(text('[data-glance-pay="no-pay"]')).toBe('No pay range posted · market band n = 40 · 2026');
    expect(text('[data-hidden-pay]')).toBe(
      'Employer did not disclose pay; market band for this role and region',
    );
    expect(summaryText(english, perk, data, PAY)).toContain('Posted pay: No pay range posted');
  });

  it('no role: says no role was detected, and no benchmark', () => {
    show(noRoleAnalysis(data));
    expect(text('[data-glance] [data-section="role"]')).toBe(
      'No AI-leadership role detected in this posting.',
    );
    expect(text('[data-glance-pay="no-role"]')).toBe('No role detected, so no salary benchmark');
    expect($('.ail-bandbar')).toBeNull();
    // The comparison still shows one role, and every other to choose from.
    expect($$('input[type="radio"]').length).toBe(6);
  });

  it('keeps the role’s confidence and evidence behind "Why / how"', () => {
    show(sampleAnalysis(data));
    const why = $('[data-why]');
    expect(why?.hasAttribute('open')).toBe(false);
    expect(why?.querySelector('[data-confidence="high"]')?.textContent).toBe(
      'Role: high confidence (92%); the title says “chief ai officer”',
    );
  });
});

describe('salary section', () => {
  it('draws the band and the posted range, and gives the amounts in words', () => {
    show(sampleAnalysis(data));
    const salary = section('salary');
    const bar = salary?.querySelector('.ail-bandbar__track[role="img"]');
    expect(bar?.getAttribute('aria-label')).toContain(`${usd(280000)} – ${usd(500000)}`);
    expect(bar?.getAttribute('aria-label')).toContain('within the band');
    const band = salary?.querySelector<HTMLElement>('.ail-bandbar__band');
    const posted = salary?.querySelector<HTMLElement>('[data-posted]');
    const left = (el: HTMLElement | null | undefined) => Number.parseFloat(el?.style.left ?? 'NaN');
    const right = (el: HTMLElement | null | undefined) =>
      left(el) + Number.parseFloat(el?.style.width ?? 'NaN');
    expect(left(posted)).toBeGreaterThan(left(band));
    expect(right(posted)).toBeLessThan(right(band));
    expect(salary?.querySelector('[data-label="box-low"]')?.textContent).toBe(usd(280000));
    expect(salary?.querySelector('[data-label="box-high"]')?.textContent).toBe(usd(500000));
    expect(text('[data-basis-line]')).toBe('Base salary · n = 40 respondents · 2026 · Test fixture');
    expect(text('[data-fact="band"] .ail-fact__extra')).toMatch(/^≈ £/);
    expect(text('[data-why] [data-rate]')).toContain('Feb 6, 2026');
  });

  it('puts a source marker beside each figure, described by source, year and confidence', () => {
    show(sampleAnalysis(data));
    const marks = $$('[data-section="salary"] [data-figure] [data-provenance]');
    expect(marks.map((mark) => mark.getAttribute('aria-label'))).toEqual([
      'Source of the posted pay',
      'Source of the benchmark',
    ]);
    const tip = (mark: Element) =>
      root.querySelector(`#${CSS.escape(mark.getAttribute('aria-describedby') ?? '')}`);
    expect(tip(marks[1] as Element)?.textContent).toBe(
      'Pay survey made up for the panel tests (Test fixture), 2026, n = 40 respondents, low confidence, ' +
        'as the source publishes it; a survey of executives’ pay',
    );
  });

  it('pins a source open on click, for a pointer that cannot hover', async () => {
    show(sampleAnalysis(data));
    const mark = $('[data-provenance]');
    expect(mark?.getAttribute('aria-expanded')).toBe('false');
    await click(mark);
    expect(mark?.getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps source, year, confidence, what it measures and sample size behind "Why / how"', () => {
    show(sampleAnalysis(data));
    const rows = $$('[data-why] [data-fact="detail"]').map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Source', 'Pay survey made up for the panel tests (Test fixture)'],
        ['Year', '2026'],
        ['Confidence', 'Low'],
        ['Measures', 'a survey of executives’ pay'],
        ['Sample size', 'n = 40 respondents'],
      ]),
    );
  });

  it('with a band, keeps the published figures behind "Why / how" as context, off the bar', () => {
    show(sampleAnalysis(data));
    expect($$('[data-why] [data-reference]').map((item) => item.getAttribute('data-reference'))).toEqual([
      'caio-us-total-heidrick-2023',
      'caio-us-base-seed-card',
    ]);
    expect(text('[data-why] [data-reference="caio-us-total-heidrick-2023"] .ail-refs__why')).toBe(
      '— the source states no sample size',
    );
    // Only the band's own figures are on the bar.
    expect($$('[data-section="salary"] [data-label]').map((label) => label.textContent)).not.toContain(
      usd(1134000),
    );
    expect($('[data-section="salary"] [data-references]')).toBeNull();
  });

  it('draws the middle half as a box, low..high as whiskers, and the median as a notch', () => {
    show(directorAnalysis(data));
    expect($('.ail-bandbar__whiskers')).not.toBeNull();
    expect($$('[data-tick]').map((t) => t.getAttribute('data-tick'))).toEqual(['p50']);
    expect($('[data-tick="p50"]')?.getAttribute('data-on-band')).toBe('true');
    expect($$('[data-why] [data-fact="mark"] dd').map((dd) => dd.textContent)).toEqual([
      usd(200000),
      usd(230000),
      usd(260000),
    ]);
  });

  it('fallback: labels the broader region shown', () => {
    show(fallbackAnalysis(data));
    expect(text('[data-fallback]')).toBe('Showing Europe: no band for Germany');
    expect($('.ail-bandbar__band')).toBeNull();
    expect($$('[data-tick]').map((t) => t.getAttribute('data-tick'))).toEqual(['p50']);
    expect($('[data-why]')?.textContent).toContain('Posted pay converted from EUR');
  });
});

describe('comparison section', () => {
  it('sets the posting’s role beside one other, chosen with a radio group', async () => {
    const onCompareWithChange = vi.fn();
    render(
      <PanelOf
        words={english}
        analysis={sampleAnalysis(data)}
        data={data}
        options={DEFAULT_PANEL_OPTIONS}
        onCopySummary={vi.fn()}
        onCompareWithChange={onCompareWithChange}
      />,
      root,
    );
    const comparison = section('comparison');
    expect(comparison?.querySelector('legend')?.textContent).toBe('Compare CAIO with');
    const radios = [...(comparison?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
    expect(radios.map((r) => r.value)).toEqual(['cto', 'cdo', 'vp_ai', 'head_ai', 'director_ai']);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(radios.find((r) => r.checked)?.value).toBe('cto');
    const columns = () =>
      [...(comparison?.querySelectorAll('[data-row="reportsTo"] dd') ?? [])].map((dd) => [
        dd.getAttribute('data-column'),
        dd.querySelector('.ail-compare__text')?.textContent,
      ]);
    expect(columns()).toEqual([
      ['caio', 'CEO or board'],
      ['cto', 'CEO'],
    ]);
    expect(comparison?.querySelector('[data-this-posting] .ail-sr-only')?.textContent).toBe(
      ' (this posting): ',
    );
    radios[2]?.click();
    await flush();
    expect(onCompareWithChange).toHaveBeenCalledWith('vp_ai');
    expect(columns()).toEqual([
      ['caio', 'CEO or board'],
      ['vp_ai', 'CTO, CPO or CEO'],
    ]);
  });

  it('takes a choice out of the radio group before removing it (Chromium keeps removed radios of a group alive)', () => {
    show(sampleAnalysis(data));
    const director = $('input[type="radio"][value="director_ai"]') as HTMLInputElement | null;
    expect(director?.name).not.toBe('');
    // A Director of AI posting: its own role is no longer a choice.
    show(directorAnalysis(data));
    expect($('input[type="radio"][value="director_ai"]')).toBeNull();
    expect(director?.isConnected).toBe(false);
    expect(director?.name).toBe('');
  });

  it('keeps a comparison when the role chosen on one posting is the next posting’s own', async () => {
    show(sampleAnalysis(data));
    ($('input[type="radio"][value="director_ai"]') as HTMLInputElement).click();
    await flush();
    expect(($('input[type="radio"]:checked') as HTMLInputElement | null)?.value).toBe('director_ai');
    // The next posting is a Director of AI's, drawn by the same panel.
    show(directorAnalysis(data));
    expect(section('comparison')).not.toBeNull();
    expect(($('input[type="radio"]:checked') as HTMLInputElement | null)?.value).toBe('caio');
  });

  it('opens on the role remembered in the settings', () => {
    show(sampleAnalysis(data), { compareWith: 'head_ai' });
    expect(($('input[type="radio"]:checked') as HTMLInputElement | null)?.value).toBe('head_ai');
  });

  it('gives each fact and pay band a source marker, and draws the sources’ gaps quieter', () => {
    show(sampleAnalysis(data), { compareWith: 'cdo' });
    const rows = $$('[data-section="comparison"] [data-row]');
    expect(rows.every((row) => row.querySelectorAll('[data-provenance]').length === 2)).toBe(true);
    expect($$('[data-row="experience"] [data-missing]').length).toBe(2);
    const pay = $$('[data-row="pay"] dd');
    expect(pay.every((dd) => dd.hasAttribute('data-figure'))).toBe(true);
    expect(pay[0]?.textContent).toContain(`${usd(280000)} – ${usd(500000)}`);
    expect(pay[1]?.querySelector('.ail-compare__text')?.textContent).toBe('No benchmark');
  });

  it('shows a role with no band by its best published figure, marked as context, with its source', () => {
    show(sampleAnalysis(data), { compareWith: 'cto' });
    const cto = $('[data-row="pay"] dd[data-column="cto"]');
    expect(cto?.getAttribute('data-context')).toBe('true');
    expect(cto?.hasAttribute('data-missing')).toBe(false);
    expect(cto?.querySelector('.ail-compare__text')?.textContent).toMatch(
      /^Context only \(United States\): median /,
    );
    expect(cto?.querySelector('[role="tooltip"]')?.textContent).toContain(
      'BLS OEWS May 2023 pay for computer and information systems managers',
    );
  });
});

describe('skill checklist section', () => {
  it('ticks mentioned skills per group with counts and scores the user', () => {
    show(sampleAnalysis(data), { userSkills: ['foundation_models', 'ai_strategy'] });
    const checklist = section('checklist');
    const counts = [...(checklist?.querySelectorAll('[data-group]') ?? [])].map((g) => [
      g.getAttribute('data-group'),
      g.querySelector('[data-count]')?.textContent,
    ]);
    expect(counts).toEqual([
      ['technical', '2 of 3'],
      ['governance', '1 of 2'],
      ['business', '1 of 2'],
    ]);
    const item = (id: string) => checklist?.querySelector(`[data-skill="${id}"]`);
    expect(item('foundation_models')?.getAttribute('data-checked')).toBe('true');
    expect(item('foundation_models')?.querySelector('[data-icon="check"]')).not.toBeNull();
    expect(item('foundation_models')?.textContent).toContain('(mentioned)');
    expect(item('model_lifecycle')?.getAttribute('data-checked')).toBe('false');
    expect(item('model_lifecycle')?.textContent).toContain('(not mentioned)');
    expect(item('ai_strategy')?.textContent).toContain('You have this');
    expect(checklist?.querySelector('[data-match]')?.textContent).toBe(
      'You have 2 of 4 skills this posting asks for (50%)',
    );
  });
});

describe('checks section', () => {
  it('lists flags most severe first, each with an icon and a word', () => {
    show(sampleAnalysis(data));
    const checks = $$('[data-section="checks"] li');
    expect(checks.map((li) => li.getAttribute('data-severity'))).toEqual([
      'high',
      'medium',
      'low',
      'low',
      'info',
    ]);
    expect(checks.map((li) => li.querySelector('.ail-check__severity')?.textContent)).toEqual([
      'High',
      'Medium',
      'Low',
      'Low',
      'Info',
    ]);
    expect(checks.every((li) => li.querySelector('svg[aria-hidden="true"]'))).toBe(true);
  });

  it('shows each check its source: the first publisher in the row, every source behind a marker', () => {
    show(sampleAnalysis(data));
    const source = (id: string) => $(`[data-flag="${id}"] [data-fact="source"]`);
    const law = source('pay-range-missing-law');
    expect(law?.querySelector('dd')?.firstChild?.textContent).toBe('AI Leadership Lens and 1 more');
    expect(law?.querySelector('button[data-provenance]')?.getAttribute('aria-label')).toBe(
      'Source of this check',
    );
    expect(law?.querySelector('[role="tooltip"]')?.textContent).toBe(
      'Project seed card (AI Leadership Lens), 2026, low confidence; ' +
        'AI, ML, data science salaries (aijobs.net), 2025, medium confidence',
    );
    expect(source('csuite-reports-below-chief')?.querySelector('dd')?.firstChild?.textContent).toBe(
      'Heidrick & Struggles',
    );
    // A check on the posting's own words cites the posting.
    expect(source('no-governance')?.querySelector('dd')?.firstChild?.textContent).toBe('The posting');
  });

  it('says when there is nothing to flag', () => {
    show({ ...sampleAnalysis(data), flags: [] });
    expect(section('checks')?.textContent).toContain('Nothing to flag.');
  });
});

describe('panel.css', () => {
  // Read from disk: the test build does not process CSS imports.
  const css = readFileSync(resolve(__dirname, '../../components/panel/panel.css'), 'utf8');

  it('scopes every rule to the panel root', () => {
    const selectors = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{};]+)\{/g)]
      .map((match) => (match[1] ?? '').trim())
      .filter((prelude) => !prelude.startsWith('@'))
      // Commas outside parentheses: `:where(h2, h3)` is one selector.
      .flatMap((prelude) => prelude.split(/,(?![^(]*\))/))
      .map((selector) => selector.trim());
    expect(selectors.length).toBeGreaterThan(50);
    expect(selectors.filter((selector) => !selector.startsWith('.ail-panel'))).toEqual([]);
  });

  it('sizes in px only: no rem (the host page sets the root font size) and no em', () => {
    expect(css).not.toMatch(/\d(rem|em)\b/);
    expect(css).toMatch(/font-size: 13px/);
  });

  it('has a visible focus ring and both colour schemes', () => {
    expect(css).toMatch(/\.ail-panel :focus-visible \{\s*outline: 2px solid/);
    expect(css).toMatch(/\.ail-panel\[data-theme=["']dark["']\] \{\s*color-scheme: dark;/);
    expect(css).toMatch(/\.ail-panel\[data-theme=["']light["']\] \{\s*color-scheme: light;/);
  });
});
