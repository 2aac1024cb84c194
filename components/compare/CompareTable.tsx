// The saved postings side by side: one row each, sortable by column, with status and note editable in place.
import { useMemo, useState } from 'preact/hooks';
import type { Skill } from '../../data/schema';
import { LEDGER_STATUSES, type LedgerStatus, MAX_NOTE } from '../../lib/extension/ledger-key';
import type { LedgerEntry } from '../../lib/extension/ledger-schema';
import { useCompareI18n } from './compare-i18n';
import { type CompareRow, type Sort, type SortKey, skillsAsked } from './compare-model';
import { ageText, levelText, payText } from './compare-words';

export type SavedChange = { status: LedgerStatus; note: string } | null;

const COLUMNS = [
  { key: 'title', label: 'column.posting' },
  { key: 'company', label: 'column.company' },
  { key: 'level', label: 'column.role' },
  { key: 'pay', label: 'column.pay' },
  { key: null, label: 'column.skills' },
  { key: 'age', label: 'column.age' },
  { key: 'status', label: 'column.status' },
] as const satisfies readonly { key: SortKey | null; label: string }[];

function NoteEditor({ entry, onSave }: { entry: LedgerEntry; onSave: (saved: SavedChange) => void }) {
  const t = useCompareI18n();
  const saved = entry.saved;
  const [note, setNote] = useState(saved?.note ?? '');
  if (!saved) return <span class="setting-hint">{t.t('note.notSaved')}</span>;
  const title = entry.title ?? entry.key;
  return (
    <div class="compare-note">
      <select
        aria-label={t.t('note.statusOf', { title })}
        data-compare="status"
        value={saved.status}
        onChange={(event) => onSave({ status: event.currentTarget.value as LedgerStatus, note })}
      >
        {LEDGER_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t.t(`status.${status}`)}
          </option>
        ))}
      </select>
      <textarea
        aria-label={t.t('note.noteOn', { title })}
        data-compare="note"
        rows={2}
        maxLength={MAX_NOTE}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
        onBlur={() => note !== saved.note && onSave({ status: saved.status, note })}
      />
      <button type="button" class="link-button" onClick={() => onSave(null)}>
        {t.t('note.remove')}
      </button>
    </div>
  );
}

function Row({
  row,
  skills,
  onSave,
}: {
  row: CompareRow;
  skills: readonly Skill[];
  onSave: (entry: LedgerEntry, saved: SavedChange) => void;
}) {
  const t = useCompareI18n();
  const { entry } = row;
  // Each cell names its column, for the narrow layout where a row is a card (compare.css).
  const [posting, company, role, pay, skillsLabel, age, status] = COLUMNS.map(({ label }) => t.t(label));
  // Read from the description once per posting shown, not for every posting remembered.
  const asked = useMemo(() => skillsAsked(entry, skills), [entry, skills]);
  return (
    <tr data-key={entry.key}>
      <td data-label={posting}>
        {/* A posting starred on a list card that had no link has no address: its title alone. */}
        {entry.url ? (
          <a href={entry.url} target="_blank" rel="noreferrer noopener">
            {entry.title ?? t.t('posting.untitled')}
          </a>
        ) : (
          (entry.title ?? t.t('posting.untitled'))
        )}
        {entry.location && <div class="setting-hint">{entry.location}</div>}
      </td>
      <td data-label={company}>{entry.company ?? '—'}</td>
      <td data-label={role}>
        {row.roleName ?? '—'}
        {row.level && <div class="setting-hint">{levelText(t, row.level)}</div>}
      </td>
      <td data-label={pay} data-compare="pay">
        {payText(t, entry)}
      </td>
      <td data-label={skillsLabel}>{asked.length > 0 ? asked.join(', ') : '—'}</td>
      <td data-label={age} data-compare="age">
        {ageText(t, row.ageDays)}
        {entry.datePosted && (
          <div class="setting-hint">{t.t('age.posted', { date: t.date(entry.datePosted) })}</div>
        )}
      </td>
      <td data-label={status}>
        <NoteEditor entry={entry} onSave={(saved) => onSave(entry, saved)} />
      </td>
    </tr>
  );
}

export function CompareTable({
  rows,
  skills,
  sort,
  onSort,
  onSave,
}: {
  rows: readonly CompareRow[];
  skills: readonly Skill[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  onSave: (entry: LedgerEntry, saved: SavedChange) => void;
}) {
  const t = useCompareI18n();
  return (
    <div class="compare-scroll">
      <table class="compare-table" data-compare="table">
        <thead>
          <tr>
            {COLUMNS.map(({ key, label }) => (
              <th
                key={label}
                scope="col"
                data-sortable={key ? 'true' : undefined}
                aria-sort={
                  key && sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined
                }
              >
                {key ? (
                  <button
                    type="button"
                    class="link-button"
                    data-sort={key}
                    onClick={() => onSort({ key, descending: sort.key === key ? !sort.descending : false })}
                  >
                    {t.t(label)}
                  </button>
                ) : (
                  t.t(label)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.entry.key} row={row} skills={skills} onSave={onSave} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
