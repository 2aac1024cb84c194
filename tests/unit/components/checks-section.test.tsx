// Each recruiter check the engine can give, as the checks section says it in English and in German: the
// engine's code and figures (lib/engine/flags.ts) worded by components/panel/check-words.ts.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChecksSection } from '../../../components/panel/ChecksSection';
import { checksView } from '../../../components/panel/view-model';
import { PanelWordsProvider } from '../../../components/panel/words';
import type { Flag, FlagCode, FlagFinding } from '../../../lib/engine/types';
import type { UiLocale } from '../../../lib/extension/i18n/locale';
import { sampleData } from '../panel-fixtures';
import { CHECK_FINDINGS } from './check-findings';
import { panelWordsIn } from './words';

const data = sampleData();
const usd = (amount: number) => ({ amount, currency: 'USD' });
/** German formats a figure with a no-break space before its currency, and a percentage likewise. */
const nb = (text: string) => text.replace(/ (\$|€|%)/g, '\u00a0$1');

/** What the panel says for each finding of CHECK_FINDINGS, in English and German. */
const WORDS: Record<FlagCode, { en: string; de: string }> = {
  'pay-above-band': {
    en: 'Posted pay sits above the benchmark band (top $340K): a premium offer, or a more senior role than the title says.',
    de: nb(
      'Das ausgeschriebene Gehalt liegt über dem Vergleichsband (Obergrenze 340.000 $): ein Premium-Angebot oder eine höhere Position, als der Titel sagt.',
    ),
  },
  'pay-far-below-band': {
    en: 'The posted top ($175K) is far below the band for this role. The posted top is 17% under the low end of the Director of AI band ($210K).',
    de: nb(
      'Das ausgeschriebene Maximum (175.000 $) liegt weit unter dem Band für diese Rolle. Das ausgeschriebene Maximum liegt 17 % unter dem unteren Ende des Bands für Director of AI (210.000 $).',
    ),
  },
  'csuite-vp-pay': {
    en:
      'Chief AI Officer title, but the posted top ($190K) is VP or Head pay, not C-suite pay. ' +
      'The posted top (≈€161K) is at or below the middle of Head of AI pay in the United States (€185K). ' +
      'The posted top (≈€161K) is 30% under the low end of the Chief AI Officer band (€230K).',
    de: nb(
      'Titel Chief AI Officer, aber das ausgeschriebene Maximum (190.000 $) ist ein VP- oder Head-Gehalt, kein C-Level-Gehalt. ' +
        'Das ausgeschriebene Maximum (≈161.100 €) liegt höchstens bei der Mitte der Gehälter für Head of AI (Vereinigte Staaten: 185.000 €). ' +
        'Das ausgeschriebene Maximum (≈161.100 €) liegt 30 % unter dem unteren Ende des Bands für Chief AI Officer (230.000 €).',
    ),
  },
  'csuite-reports-below-chief': {
    en: 'Chief AI Officer title, but the posting says it “reports into the VP of Engineering”: by its own words, a level below the C-suite.',
    de: 'Titel Chief AI Officer, aber laut Anzeige „reports into the VP of Engineering“: nach ihren eigenen Worten eine Ebene unter dem C-Level.',
  },
  'law-requires-pay': {
    en:
      'No pay posted, though California pay scale disclosure requires it in job ads in California since Jan 1, 2023. ' +
      'It applies if the employer has 15 or more employees. It applies if the role has a binding minimum pay. ' +
      'A federal rule requires the same since Jun 30, 2024.',
    de:
      'Kein Gehalt angegeben, obwohl California pay scale disclosure seit 01.01.2023 Gehaltsangaben in Stellenanzeigen verlangt (Geltungsbereich: California). ' +
      'Gilt für Arbeitgeber mit mindestens 15 Beschäftigten. Bedingung laut Gesetz: the role has a binding minimum pay. ' +
      'A federal rule verlangt dasselbe seit 30.06.2024.',
  },
  'law-enforced-later': {
    en: 'No pay posted; California pay scale disclosure requires pay in job ads in California since Jan 1, 2023, enforced from Jan 1, 2027.',
    de: 'Kein Gehalt angegeben; California pay scale disclosure verlangt seit 01.01.2023 Gehaltsangaben in Stellenanzeigen (Geltungsbereich: California), durchgesetzt ab 01.01.2027.',
  },
  'law-exempt-above': {
    en: 'No pay posted; California pay scale disclosure requires pay in job ads in the United States since Jan 1, 2023, but not when the pay is above $200K a year, so a senior role may be exempt.',
    de: nb(
      'Kein Gehalt angegeben; California pay scale disclosure verlangt seit 01.01.2023 Gehaltsangaben in Stellenanzeigen (Geltungsbereich: Vereinigte Staaten), aber nicht bei einem Gehalt über 200.000 $ im Jahr, daher ist eine leitende Position womöglich ausgenommen.',
    ),
  },
  'law-later-duty': {
    en: 'No pay posted; in Germany since Jan 1, 2023, California pay scale disclosure requires the pay or its range before the contract, not in the job ad.',
    de: 'Kein Gehalt angegeben; California pay scale disclosure verlangt seit 01.01.2023 (Deutschland) das Gehalt oder seine Spanne vor Vertragsschluss, nicht in der Anzeige.',
  },
  'law-uncertain': {
    en: 'No pay posted; California pay scale disclosure may require pay in job ads in California since Jan 1, 2023. The sources are unsure: its commencement date was not seen.',
    de: 'Kein Gehalt angegeben; California pay scale disclosure verlangt womöglich seit 01.01.2023 Gehaltsangaben in Stellenanzeigen (Geltungsbereich: California). Die Quellen sind unsicher: its commencement date was not seen.',
  },
  'law-not-yet': {
    en: 'No pay posted; EU Pay Transparency Directive requires the pay or its range before the interview from Jun 7, 2026.',
    de: 'Kein Gehalt angegeben; EU Pay Transparency Directive verlangt ab 07.06.2026 das Gehalt oder seine Spanne vor dem Vorstellungsgespräch.',
  },
  'law-exempt-level': {
    en: 'No pay posted; California pay scale disclosure does not apply to this role: executives have no binding minimum pay.',
    de: 'Kein Gehalt angegeben; California pay scale disclosure gilt nicht für diese Rolle: executives have no binding minimum pay.',
  },
  'directive-pending': {
    en: 'No pay posted; EU Pay Transparency Directive is not yet binding here: member states must transpose it by Jun 7, 2026.',
    de: 'Kein Gehalt angegeben; EU Pay Transparency Directive bindet hier noch nicht: Die Mitgliedstaaten müssen sie bis 07.06.2026 umsetzen.',
  },
  'directive-not-transposed': {
    en: 'No pay posted; EU Pay Transparency Directive is not yet binding here: it binds employers only through national law, and no law of Germany in force is on record (laws as compiled on Nov 26, 2026).',
    de: 'Kein Gehalt angegeben; EU Pay Transparency Directive bindet hier noch nicht: Sie verpflichtet Arbeitgeber nur über nationales Recht, und kein geltendes Gesetz ist erfasst (Deutschland; Gesetze mit Stand 26.11.2026).',
  },
  'remote-laws': {
    en: 'No pay posted for a remote role in the United States; the law of California covers remote jobs that could be filled there.',
    de: 'Kein Gehalt für eine Remote-Stelle angegeben (Vereinigte Staaten); das Gesetz von California erfasst Remote-Stellen, die dort besetzt werden könnten.',
  },
  'no-governance': {
    en: 'An AI leadership role that mentions no AI governance or risk work (such as EU AI Act and NIST AI RMF).',
    de: 'Eine KI-Führungsrolle, die keine Arbeit an KI-Governance oder KI-Risiken nennt (etwa EU AI Act und NIST AI RMF).',
  },
  'wide-range': {
    en: 'A wide range ($100K to $250K, top 2.5× the bottom) says little about the actual offer.',
    de: nb(
      'Eine weite Spanne (100.000 $ bis 250.000 $, Obergrenze das 2,5-Fache der Untergrenze) sagt wenig über das tatsächliche Angebot.',
    ),
  },
  'floor-only': {
    en: 'Only a floor is posted (from $200K): the range is open-ended.',
    de: nb('Nur eine Untergrenze angegeben (ab 200.000 $): Die Spanne ist nach oben offen.'),
  },
  'top-only': {
    en: 'Only a top is posted (up to $220K): the offer may be well below it.',
    de: nb('Nur eine Obergrenze angegeben (bis 220.000 $): Das Angebot kann deutlich darunter liegen.'),
  },
  'single-figure': {
    en: 'A single figure ($220K) rather than a range.',
    de: nb('Ein einzelner Betrag (220.000 $) statt einer Spanne.'),
  },
};

