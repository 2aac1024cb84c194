// Scheduling: which list cards to draw, and when. Lists scroll endlessly and LinkedIn reuses card elements for
// other jobs. The page watch (page-watch.ts) hands the list each change of the page once:
// - a change inside a watched card marks that card; cards added to a list are watched and marked, cards taken
//   off are let go (their chips kept for the next cards);
// - the cards a page's change marked are drawn as soon as the observer delivers it, before the browser paints it
//   (a recycled card never shows its last job's chip), CARDS_PER_PASS of them; the rest, and cards marked by what
//   the lens's own drawing changed, in the next frames, a pass a frame.
// A card is drawn when it shows another job, near the viewport or not: a card costs the same to draw wherever it
// is, an endless list's cards are each drawn once anyway, and a chip is there before its card scrolls in.
import { guard } from '../error-boundary';
import { cardsComeAndGo, isOwnMutation, ownHostsCameOrWent } from '../mutations';
import type { ListChanges, PageWatch } from '../page-watch';
import type { CardChips } from './card-chips';
import { forEachCard, watchedCardOf } from './list-cards';

export interface ListWatch {
  /** Looks for cards the page watch missed (a new page of the same list) and draws every card again. */
  rescan(): void;
  /** Stops watching and drawing; the chips stay (CardChips.clear takes them off). */
  stop(): void;
}

/** Cards drawn in one pass; the rest wait for the next frame (a list page shows about 25). */
const CARDS_PER_PASS = 40;

export function watchLists(
  cardSelector: string,
  jobAttributes: readonly string[],
  chips: CardChips,
  page: PageWatch,
): ListWatch {
  const watched = new Set<Element>();
  /** The card each changed node was found in (watchedCardOf). */
  const known = new WeakMap<Node, Element>();
  /** Cards that may show another job than their chip says. */
  const marked = new Set<Element>();
  /** Cards whose chip the page took off: drawn again in the next frame, never at once (a page that removes what
   *  it did not add would otherwise trade chips with the lens without end, inside one task). */
  const nextFrame = new Set<Element>();
  let frame = 0;
  let stopped = false;

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
    if (!frame && !stopped) frame = requestAnimationFrame(nextPass);
  };
  const nextPass = guard('list-cards', () => {
    frame = 0;
    for (const card of nextFrame) marked.add(card);
    nextFrame.clear();
    drawMarked();
    page.takeOwnChanges();
  });

  const watch = (card: Element) => {
    // A card inside a subtree the page has already taken off again: nothing to draw, nothing to keep.
    if (watched.has(card) || !card.isConnected) return;
    watched.add(card);
    marked.add(card);
  };
  const unwatch = (card: Element) => {
    if (!watched.delete(card)) return;
    marked.delete(card);
    nextFrame.delete(card);
    chips.release(card);
  };

  const changes: ListChanges = {
    attributes: jobAttributes,
    take(record) {
      const card = watchedCardOf(record.target, watched, known);
      if (card) {
        // Our own chips put in place change no card's job; one the page took off is drawn again. (Only elements
        // coming and going can be the lens's: its chips carry none of the attributes watched.)
        if (record.type !== 'childList' || !ownHostsCameOrWent(record)) marked.add(card);
        else if (record.removedNodes.length > 0) {
          nextFrame.add(card);
          schedule();
        }
        return true;
      }
      if (isOwnMutation(record)) return true;
      for (const node of record.removedNodes) forEachCard(cardSelector, node, unwatch);
      for (const node of record.addedNodes) forEachCard(cardSelector, node, watch);
      return cardsComeAndGo(record, cardSelector);
    },
    settle(now) {
      if (marked.size === 0) return;
      if (now && !stopped) drawMarked();
      else schedule();
    },
  };

  forEachCard(cardSelector, document.body, watch);
  page.setList(changes);
  schedule();
  return {
    rescan() {
      if (stopped) return;
      forEachCard(cardSelector, document.body, watch);
      for (const card of watched) marked.add(card);
      schedule();
    },
    stop() {
      stopped = true;
      page.setList(null);
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
