// The popup asks the tab's content script what it read: request, reply, and the builder the content
// script answers with. Both sides parse with these schemas.
import * as z from 'zod/mini';
import { Level, PayBasis, RoleId } from '../../data/vocabulary-schemas';
import type { SiteId } from '../engine/types';
import { ERROR_CONTEXTS } from './error-contexts';
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

/** How a posting field was read, or why it could not be (lib/engine/report.ts FieldSource). */
const FieldSource = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('schema'),
    format: z.enum(['json-ld', 'microdata']),
    properties: z.array(z.string()),
  }),
  z.object({
    code: z.literal('selector'),
    selector: z.string(),
    attribute: z.nullable(z.string()),
    label: z.nullable(z.string()),
    seen: z.string(),
  }),
  z.object({ code: z.literal('main-heading') }),
  z.object({ code: z.literal('page-label'), label: z.string() }),
  z.object({ code: z.literal('page-mark'), mark: z.string() }),
  z.object({ code: z.literal('about-heading'), heading: z.string() }),
  z.object({ code: z.literal('location-text'), location: z.string() }),
  z.object({ code: z.literal('pay-sentence') }),
  z.object({ code: z.literal('not-found'), jobPosting: z.boolean(), selectors: z.nullable(z.number()) }),
  z.object({ code: z.literal('read-failed'), error: z.string() }),
  z.object({ code: z.literal('other'), text: z.string() }),
]);

/** One posting field: read (how) or not (why). */
export const FieldReading = z.object({ field: z.string(), found: z.boolean(), how: FieldSource });
export type FieldReading = z.infer<typeof FieldReading>;

/** Why the posting could not be read: the page's layout moved past the site's selectors, or reading threw. */
const Unreadable = z.discriminatedUnion('code', [
  z.object({ code: z.literal('job-not-read') }),
  z.object({ code: z.literal('error'), message: z.string() }),
]);
export type Unreadable = z.infer<typeof Unreadable>;

const base = {
  type: z.literal('diagnostics'),
  site: Site,
  url: z.string(),
  /** The last error the content script caught on this page (where, and the message); null or absent: none. */
  extensionError: z.optional(z.nullable(z.object({ where: z.enum(ERROR_CONTEXTS), message: z.string() }))),
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
  z.object({ ...base, status: z.literal('unreadable'), reason: Unreadable }),
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
    /** Why there is no benchmark: the location placed in no region, or no band for the role there; null
     *  when there is one, or no role to benchmark. */
    benchmarkGap: z.nullable(z.enum(['no-region', 'no-band'])),
    fields: z.array(FieldReading),
  }),
]);
export type DiagnosticsReply = z.infer<typeof DiagnosticsReply>;
