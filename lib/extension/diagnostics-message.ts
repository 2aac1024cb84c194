// The popup asks the tab's content script what it read: request, reply, and the builder the content
// script answers with. Both sides parse with these schemas.
import * as z from 'zod/mini';
import type { Role } from '../../data/schema';
import { Level, PayBasis, RoleId } from '../../data/vocabulary';
import { fieldSources } from '../engine/report';
import type { CoreAnalysis, Posting, SiteId } from '../engine/types';
import { SITE_IDS } from './settings';

export const DiagnosticsRequest = z.object({ type: z.literal('get-diagnostics') });
export type DiagnosticsRequest = z.infer<typeof DiagnosticsRequest>;
export const DIAGNOSTICS_REQUEST: DiagnosticsRequest = { type: 'get-diagnostics' };

const Site = z.nullable(z.enum(SITE_IDS as [SiteId, ...SiteId[]]));

/** One posting field: read (how) or not (why). */
export const FieldReading = z.object({ field: z.string(), found: z.boolean(), how: z.string() });
export type FieldReading = z.infer<typeof FieldReading>;

const base = {
  type: z.literal('diagnostics'),
  site: Site,
  url: z.string(),
  /** The last error the content script caught on this page (where, and the message); null or absent: none. */
  extensionError: z.optional(z.nullable(z.string())),
};

export const DiagnosticsReply = z.discriminatedUnion('status', [
  z.object({ ...base, status: z.literal('no-posting') }),
  z.object({ ...base, status: z.literal('unreadable'), error: z.string() }),
  z.object({
    ...base,
    status: z.literal('posting'),
    aiLeadership: z.boolean(),
    role: z.nullable(
      z.object({ id: RoleId, name: z.string(), level: Level, confidence: z.number(), evidence: z.string() }),
    ),
    pay: z.nullable(
      z.object({ text: z.string(), currency: z.string(), annualMin: z.number(), annualMax: z.number() }),
    ),
    region: z.nullable(z.object({ id: z.string(), name: z.string(), evidence: z.string() })),
    position: z.nullable(
      z.object({ verdict: z.enum(['below', 'within', 'above', 'overlaps']), comparedBasis: PayBasis }),
    ),
    /** Why there is no benchmark, said plainly; null when there is one. */
    benchmarkGap: z.nullable(z.string()),
    fields: z.array(FieldReading),
  }),
]);
export type DiagnosticsReply = z.infer<typeof DiagnosticsReply>;

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
