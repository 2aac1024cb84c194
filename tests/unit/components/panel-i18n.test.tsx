// Every word the panel, its plain-text summary and the list chips show comes from the panel's catalogue. Two
// ways to catch one that does not: each part is drawn in each of its states with a catalogue whose every
// message is its own key in brackets (⟦panel.copy⟧), figures as ¤; whatever text is left once the markers and
// the data's own words (role names, source titles, the posting's text, the engine's check sentences) are
// taken out must hold no letter. And the components' source is read: no JSX text and no string in a label,
// title or placeholder may carry a letter. Both fail on `<span>Salary</span>`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { badgeLabel, drawBadge } from '../../../components/badge/Badge';
import { memoryStore } from '../../../components/panel/memory-store';
import { DEFAULT_PANEL_OPTIONS, type PanelOptions } from '../../../components/panel/options';
import type { BundledData } from '../../../data';
import type { CardBadgeView } from '../../../lib/engine/card-analysis';
import type { Analysis, CoreAnalysis, Flag } from '../../../lib/engine/types';
import { UI_LOCALES } from '../../../lib/extension/i18n/locale';
import {
  createPanelWords,
  type PanelCatalogue,
  type PanelWords,
  PRODUCT_NAME,
} from '../../../lib/extension/i18n/panel';
import { en } from '../../../lib/extension/i18n/panel/en';
import type { Message } from '../../../lib/extension/i18n/translate';
import { ledgerKey } from '../../../lib/extension/ledger-key';
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
} from '../panel-fixtures';
import { CHECK_FINDINGS } from './check-findings';
import { PanelOf } from './panel-of';
import { PANEL_CATALOGUES } from './words';

const ROOT = path.resolve(import.meta.dirname, '../../..');

// ---------- the catalogues ----------

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [
    ...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))),
  ].sort();
}

describe.each(UI_LOCALES.filter((locale) => locale !== 'en'))('the %s catalogue of the panel', (locale) => {
  const catalogue = PANEL_CATALOGUES[locale];

  it('has exactly the English keys, each with the same placeholders, plurals where English has them', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, source] of Object.entries(en)) {
      const message = catalogue[key as keyof PanelCatalogue];
      expect(typeof message, key).toBe(typeof source);
      expect(placeholders(message), key).toEqual(placeholders(source));
    }
  });

  it('translates what a reader reads: few messages stay as in English, and those are names and figures', () => {
    const same = Object.entries(en)
      .filter(
        ([key, source]) => JSON.stringify(catalogue[key as keyof PanelCatalogue]) === JSON.stringify(source),
      )
      .map(([key]) => key);
    // Abbreviations, level titles used as such in these languages, and messages of placeholders only.
    const allowed =
      /^(level\.|mark\.p50$|checks\.source$|legend\.percentiles$|reportsTo\.c[a-z]o$|badge\.(label|labelPay)$|provenance\.mark$|salary\.sample$|severity\.info$|comparison\.(payCell|payCellElsewhere|cellSeparator)$|bar\.mark$|checks\.cite$|summary\.skillGroup$|fallback\.roleIn$|region\.EUROPE$|detail\.(source|region|basis|note)$|memory\.(status|note)$|skills\.count$|why\.role$|salary\.benchmark$|summary\.benchmarkNone$|bar\.benchmark$|summary\.benchmark$|glance\.noVerdict$|basis\.base\+bonus$|basisInSentence\.base\+bonus$|reference\.figures$)/;
    expect(same.filter((key) => !allowed.test(key))).toEqual([]);
  });
});

describe.each(UI_LOCALES)('the %s catalogue of the panel', (locale) => {
  it("gives plural forms only in categories the language has, always 'other'; no empty message", () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(PANEL_CATALOGUES[locale])) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) {
        expect(text.trim(), key).not.toBe('');
        expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
      }
      if (typeof message === 'string') continue;
      expect(message.other, key).toBeTypeOf('string');
      for (const form of Object.keys(message)) expect(categories, `${key}.${form}`).toContain(form);
    }
  });
});

