import type { BundledData } from '../../data';
import { useI18n } from './i18n';

/**
 * Every bundled source with its publisher, date, confidence, link and what it says (data/source-notes.json),
 * plus the dates of the rate and law tables. Titles and notes stay in English, as their sources publish them.
 */
export function AboutData({ data, notes }: { data: BundledData; notes: Record<string, string> }) {
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
    </>
  );
}
