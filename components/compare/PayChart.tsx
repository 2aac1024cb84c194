// The postings' pay on one chart per currency: per posting a lane for the market band (its middle half as a
// box, low to high as whiskers, the median as a tick) and a lane for the posted range, all on the group's
// common axis. Each row is an image with its whole reading in words; the drawing is hidden from assistive
// technology, the axis and legend too.
import type { CompareTranslator } from '../../lib/extension/i18n/compare';
import { useCompareI18n } from './compare-i18n';
import { compactMoneyIn, moneyIn, rangeIn } from './compare-words';
import { type ChartBand, type ChartGroup, type ChartRow, type PayChart, placeOn } from './pay-chart-model';

const pct = (value: number) => `${value}%`;

function Stretch({
  axis,
  low,
  high,
  class: className,
}: {
  axis: ChartGroup['axis'];
  low: number;
  high: number;
  class: string;
}) {
  const from = placeOn(axis, low);
  return <div class={className} style={{ left: pct(from), width: pct(placeOn(axis, high) - from) }} />;
}

function bandWords(t: CompareTranslator, band: ChartBand, money: (amount: number) => string): string {
  const figures: string[] = [];
  const range = (low: number, high: number) => ({ low: money(low), high: money(high) });
  if (band.box)
    figures.push(
      t.t(
        band.box.kind === 'middle-half' ? 'chart.middleHalf' : 'chart.range',
        range(band.box.low, band.box.high),
      ),
    );
  if (band.whiskers) figures.push(t.t('chart.lowToHigh', range(band.whiskers.low, band.whiskers.high)));
  if (band.median !== null) figures.push(t.t('chart.median', { value: money(band.median) }));
  if (band.average !== null) figures.push(t.t('chart.average', { value: money(band.average) }));
  return figures.join(', ');
}

/** The row's reading in words: the posting, its posted pay a year, the band beside it or why there is none. */
function rowLabel(t: CompareTranslator, row: ChartRow, currency: string, title: string): string {
  const money = moneyIn(t, currency);
  const posted = t.t('chart.rowPosted', { title, range: rangeIn(t, money, row.posted.low, row.posted.high) });
  const { band } = row;
  const market =
    band === 'no-role'
      ? t.t('chart.rowNoRole')
      : band === 'no-band'
        ? t.t('chart.rowNoBand')
        : band === 'no-rate'
          ? t.t('chart.rowNoRate', { currency })
          : t.t('chart.rowBand', {
              role: row.roleName ?? '',
              region: band.regionName,
              basis: t.t(`basis.${band.basis}`),
              figures: bandWords(t, band, money),
            });
  return `${posted}; ${market}.`;
}

function Row({ row, group }: { row: ChartRow; group: ChartGroup }) {
  const t = useCompareI18n();
  const { axis } = group;
  const { band, entry } = row;
  const title = entry.title ?? t.t('posting.untitled');
  const drawn = typeof band === 'string' ? null : band;
  const market = drawn
    ? [
        t.t('chart.bandRegion', { region: drawn.regionName }),
        drawn.convertedFrom && t.t('chart.bandConverted', { currency: drawn.convertedFrom }),
      ]
        .filter(Boolean)
        .join(', ')
    : t.t('chart.noBandShort');
  const where = [entry.company, market].filter(Boolean);
  const tick = drawn?.median ?? drawn?.average ?? null;
  return (
    <li class="pay-chart__row" data-key={entry.key}>
      <div class="pay-chart__name">
        <span class="pay-chart__title">{title}</span>
        {where.length > 0 && <span class="pay-chart__where">{where.join(' · ')}</span>}
      </div>
      <div class="pay-chart__track" role="img" aria-label={rowLabel(t, row, group.currency, title)}>
        {axis.ticks.map((value) => (
          <div key={value} class="pay-chart__grid" style={{ left: pct(placeOn(axis, value)) }} />
        ))}
        {drawn?.whiskers && (
          <Stretch
            axis={axis}
            low={drawn.whiskers.low}
            high={drawn.whiskers.high}
            class="pay-chart__whiskers"
          />
        )}
        {drawn?.box && (
          <Stretch axis={axis} low={drawn.box.low} high={drawn.box.high} class="pay-chart__band" />
        )}
        {tick !== null && <div class="pay-chart__tick" style={{ left: pct(placeOn(axis, tick)) }} />}
        <Stretch axis={axis} low={row.posted.low} high={row.posted.high} class="pay-chart__posted" />
      </div>
    </li>
  );
}

