// The compare page: the saved postings side by side (role and level, posted pay, skills asked, age, status and
// note), sortable and filterable, their pay on one chart per currency; the memory's settings, export, import
// and "forget everything". The first paint reads the starred postings only (an index range); everything
// remembered is read when "Saved only" is turned off, and shown a page at a time.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Role, Skill } from '../../data/schema';
import type { CompareTranslator } from '../../lib/extension/i18n/compare';
import {
  allEntries,
  clearLedger,
  countEntries,
  type Ledger,
  mergeIntoLedger,
  openLedger,
  savedEntries,
  setSaved,
} from '../../lib/extension/ledger-db';
import { exportLedgerCsv, exportLedgerJson, importLedgerJson } from '../../lib/extension/ledger-file';
import { LEDGER_STATUSES } from '../../lib/extension/ledger-key';
import type { LedgerEntry } from '../../lib/extension/ledger-schema';
import type { Settings } from '../../lib/extension/settings';
import { type SettingsHandle, useSettings } from '../settings/use-settings';
import { useThemeAttribute } from '../settings/use-theme-attribute';
import { CompareTable, type SavedChange } from './CompareTable';
import { CompareI18nProvider, useCompareI18n, useCompareTranslator } from './compare-i18n';
import { compareRows, type Filter, filterRows, type Sort, sortRows } from './compare-model';
import { importProblemText } from './compare-words';
import { LedgerControls } from './LedgerControls';
import { PayChartView } from './PayChart';
import { type PayChartData, payChart } from './pay-chart-model';

/** Rows drawn at once; more on request. 10,000 rows at once would take seconds to lay out. */
export const PAGE_SIZE = 50;

