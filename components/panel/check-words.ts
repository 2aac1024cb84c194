// The recruiter checks in the reader's language: the engine gives each as a code and its figures, ids and
// dates (lib/engine/flags.ts); this says it. Pure, so the CLI says the checks with the English catalogue.
// Data text stays as published: law names and their clauses, role names, skill labels.
import type { Region, Role, Skill } from '../../data/schema';
import type { FlagFinding, LawConditions, LawRef, Money, ShortOfBand } from '../../lib/engine/types';
import type { PanelWords } from '../../lib/extension/i18n/panel';
import { percent, regionInSentence } from './format';

/** The data a check's ids are named from. */
export interface CheckWordsData {
  roles: Role[];
  regions: Region[];
  skills: Skill[];
}

/** One or more whole sentences: a check's finding, then what qualifies it. */
export function checkMessage(w: PanelWords, finding: FlagFinding, data: CheckWordsData): string {
  const money = ({ amount, currency }: Money) => w.money(amount, currency);
  const role = (id: string) => data.roles.find((candidate) => candidate.id === id)?.name ?? id;
  const region = (id: string) => regionInSentence(w, data, id);
  const list = (items: string[]) => new Intl.ListFormat(w.locale, { type: 'conjunction' }).format(items);
  const law = ({ name, effective }: LawRef) => ({ law: name, date: w.date(effective) });
  const sentences = (...parts: string[]) => parts.join(' ');

  const short = (reason: ShortOfBand) => {
    const converted = reason.postedInBand;
    if (reason.kind === 'under-band-low') {
      const words = {
        percent: percent(w, reason.percentUnder / 100),
        role: role(reason.role),
        low: money(reason.bandLow),
      };
      return converted
        ? w.t('check.short.underLowConverted', { ...words, converted: money(converted) })
        : w.t('check.short.underLow', words);
    }
    const words = { role: role(reason.role), region: region(reason.region), middle: money(reason.middle) };
    return converted
      ? w.t('check.short.belowMiddleConverted', { ...words, converted: money(converted) })
      : w.t('check.short.belowMiddle', words);
  };
  /** Who a posting law reaches, and the other laws that ask the same: a sentence each. */
  const qualifiers = (conditions: LawConditions, also: LawRef[]) => [
    ...(conditions.minEmployees === null
      ? []
      : [w.t('check.law.minEmployees', { count: conditions.minEmployees })]),
    ...(conditions.appliesIf === null
      ? []
      : [w.t('check.law.appliesIf', { condition: conditions.appliesIf })]),
    ...also.map((other) => w.t('check.law.alsoRequires', law(other))),
  ];

  const { code, params } = finding;
  switch (code) {
    case 'pay-above-band':
      return w.t('check.payAboveBand', { top: money(params.bandTop) });
    case 'pay-far-below-band':
      return sentences(
        w.t('check.payFarBelowBand', { posted: money(params.postedTop) }),
        short(params.short),
      );
    case 'csuite-vp-pay':
      return sentences(
        w.t('check.csuitePay', { role: role(params.role), posted: money(params.postedTop) }),
        ...params.short.map(short),
      );
    case 'csuite-reports-below-chief':
      return w.t('check.reportsBelowChief', { role: role(params.role), quote: params.quote });
    case 'law-requires-pay':
      return sentences(
        w.t('check.law.requires', { ...law(params.law), region: region(params.region) }),
        ...qualifiers(params.conditions, params.alsoRequiring),
      );
    case 'law-enforced-later':
      return sentences(
        w.t('check.law.enforcedLater', {
          ...law(params.law),
          region: region(params.region),
          enforced: w.date(params.enforcedFrom),
        }),
        ...qualifiers(params.conditions, params.alsoRequiring),
      );
    case 'law-exempt-above':
      return sentences(
        w.t('check.law.exemptAbove', {
          ...law(params.law),
          region: region(params.region),
          threshold: money(params.threshold),
        }),
        ...qualifiers(params.conditions, params.alsoRequiring),
      );
    case 'law-later-duty':
      return w.t('check.law.laterDuty', {
        ...law(params.law),
        region: region(params.region),
        duty: w.t(`check.duty.${params.duty}`),
      });
    case 'law-uncertain':
      return sentences(
        w.t('check.law.uncertain', {
          ...law(params.law),
          region: region(params.region),
          duty: w.t(`check.duty.${params.duty}`),
        }),
        ...(params.doubt === null ? [] : [w.t('check.law.doubt', { doubt: params.doubt })]),
      );
    case 'law-not-yet':
      return w.t('check.law.notYet', { ...law(params.law), duty: w.t(`check.duty.${params.duty}`) });
    case 'law-exempt-level':
      return w.t('check.law.exemptLevel', { law: params.law.name, reason: params.reason });
    case 'directive-pending':
      return w.t('check.directive.pending', law(params.law));
    case 'directive-not-transposed':
      return w.t('check.directive.notTransposed', {
        law: params.law.name,
        region: region(params.region),
        compiled: w.date(params.compiled),
      });
    case 'remote-laws':
      return w.t('check.remoteLaws', {
        country: region(params.country),
        regions: list(params.regions.map((id) => regionInSentence(w, data, id))),
        count: params.regions.length,
      });
    case 'no-governance':
      return w.t('check.noGovernance', {
        examples: list(
          params.examples.map((id) => data.skills.find((skill) => skill.id === id)?.label ?? id),
        ),
      });
    case 'wide-range':
      return w.t('check.wideRange', {
        low: money(params.low),
        high: money(params.high),
        ratio: w.number(params.ratio, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      });
    case 'floor-only':
      return w.t('check.floorOnly', { low: money(params.low) });
    case 'top-only':
      return w.t('check.topOnly', { high: money(params.high) });
    case 'single-figure':
      return w.t('check.singleFigure', { amount: money(params.amount) });
  }
}
