// The popup's read-out of what the lens shows on a page, as plain code: the lens builds these replies and
// carries no schema library; diagnostics-message.ts holds the schema the popup parses them with.
import type { Role } from '../../data/schema';
import { fieldSources } from '../engine/report';
import type { CoreAnalysis, Posting, SiteId } from '../engine/types';
import type { DiagnosticsReply, DiagnosticsRequest, FieldReading } from './diagnostics-message';

export const DIAGNOSTICS_REQUEST: DiagnosticsRequest = { type: 'get-diagnostics' };

function fieldReadings(posting: Posting): FieldReading[] {
  return Object.entries(fieldSources(posting)).map(([field, how]) => ({
    field,
    found: posting[field as keyof ReturnType<typeof fieldSources>].value !== null,
    how,
  }));
}

/**
 * Fail closed: the address names a job (its site's job id is in it) yet no title or description could be
 * read, so the site's markup has moved past every selector. The popup says it couldn't read the posting.
 */
export const UNREADABLE_POSTING =
  "the address names a job, but none of this site's title or description selectors found it (the page layout may have changed)";

/** The reply for what analyzeDocument returned on this page (null: no posting). */
export function diagnosticsFromAnalysis(
  analysis: CoreAnalysis | null,
  page: { site: SiteId | null; url: string },
  roles: readonly Role[],
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
    benchmarkGap: benchmark?.gap ?? null,
    fields: fieldReadings(analysis.posting),
  };
}

/** The reply when reading the page threw. */
export function diagnosticsFromError(
  error: unknown,
  page: { site: SiteId | null; url: string },
): DiagnosticsReply {
  return {
    type: 'diagnostics',
    site: page.site,
    url: page.url,
    status: 'unreadable',
    error: error instanceof Error ? error.message : String(error),
  };
}
