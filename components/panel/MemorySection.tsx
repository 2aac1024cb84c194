// What the posting memory knows about the posting on screen: when it was first seen here, the date the posting
// states, whether it repeats an earlier posting; and the star, status and note. Facts come from the background.
import { useId, useLayoutEffect, useState } from 'preact/hooks';
import type { CoreAnalysis } from '../../lib/engine/types';
import type { PanelWords } from '../../lib/extension/i18n/panel';
import { LEDGER_STATUSES, type LedgerStatus, ledgerKey, MAX_NOTE } from '../../lib/extension/ledger-key';
import { memoryStore } from './memory-store';
import { Section } from './Section';
import { usePanelWords } from './words';

/** A moment (ms) or a posting's own date (YYYY-MM-DD) as a day, in the panel's language. */
function dayText(w: PanelWords, time: number | string): string {
  return w.date(typeof time === 'number' ? new Date(time).toISOString().slice(0, 10) : time);
}

function ageText(w: PanelWords, days: number, firstSeen: number): string {
  if (days === 0) return w.t('memory.today');
  return w.t('memory.age', { count: days, date: dayText(w, firstSeen) });
}

function useFacts(key: string) {
  const [, redraw] = useState(0);
  // Subscribed in the render's own task: facts that arrive before a (later) effect would have run are not missed.
  useLayoutEffect(() => memoryStore.subscribe(() => redraw((n) => n + 1)), []);
  return memoryStore.factsFor(key);
}

export function MemorySection({ analysis }: { analysis: CoreAnalysis }) {
  const w = usePanelWords();
  const { posting } = analysis;
  const key = ledgerKey(posting.site, posting.jobId, posting.url);
  const facts = useFacts(key);
  const [draft, setDraft] = useState<{ key: string; note: string } | null>(null);
  const noteId = useId();
  const statusId = useId();
  const channel = memoryStore.channel;
  if (!facts) return null;

  const saved = facts.saved;
  const note = draft?.key === key ? draft.note : (saved?.note ?? '');
  const save = (status: LedgerStatus, text: string) =>
    void channel?.change({ key, saved: { status, note: text } });

  return (
    <Section id="memory" title={w.t('memory.title')}>
      <p data-memory="age">{ageText(w, facts.daysSinceFirstSeen, facts.firstSeen)}</p>
      {facts.datePosted && (
        <p data-memory="posted">
          {facts.validThrough
            ? w.t('memory.postedUntil', {
                date: dayText(w, facts.datePosted),
                until: dayText(w, facts.validThrough),
              })
            : w.t('memory.posted', { date: dayText(w, facts.datePosted) })}
        </p>
      )}
      {facts.repostOf && (
        <p class="ail-notice" data-memory="repost">
          {w.t('memory.repost', { date: dayText(w, facts.repostOf.firstSeen) })}
        </p>
      )}
      <p class="ail-muted">{w.t('memory.history')}</p>
      {channel && (
        <p class="ail-meta">
          <button
            type="button"
            class="ail-button"
            aria-pressed={saved !== null}
            data-action="save-posting"
            onClick={() =>
              void channel.change({ key, saved: saved ? null : { status: 'interested', note: '' } })
            }
          >
            {saved ? `\u2605 ${w.t('memory.saved')}` : `\u2606 ${w.t('memory.save')}`}
          </button>
          <button
            type="button"
            class="ail-button"
            data-action="open-compare"
            onClick={() => void channel.openCompare()}
          >
            {w.t('memory.compare')}
          </button>
        </p>
      )}
      {channel && saved && (
        <form
          class="ail-memory-note"
          onSubmit={(event) => {
            event.preventDefault();
            save(saved.status, note);
            setDraft(null);
          }}
        >
          <label for={statusId}>{w.t('memory.status')} </label>
          <select
            id={statusId}
            data-memory="status"
            value={saved.status}
            onChange={(event) => save(event.currentTarget.value as LedgerStatus, saved.note)}
          >
            {LEDGER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {w.t(`status.${status}`)}
              </option>
            ))}
          </select>
          <label for={noteId} class="ail-sr-only">
            {w.t('memory.note')}
          </label>
          <textarea
            id={noteId}
            data-memory="note"
            rows={2}
            maxLength={MAX_NOTE}
            placeholder={w.t('memory.notePlaceholder')}
            style={{ display: 'block', width: '100%', marginBlock: '4px' }}
            value={note}
            onInput={(event) => setDraft({ key, note: event.currentTarget.value })}
          />
          <button type="submit" class="ail-button" data-action="save-note">
            {w.t('memory.saveNote')}
          </button>
        </form>
      )}
    </Section>
  );
}
