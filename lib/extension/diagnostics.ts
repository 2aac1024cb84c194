// The popup's read-out of what the lens shows on a page, as plain code: the lens builds these replies and
// carries no schema library; diagnostics-message.ts holds the schema the popup parses them with.
import type { Role } from '../../data/schema';
import { fieldSources, type PostingFieldName } from '../engine/report';
import type { CoreAnalysis, Posting, SiteId } from '../engine/types';
import type { DiagnosticsReply, DiagnosticsRequest, FieldReading, Unreadable } from './diagnostics-message';

export const DIAGNOSTICS_REQUEST: DiagnosticsRequest = { type: 'get-diagnostics' };

function fieldReadings(posting: Posting): FieldReading[] {
  return Object.entries(fieldSources(posting)).map(([field, how]) => ({
    field,
    found: posting[field as PostingFieldName].value !== null,
    how,
  }));
}

/**
 * Fail closed: the address names a job (its site's job id is in it) yet no title or description could be
 * read, so the site's markup has moved past every selector. Passed to diagnosticsFromError in place of an
 * error, it makes the popup say it couldn't read the posting, and why.
 */
export const UNREADABLE_POSTING: Unreadable = { code: 'job-not-read' };

/** The reply for what analyzeDocument returned on this page (null: no posting). */
export function diagnosticsFromAnalysis(
  analysis: CoreAnalysis | null,
  page: { site: SiteId | null; url: string },
  roles: readonly Pick<Role, 'id' | 'name'>[],
): DiagnosticsReply {
  const base = { type: 'diagnostics', site: analysis?.site ?? page.site, url: page.url } as const;
  if (!analysis) return { ...base, status: 'no-posting' };
  const { role, pay, region, benchmark } = analysis;
  return {
    ...base,
    status: 'posting',
    aiLeadership: analysis.aiLeadership,
    role: role
      ? {
          id: role.id,
          name: roles.find((r) => r.id === role.id)?.name ?? role.id,
          level: role.level,
          confidence: role.confidence,
          evidence: role.evidence,
        }
      : null,
    pay: pay
      ? { text: pay.text, currency: pay.currency, annualMin: pay.annualMin, annualMax: pay.annualMax }
      : null,
    region,
    position: benchmark?.position
      ? { verdict: benchmark.position.verdict, comparedBasis: benchmark.position.comparedBasis }
      : null,
    benchmarkGap: benchmark && !benchmark.band ? (region ? 'no-band' : 'no-region') : null,
    fields: fieldReadings(analysis.posting),
  };
}

/** The reply when reading the page threw, or found no posting where the address names one (UNREADABLE_POSTING). */
export function diagnosticsFromError(
  error: unknown,
  page: { site: SiteId | null; url: string },
): DiagnosticsReply {
  return {
    type: 'diagnostics',
    site: page.site,
    url: page.url,
    status: 'unreadable',
    reason:
      error === UNREADABLE_POSTING
        ? UNREADABLE_POSTING
        : { code: 'error', message: error instanceof Error ? error.message : String(error) },
  };
}
