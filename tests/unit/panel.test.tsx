import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PANEL_OPTIONS, type PanelOptions, type PanelSections } from '../../components/panel/options';
import { Panel } from '../../components/panel/Panel';
import { summaryText } from '../../components/panel/summary';
import { formatMoney } from '../../lib/engine/currency';
import type { Analysis } from '../../lib/engine/types';
import {
  fallbackAnalysis,
  noBandAnalysis,
  noPayAnalysis,
  sampleAnalysis,
  sampleData,
} from './panel-fixtures';

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
    <Panel
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
      <Panel
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
    expect(onCopy).toHaveBeenCalledWith(summaryText(analysis, data));
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

  it('keeps every control a real button, reachable by keyboard', () => {
    show(sampleAnalysis(data));
    const buttons = $$('button');
    // Copy, collapse, and the comparison's "Show full descriptions".
    expect(buttons.length).toBe(3);
    expect(buttons.every((b) => b.getAttribute('type') === 'button')).toBe(true);
    expect($('.ail-table-scroll')?.getAttribute('tabindex')).toBe('0');
    expect($('details > summary')).not.toBeNull();
  });

  it('opens the comparison cut to a few lines per cell, and in full on request', () => {
    show(sampleAnalysis(data));
    const toggle = $$('button').find((b) => b.textContent === 'Show full descriptions');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect($('.ail-table')?.classList.contains('ail-table--clamped')).toBe(true);
    (toggle as HTMLButtonElement | undefined)?.click();
    return Promise.resolve().then(() => {
      expect($('.ail-table')?.classList.contains('ail-table--clamped')).toBe(false);
      expect(toggle?.getAttribute('aria-expanded')).toBe('true');
      expect(toggle?.textContent).toBe('Show shorter descriptions');
    });
  });

  it('renders page text as text, never as markup', () => {
    const analysis = sampleAnalysis(data);
    const hostile = '<img src=x onerror="alert(1)"> Pay <b>missing</b>';
    show({ ...analysis, flags: [{ id: 'x', severity: 'high', message: hostile }] });
    expect($('img')).toBeNull();
    expect($('.ail-check b')).toBeNull();
    expect(text('[data-flag="x"] .ail-check__message')).toBe(hostile);
  });
});

describe('sections', () => {
  const ALL: (keyof PanelSections)[] = ['role', 'salary', 'comparison', 'checklist', 'checks'];

  it('shows every switched-on section in order', () => {
    show(sampleAnalysis(data));
    expect($$('[data-section]').map((s) => s.getAttribute('data-section'))).toEqual(ALL);
  });

  it.each(ALL)('leaves out the %s section when it is switched off', (id) => {
    show(sampleAnalysis(data), { sections: { ...DEFAULT_PANEL_OPTIONS.sections, [id]: false } });
    expect(section(id)).toBeNull();
    expect($$('[data-section]').length).toBe(ALL.length - 1);
  });

  it('paints role, salary and comparison before the checklist and checks data has loaded', () => {
    const { skills: _skills, flags: _flags, ...firstPaint } = sampleAnalysis(data);
    const { skills: _s, skillGroups: _g, payLaws: _l, payLawsCompiled: _c, ...coreData } = data;
    render(
      <Panel analysis={firstPaint} data={coreData} options={DEFAULT_PANEL_OPTIONS} onCopySummary={vi.fn()} />,
      root,
    );
    expect($$('[data-section]').map((s) => s.getAttribute('data-section'))).toEqual([
      'role',
      'salary',
      'comparison',
    ]);
    const summary = summaryText(firstPaint, coreData);
    expect(summary).toContain('Role: ');
    expect(summary).not.toContain('Skills mentioned');
    expect(summary).not.toContain('Checks:');
  });

  it('shows no section when all are off', () => {
    const none = Object.fromEntries(ALL.map((id) => [id, false])) as unknown as PanelSections;
    show(sampleAnalysis(data), { sections: none });
    expect($$('[data-section]')).toEqual([]);
    expect(text('h2')).toBe('AI Leadership Lens');
  });
});

describe('role section', () => {
  it('shows the role, level, confidence and evidence', () => {
    show(sampleAnalysis(data));
    const role = section('role');
    expect(role?.querySelector('[data-role-name]')?.textContent).toBe('Chief AI Officer');
    expect(role?.querySelector('[data-level]')?.textContent).toBe('C-suite');
    expect(role?.querySelector('[data-confidence]')?.textContent).toBe('High confidence (92%)');
    expect(role?.querySelector('[data-evidence]')?.textContent).toBe('matched: chief ai officer');
  });
});