describe('the panel’s words', () => {
  it('format money, dates, percentages and plurals in the language', () => {
    const german = createPanelWords('de', PANEL_CATALOGUES.de);
    const french = createPanelWords('fr', PANEL_CATALOGUES.fr);
    expect(createPanelWords('en', en).money(280_000, 'USD')).toBe('$280K');
    expect(german.money(280_000, 'EUR')).toBe('280.000\u00a0€');
    expect(german.money(1_250_000, 'EUR')).toBe('1,3\u00a0Mio.\u00a0€');
    expect(german.money(27.85, 'USD')).toBe('27,85\u00a0$');
    expect(french.money(280_000, 'EUR')).toBe('280\u00a0k\u00a0€');
    expect(german.money(280_000, 'EUR', true)).toBe('280.000\u00a0€');
    expect(german.date('2026-02-06')).toBe('06.02.2026');
    expect(german.t('memory.age', { count: 1, date: 'x' })).toBe('Zuerst hier gesehen vor 1 Tag, am x.');
    expect(german.t('memory.age', { count: 3, date: 'x' })).toBe('Zuerst hier gesehen vor 3 Tagen, am x.');
    // French counts 0 and 1 as one.
    expect(french.t('checks.andMore', { publisher: 'ECB', count: 1 })).toBe('ECB et 1 autre');
    expect(french.t('checks.andMore', { publisher: 'ECB', count: 2 })).toBe('ECB et 2 autres');
  });

  it('name countries in the language, other regions by the catalogue or the data', () => {
    const spanish = createPanelWords('es', PANEL_CATALOGUES.es);
    expect(spanish.regionName('DE', 'Germany')).toBe('Alemania');
    expect(spanish.regionName('EUROPE', 'Europe')).toBe('Europa');
    expect(spanish.regionName('US-CA', 'California')).toBe('California');
  });
});

// ---------- nothing shown outside the catalogue ----------

/** Every message is its key in brackets; figures and Intl's region names are symbols. */
function markerWords(): PanelWords {
  const markers = Object.fromEntries(
    Object.entries(en).map(([key, message]) => [
      key,
      typeof message === 'string' ? `⟦${key}⟧` : { other: `⟦${key}⟧` },
    ]),
  ) as PanelCatalogue;
  // German digits and dates: a stray English word cannot hide in them.
  const words = createPanelWords('de', markers);
  return { ...words, money: () => '¤', regionName: () => '⟦region⟧' };
}

/** The data's own words and the posting's: English (or the posting's language) on purpose. */
function dataTexts(
  data: BundledData,
  analyses: (CoreAnalysis & Partial<Analysis>)[],
  extra: string[] = [],
): string[] {
  const texts = [
    PRODUCT_NAME,
    ...data.roles.flatMap((role) => [
      role.name,
      role.short,
      ...[role.scope, role.reportsTo, role.boardAccountability, role.experience].map((fact) => fact.text),
    ]),
    ...data.sources.flatMap((source) => [source.title, source.publisher, source.id]),
    ...data.skills.map((skill) => skill.label),
    ...data.skillGroups.map((group) => group.name),
    ...data.regions.map((region) => region.name),
    ...data.salaries.flatMap((entry) =>
      entry.kind === 'band' ? [entry.proxy ?? '', entry.note ?? ''] : [entry.note ?? ''],
    ),
    ...analyses.flatMap((analysis) => [
      // The title's words the role was matched by, quoted as read.
      analysis.role?.evidence.text ?? '',
      ...(analysis.role?.evidence.governance ?? []),
      analysis.pay?.text ?? '',
      analysis.posting.url,
      analysis.posting.title.value ?? '',
      analysis.posting.company.value ?? '',
      analysis.posting.location.value ?? '',
      analysis.reportingLine?.text ?? '',
      analysis.reportingLine?.superior ?? '',
      ...(analysis.flags ?? []).flatMap(checkDataTexts),
    ]),
    // Currency codes, said as such.
    ...['USD', 'EUR', 'GBP'],
    ...extra,
  ];
  return [...new Set(texts.filter((text) => text.length > 0))].sort((a, b) => b.length - a.length);
}

/** What a check quotes as published: a law's name and clauses, the posting's own phrase. */
function checkDataTexts(flag: Flag): string[] {
  const params: Record<string, unknown> = flag.params;
  const law = params.law as { name: string } | undefined;
  const conditions = params.conditions as { appliesIf: string | null } | undefined;
  return [law?.name, conditions?.appliesIf, params.quote, params.reason, params.doubt].filter(
    (text): text is string => typeof text === 'string',
  );
}

/** Letters left once markers and data text are taken out: each a word the catalogue does not hold. */
function strayWords(text: string, data: string[]): string[] {
  let rest = text.replace(/⟦[^⟧]*⟧/g, ' ');
  for (const known of data) rest = rest.split(known).join(' ');
  return rest.match(/\p{L}+/gu) ?? [];
}

/** The panel's visible text and the words in its labels, titles and placeholders; data text marked lang=en
 *  is left out (it is English on purpose). */
