// Pay periods: the annualising factors and the period words of each language.
import { describe, expect, it } from 'vitest';
import { annualise, HOURS_PER_YEAR, PERIODS_PER_YEAR, parsePay } from '../../../lib/engine/pay';
import { figures } from './helpers';

describe('period factors', () => {
  it('annualises hours with 40 h x 52 weeks and the other periods with 260 / 52 / 12', () => {
    expect(HOURS_PER_YEAR).toBe(40 * 52);
    expect(PERIODS_PER_YEAR).toEqual({ hour: 2080, day: 260, week: 52, month: 12, year: 1 });
    expect(annualise(27.85, 'hour')).toBe(57928);
    expect(annualise(41.77, 'hour')).toBe(86881.6);
  });
});

describe('period words after and before the figure, in the languages postings are written in', () => {
  const cases: [string, string, number, 'hour' | 'day' | 'week' | 'month' | 'year'][] = [
    // English abbreviations, and a period written against the next element ("per hourA list of…").
    ['£50ph', 'GBP', 50, 'hour'],
    ['£55 p.h.', 'GBP', 55, 'hour'],
    ['£500 pd', 'GBP', 500, 'day'],
    ['£2,500 pcm', 'GBP', 2500, 'month'],
    ['$45 per hourA list of duties follows', 'USD', 45, 'hour'],
    ['Day rate: £700', 'GBP', 700, 'day'],
    // French
    ['50 000 € par an', 'EUR', 50_000, 'year'],
    ['55 000 € brut annuel', 'EUR', 55_000, 'year'],
    ['3 500 € par mois', 'EUR', 3500, 'month'],
    ['450 € par jour', 'EUR', 450, 'day'],
    ["25 € de l'heure", 'EUR', 25, 'hour'],
    // German
    ['70.000 € pro Jahr', 'EUR', 70_000, 'year'],
    ['70.000 € jährlich', 'EUR', 70_000, 'year'],
    ['70.000 € brutto/Jahr', 'EUR', 70_000, 'year'],
    ['5.000 € monatlich', 'EUR', 5000, 'month'],
    ['45 € pro Stunde', 'EUR', 45, 'hour'],
    ['Tagessatz: 800 €', 'EUR', 800, 'day'],
    // Spanish
    ['40.000 € al año', 'EUR', 40_000, 'year'],
    ['40.000 € brutos anuales', 'EUR', 40_000, 'year'],
    ['3.000 € mensual', 'EUR', 3000, 'month'],
    ['20 € por hora', 'EUR', 20, 'hour'],
    // Italian
    ["35.000 € all'anno", 'EUR', 35_000, 'year'],
    ['35.000 € lordi annui', 'EUR', 35_000, 'year'],
    ['RAL 35.000 €', 'EUR', 35_000, 'year'],
    ['2.500 € al mese', 'EUR', 2500, 'month'],
    ["20 € l'ora", 'EUR', 20, 'hour'],
    // Dutch
    ['€ 60.000 per jaar', 'EUR', 60_000, 'year'],
    ['€ 4.500 bruto per maand', 'EUR', 4500, 'month'],
    ['€ 40 per uur', 'EUR', 40, 'hour'],
    // Polish
    ['180 000 zł rocznie', 'PLN', 180_000, 'year'],
    ['15 000 zł brutto miesięcznie', 'PLN', 15_000, 'month'],
    ['120 zł netto (+ VAT) / h B2B', 'PLN', 120, 'hour'],
    ['120 zł na godzinę', 'PLN', 120, 'hour'],
    ['15 000 PLN /mies.', 'PLN', 15_000, 'month'],
    // Portuguese
    ['€ 40.000 por ano', 'EUR', 40_000, 'year'],
    ['R$ 8.000 por mês', 'BRL', 8000, 'month'],
    ['R$ 50 por hora', 'BRL', 50, 'hour'],
    ['R$ 8.000 mensal', 'BRL', 8000, 'month'],
    // Czech (below the monthly habit, so the word decides), Slovak
    ['300 Kč/hod', 'CZK', 300, 'hour'],
    ['12 000 Kč/měs.', 'CZK', 12_000, 'month'],
    ['5 000 Kč/MD', 'CZK', 5000, 'day'],
    ['5 000 Kč/den', 'CZK', 5000, 'day'],
    ['5 000 Kč za den', 'CZK', 5000, 'day'],
    ['2 000 Kč denně', 'CZK', 2000, 'day'],
    ['5 000 Kč týdně', 'CZK', 5000, 'week'],
    ['5 000 Kč za týden', 'CZK', 5000, 'week'],
    ['300 Kč hodinově', 'CZK', 300, 'hour'],
    ['900 € mesačne', 'EUR', 900, 'month'],
    ['11 000 € ročne', 'EUR', 11_000, 'year'],
    // Norwegian, Swedish, Danish
    ['Lønn: 650 000 kr i året', 'NOK', 650_000, 'year'],
    ['Lön: 45 000 kr i månaden', 'SEK', 45_000, 'month'],
    ['Løn: 45.000 kr om måneden', 'DKK', 45_000, 'month'],
    ['NOK 55 000 per måned', 'NOK', 55_000, 'month'],
    ['Timlön: 250 kr', 'SEK', 250, 'hour'],
    // Russian, Ukrainian
    ['150 000 ₽ в месяц', 'RUB', 150_000, 'month'],
    ['2 000 000 ₽ в год', 'RUB', 2_000_000, 'year'],
    ['1 500 ₽ в час', 'RUB', 1500, 'hour'],
    ['40 000 грн на місяць', 'UAH', 40_000, 'month'],
    ['100 000 ₽/мес', 'RUB', 100_000, 'month'],
    // Turkish
    ['Aylık 35.000 TL', 'TRY', 35_000, 'month'],
    ['1.200.000 TL yıllık', 'TRY', 1_200_000, 'year'],
    // Chinese
    ['NT$ 300 (時薪)', 'TWD', 300, 'hour'],
    ['年薪 NT$1,200,000', 'TWD', 1_200_000, 'year'],
    ['NT$50,000/月', 'TWD', 50_000, 'month'],
    // Japanese
    ['月給 ¥250,000', 'JPY', 250_000, 'month'],
    ['時給1,200円', 'JPY', 1200, 'hour'],
    ['日給 15,000円', 'JPY', 15_000, 'day'],
    ['¥4,800,000 (年収)', 'JPY', 4_800_000, 'year'],
  ];
  for (const [text, currency, figure, period] of cases) {
    it(`${text} -> ${figure} ${currency} a ${period}`, () => {
      expect(figures(parsePay(text))).toEqual({ min: figure, max: figure, currency, period });
    });
  }

  it('reads the period of a range stated as a day rate', () => {
    expect(figures(parsePay('Day rate: £700-£800'))).toEqual({
      min: 700,
      max: 800,
      currency: 'GBP',
      period: 'day',
    });
  });

  it('reads "den" as a day only after a slash or the Czech "za", not as the Nordic "the"', () => {
    expect(parsePay('45.000 kr i den første måned', { defaultCurrency: 'DKK' })).toBeNull();
    expect(parsePay('45.000 kr om måneden i den første periode', { defaultCurrency: 'DKK' })?.period).toBe(
      'month',
    );
  });

  it('reads a single letter after "per" as a unit, but not "a"', () => {
    expect(parsePay('£1,000 per m')?.period).toBe('month');
    expect(parsePay('£25 per h')?.period).toBe('hour');
    expect(parsePay('$3,000 per a month')?.period).toBe('month');
  });

  it('does not take a period from a word that only looks like one', () => {
    // "time" after "full" is no unit; the figure keeps the currency's habit (a year).
    expect(parsePay('$150,000 full time')?.period).toBe('year');
    expect(parsePay('$150 each time')).toBeNull();
  });
});
