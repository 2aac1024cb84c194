// The posting memory as files: JSON (lossless, versioned, the one that imports) and CSV (for spreadsheets).
import * as z from 'zod/mini';
import { LedgerEntry } from './ledger-schema';

export const LEDGER_FILE_FORMAT = 'ai-leadership-lens-ledger';
/** The file's own version, apart from the database's: bump it when LedgerEntry changes shape. */
export const LEDGER_FILE_VERSION = 1;

const LedgerFile = z.object({
  format: z.literal(LEDGER_FILE_FORMAT),
  version: z.literal(LEDGER_FILE_VERSION),
  exportedAt: z.string(),
  entries: z.array(LedgerEntry),
});

export function exportLedgerJson(entries: readonly LedgerEntry[], now: number): string {
  const file: z.infer<typeof LedgerFile> = {
    format: LEDGER_FILE_FORMAT,
    version: LEDGER_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    entries: [...entries].sort((a, b) => a.firstSeen - b.firstSeen || a.key.localeCompare(b.key)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a file was refused, as a code with its facts: the compare page words it in the reader's language. */
export type LedgerImportProblem =
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer'; version: number }
  | { code: 'damaged'; where: string; detail: string }
  | { code: 'duplicate'; key: string };

export type LedgerImport = { ok: true; entries: LedgerEntry[] } | { ok: false; problem: LedgerImportProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A ledger file -> its entries, strictly: one bad entry rejects the file, so a bad file changes nothing. */
export function importLedgerJson(text: string): LedgerImport {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isRecord(file) || file.format !== LEDGER_FILE_FORMAT)
    return { ok: false, problem: { code: 'foreign' } };
  if (typeof file.version === 'number' && file.version > LEDGER_FILE_VERSION) {
    return { ok: false, problem: { code: 'newer', version: file.version } };
  }
  const parsed = LedgerFile.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    return { ok: false, problem: { code: 'damaged', where, detail: issue?.message ?? 'invalid' } };
  }
  const keys = new Set<string>();
  for (const entry of parsed.data.entries) {
    if (keys.has(entry.key)) return { ok: false, problem: { code: 'duplicate', key: entry.key } };
    keys.add(entry.key);
  }
  return { ok: true, entries: parsed.data.entries };
}

const CSV_COLUMNS: [string, (e: LedgerEntry) => string | number | null][] = [
  ['site', (e) => e.site],
  ['job id', (e) => e.jobId],
  ['url', (e) => e.url],
  ['title', (e) => e.title],
  ['company', (e) => e.company],
  ['location', (e) => e.location],
  ['role', (e) => e.roleId],
  ['level', (e) => e.level],
  ['pay min', (e) => e.pay?.min ?? null],
  ['pay max', (e) => e.pay?.max ?? null],
  ['pay currency', (e) => e.pay?.currency ?? null],
  ['pay period', (e) => e.pay?.period ?? null],
  ['annual min', (e) => e.pay?.annualMin ?? null],
  ['annual max', (e) => e.pay?.annualMax ?? null],
  ['date posted', (e) => e.datePosted],
  ['valid through', (e) => e.validThrough],
  ['first seen', (e) => new Date(e.firstSeen).toISOString()],
  ['last seen', (e) => new Date(e.lastSeen).toISOString()],
  ['saved', (e) => (e.saved ? 'yes' : 'no')],
  ['status', (e) => e.saved?.status ?? null],
  ['note', (e) => e.saved?.note ?? null],
  ['description', (e) => e.description],
];

/** RFC 4180 quoting; a text cell a spreadsheet would run as a formula gets a leading apostrophe. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function exportLedgerCsv(entries: readonly LedgerEntry[]): string {
  const rows = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const entry of [...entries].sort((a, b) => a.firstSeen - b.firstSeen)) {
    rows.push(CSV_COLUMNS.map(([, read]) => csvCell(read(entry))).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
