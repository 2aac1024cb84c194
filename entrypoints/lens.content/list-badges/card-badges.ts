// The chip each job gets, as the background worked it out: a job met for the first time is read from its card
// once and asked of the background with the other new jobs drawn with it, in one message on the cards port;
// its chip is drawn when the answer comes. A job answered before costs a Map lookup. A card gets no chip exactly
// when its title is not AI leadership (card-analysis.ts analyseCard): a new job whose title was answered with
// no chip before gets none at once, read no further and not asked (a list shows many non-AI titles again).

import type { CardBadgeView, CardFields } from '../../../lib/engine/card-analysis';
import { analyzeCards } from '../../../lib/extension/analysis-channel';
import type { AnalyzeCardsMessage } from '../../../lib/extension/analysis-schema';
import { recordError } from '../error-boundary';

/** Jobs (and titles without a chip) remembered; the oldest is forgotten first, so an endless list cannot grow memory. */
const JOBS_KEPT = 2000;
/** After a failed message, how long before its cards are drawn (and asked) again. */
const RETRY_MS = 500;
/** The background's limit on cards per message (analysis-schema.ts MAX_CARDS_PER_MESSAGE). */
const CARDS_PER_MESSAGE = 200;

export interface CardBadges {
  /**
   * The chip of the job `jobKey` names (its job id, or its text where it has none), null for none, or
   * undefined while the background has not answered. The card is read the first time only, unless it has no
   * title (a card drawn empty, to be filled later): that is not asked, and the card is looked at again.
   */
  forJob(jobKey: string, card: CardReader): CardBadgeView | null | undefined;
  /** Asks the background about the jobs forJob met since the last call (after a pass of drawing): one message for
   *  up to 200 of them. */
  send(): void;
}

/** A card's fields, read as far as they are needed: its title first, the rest only for a job to be asked. */
export interface CardReader {
  title(): string | null;
  fields(title: string): CardFields;
}

/** Makes room in a Map or Set that keeps at most JOBS_KEPT entries: the oldest is forgotten first. */
function forgetOldest(kept: { size: number; keys(): Iterator<string>; delete(key: string): boolean }): void {
  if (kept.size >= JOBS_KEPT) kept.delete(kept.keys().next().value as string);
}

export function createCardBadges(
  options: AnalyzeCardsMessage['options'],
  onAnswer: () => void,
): CardBadges & { stop(): void } {
  const answered = new Map<string, CardBadgeView | null>();
  /** Titles answered with no chip: not AI leadership, whatever the job. */
  const chipless = new Set<string>();
  const asked = new Set<string>();
  let queue: { jobKey: string; card: CardFields & { title: string } }[] = [];
  let live = true;

  const send = () => {
    while (live && queue.length > 0) ask(queue.splice(0, CARDS_PER_MESSAGE));
  };
  const ask = (batch: typeof queue) => {
    analyzeCards(
      batch.map(({ card }) => card),
      options,
    ).then(
      (views) => {
        if (!live) return;
        batch.forEach(({ jobKey, card }, i) => {
          asked.delete(jobKey);
          const view = views[i] ?? null;
          keep(jobKey, view);
          if (view === null) {
            forgetOldest(chipless);
            chipless.add(card.title);
          }
        });
        onAnswer();
      },
      (error: unknown) => {
        // Their cards are drawn, and so asked again, a moment later: a failure need not cost a chip.
        for (const { jobKey } of batch) asked.delete(jobKey);
        recordError('list-cards', error);
        setTimeout(() => live && onAnswer(), RETRY_MS);
      },
    );
  };

  const keep = (jobKey: string, view: CardBadgeView | null) => {
    forgetOldest(answered);
    answered.set(jobKey, view);
  };

  const forJob: CardBadges['forJob'] = (jobKey, read) => {
    if (answered.has(jobKey)) return answered.get(jobKey);
    if (asked.has(jobKey)) return undefined;
    const title = read.title();
    if (title === null) return null;
    if (chipless.has(title)) {
      keep(jobKey, null);
      return null;
    }
    const { jobId, payText, location } = read.fields(title);
    asked.add(jobKey);
    queue.push({ jobKey, card: { jobId, title, payText, location } });
    return undefined;
  };

  return {
    forJob,
    send,
    stop: () => {
      live = false;
      queue = [];
    },
  };
}