function shownText(root: Element): string {
  const clone = root.cloneNode(true) as Element;
  for (const data of clone.querySelectorAll('[lang="en"]')) data.remove();
  const attributes = [...clone.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''),
  );
  return [clone.textContent ?? '', ...attributes].join('\n');
}

const data = sampleData();
const completeFlags: Flag[] = [
  {
    id: 'no-governance',
    severity: 'low',
    code: 'no-governance',
    params: { examples: ['eu_ai_act'] },
    sources: [],
  },
  {
    id: 'pay-above-band',
    severity: 'info',
    code: 'pay-above-band',
    params: { bandTop: { amount: 500_000, currency: 'USD' } },
    sources: ['aijobs-net-2025', 'seed-card'],
  },
];

const caio = {
  id: 'caio',
  level: 'c-suite',
  confidence: 0.92,
  evidence: { by: 'phrase', text: 'chief ai officer' },
} as const;

const STATES: Record<string, { analysis: Analysis; options?: Partial<PanelOptions> }> = {
  'a verdict, completed with checks, a reporting line and your skills': {
    analysis: {
      ...sampleAnalysis(data),
      flags: completeFlags,
      reportingLine: { to: 'vp', superior: 'VP of Engineering', text: 'reports to the VP of Engineering' },
    },
    options: { userSkills: ['eu_ai_act'], targetPay: { amount: 300_000, currency: 'USD' } },
  },
  'a target in another currency, no rate': {
    analysis: {
      ...sampleAnalysis(data),
      flags: [],
      role: { ...caio, focus: 'governance' },
    },
    options: { targetPay: { amount: 300_000, currency: 'XQQ' }, displayCurrency: 'GBP' },
  },
  'every recruiter check': {
    analysis: {
      ...sampleAnalysis(data),
      flags: Object.values(CHECK_FINDINGS).map(
        (finding): Flag => ({ ...finding, id: 'pay-range-missing-law', severity: 'medium', sources: [] }),
      ),
    },
  },
  'the middle half': { analysis: directorAnalysis(data) },
  'no pay': { analysis: noPayAnalysis(data) },
  'no band': { analysis: noBandAnalysis(data) },
  'no band, published figures as context': { analysis: referencesAnalysis(data) },
  'a fallback band': { analysis: fallbackAnalysis(data), options: { payBasis: 'total' } },
  'no verdict': { analysis: noVerdictAnalysis(data) },
  'no role': { analysis: noRoleAnalysis(data) },
  'not AI leadership': { analysis: { ...sampleAnalysis(data), aiLeadership: false } },
  'pay shown, not read': {
    analysis: (() => {
      const unread = noPayAnalysis(data);
      return {
        ...unread,
        posting: {
          ...unread.posting,
          payText: { value: '¥100000', source: 'selector .salary (seen 2026-07)' },
        },
      };
    })(),
  },
};

