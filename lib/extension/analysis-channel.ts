// The lens's side of the analysis messages: it sends what it read from the page and gets back what to draw. The
// engine's analysis and its data live in the background (analysis-service.ts), out of the script every job page
// evaluates.
import { type Browser, browser } from 'wxt/browser';
import type { AnalysisOptions } from '../engine/analyze-core';
import type { CardFields } from '../engine/card-analysis';
import type { Posting } from '../engine/types';
import type {
  AnalyzeCardsMessage,
  AnalyzePostingMessage,
  CardsAnalysisReply,
  CardsPortReply,
  PanelViewRequest,
  PostingAnalysisReply,
} from './analysis-schema';
import { CARDS_PORT } from './cards-port';

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

/** A cards request on its way: what its reply settles. */
interface PendingCards {
  count: number;
  resolve(views: CardsAnalysisReply): void;
  reject(error: Error): void;
}

/** The open cards port and its requests on their way, or null before the first request and after a disconnect. */
let cardsChannel: { port: Browser.runtime.Port; pending: Map<number, PendingCards> } | null = null;
let lastRequest = 0;

function openCardsChannel(): NonNullable<typeof cardsChannel> {
  if (cardsChannel) return cardsChannel;
  const port = browser.runtime.connect({ name: CARDS_PORT });
  const channel = { port, pending: new Map<number, PendingCards>() };
  port.onMessage.addListener((raw: unknown) => {
    const reply = raw as Partial<CardsPortReply> | null;
    const request = typeof reply?.id === 'number' ? channel.pending.get(reply.id) : undefined;
    if (!request || !reply) return;
    channel.pending.delete(reply.id as number);
    if (isCardsReply(reply.views, request.count)) request.resolve(reply.views);
    else request.reject(new Error('the background sent no card chips'));
  });
  // The background went away (a service worker stopped, the extension reloaded): what was on its way is lost,
  // and the next request opens a new port.
  port.onDisconnect.addListener(() => {
    if (cardsChannel === channel) cardsChannel = null;
    for (const request of channel.pending.values())
      request.reject(new Error('the background closed the cards port'));
    channel.pending.clear();
  });
  cardsChannel = channel;
  return channel;
}

/** One chip's view (null: no chip) per card, in the cards' order. */
export function analyzeCards(
  cards: CardFields[],
  options: AnalyzeCardsMessage['options'],
): Promise<CardsAnalysisReply> {
  return new Promise((resolve, reject) => {
    const id = ++lastRequest;
    const message: AnalyzeCardsMessage = { type: 'analyze-cards', id, cards, options };
    try {
      const channel = openCardsChannel();
      channel.pending.set(id, { count: cards.length, resolve, reject });
      channel.port.postMessage(message);
    } catch (error) {
      // A port that closed without telling (an extension context gone): the next request opens a new one.
      cardsChannel?.pending.delete(id);
      cardsChannel = null;
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
