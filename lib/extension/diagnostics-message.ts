// The popup asks the tab's content script what it read: request, reply, and the builder the content
// script answers with. Both sides parse with these schemas.
import * as z from 'zod/mini';
import { Level, PayBasis, RoleId } from '../../data/vocabulary-schemas';
import type { SiteId } from '../engine/types';
import { SITE_IDS } from './settings';

export const DiagnosticsRequest = z.object({ type: z.literal('get-diagnostics') });
export type DiagnosticsRequest = z.infer<typeof DiagnosticsRequest>;
export {
  DIAGNOSTICS_REQUEST,
  diagnosticsFromAnalysis,
  diagnosticsFromError,
  UNREADABLE_POSTING,
} from './diagnostics';

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

/** How the title named its role (lib/engine/types.ts TitleEvidence). */
const TitleEvidence = z.object({
  by: z.enum(['phrase', 'abbreviation']),
  text: z.string(),
  adjusted: z.optional(z.enum(['deputy', 'vp-rank'])),
  governance: z.optional(z.array(z.string())),
});

export const DiagnosticsReply = z.discriminatedUnion('status', [
  z.object({ ...base, status: z.literal('no-posting') }),
  z.object({ ...base, status: z.literal('unreadable'), error: z.string() }),
  z.object({
    ...base,
    status: z.literal('posting'),
    aiLeadership: z.boolean(),
    role: z.nullable(
      z.object({
        id: RoleId,
        name: z.string(),
        level: Level,
        confidence: z.number(),
        evidence: TitleEvidence,
      }),
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
