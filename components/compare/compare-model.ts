// The compare page's rows: ledger entries with what the table shows (role, pay, age), sorted and filtered; the
// skills asked, read from a description only for a row on screen (10,000 rows must not all be read). Pure: the
// caller passes the data and `now`.
import type { Level, Role, Skill } from '../../data/schema';
import { checkSkills } from '../../lib/engine/skills';
import { daysBetween } from '../../lib/extension/ledger-model';
import type { LedgerEntry, LedgerStatus } from '../../lib/extension/ledger-schema';

export interface CompareRow {
  entry: LedgerEntry;
  roleName: string | null;
  level: Level | null;
  ageDays: number;
}

export const SORT_KEYS = ['title', 'company', 'level', 'pay', 'age', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export interface Filter {
  text: string;
  status: LedgerStatus | 'all';
  savedOnly: boolean;
}

// Seniority, most senior first, for sorting by level.
const LEVEL_ORDER: Record<Level, number> = { 'c-suite': 0, vp: 1, head: 2, director: 3, manager: 4, lead: 5 };

export function compareRows(
  entries: readonly LedgerEntry[],
  roles: readonly Role[],
  now: number,
): CompareRow[] {
  const names = new Map(roles.map((role) => [role.id, role.name]));
  return entries.map((entry) => ({
    entry,
    roleName: (entry.roleId && names.get(entry.roleId)) || null,
    level: entry.level,
    ageDays: daysBetween(entry.firstSeen, now),
  }));
}

/** Skill labels the description asks for, in the checklist's order. */
export function skillsAsked(entry: LedgerEntry, skills: readonly Skill[]): string[] {
  const mentioned = new Set(checkSkills(entry.description || null, null, skills).mentioned.map((m) => m.id));
  return skills.filter((skill) => mentioned.has(skill.id)).map((skill) => skill.label);
}

/** Missing values sort last whichever the direction. */
function sortValue(row: CompareRow, key: SortKey): string | number | null {
  switch (key) {
    case 'title':
      return row.entry.title?.toLowerCase() ?? null;
    case 'company':
      return row.entry.company?.toLowerCase() ?? null;
    case 'level':
      return row.level ? LEVEL_ORDER[row.level] : null;
    case 'pay':
      return row.entry.pay ? (row.entry.pay.annualMin + row.entry.pay.annualMax) / 2 : null;
    case 'age':
      return row.ageDays;
    case 'status':
      return row.entry.saved?.status ?? null;
  }
}

export function sortRows(rows: readonly CompareRow[], sort: Sort): CompareRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * sign;
  });
}

export function filterRows(rows: readonly CompareRow[], filter: Filter): CompareRow[] {
  const needle = filter.text.trim().toLowerCase();
  return rows.filter(({ entry, roleName }) => {
    if (filter.savedOnly && !entry.saved) return false;
    if (filter.status !== 'all' && entry.saved?.status !== filter.status) return false;
    if (!needle) return true;
    // The description stands in for the skills it asks: reading skills from 10,000 of them takes seconds.
    const haystack = [
      entry.title,
      entry.company,
      entry.location,
      roleName,
      entry.saved?.note,
      entry.description,
    ];
    return haystack.some((text) => text?.toLowerCase().includes(needle));
  });
}