export interface CompareData {
  roles: readonly Role[];
  skills: readonly Skill[];
  chart: PayChartData;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** A message for the status line, worded when drawn so that it follows a change of language. */
type Message = (t: CompareTranslator) => string;

function CompareView({
  data,
  now,
  settings,
  save,
}: {
  data: CompareData;
  now: () => number;
  settings: Settings;
  save: SettingsHandle['save'];
}) {
  const t = useCompareI18n();
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [saved, setSavedList] = useState<LedgerEntry[] | null>(null);
  const [all, setAll] = useState<LedgerEntry[] | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [sort, setSort] = useState<Sort>({ key: 'age', descending: false });
  const [filter, setFilter] = useState<Filter>({ text: '', status: 'all', savedOnly: true });
  const [limit, setLimit] = useState(PAGE_SIZE);

  /**
   * Reads again what is on screen: the starred postings, everything if it was read, then the count. The count
   * comes after: IndexedDB counts by walking the store (about 0.1 s at 10,000), and the list need not wait.
   */
  const reload = async (db: Ledger, withAll: boolean) => {
    const [starred, everything] = await Promise.all([
      savedEntries(db),
      withAll ? allEntries(db) : Promise.resolve(null),
    ]);
    setSavedList(starred);
    setAll(everything);
    void countEntries(db).then(setCount);
  };
  useEffect(() => {
    void openLedger().then((db) => {
      setLedger(db);
      return reload(db, false);
    });
  }, []);
  useEffect(() => {
    if (!filter.savedOnly && all === null && ledger) void allEntries(ledger).then(setAll);
  }, [filter.savedOnly, all, ledger]);

  const source = filter.savedOnly ? saved : all;
  const rows = useMemo(() => (source ? compareRows(source, data.roles, now()) : []), [source, data, now]);
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const page = useMemo(() => shown.slice(0, limit), [shown, limit]);
  const chart = useMemo(
    () =>
      payChart(
        page.map((row) => row.entry),
        data.chart,
        settings.payBasis,
      ),
    [page, data, settings.payBasis],
  );
  const changeFilter = (next: Filter) => {
    setFilter(next);
    setLimit(PAGE_SIZE);
  };

  const changeSaved = async (entry: LedgerEntry, change: SavedChange) => {
    if (!ledger) return;
    await setSaved(ledger, entry.key, change, now());
    await reload(ledger, all !== null);
  };
  const day = new Date(now()).toISOString().slice(0, 10);
  const everything = async () => all ?? (ledger ? await allEntries(ledger) : []);
  const actions = {
    exportJson: () =>
      void everything().then((entries) =>
        download(`lens-ledger-${day}.json`, 'application/json', exportLedgerJson(entries, now())),
      ),
    exportCsv: () =>
      void everything().then((entries) =>
        download(`lens-ledger-${day}.csv`, 'text/csv', exportLedgerCsv(entries)),
      ),
    importFile: async (file: File) => {
      if (!ledger) return;
      const parsed = importLedgerJson(await file.text());
      if (!parsed.ok)
        return setMessage(() => (tr: CompareTranslator) => importProblemText(tr, parsed.problem));
      const { added, merged } = await mergeIntoLedger(ledger, parsed.entries, settings.ledger.cap);
      setMessage(() => (tr: CompareTranslator) => tr.t('file.imported', { count: added, merged }));
      await reload(ledger, all !== null);
    },
    forget: async () => {
      if (!ledger || !confirm(t.t('file.forgetConfirm'))) return;
      await clearLedger(ledger);
      setMessage(() => (tr: CompareTranslator) => tr.t('file.forgotten'));
      await reload(ledger, all !== null);
    },
  };

  return (
    <main class="compare">
      <h1>{t.t('page.heading')}</h1>
      <p class="setting-hint">{t.t('page.intro')}</p>
      {count !== null && (
        <p class="setting-hint" data-compare="count">
          {t.t('page.remembered', { count })}
        </p>
      )}
      <section class="compare-controls" aria-label={t.t('filter.group')}>
        <label>
          {t.t('filter.search')}{' '}
          <input
            type="search"
            data-compare="search"
            title={t.t('filter.searchHint')}
            value={filter.text}
            onInput={(e) => changeFilter({ ...filter, text: e.currentTarget.value })}
          />
        </label>
        <label>
          {t.t('filter.status')}{' '}
          <select
            data-compare="status-filter"
            value={filter.status}
            onChange={(e) => changeFilter({ ...filter, status: e.currentTarget.value as Filter['status'] })}
          >
            <option value="all">{t.t('filter.any')}</option>
            {LEDGER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t.t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            data-compare="saved-only"
            checked={filter.savedOnly}
            onChange={(e) => changeFilter({ ...filter, savedOnly: e.currentTarget.checked })}
          />{' '}
          {t.t('filter.savedOnly')}
        </label>
      </section>
      {source === null ? (
        <p>{t.t('list.loading')}</p>
      ) : shown.length === 0 ? (
        <p data-compare="empty">{filter.savedOnly ? t.t('list.noneSaved') : t.t('list.noMatch')}</p>
      ) : (
        <>
          <CompareTable
            rows={page}
            skills={data.skills}
            sort={sort}
            onSort={setSort}
            onSave={(entry, change) => void changeSaved(entry, change)}
          />
          {shown.length > page.length && (
            <p class="compare-more">
              <span data-compare="showing">
                {t.t('list.showing', { shown: page.length, total: shown.length })}
              </span>{' '}
              <button type="button" data-compare="more" onClick={() => setLimit(limit + PAGE_SIZE)}>
                {t.t('list.more', { count: Math.min(PAGE_SIZE, shown.length - page.length) })}
              </button>
            </p>
          )}
          <PayChartView chart={chart} rateDate={data.chart.rates.date} />
        </>
      )}
      <LedgerControls
        settings={settings}
        save={save}
        actions={{
          ...actions,
          importFile: (file) => void actions.importFile(file),
          forget: () => void actions.forget(),
        }}
        ready={ledger !== null}
        message={message?.(t) ?? null}
      />
    </main>
  );
}

export function ComparePage({ data, now }: { data: CompareData; now: () => number }) {
  const { settings, save } = useSettings();
  useThemeAttribute(settings?.theme ?? 'auto');
  const translator = useCompareTranslator(settings?.uiLanguage);
  if (!translator || !settings) return null;
  return (
    <CompareI18nProvider value={translator}>
      <CompareView data={data} now={now} settings={settings} save={save} />
    </CompareI18nProvider>
  );
}
