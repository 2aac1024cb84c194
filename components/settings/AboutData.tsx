import type { BundledData } from '../../data';
import type { CoverageFile, RoleCoverageCell, RoleId, SalaryBand } from '../../data/schema';
import { useI18n } from './i18n';

/**
 * Every bundled source with its publisher, date, confidence, link and what it says (data/source-notes.json),
 * plus the dates of the rate and law tables and the coverage of the bands. Titles, notes, role names and what the
 * other sources are stay in English, as their sources publish them.
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
      <Coverage data={data} coverage={coverage} />
    </>
  );
}

/**
 * The role x region table (data/coverage.json `roles`, as `npm run data:build` writes it): the n a band rests
 * on, or a gap with the rows found; then every other source tried for the gaps and the count it gave.
 */
function Coverage({ data, coverage }: { data: BundledData; coverage: CoverageFile }) {
  const { t } = useI18n();
  const { regions, rows } = coverage.roles;
  const regionName = (id: string) => data.regions.find((region) => region.id === id)?.name ?? id;
  const roleName = (id: RoleId) => data.roles.find((role) => role.id === id)?.name ?? id;
  return (
    <>
      <div class="coverage">
        <table>
          <caption>{t('about.rolesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('about.rolesRole')}</th>
              {regions.map((id) => (
                <th key={id} scope="col">
                  <abbr title={regionName(id)}>{id}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.role}>
                <th scope="row" lang="en">
                  {roleName(row.role)}
                </th>
                {regions.map((id) => (
                  <CoverageCellView key={id} data={data} cell={row.cells[id]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="setting-hint">{t('about.rolesHint', { minimum: coverage.minimumN })}</p>
      <h3 class="subheading">{t('about.coverageOthers')}</h3>
      <ul class="sources">
        {coverage.otherSources.map((other) => (
          <li key={other.source} class="other-source">
            <span class="source-title">{other.source}</span>
            <span class="source-note">{other.what}</span>
            {other.gave.length > 0 && (
              <span class="setting-hint">
                {other.gave.map((gave, index) => (
                  <span key={`${gave.role} ${gave.region}`}>
                    {index > 0 && ' · '}
                    {gave.n === null
                      ? t('about.gaveUnread', { role: roleName(gave.role), region: gave.region })
                      : t('about.gaveCount', {
                          role: roleName(gave.role),
                          region: gave.region,
                          count: gave.n,
                        })}
                  </span>
                ))}
              </span>
            )}
            {!other.shippable && <span class="setting-hint">{t('about.coverageNotShippable')}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A band's n with † (the whole survey's n) and * (a stand-in population), worded for screen readers and, with
 * the band's own words on what it counts, on hover; or a gap with the rows found.
 */
function CoverageCellView({ data, cell }: { data: BundledData; cell: RoleCoverageCell | undefined }) {
  const { t, number } = useI18n();
  if (!cell || cell.band === null) {
    const found = cell?.n ?? 0;
    return (
      <td class="coverage-gap">
        {found > 0 ? t('about.coverageGapFew', { count: found }) : t('about.coverageGap')}
      </td>
    );
  }
  const band = data.salaries.find(
    (entry): entry is SalaryBand => entry.kind === 'band' && entry.id === cell.band,
  );
  const details: string[] = [];
  if (cell.wholeSurvey) details.push(t('about.rolesWholeSurvey', { scope: band?.nScope ?? '' }));
  if (cell.standIn) details.push(t('about.rolesStandIn', { population: band?.proxy ?? '' }));
  return (
    <td title={details.join('\n') || undefined}>
      {number(cell.n)}
      {(cell.wholeSurvey || cell.standIn) && (
        <span aria-hidden="true">
          {cell.wholeSurvey && '†'}
          {cell.standIn && '*'}
        </span>
      )}
      {details.map((detail) => (
        <span key={detail} class="visually-hidden">
          {` (${detail})`}
        </span>
      ))}
    </td>
  );
}
