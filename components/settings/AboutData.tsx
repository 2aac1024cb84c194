import type { BundledData } from '../../data';
import type { CoverageCell, CoverageFile } from '../../data/schema';
import { useI18n } from './i18n';

/**
 * Every bundled source with its publisher, date, confidence, link and what it says (data/source-notes.json),
 * plus the dates of the rate and law tables and the coverage of the computed bands. Titles, notes, title groups
 * and what the other sources gave stay in English, as their sources publish them.
 */
export function AboutData({
  data,
  notes,
  coverage,
}: {
  data: BundledData;
  notes: Record<string, string>;
  coverage: CoverageFile;
}) {
  const { t, date } = useI18n();
  const rateSource = data.sources.find((source) => source.id === data.rates.source);
  const ratesDate = date(data.rates.date);
  return (
    <>
      <p>
        {t('about.bundled')}{' '}
        {rateSource
          ? t('about.rates', { date: ratesDate, publisher: rateSource.publisher })
          : t('about.ratesNoSource', { date: ratesDate })}{' '}
        {t('about.laws', { date: date(data.payLawsCompiled) })}
      </p>
      <p class="setting-hint">{t('about.inEnglish')}</p>
      {data.sources.length === 0 ? (
        <p class="setting-hint">{t('about.noSources')}</p>
      ) : (
        <ul class="sources">
          {data.sources.map((source) => (
            <li key={source.id} class="source">
              <span class="source-title">{source.title}</span>
              <span class="setting-hint">
                {t('about.sourceLine', {
                  publisher: source.publisher,
                  date: date(source.date),
                  confidence: t(`confidence.${source.confidence}`),
                })}
              </span>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer" class="source-url">
                  {source.url}
                </a>
              ) : (
                <span class="setting-hint">{t('about.noLink')}</span>
              )}
              {notes[source.id] && <span class="source-note">{notes[source.id]}</span>}
            </li>
          ))}
        </ul>
      )}
      <Coverage coverage={coverage} />
    </>
  );
}

/** Rows per title group and region (data/coverage.json), as `npm run data:build` prints them. */
function Coverage({ coverage }: { coverage: CoverageFile }) {
  const { t, number } = useI18n();
  // The build writes every group with the same cells, in the order it counts them.
  const cells = Object.keys(coverage.groups[0]?.n ?? {}) as CoverageCell[];
  const cell = (n: number) =>
    n >= coverage.minimumN
      ? number(n)
      : n === 0
        ? t('about.coverageGap')
        : t('about.coverageGapFew', { count: n });
  return (
    <>
      <div class="coverage">
        <table>
          <caption>{t('about.coverageCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('about.coverageGroup')}</th>
              {cells.map((id) => (
                <th key={id} scope="col">
                  {id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.groups.map((group) => (
              <tr key={group.group}>
                <th scope="row" title={group.proxy ?? undefined}>
                  {group.proxy ? t('about.coverageProxy', { group: group.group }) : group.group}
                </th>
                {cells.map((id) => (
                  <td key={id} class={group.n[id] < coverage.minimumN ? 'coverage-gap' : undefined}>
                    {cell(group.n[id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="setting-hint">{t('about.coverageHint', { minimum: coverage.minimumN })}</p>
      <h3 class="subheading">{t('about.coverageOthers')}</h3>
      <ul class="sources">
        {coverage.otherSources.map((other) => (
          <li key={other.source} class="other-source">
            <span class="source-title">{other.source}</span>
            <span class="source-note">{other.what}</span>
            {!other.shippable && <span class="setting-hint">{t('about.coverageNotShippable')}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
