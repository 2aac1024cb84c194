// The little of the posting memory the lens needs: a posting's identity and the limits of what it sends.
// No schemas here: the lens stays small, and the background parses what arrives (lib/extension/ledger-schema.ts).

/** Descriptions are kept up to this length: enough for the fingerprint and the export, bounded for storage. */
export const MAX_DESCRIPTION = 20_000;
export const MAX_NOTE = 500;
/** Titles, companies, locations and job ids. */
export const MAX_FIELD = 500;
export const MAX_URL = 2_000;

export const LEDGER_STATUSES = ['interested', 'applied', 'declined'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

/** A posting's identity in the ledger: the site's job id where there is one, else its address without query. */
export function ledgerKey(site: string, jobId: string | null, url: string): string {
  if (jobId) return `${site}:${jobId}`;
  try {
    const { origin, pathname } = new URL(url);
    return `${site}:${origin}${pathname}`;
  } catch {
    return `${site}:${url}`;
  }
}
