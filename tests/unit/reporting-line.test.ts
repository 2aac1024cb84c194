import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { RoleSection } from '../../components/panel/RoleSection';
import type { RoleView } from '../../components/panel/view-model';
import { PanelWordsProvider } from '../../components/panel/words';
import { readReportingLine } from '../../lib/engine/reporting-line';
import type { ReportingTo } from '../../lib/engine/types';
import { english, panelWordsIn } from './components/words';

const to = (description: string) => readReportingLine(description)?.to ?? null;

describe('readReportingLine: what the posting says, in four languages', () => {
  it('English: reports (directly) to / into, and a "Reports to:" label', () => {
    expect(readReportingLine('The Chief AI Officer reports directly to the CEO and the board.')).toEqual({
      to: 'ceo',
      superior: 'CEO',
      text: 'reports directly to the CEO',
    });
    expect(readReportingLine('Reports to: Chief Executive Officer')?.text).toBe(
      'Reports to: Chief Executive Officer',
    );
    const cases: [string, ReportingTo][] = [
      ['Reporting to the Board of Directors, you will', 'board'],
      ['You will report to our founders.', 'founders'],
      ['This role reports into the Executive Committee.', 'executive-committee'],
      ['You will report to the CTO.', 'cto'],
      ['Reporting directly to our Chief Information Officer, you will', 'cio'],
      ['Reports to the COO.', 'coo'],
      ['Reports to the CFO.', 'cfo'],
      ['You will report to the Chief Data Officer', 'cdo'],
      ['Reporting to the Chief AI Officer', 'caio'],
      ['Reporting line: Chief Marketing Officer', 'other-chief'],
      ['Reports to the SVP of Engineering', 'vp'],
      ['Reporting to the Head of Data, you will', 'head'],
      ['Reports to the Senior Director, Platform', 'director'],
    ];
    for (const [text, code] of cases) expect(to(text), text).toBe(code);
  });

  it('names the department a VP, Head or Director title carries', () => {
    expect(readReportingLine('This role reports into the VP of Engineering.')).toEqual({
      to: 'vp',
      superior: 'VP of Engineering',
      text: 'reports into the VP of Engineering',
    });
  });

  it('French: rattaché(e) au, sous la responsabilité du', () => {
    expect(readReportingLine('Rattaché(e) au Directeur Général, vous pilotez la stratégie IA.')).toEqual({
      to: 'ceo',
      superior: 'Directeur Général',
      text: 'Rattaché(e) au Directeur Général',
    });
    expect(to('Rattachée à la Direction Générale')).toBe('ceo');
    expect(to('Sous la responsabilité du DSI, vous animez')).toBe('cio');
    expect(to("Rattaché au Conseil d'administration")).toBe('board');
    expect(to('Vous reporterez directement au CTO.')).toBe('cto');
  });

  it('German: berichtet an, and the verb-final "direkt an den … berichten" and "… unterstellt"', () => {
    expect(to('Du berichtest direkt an den CTO.')).toBe('cto');
    expect(readReportingLine('Sie werden direkt an die Geschäftsführung berichten.')).toEqual({
      to: 'ceo',
      superior: 'Geschäftsführung',
      text: 'direkt an die Geschäftsführung berichten',
    });
    expect(to('Die Position ist direkt dem Vorstand unterstellt.')).toBe('board');
    expect(to('Berichtslinie: CEO')).toBe('ceo');
    // Sending an application straight to someone is not a reporting line.
    expect(to('Schicke deine Bewerbung direkt an unseren Geschäftsführer.')).toBeNull();
  });

  it('Spanish: reportará a, reportando al, depende del', () => {
    expect(to('Reportará al CEO y dirigirá el equipo.')).toBe('ceo');
    expect(to('Reportando al Chief Data Officer, liderarás')).toBe('cdo');
    expect(to('Depende del Consejero Delegado.')).toBe('ceo');
    expect(to('Reportará directamente a la Dirección General')).toBe('ceo');
    // "depende de" is also "depends on".
    expect(to('El salario depende de la experiencia.')).toBeNull();
  });
});

describe('readReportingLine: what it is not', () => {
  it("skips someone else's line and a briefing, and takes the first line that is the role's", () => {
    expect(to('Our CFO, who reports to the CEO, chairs the committee.')).toBeNull();
    expect(to('You will report to the board on progress each quarter. You report to the CTO.')).toBe('cto');
  });

  it('needs a title after the lead, a whole word, in the same sentence', () => {
    expect(to('Build reporting CEO dashboards.')).toBeNull();
    expect(to('You report to. CEO office hours are weekly.')).toBeNull();
    expect(to('Direct reports to include five engineers.')).toBeNull();
    expect(to('Report to the ceoship')).toBeNull();
    expect(readReportingLine(null)).toBeNull();
    expect(readReportingLine('')).toBeNull();
  });

  it('reads a 100 KB description with no reporting line quickly', () => {
    const text = 'Lead AI strategy, build the team and report progress monthly. '.repeat(1700);
    const start = performance.now();
    expect(readReportingLine(text)).toBeNull();
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('RoleSection: the reporting line in words', () => {
  const role: RoleView = {
    name: 'Chief AI Officer',
    focus: null,
    level: 'C-suite',
    confidence: 'high',
    confidencePercent: '92%',
    confidenceText: 'high confidence',
    evidence: 'the title says “chief ai officer”',
    aiLeadership: true,
  };
  const shown = (description: string | null, words = english) => {
    const root = document.createElement('div');
    const section = h(RoleSection, { role, reportingLine: readReportingLine(description) });
    render(h(PanelWordsProvider, { value: words, children: section }), root);
    return root.querySelector('[data-reporting-line]')?.textContent ?? null;
  };

  // The panel's top strip: the code in words (the posting's own phrase is behind its "Why / how").
  it('words the code', () => {
    expect(shown('Sie werden direkt an die Geschäftsführung berichten.')).toBe(
      'Reports to the chief executive',
    );
    expect(shown('Reports into the VP of Engineering.')).toBe('Reports to the VP of Engineering');
  });

  it('words it in the panel’s language, naming a superior by the posting’s own title', () => {
    const german = panelWordsIn('de');
    expect(shown('Sie werden direkt an die Geschäftsführung berichten.', german)).toBe(
      'Berichtet an den CEO',
    );
    expect(shown('Reports into the VP of Engineering.', german)).toBe('Berichtet an: VP of Engineering');
    expect(shown(null, panelWordsIn('fr'))).toBe('Rattachement non précisé');
  });

  it('says so when the posting names no reporting line', () => {
    expect(shown('Lead AI across the company.')).toBe('Reporting line not stated');
    expect(shown(null)).toBe('Reporting line not stated');
  });
});
