import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareTable } from '../../components/compare/CompareTable';
import { CompareI18nProvider } from '../../components/compare/compare-i18n';
import { compareRows, filterRows, skillsAsked, sortRows } from '../../components/compare/compare-model';
import { MemorySection } from '../../components/panel/MemorySection';
import { memoryStore } from '../../components/panel/memory-store';
import { PanelWordsProvider } from '../../components/panel/words';
import { loadCoreData } from '../../data/core';
import { loadDetailData } from '../../data/details';
import type { CoreAnalysis } from '../../lib/engine/types';
import type { CompareSource } from '../../lib/extension/i18n/compare';
import { en as compareEnglish } from '../../lib/extension/i18n/compare/en';
import { createTranslator } from '../../lib/extension/i18n/translate';
import { cardEntry, recordSighting } from '../../lib/extension/ledger-model';
import { english } from './components/words';
import { cardStar, DAY, sighting, T0 } from './ledger-fixtures';

const data = { roles: loadCoreData().roles, skills: loadDetailData().skills };

const head = {
  ...recordSighting(undefined, 'greenhouse:1', sighting({ jobId: '1' }), T0),
  saved: { status: 'applied' as const, note: 'second round', savedAt: T0 },
};
const vp = {
  ...recordSighting(
    undefined,
    'greenhouse:2',
    sighting({
      jobId: '2',
      title: 'VP of AI',
      company: 'Globex',
      level: 'vp',
      roleId: 'vp_ai',
      pay: {
        min: 250_000,
        max: 300_000,
        currency: 'USD',
        period: 'year',
        annualMin: 250_000,
        annualMax: 300_000,
      },
    }),
    T0 + 2 * DAY,
  ),
  saved: { status: 'interested' as const, note: '', savedAt: T0 },
};
const unsaved = recordSighting(
  undefined,
  'greenhouse:3',
  sighting({ jobId: '3', pay: null, level: null }),
  T0,
);

describe('compare rows', () => {
  const rows = compareRows([head, vp, unsaved], data.roles, T0 + 5 * DAY);

  it('names the role, the skills asked and the age', () => {
    const [first] = rows;
    expect(first?.roleName).toBe(data.roles.find((r) => r.id === 'head_ai')?.name);
    expect(first?.ageDays).toBe(5);
    // The fixture description names the EU AI Act and NIST AI RMF: a governance skill is asked.
    expect(skillsAsked(head, data.skills)).toContain(
      data.skills.find((skill) => skill.id === 'eu_ai_act')?.label,
    );
  });

  it('sorts by pay and level either way, missing values last', () => {
    const byPay = (descending: boolean) =>
      sortRows(rows, { key: 'pay', descending }).map((r) => r.entry.jobId);
    expect(byPay(false)).toEqual(['1', '2', '3']);
    expect(byPay(true)).toEqual(['2', '1', '3']);
    expect(sortRows(rows, { key: 'level', descending: false }).map((r) => r.entry.jobId)).toEqual([
      '2',
      '1',
      '3',
    ]);
  });

  it('filters by saved, status and text', () => {
    const saved = filterRows(rows, { text: '', status: 'all', savedOnly: true });
    expect(saved.map((r) => r.entry.jobId)).toEqual(['1', '2']);
    expect(
      filterRows(rows, { text: '', status: 'applied', savedOnly: true }).map((r) => r.entry.jobId),
    ).toEqual(['1']);
    expect(
      filterRows(rows, { text: 'ROUND', status: 'all', savedOnly: false }).map((r) => r.entry.jobId),
    ).toEqual(['1']);
    expect(filterRows(rows, { text: 'globex', status: 'all', savedOnly: false })).toHaveLength(1);
    // The posting's own words: the description names the EU AI Act.
    expect(
      filterRows(rows, { text: 'eu ai act', status: 'all', savedOnly: true }).map((r) => r.entry.jobId),
    ).toEqual(['1', '2']);
  });
});

