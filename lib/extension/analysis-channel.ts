// The lens's side of the analysis messages: it sends what it read from the page and gets back what to draw. The
// engine's analysis and its data live in the background (analysis-service.ts), out of the script every job page
// evaluates.
import { browser } from 'wxt/browser';
import type { AnalysisOptions } from '../engine/analyze-core';
import type { CardFields } from '../engine/card-analysis';
import type { Posting } from '../engine/types';
import type {
  AnalyzeCardsMessage,
  AnalyzePostingMessage,
  CardsAnalysisReply,
  PanelViewRequest,
  PostingAnalysisReply,
} from './analysis-schema';

/** The background's replies, checked by shape, not by schema: the schemas stay out of the lens, and the
 *  background built the reply from parsed data. */
function isPostingReply(reply: unknown): reply is PostingAnalysisReply {
  const candidate = reply as Partial<PostingAnalysisReply> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.analysis === 'object' &&
    candidate.analysis !== null &&
    typeof candidate.analysis.aiLeadership === 'boolean' &&
    (candidate.view === null ||
      (typeof candidate.view === 'object' && typeof candidate.view?.summary === 'string'))
  );
}

function isCardsReply(reply: unknown, cards: number): reply is CardsAnalysisReply {
  return (
    Array.isArray(reply) &&
    reply.length === cards &&
    reply.every((view) => view === null || (typeof view === 'object' && typeof view.roleId === 'string'))
  );
}

/** The complete analysis of `posting`, and the panel's view of it. */
export async function analyzePosting(
  posting: Posting,
  options: AnalysisOptions,
  panel: PanelViewRequest,
): Promise<PostingAnalysisReply> {
  const message: AnalyzePostingMessage = { type: 'analyze-posting', posting, options, panel };
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (!isPostingReply(reply)) throw new Error('the background sent no analysis');
  return reply;
}

/** One chip's view (null: no chip) per card, in the cards' order. */
export async function analyzeCards(
  cards: CardFields[],
  options: AnalyzeCardsMessage['options'],
): Promise<CardsAnalysisReply> {
  const message: AnalyzeCardsMessage = { type: 'analyze-cards', cards, options };
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (!isCardsReply(reply, cards.length)) throw new Error('the background sent no card chips');
  return reply;
}
