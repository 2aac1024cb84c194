// The user's own target pay (a setting) on the pay bar. In the band's currency it is placed as it is; in
// another it is converted at the bundled reference rates and says so, as the posted pay is; with no rate
// between the two it is not placed at all, and says why. Never compared across currencies silently.
import type { RatesFile, SalaryBand } from '../../data/schema';
import { convert } from '../../lib/engine/currency';
import type { PanelWords } from '../../lib/extension/i18n/panel';
import type { TargetPay } from '../../lib/extension/settings';
import { bandBody } from './band-figures';

export type TargetSide = 'below' | 'within' | 'above';

export interface TargetOnBand {
  /** The target in the band's currency; null when no rate converts it. */
  value: number | null;
  /** Against the band's range, else its middle half (as the posted pay is judged); null when it is not placed
   *  or the band has no range. */
  side: TargetSide | null;
  /** Printed under the bar, at the mark. */
  label: string | null;
  /** The legend's key: the target as set, and converted where it is. */
  legend: string;
  /** For screen readers, the figures in full: "your target $250,000 a year, within band". */
  words: string;
}

/** "$250,000": screen readers say a full figure better than "$250K". */
function fullMoney(w: PanelWords, amount: number, currency: string): string {
  try {
    return w.number(amount, { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch {
    return `${currency} ${w.number(amount, { maximumFractionDigits: 0 })}`;
  }
}

/** `rateDate`: "(rate of 6 Feb 2026)" where the engine converted anything, else empty: the target's own
 *  conversion then says the rates' date itself, as beside every other converted figure. */
export function targetOnBand(
  w: PanelWords,
  target: TargetPay,
  band: SalaryBand,
  rates: RatesFile,
  rateDate: string,
): TargetOnBand {
  const amount = w.money(target.amount, target.currency);
  const legend = w.t('target.legend', { amount });
  const spoken = w.t('target.spoken', { amount: fullMoney(w, target.amount, target.currency) });
  const value = convert(target.amount, target.currency, band.currency, rates);
  if (value === null) {
    const why = w.t('target.noRate', { currency: band.currency });
    return { value: null, side: null, label: null, legend: `${legend}, ${why}`, words: `${spoken}, ${why}` };
  }
  const converted = target.currency !== band.currency;
  const date = rateDate || w.t('salary.rateOf', { date: w.date(rates.date) });
  const inBand = w.money(value, band.currency);
  const about = w.t('target.about', { amount: fullMoney(w, value, band.currency), rateDate: date });
  const words = converted ? `${spoken}, ${about}` : spoken;
  const body = bandBody(band);
  const side = body && sideOf(value, body);
  const against = body?.kind === 'middle-half' ? 'middle-half' : 'band';
  return {
    value,
    side,
    label: converted ? `≈ ${inBand}` : amount,
    legend: converted ? `${legend} ≈ ${inBand} ${date}` : legend,
    words: side ? `${words}, ${w.t(`position.${side}.${against}`)}` : words,
  };
}

/** An open-topped band ("$1M+") has no above. */
function sideOf(value: number, body: NonNullable<ReturnType<typeof bandBody>>): TargetSide {
  if (value < body.low) return 'below';
  return value > body.high && !body.openEnd ? 'above' : 'within';
}
