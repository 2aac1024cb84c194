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
  /** When it was sent (performance.now()). */
  sentAt: number;
  resolve(views: CardsAnalysisReply): void;
  reject(error: Error): void;
}

/** How long a cards request waits for its reply before it fails (and its cards are asked again). */
const CARDS_REPLY_WAIT_MS = 10_000;

/** The open cards port, its requests on their way, and the one timer that fails those never answered; null before
 *  the first request and after a disconnect. (One timer, not one per request: a list sends a request a frame
 *  while it scrolls, and setting and clearing a timer each time is a good part of a request's cost.) */
interface CardsChannel {
  port: Browser.runtime.Port;
  pending: Map<number, PendingCards>;
  expiry: ReturnType<typeof setTimeout> | undefined;
}
let cardsChannel: CardsChannel | null = null;
let lastRequest = 0;

function openCardsChannel(): CardsChannel {
  if (cardsChannel) return cardsChannel;
  const port = browser.runtime.connect({ name: CARDS_PORT });
  const channel: CardsChannel = { port, pending: new Map(), expiry: undefined };
  port.onMessage.addListener((raw: unknown) => {
    const reply = raw as Partial<CardsPortReply> | null;
    const id = reply?.id;
    const request = typeof id === 'number' ? channel.pending.get(id) : undefined;
    if (!request || typeof id !== 'number') return;
    channel.pending.delete(id);
    if (isCardsReply(reply?.views, request.count)) request.resolve(reply.views);
    else request.reject(new Error('the background sent no card chips'));
  });
  // The background went away (a service worker stopped, the extension reloaded): what was on its way is lost,
  // and the next request opens a new port.
  port.onDisconnect.addListener(() => {
    // Read, so Chrome does not report it as unchecked in the page's console.
    void browser.runtime.lastError;
    closeCardsChannel(channel, new Error('the background closed the cards port'));
  });
  cardsChannel = channel;
  return channel;
}

/** Fails the requests on `channel` sent longer ago than the wait, and looks again when the next one's wait ends. */
function expireCards(channel: CardsChannel): void {
  channel.expiry = undefined;
  const now = performance.now();
  let next = Number.POSITIVE_INFINITY;
  for (const [id, request] of channel.pending) {
    const due = request.sentAt + CARDS_REPLY_WAIT_MS;
    if (due > now) {
      next = Math.min(next, due);
      continue;
    }
    channel.pending.delete(id);
    request.reject(new Error('the background did not answer for the card chips'));
  }
  if (next !== Number.POSITIVE_INFINITY) {
    channel.expiry = setTimeout(() => expireCards(channel), next - now);
  }
}

/** Fails the requests on their way over `channel` and lets it go: the next request opens a new port. */
function closeCardsChannel(channel: CardsChannel, error: Error): void {
  if (cardsChannel === channel) cardsChannel = null;
  clearTimeout(channel.expiry);
  channel.expiry = undefined;
  const pending = [...channel.pending.values()];
  channel.pending.clear();
  for (const request of pending) request.reject(error);
  try {
    channel.port.disconnect();
  } catch {
    // Already gone.
  }
}

/** One chip's view (null: no chip) per card, in the cards' order. */
export function analyzeCards(
  cards: CardFields[],
  options: AnalyzeCardsMessage['options'],
): Promise<CardsAnalysisReply> {
  return new Promise((resolve, reject) => {
    const id = ++lastRequest;
    const message: AnalyzeCardsMessage = { type: 'analyze-cards', id, cards, options };
    let channel: CardsChannel | null = null;
    try {
      channel = openCardsChannel();
      channel.pending.set(id, { count: cards.length, sentAt: performance.now(), resolve, reject });
      const opened = channel;
      opened.expiry ??= setTimeout(() => expireCards(opened), CARDS_REPLY_WAIT_MS);
      channel.port.postMessage(message);
    } catch (error) {
      // A port that closed without saying so (an extension context gone): this request and those on their way
      // over it fail, and the next one opens a new port.
      const failure = error instanceof Error ? error : new Error(String(error));
      if (channel) closeCardsChannel(channel, failure);
      reject(failure);
    }
  });
}
