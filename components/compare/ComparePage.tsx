// The compare page: the saved postings side by side (role and level, posted pay, skills asked, age, status and
// note), sortable and filterable; the memory's settings, export, import and "forget everything".
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Role, Skill } from '../../data/schema';
import {
  allEntries,
  clearLedger,
  type Ledger,
  mergeIntoLedger,
  openLedger,
  setSaved,
} from '../../lib/extension/ledger-db';
import { exportLedgerCsv, exportLedgerJson, importLedgerJson } from '../../lib/extension/ledger-file';
import { LEDGER_STATUSES, type LedgerStatus, MAX_NOTE } from '../../lib/extension/ledger-key';
import type { LedgerEntry } from '../../lib/extension/ledger-schema';
import { LEDGER_CAP_MAX, LEDGER_CAP_MIN } from '../../lib/extension/settings';
import { levelLabel, periodWord, rangeText } from '../panel/format';
import { Switch } from '../settings/Switch';
import { useSettings } from '../settings/use-settings';
import { useThemeAttribute } from '../settings/use-theme-attribute';
import {
  type CompareRow,
  compareRows,
  type Filter,
  filterRows,
  type Sort,
  type SortKey,
  sortRows,
} from './compare-model';

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'title', label: 'Posting' },
  { key: 'company', label: 'Company' },
  { key: 'level', label: 'Role and level' },
  { key: 'pay', label: 'Posted pay' },
  { key: null, label: 'Skills asked' },
  { key: 'age', label: 'First seen' },
  { key: 'status', label: 'Status and note' },
];

const STATUS_LABEL: Record<LedgerStatus, string> = {
  interested: 'Interested',
  applied: 'Applied',
  declined: 'Declined',
};

function payText(entry: LedgerEntry): string {
  const { pay } = entry;
  if (!pay) return 'Not posted';
  const money = (amount: number) =>
    new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: pay.currency,
      maximumFractionDigits: 0,
    }).format(amount);
  return `${rangeText(pay.min, pay.max, money)} ${periodWord(pay.period)}`;
}

function ageText(days: number): string {
  return days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

function NoteEditor({
  entry,
  onSave,
}: {
  entry: LedgerEntry;
  onSave: (saved: { status: LedgerStatus; note: string } | null) => void;
}) {
  const saved = entry.saved;
  const [note, setNote] = useState(saved?.note ?? '');
  if (!saved) return <span class="setting-hint">Not saved</span>;
  return (
    <div class="compare-note">
      <select
        aria-label={`Status of ${entry.title ?? entry.key}`}
        data-compare="status"
        value={saved.status}
        onChange={(event) => onSave({ status: event.currentTarget.value as LedgerStatus, note })}
      >
        {LEDGER_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABEL[status]}
          </option>
        ))}
      </select>
      <textarea
        aria-label={`Note on ${entry.title ?? entry.key}`}
        data-compare="note"
        rows={2}
        maxLength={MAX_NOTE}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
        onBlur={() => note !== saved.note && onSave({ status: saved.status, note })}
      />
      <button type="button" class="link-button" onClick={() => onSave(null)}>
        Remove from saved
      </button>
    </div>
  );
}

