// Published pay statistics, transcribed one row per figure in data/sources/published-figures.json, and the
// rule that makes each a band or a reference. Build-time only: data/build-bands.ts reads it; nothing ships.
import * as z from 'zod/mini';
import {
  type BandMethod,
  Confidence,
  PayBasis,
  PayMeasure,
  type ReferenceReason,
  RoleId,
  type SalaryBand,
  type SalaryReference,
  SampleKind,
} from './schema';

const nonEmpty = () => z.string().check(z.minLength(1));
const amount = () => z.optional(z.number().check(z.positive()));

export const PublishedFigure = z.object({
  id: nonEmpty(),
  /** The source's id in data/sources.json. */
  source: nonEmpty(),
  /** The page, article or table the figure was read from. */
  where: nonEmpty(),
  method: z.enum(['published', 'posting', 'uncited'] as const satisfies readonly BandMethod[]),
  measures: PayMeasure,
  role: RoleId,
  region: nonEmpty(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  basis: PayBasis,
  basisStated: z.optional(z.literal(false)),
  low: amount(),
  high: amount(),
  highOpen: z.optional(z.boolean()),
  p25: amount(),
  p50: amount(),
  p75: amount(),
  mean: amount(),
  /** The sample the publication states, null where it states none; 1 for one posting. */
  n: z.nullable(z.number().check(z.int(), z.positive())),
  nKind: z.optional(SampleKind),
  nScope: z.optional(nonEmpty()),
  year: z.number().check(z.int()),
  confidence: Confidence,
  proxy: z.optional(nonEmpty()),
  note: z.optional(nonEmpty()),
});
export type PublishedFigure = z.infer<typeof PublishedFigure>;
export const PublishedFiguresFile = z.object({ about: nonEmpty(), figures: z.array(PublishedFigure) });
export type PublishedFiguresFile = z.infer<typeof PublishedFiguresFile>;

/** Why a figure cannot be a band, or null when it can: a published aggregate whose publication states a
 *  sample of at least `minimumN`, measuring the role's own market (not a wider occupation's wages). */
export function referenceReason(figure: PublishedFigure, minimumN: number): ReferenceReason | null {
  if (figure.method === 'uncited') return 'uncited';
  if (figure.method === 'posting') return 'single-posting';
  if (figure.measures === 'occupation-wages') return 'occupation-wages';
  if (figure.n === null) return 'no-sample-stated';
  if (figure.n < minimumN) return 'sample-below-minimum';
  return null;
}

/** The entry data/salaries.json carries for a transcribed figure (the transcription's `where` stays here). */
export function publishedEntry(figure: PublishedFigure, minimumN: number): SalaryBand | SalaryReference {
  const { where: _where, n, ...fields } = figure;
  const why = referenceReason(figure, minimumN);
  const sample = n === null ? {} : { n };
  return why === null
    ? { kind: 'band', ...fields, ...sample }
    : { kind: 'reference', ...fields, ...sample, why };
}
