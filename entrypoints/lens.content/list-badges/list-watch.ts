// Scheduling: which list cards to draw, and when. Lists scroll endlessly and LinkedIn reuses card elements for
// other jobs. The page watch (page-watch.ts) hands the list each change of the page once:
// - a change inside a watched card marks that card; cards added to a list are watched and marked, cards taken
//   off are let go (their chips kept for the next cards);
// - the marked cards are drawn as soon as the change is delivered, before the browser paints it (a recycled card
//   never shows its last job's chip), CARDS_PER_PASS at a time, the rest in the next frames.
// A card is drawn when it shows another job, near the viewport or not: a card costs the same to draw wherever it
// is, an endless list's cards are each drawn once anyway, and a chip is there before its card scrolls in.
import { guard } from '../error-boundary';
import { cardsComeAndGo, isOwnMutation } from '../mutations';
import type { ListChanges, PageWatch } from '../page-watch';
import type { CardChips } from './card-chips';
import { forEachCard, watchedCardOf } from './list-cards';

export interface ListWatch {
  /** Looks for cards the page watch missed (a new page of the same list) and draws every card again. */
  rescan(): void;
  /** Stops watching; the chips stay (CardChips.clear takes them off). */
  stop(): void;
}

/** Cards drawn at a time; the rest wait for the next frame (a list page shows about 25). */
const CARDS_PER_PASS = 40;

export function watchLists(
  cardSelector: string,
  jobAttributes: readonly string[],
  chips: CardChips,
  page: PageWatch,
): ListWatch {
  const watched = new Set<Element>();
  /** Cards that may show another job than their chip says. */
  const marked = new Set<Element>();
  let frame = 0;

  const drawMarked = () => {
    const pass: Element[] = [];
    for (const card of marked) {
      if (pass.length === CARDS_PER_PASS) break;
      marked.delete(card);
      if (card.isConnected) pass.push(card);
    }
    chips.draw(pass);
    if (marked.size > 0) schedule();
  };
  // The window's own requestAnimationFrame (cancelled in stop): ctx's wrapper registers an abort listener per call.
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(nextPass);
  };
  const nextPass = guard('list-cards', () => {
    frame = 0;
    drawMarked();
    page.takeOwnChanges();
  });

  const watch = (card: Element) => {
    if (watched.has(card)) return;
    watched.add(card);
    marked.add(card);
  };
  const unwatch = (card: Element) => {
    if (!watched.delete(card)) return;
    marked.delete(card);
    chips.release(card);
  };

  const changes: ListChanges = {
    attributes: jobAttributes,
    take(record) {
      // Our own chips put in place change no card's job; one the page took off is drawn again.
      if (record.removedNodes.length === 0 && isOwnMutation(record)) return true;
      const card = watchedCardOf(record.target, watched);
      if (card) {
        marked.add(card);
        return true;
      }
      for (const node of record.removedNodes) forEachCard(cardSelector, node, unwatch);
      for (const node of record.addedNodes) forEachCard(cardSelector, node, watch);
      return cardsComeAndGo(record, cardSelector);
    },
    settle() {
      if (marked.size > 0) drawMarked();
    },
  };

  const rescan = () => {
    forEachCard(cardSelector, document.body, watch);
    for (const card of watched) marked.add(card);
    schedule();
  };

  forEachCard(cardSelector, document.body, watch);
  page.setList(changes);
  schedule();
  return {
    rescan,
    stop() {
      cancelAnimationFrame(frame);
      frame = 0;
      page.setList(null);
    },
  };
}
