import { describe, expect, it } from 'vitest';
import {
  exportLedgerCsv,
  exportLedgerJson,
  importLedgerJson,
  LEDGER_FILE_FORMAT,
} from '../../lib/extension/ledger-file';
import { recordSighting } from '../../lib/extension/ledger-model';
import { DAY, sighting, T0 } from './ledger-fixtures';

const entry = {
  ...recordSighting(undefined, 'greenhouse:1001', sighting(), T0),
  saved: { status: 'applied' as const, note: 'Said "yes", then\nwaited', savedAt: T0 + DAY },
};

describe('ledger files', () => {
  it('round-trips JSON losslessly', () => {
    const parsed = importLedgerJson(exportLedgerJson([entry], T0));
    expect(parsed).toEqual({ ok: true, entries: [entry] });
  });

  it.each([
    ['not JSON', '{oops', 'not-json'],
    ['a settings file', JSON.stringify({ format: 'ai-leadership-lens-settings', version: 2 }), 'foreign'],
    ['a newer version', JSON.stringify({ format: LEDGER_FILE_FORMAT, version: 99, entries: [] }), 'newer'],
  ])('refuses %s and says why', (_what, text, code) => {
    const parsed = importLedgerJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });

  it('refuses a damaged entry and says where', () => {
    const file = JSON.parse(exportLedgerJson([entry], T0));
    file.entries[0].firstSeen = 'yesterday';
    const parsed = importLedgerJson(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatchObject({ code: 'damaged', where: 'entries.0.firstSeen' });
  });

  it('refuses a file that lists a posting twice', () => {
    const file = JSON.parse(exportLedgerJson([entry], T0));
    file.entries.push(file.entries[0]);
    expect(importLedgerJson(JSON.stringify(file))).toEqual({
      ok: false,
      problem: { code: 'duplicate', key: entry.key },
    });
  });

  it('writes CSV with a header, quoted cells and no live formulas', () => {
    const csv = exportLedgerCsv([{ ...entry, title: '=HYPERLINK("x")' }]);
    const [header, row] = csv.split('\r\n');
    expect(header?.split(',')).toContain('description');
    expect(header?.split(',')).toHaveLength(22);
    expect(row).toContain('"\'=HYPERLINK(""x"")"');
    expect(csv).toContain('"Said ""yes"", then\nwaited"');
    expect(row).toContain('2026-03-10T09:00:00.000Z');
    expect(row).toContain(',150000,190000,GBP,year,');
  });
});
