// The analysis messages: the lens reads the page and sends what it read; the background, which holds the engine's
// analysis and the bundled data, answers with what the panel and the list chips draw. The background parses with
// these; the lens imports only types from here, so it carries none of these schemas.
import * as z from 'zod/mini';
import type { PanelView } from '../../components/panel/panel-view';
import { RoleId } from '../../data/vocabulary-schemas';
import type { CardBadgeView } from '../engine/card-analysis';
import type { Analysis, SiteId } from '../engine/types';
import { UI_LOCALES } from './i18n/locale';
import { TargetPay } from './settings';
import { CURRENCY, MAX_USER_SKILLS, PAY_BASES, SITE_IDS, SKILL_ID } from './settings-values';

/** Longer than any field of a posting seen; a description may be far longer (a hostile page's is 1 MB). */
const MAX_TEXT = 200_000;
const MAX_DESCRIPTION = 5_000_000;
/** Cards per message: the lens sends the cards met in one frame. */
export const MAX_CARDS_PER_MESSAGE = 200;

const text = z.string().check(z.maxLength(MAX_TEXT));
const site = z.enum(SITE_IDS as [SiteId, ...SiteId[]]);

/** A value read from the page, or why it could not be (lib/engine/types.ts Field). */
const field = <T extends z.ZodMiniType>(value: T) =>
  z.union([z.object({ value, source: z.string() }), z.object({ value: z.null(), reason: z.string() })]);

export const PostingSchema = z.object({
  site,
  url: text,
  jobId: z.nullable(z.string()),
  title: field(text),
  company: field(text),
  location: field(text),
  workplace: field(z.enum(['remote', 'hybrid', 'on-site'])),
  payText: field(text),
  structuredPay: z.nullable(
    z.object({
      min: z.nullable(z.number()),
      max: z.nullable(z.number()),
      currency: z.nullable(z.string()),
      unit: z.nullable(z.string()),
    }),
  ),
  description: field(z.string().check(z.maxLength(MAX_DESCRIPTION))),
  datePosted: z.optional(z.string()),
  validThrough: z.optional(z.string()),
});

export const AnalysisOptionsSchema = z.object({
  displayCurrency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  basis: z.enum(['base', 'total']),
  today: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')),
  homeRegion: z.optional(z.nullable(z.string())),
});

/** The panel's language and what its words depend on in the settings (components/panel/panel-view.ts). */
export const PanelViewRequestSchema = z.object({
  locale: z.enum(UI_LOCALES),
  options: z.object({
    displayCurrency: z.string().check(z.regex(CURRENCY)),
    payBasis: z.enum(PAY_BASES),
    targetPay: z.nullable(TargetPay),
    userSkills: z.array(z.string().check(z.regex(SKILL_ID))).check(z.maxLength(MAX_USER_SKILLS)),
    compareWith: z.nullable(RoleId),
  }),
});
export type PanelViewRequest = z.infer<typeof PanelViewRequestSchema>;

/** Lens -> background: the posting the page shows; the reply is a PostingAnalysisReply. */
export const AnalyzePostingMessage = z.object({
  type: z.literal('analyze-posting'),
  posting: PostingSchema,
  options: AnalysisOptionsSchema,
  panel: PanelViewRequestSchema,
});
export type AnalyzePostingMessage = z.infer<typeof AnalyzePostingMessage>;

/** The fields of a list card the chip is worked out from (lib/engine/card-analysis.ts CardFields). */
export const CardFieldsSchema = z.object({
  jobId: z.nullable(z.string().check(z.maxLength(200))),
  title: z.nullable(z.string().check(z.maxLength(2_000))),
  payText: z.nullable(z.string().check(z.maxLength(2_000))),
  location: z.nullable(z.string().check(z.maxLength(2_000))),
});

/** Lens -> background, on the cards port (cards-port.ts): the list cards met in one frame; the reply (CardsPortReply) carries the
 *  same id and one CardBadgeView or null per card. */
export const AnalyzeCardsMessage = z.object({
  type: z.literal('analyze-cards'),
  /** The lens's number for this request, repeated in the reply. */
  id: z.number().check(z.int()),
  cards: z.array(CardFieldsSchema).check(z.maxLength(MAX_CARDS_PER_MESSAGE)),
  options: z.omit(AnalysisOptionsSchema, { today: true }),
});
export type AnalyzeCardsMessage = z.infer<typeof AnalyzeCardsMessage>;

/** Background -> lens: the complete analysis, and the panel's view of it in the language asked for (null: the
 *  view could not be worded; the analysis still serves the popup and the toolbar badge). */
export interface PostingAnalysisReply {
  analysis: Analysis;
  view: PanelView | null;
}

export type CardsAnalysisReply = (CardBadgeView | null)[];

/** Background -> lens, on the cards port: the chips of request `id`, or null for a request it could not read. */
export interface CardsPortReply {
  id: number;
  views: CardsAnalysisReply | null;
}