export function ComparePage({
  data,
  now,
}: {
  data: { roles: readonly Role[]; skills: readonly Skill[] };
  now: () => number;
}) {
  const { settings, save } = useSettings();
  useThemeAttribute(settings?.theme ?? 'auto');
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [entries, setEntries] = useState<LedgerEntry[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort>({ key: 'age', descending: false });
  const [filter, setFilter] = useState<Filter>({ text: '', status: 'all', savedOnly: true });

  const reload = (db: Ledger) => allEntries(db).then(setEntries);
  useEffect(() => {
    void openLedger().then((db) => {
      setLedger(db);
      return reload(db);
    });
  }, []);

  const rows = useMemo(() => (entries ? compareRows(entries, data, now()) : []), [entries, data, now]);
  const shown = sortRows(filterRows(rows, filter), sort);

  const changeSaved = async (entry: LedgerEntry, saved: { status: LedgerStatus; note: string } | null) => {
    if (!ledger) return;
    await setSaved(ledger, entry.key, saved, now());
    await reload(ledger);
  };
  const importFile = async (file: File) => {
    if (!ledger || !settings) return;
    const parsed = importLedgerJson(await file.text());
    if (!parsed.ok) return setMessage(parsed.error);
    const { added, merged } = await mergeIntoLedger(ledger, parsed.entries, settings.ledger.cap);
    setMessage(`Imported: ${added} new postings, ${merged} merged with ones already here.`);
    await reload(ledger);
  };
  const forget = async () => {
    if (!ledger || !confirm('Forget every posting the lens remembers, saved ones and notes included?'))
      return;
    await clearLedger(ledger);
    setMessage('The posting memory is empty.');
    await reload(ledger);
  };
  const day = new Date(now()).toISOString().slice(0, 10);

  return (
    <main class="compare">
      <h1>Saved postings</h1>
      <p class="setting-hint">
        Every AI-leadership posting the lens has shown is remembered in this browser, from the day the
        extension was installed; nothing is sent anywhere. Star a posting in the panel to list it here.
      </p>
      <section class="compare-controls" aria-label="Filter">
        <label>
          Search{' '}
          <input
            type="search"
            data-compare="search"
            value={filter.text}
            onInput={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
          />
        </label>
        <label>
          Status{' '}
          <select
            data-compare="status-filter"
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.currentTarget.value as Filter['status'] })}
          >
            <option value="all">Any</option>
            {LEDGER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABEL[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            data-compare="saved-only"
            checked={filter.savedOnly}
            onChange={(e) => setFilter({ ...filter, savedOnly: e.currentTarget.checked })}
          />{' '}
          Saved only
        </label>
      </section>
      {entries === null ? (
        <p>Loading…</p>
      ) : shown.length === 0 ? (
        <p data-compare="empty">{filter.savedOnly ? 'No saved postings yet.' : 'No postings match.'}</p>
      ) : (
        <table class="compare-table" data-compare="table">
          <thead>
            <tr>
              {COLUMNS.map(({ key, label }) => (
                <th
                  key={label}
                  scope="col"
                  aria-sort={
                    key && sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined
                  }
                >
                  {key ? (
                    <button
                      type="button"
                      class="link-button"
                      data-sort={key}
                      onClick={() =>
                        setSort({ key, descending: sort.key === key ? !sort.descending : false })
                      }
                    >
                      {label}
                    </button>
                  ) : (
                    label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row: CompareRow) => (
              <tr key={row.entry.key} data-key={row.entry.key}>
                <td>
                  <a href={row.entry.url} target="_blank" rel="noreferrer noopener">
                    {row.entry.title ?? 'Untitled posting'}
                  </a>
                  {row.entry.location && <div class="setting-hint">{row.entry.location}</div>}
                </td>
                <td>{row.entry.company ?? '—'}</td>
                <td>
                  {row.roleName ?? '—'}
                  {row.level && <div class="setting-hint">{levelLabel(row.level)}</div>}
                </td>
                <td data-compare="pay">{payText(row.entry)}</td>
                <td>{row.skills.length > 0 ? row.skills.join(', ') : '—'}</td>
                <td data-compare="age">
                  {ageText(row.ageDays)}
                  {row.entry.datePosted && <div class="setting-hint">posted {row.entry.datePosted}</div>}
                </td>
                <td>
                  <NoteEditor entry={row.entry} onSave={(saved) => void changeSaved(row.entry, saved)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section class="group" aria-labelledby="memory-settings">
        <h2 id="memory-settings">Memory</h2>
        {settings && (
          <>
            <Switch
              label="Remember postings"
              hint="Off: postings you view are not recorded; what is remembered stays until you forget it."
              checked={settings.ledger.enabled}
              onChange={(enabled) => save({ ledger: { enabled } })}
            />
            <label class="setting-row">
              <span class="setting-label">Postings kept at most</span>
              <input
                type="number"
                data-compare="cap"
                min={LEDGER_CAP_MIN}
                max={LEDGER_CAP_MAX}
                value={settings.ledger.cap}
                onChange={(e) => {
                  const cap = Number(e.currentTarget.value);
                  if (Number.isInteger(cap) && cap >= LEDGER_CAP_MIN && cap <= LEDGER_CAP_MAX)
                    save({ ledger: { cap } });
                }}
              />
            </label>
            <p class="setting-hint">Past the limit the oldest unsaved postings are forgotten first.</p>
          </>
        )}
        <p class="compare-actions">
          <button
            type="button"
            data-compare="export-json"
            disabled={!entries}
            onClick={() =>
              entries &&
              download(`lens-ledger-${day}.json`, 'application/json', exportLedgerJson(entries, now()))
            }
          >
            Export JSON
          </button>
          <button
            type="button"
            data-compare="export-csv"
            disabled={!entries}
            onClick={() =>
              entries && download(`lens-ledger-${day}.csv`, 'text/csv', exportLedgerCsv(entries))
            }
          >
            Export CSV
          </button>
          <label>
            Import JSON{' '}
            <input
              type="file"
              accept="application/json,.json"
              data-compare="import"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void importFile(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
          <button type="button" class="danger" data-compare="forget" onClick={() => void forget()}>
            Forget everything
          </button>
        </p>
        <p role="status" data-compare="message">
          {message}
        </p>
      </section>
    </main>
  );
}