describe('the panel memory section', () => {
  const host = document.createElement('div');
  afterEach(() => render(null, host));
  const analysis = {
    site: 'greenhouse',
    posting: { site: 'greenhouse', jobId: '77', url: 'https://boards.greenhouse.io/acme/jobs/77' },
  } as unknown as CoreAnalysis;

  it('shows nothing until the background has answered, then the age, date and repost', () => {
    render(
      <PanelWordsProvider value={english}>
        <MemorySection analysis={analysis} />
      </PanelWordsProvider>,
      host,
    );
    expect(host.textContent).toBe('');
    memoryStore.publish({
      key: 'greenhouse:77',
      firstSeen: T0,
      daysSinceFirstSeen: 3,
      datePosted: '2026-03-01',
      validThrough: null,
      repostOf: { key: 'greenhouse:70', firstSeen: T0 - 30 * DAY, jobId: '70' },
      saved: null,
    });
    render(
      <PanelWordsProvider value={english}>
        <MemorySection analysis={analysis} />
      </PanelWordsProvider>,
      host,
    );
    expect(host.querySelector('[data-memory="age"]')?.textContent).toBe(
      'First seen here 3 days ago, on Mar 10, 2026.',
    );
    expect(host.querySelector('[data-memory="posted"]')?.textContent).toBe(
      'The posting says it was posted on Mar 1, 2026.',
    );
    expect(host.querySelector('[data-memory="repost"]')?.textContent).toMatch(
      /^Looks like a repost of a posting first seen on Feb 8, 2026/,
    );
    expect(host.textContent).toContain('History starts when the extension was installed');
  });

  it('shows the facts that came right after its first render, before any effect ran, with no render after', async () => {
    const other = { ...analysis, posting: { ...analysis.posting, jobId: '78' } } as CoreAnalysis;
    render(
      <PanelWordsProvider value={english}>
        <MemorySection analysis={other} />
      </PanelWordsProvider>,
      host,
    );
    expect(host.textContent).toBe('');
    memoryStore.publish({
      key: 'greenhouse:78',
      firstSeen: T0,
      daysSinceFirstSeen: 0,
      datePosted: null,
      validThrough: null,
      repostOf: null,
      saved: null,
    });
    await vi.waitFor(() => expect(host.querySelector('[data-memory="age"]')).not.toBeNull());
  });
});

describe('a posting starred on its list card, on the compare page', () => {
  const fromCard = cardEntry('greenhouse:4', cardStar({ jobId: '4' }), T0);
  const host = document.createElement('div');
  afterEach(() => render(null, host));

  const table = (entries: (typeof fromCard)[]) =>
    render(
      <CompareI18nProvider value={createTranslator<CompareSource>('en', compareEnglish)}>
        <CompareTable
          rows={compareRows(entries, data.roles, T0 + DAY)}
          skills={data.skills}
          sort={{ key: 'age', descending: false }}
          onSort={() => {}}
          onSave={() => {}}
        />
      </CompareI18nProvider>,
      host,
    );
  const cells = () => [...host.querySelectorAll('tbody td')].map((td) => td.textContent);

  it('is a row like any other, its skills unknown (a card has no description)', () => {
    table([fromCard]);
    expect(host.querySelector('tbody a')?.getAttribute('href')).toBe(fromCard.url);
    expect(cells()).toEqual([
      'Head of AILondon, UK',
      'Acme',
      expect.stringContaining(data.roles.find((r) => r.id === 'head_ai')?.name ?? '?'),
      expect.stringMatching(/150/),
      '—',
      expect.stringMatching(/1 day/),
      expect.stringContaining('Interested'),
    ]);
    expect(
      filterRows(compareRows([fromCard], data.roles, T0), { text: '', status: 'all', savedOnly: true }),
    ).toHaveLength(1);
  });

  it('is its title alone where the card had no link', () => {
    table([{ ...fromCard, url: '' }]);
    expect(host.querySelector('tbody a')).toBeNull();
    expect(cells()[0]).toBe('Head of AILondon, UK');
  });
});