describe('salary section', () => {
  it('draws the band and the posted range, and gives the verdict and amounts in words', () => {
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
    expect(salary?.querySelector('[data-end="low"]')?.textContent).toBe(usd(280000));
    expect(salary?.querySelector('[data-end="high"]')?.textContent).toBe(usd(500000));
    expect(text('[data-verdict="within"]')).toBe('Posted pay is within the band');
    expect(text('[data-fact="basis"] dd')).toBe('Base salary');
    expect(text('[data-fact="band"] .ail-fact__extra')).toMatch(/^≈ £/);
    expect(text('[data-rate]')).toContain('2026-02-06');
  });

  it('keeps source, year, confidence and sample size in a disclosure', () => {
    show(sampleAnalysis(data));
    const details = section('salary')?.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('About this figure');
    const rows = [...(details?.querySelectorAll('[data-fact="detail"]') ?? [])].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Source', 'Project seed card (AI Leadership Lens)'],
        ['Year', '2026'],
        ['Confidence', 'low'],
      ]),
    );
  });

  it('draws a tick for each percentile the band has', () => {
    const base = sampleAnalysis(data);
    const headBand = data.salaries.find((entry) => entry.id === 'head-ai-us');
    if (headBand?.kind !== 'band' || !base.benchmark) throw new Error('fixture');
    show({
      ...base,
      role: { id: 'head_ai', level: 'head', confidence: 0.9, evidence: 'matched: head of ai' },
      benchmark: { ...base.benchmark, band: headBand },
    });
    const ticks = $$('[data-tick]') as HTMLElement[];
    expect(ticks.map((t) => t.getAttribute('data-tick'))).toEqual(['p25', 'p50', 'p75']);
    const at = ticks.map((t) => Number.parseFloat(t.style.left));
    expect(at[0]).toBeLessThan(at[1] ?? 0);
    expect(at[1]).toBeLessThan(at[2] ?? 0);
    expect($$('[data-fact="mark"] dd').map((dd) => dd.textContent)).toEqual([
      usd(201750),
      usd(239750),
      usd(288450),
    ]);
  });

  it('no pay: the band alone and a "No pay range posted" note', () => {
    show(noPayAnalysis(data));
    expect(text('[data-no-pay]')).toBe('No pay range posted');
    expect($('.ail-bandbar__band')).not.toBeNull();
    expect($('[data-posted]')).toBeNull();
    expect($('[data-verdict]')).toBeNull();
  });

  it('no band: the "No benchmark" sentence and the gap, no bar', () => {
    show(noBandAnalysis(data));
    expect(text('[data-no-band]')).toBe('No benchmark for VP of AI in the United States');
    expect(section('salary')?.textContent).toContain('No citable figure found for VP of AI');
    expect($('.ail-bandbar')).toBeNull();
  });

  it('fallback: labels the broader region shown', () => {
    show(fallbackAnalysis(data));
    expect(text('[data-fallback]')).toBe('Showing Europe: no band for Germany');
    expect($('.ail-bandbar__band')).toBeNull();
    expect($$('[data-tick]').map((t) => t.getAttribute('data-tick'))).toEqual(['p50']);
    expect(section('salary')?.textContent).toContain('Posted pay converted from EUR');
  });
});

describe('comparison section', () => {
  it('is a table with column and row headers and the detected role marked in words', () => {
    show(sampleAnalysis(data));
    const table = section('comparison')?.querySelector('table');
    const heads = [...(table?.querySelectorAll('thead th[scope="col"]') ?? [])].map((th) =>
      th.getAttribute('data-column'),
    );
    expect(heads).toEqual([null, 'caio', 'cto', 'cdo', 'vp_ai']);
    const rows = [...(table?.querySelectorAll('tbody th[scope="row"]') ?? [])].map((th) => th.textContent);
    expect(rows).toEqual([
      'Scope',
      'Reports to',
      'Board accountability',
      'Experience',
      'Pay band, United States',
    ]);
    const highlighted = [...(table?.querySelectorAll('.ail-table__highlight') ?? [])];
    expect(new Set(highlighted.map((cell) => cell.getAttribute('data-column')))).toEqual(new Set(['caio']));
    expect(highlighted.length).toBe(6);
    expect(table?.querySelector('thead .ail-table__highlight')?.textContent).toBe('CAIOThis posting');
    const pay = [...(table?.querySelectorAll('tr[data-row="pay"] td') ?? [])].map((td) => td.textContent);
    expect(pay[0]).toContain(`${usd(280000)} – ${usd(500000)}`);
    expect(pay.slice(1)).toEqual(['no benchmark', 'no benchmark', 'no benchmark']);
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
