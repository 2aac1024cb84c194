import type { BundledData } from '../../data';

const CONFIDENCE_WORDS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/**
 * Every bundled source with its publisher, date, confidence, link and what it says (data/source-notes.json),
 * plus the dates of the rate and law tables.
 */
export function AboutData({ data, notes }: { data: BundledData; notes: Record<string, string> }) {
  const rateSource = data.sources.find((source) => source.id === data.rates.source);
  return (
    <>
      <p>
        Everything the lens shows comes from data bundled with the extension; it never goes online. Currency
        rates dated {data.rates.date}
        {rateSource ? ` (${rateSource.publisher})` : ''}. Pay-transparency law table compiled{' '}
        {data.payLawsCompiled}.
      </p>
      {data.sources.length === 0 ? (
        <p class="setting-hint">No sources bundled yet.</p>
      ) : (
        <ul class="sources">
          {data.sources.map((source) => (
            <li key={source.id} class="source">
              <span class="source-title">{source.title}</span>
              <span class="setting-hint">
                {source.publisher} · {source.date} · {CONFIDENCE_WORDS[source.confidence]} confidence
              </span>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer" class="source-url">
                  {source.url}
                </a>
              ) : (
                <span class="setting-hint">No public link</span>
              )}
              {notes[source.id] && <span class="source-note">{notes[source.id]}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
