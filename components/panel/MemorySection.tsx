// What the posting memory knows about the posting on screen: when it was first seen here, the date the posting
// states, whether it repeats an earlier posting; and the star, status and note. Facts come from the background.
import { useEffect, useId, useState } from 'preact/hooks';
import type { CoreAnalysis } from '../../lib/engine/types';
import { LEDGER_STATUSES, type LedgerStatus, ledgerKey, MAX_NOTE } from '../../lib/extension/ledger-key';
import { memoryStore } from './memory-store';
import { Section } from './Section';

const STATUS_LABEL: Record<LedgerStatus, string> = {
  interested: 'Interested',
  applied: 'Applied',
  declined: 'Declined',
};

function dayText(time: number | string): string {
  const date = typeof time === 'number' ? new Date(time) : new Date(`${time}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function ageText(days: number, firstSeen: number): string {
  if (days === 0) return 'First seen here today.';
  return `First seen here ${days === 1 ? '1 day' : `${days} days`} ago, on ${dayText(firstSeen)}.`;
}

function useFacts(key: string) {
  const [, redraw] = useState(0);
  useEffect(() => memoryStore.subscribe(() => redraw((n) => n + 1)), []);
  return memoryStore.factsFor(key);
}

export function MemorySection({ analysis }: { analysis: CoreAnalysis }) {
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
    <Section id="memory" title="Posting memory">
      <p data-memory="age">{ageText(facts.daysSinceFirstSeen, facts.firstSeen)}</p>
      {facts.datePosted && (
        <p data-memory="posted">
          The posting says it was posted on {dayText(facts.datePosted)}
          {facts.validThrough ? ` and is open until ${dayText(facts.validThrough)}.` : '.'}
        </p>
      )}
      {facts.repostOf && (
        <p class="ail-notice" data-memory="repost">
          Looks like a repost of a posting first seen on {dayText(facts.repostOf.firstSeen)}: same company,
          same title, nearly the same description under a new job id.
        </p>
      )}
      <p class="ail-muted">History starts when the extension was installed; it stays in this browser.</p>
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
            {saved ? '\u2605 Saved' : '\u2606 Save'}
          </button>
          <button
            type="button"
            class="ail-button"
            data-action="open-compare"
            onClick={() => void channel.openCompare()}
          >
            Compare saved postings
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
          <label for={statusId}>Status </label>
          <select
            id={statusId}
            data-memory="status"
            value={saved.status}
            onChange={(event) => save(event.currentTarget.value as LedgerStatus, saved.note)}
          >
            {LEDGER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABEL[status]}
              </option>
            ))}
          </select>
          <label for={noteId} class="ail-sr-only">
            Note
          </label>
          <textarea
            id={noteId}
            data-memory="note"
            rows={2}
            maxLength={MAX_NOTE}
            placeholder="A short note"
            style={{ display: 'block', width: '100%', marginBlock: '4px' }}
            value={note}
            onInput={(event) => setDraft({ key, note: event.currentTarget.value })}
          />
          <button type="submit" class="ail-button" data-action="save-note">
            Save note
          </button>
        </form>
      )}
    </Section>
  );
}