describe('nothing the panel shows is outside its catalogue', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it.each(Object.entries(STATES))('%s', async (_state, { analysis, options = {} }) => {
    const words = markerWords();
    const { posting } = analysis;
    memoryStore.connect({ change: async () => undefined, openCompare: async () => undefined });
    memoryStore.publish({
      key: ledgerKey(posting.site, posting.jobId, posting.url),
      firstSeen: Date.UTC(2026, 2, 10),
      daysSinceFirstSeen: 3,
      datePosted: '2026-03-01',
      validThrough: '2026-04-01',
      repostOf: { key: 'other', firstSeen: Date.UTC(2026, 1, 8), jobId: null },
      saved: { status: 'applied', note: 'Call back', savedAt: Date.UTC(2026, 2, 11) },
    });
    let copied = '';
    render(
      <PanelOf
        analysis={analysis}
        data={data}
        options={{ ...DEFAULT_PANEL_OPTIONS, ...options }}
        words={words}
        onCopySummary={(text) => {
          copied = text;
        }}
      />,
      root,
    );
    const known = dataTexts(data, [analysis], ['Call back']);
    const panel = root.querySelector('.ail-panel');
    expect(panel?.getAttribute('lang')).toBe('de');
    expect(strayWords(shownText(root), known)).toEqual([]);
    // Pressed, then folded: the status line and the other label.
    root.querySelector<HTMLButtonElement>('[data-action="copy"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.querySelector<HTMLButtonElement>('[data-action="collapse"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(strayWords(shownText(root), known)).toEqual([]);
    // The summary, less its address line.
    expect(copied).not.toBe('');
    const summary = copied
      .split('\n')
      .filter((line) => line !== posting.url)
      .join('\n');
    expect(strayWords(summary, known)).toEqual([]);
  });

  it('catches a word written into a component', () => {
    const stray = document.createElement('div');
    stray.innerHTML = '<span>⟦salary.title⟧</span><span>Salary</span><span lang="en">Chief AI Officer</span>';
    expect(strayWords(shownText(stray), [])).toEqual(['Salary']);
  });

  it.each([
    ['with pay', { verdict: 'below', against: 'middle-half', text: 'below P25–P75' }],
    ['without pay', null],
  ] as const)('the list chip, %s', (_case, pay) => {
    const view: CardBadgeView = {
      jobId: '1',
      roleId: 'caio',
      roleName: 'Chief AI Officer',
      level: 'c-suite',
      levelText: 'C-suite · AI',
      pay: pay && { ...pay },
    };
    const words = markerWords();
    drawBadge(root, view, 'auto', words);
    const known = [PRODUCT_NAME, view.roleName];
    expect(strayWords(shownText(root), known)).toEqual([]);
    expect(strayWords(badgeLabel(words, view), known)).toEqual([]);
    expect(root.querySelector('.ail-badge')?.getAttribute('lang')).toBe('de');
  });
});

// ---------- the components' source ----------

const SOURCE_FOLDERS = ['components/panel', 'components/shared', 'components/badge'];
const WORDED_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);
/** Expressions a literal may sit in and still be what the JSX shows: `{a ? 'Yes' : 'No'}`, `{`${x} more`}`. */
const PASS_THROUGH = new Set([
  ts.SyntaxKind.ConditionalExpression,
  ts.SyntaxKind.BinaryExpression,
  ts.SyntaxKind.ParenthesizedExpression,
  ts.SyntaxKind.TemplateSpan,
  ts.SyntaxKind.TemplateExpression,
]);

function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** A literal is a conditional's result, not its test: `a ? 'Yes' : 'No'`, `on && 'Yes'`, not `kind === 'x'`. */
function isResult(node: ts.Node, parent: ts.Node): boolean {
  if (ts.isConditionalExpression(parent)) return node !== parent.condition;
  if (!ts.isBinaryExpression(parent)) return true;
  switch (parent.operatorToken.kind) {
    case ts.SyntaxKind.AmpersandAmpersandToken:
      return node === parent.right;
    case ts.SyntaxKind.BarBarToken:
    case ts.SyntaxKind.QuestionQuestionToken:
    case ts.SyntaxKind.PlusToken:
      return true;
    default:
      return false;
  }
}

/** Where a literal ends up: JSX text or a worded attribute, through conditionals and templates only. */
function shownAsIs(node: ts.Node): boolean {
  let from = node;
  let at = node.parent;
  while (at && PASS_THROUGH.has(at.kind)) {
    if (!isResult(from, at)) return false;
    from = at;
    at = at.parent;
  }
  if (!at || !ts.isJsxExpression(at)) return false;
  const owner = at.parent;
  if (ts.isJsxAttribute(owner)) return WORDED_ATTRIBUTES.has(owner.name.getText());
  return ts.isJsxElement(owner) || ts.isJsxFragment(owner);
}

function unworded(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetter(node.text)) found.push(`${line(node)}: ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && WORDED_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value) && hasLetter(value.text))
        found.push(`${line(node)}: ${value.text}`);
    }
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) &&
      hasLetter(node.text) &&
      shownAsIs(ts.isTemplateHead(node) ? node.parent : node)
    )
      found.push(`${line(node)}: ${node.text}`);
    if (
      (ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) &&
      hasLetter(node.text) &&
      shownAsIs(node.parent.parent)
    )
      found.push(`${line(node)}: ${node.text}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the components’ source', () => {
  const files = SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder))
      .filter((name) => name.endsWith('.tsx'))
      .map((name) => path.join(ROOT, folder, name)),
  );

  it.each(files.map((file) => [path.relative(ROOT, file), file]))(
    '%s shows no word of its own',
    (_name, file) => {
      expect(unworded(file, readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('would catch one', () => {
    const sample = `export const A = ({ on }: { on: boolean }) => (
  <p aria-label="Pay">
    <span>Salary</span>
    {on ? 'Yes' : '—'}
    <b title={\`\${on} more\`}>{w.t('x')}</b>
  </p>
);`;
    expect(unworded('probe.tsx', sample).map((hit) => hit.split(': ')[1])).toEqual([
      'Pay',
      'Salary',
      'Yes',
      ' more',
    ]);
  });
});