function Legend({ group }: { group: ChartGroup }) {
  const t = useCompareI18n();
  const bands = group.rows.flatMap((row) => (typeof row.band === 'string' ? [] : [row.band]));
  const keys: { id: string; text: string }[] = [{ id: 'posted', text: t.t('chart.legendPosted') }];
  if (bands.some((band) => band.box?.kind === 'middle-half'))
    keys.push({ id: 'box', text: t.t('chart.legendBox') });
  if (bands.some((band) => band.box?.kind === 'range'))
    keys.push({ id: 'range', text: t.t('chart.legendRange') });
  if (bands.some((band) => band.whiskers)) keys.push({ id: 'whiskers', text: t.t('chart.legendWhiskers') });
  if (bands.some((band) => band.median !== null || band.average !== null))
    keys.push({ id: 'tick', text: t.t('chart.legendMedian') });
  return (
    <div class="pay-chart__legend" aria-hidden="true">
      {keys.map((key) => (
        <span key={key.id} class="pay-chart__key" data-key={key.id}>
          {key.text}
        </span>
      ))}
    </div>
  );
}

function Group({ group, rateDate }: { group: ChartGroup; rateDate: string }) {
  const t = useCompareI18n();
  const name = t.currencyName(group.currency);
  const short = compactMoneyIn(t, group.currency);
  const last = group.axis.ticks.length - 1;
  return (
    <figure class="pay-chart__group" data-currency={group.currency}>
      <figcaption>
        <h3>{t.t('chart.group', { name, code: group.currency })}</h3>
      </figcaption>
      <ul class="pay-chart__rows" aria-label={t.t('chart.groupLabel', { name })}>
        {group.rows.map((row) => (
          <Row key={row.entry.key} row={row} group={group} />
        ))}
      </ul>
      <div class="pay-chart__axis" aria-hidden="true">
        {group.axis.ticks.map((value, index) => (
          <span
            key={value}
            class="pay-chart__axis-label"
            data-align={index === 0 ? 'start' : index === last ? 'end' : 'center'}
            data-minor={index % 2 === 1 && index !== last ? 'true' : undefined}
            style={{ left: pct(placeOn(group.axis, value)) }}
          >
            {short(value)}
          </span>
        ))}
      </div>
      <Legend group={group} />
      {group.converted && <p class="setting-hint">{t.t('chart.converted', { date: t.date(rateDate) })}</p>}
    </figure>
  );
}

export function PayChartView({ chart, rateDate }: { chart: PayChart; rateDate: string }) {
  const t = useCompareI18n();
  if (chart.groups.length === 0 && chart.unplaced.length === 0) return null;
  return (
    <section class="pay-chart" aria-labelledby="pay-chart-heading" data-compare="chart">
      <h2 id="pay-chart-heading">{t.t('chart.heading')}</h2>
      <p class="setting-hint">{t.t('chart.intro')}</p>
      {chart.groups.map((group) => (
        <Group key={group.currency} group={group} rateDate={rateDate} />
      ))}
      {chart.unplaced.length > 0 && (
        <p class="setting-hint" data-compare="unplaced">
          {t.t('chart.noPay', {
            titles: chart.unplaced.map((entry) => entry.title ?? t.t('posting.untitled')).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