describe('the checks section says each check in the panel’s language', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const shown = (locale: UiLocale, finding: FlagFinding) => {
    const w = panelWordsIn(locale);
    const flag: Flag = { ...finding, id: 'pay-range-missing-law', severity: 'medium', sources: [] };
    render(
      <PanelWordsProvider value={w}>
        <ChecksSection checks={checksView(w, [flag], data)} />
      </PanelWordsProvider>,
      root,
    );
    return root.querySelector('.ail-check__message')?.textContent;
  };

  it.each(Object.values(CHECK_FINDINGS).map((finding) => [finding.code, finding] as const))(
    '%s',
    (code, finding) => {
      expect(shown('en', finding)).toBe(WORDS[code].en);
      expect(shown('de', finding)).toBe(WORDS[code].de);
    },
  );

  it('counts laws in the language: one law or several', () => {
    const several: FlagFinding = { code: 'remote-laws', params: { country: 'US', regions: ['US-CA', 'US'] } };
    expect(shown('en', several)).toBe(
      'No pay posted for a remote role in the United States; the laws of California and the United States cover remote jobs that could be filled there.',
    );
    expect(shown('de', several)).toContain('die Gesetze von California und Vereinigte Staaten erfassen');
    expect(shown('fr', several)).toContain('les lois de California et États-Unis couvrent');
    expect(shown('es', several)).toContain('las leyes de California y Estados Unidos cubren');
  });

  it('marks the check as the panel’s language, not as English data', () => {
    shown('de', { code: 'single-figure', params: { amount: usd(220_000) } });
    expect(root.querySelector('.ail-check__message')?.closest('[lang="en"]')).toBeNull();
  });
});
