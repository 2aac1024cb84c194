// Scheduling: which list cards to look at, and when. Lists scroll endlessly and LinkedIn reuses card elements for
// other jobs, so:
// - only cards near the viewport are drawn (IntersectionObserver, rootMargin); the rest cost nothing;
// - each list is watched by its own MutationObserver, on the list element, whose callback only marks the list:
//   once a frame the marked lists' cards have their job compared with what they were drawn for, no mutation
//   record examined one by one; a childList-only observer of the page finds cards and lists coming and going;
// - the work runs once per animation frame, within a time budget, the rest carried to the next frame.
import { guard } from '../error-boundary';
import { isOwnMutation } from '../mutations';
import type { CardChips } from './card-chips';
import { forEachCard, isInWatchedCard, scrollRootOf } from './list-cards';

export interface ListWatch {
  /** Looks for cards the observers missed (a new page of the same list) and checks the ones near again. */
  rescan(): void;
  /** Stops watching; the chips stay (CardChips.clear takes them off). */
  stop(): void;
}

/** Cards this far above or below the visible list are drawn ahead, so a chip is there when they scroll in. */
const READ_AHEAD = '600px 0px';
/** Work per animation frame; what is left waits for the next frame. */
const FRAME_BUDGET_MS = 6;

interface WatchedList {
  observer: MutationObserver;
  cards: Set<Element>;
}

export function watchLists(
  cardSelector: string,
  listChanges: MutationObserverInit,
  chips: CardChips,
): ListWatch {
  const lists = new Map<Element, WatchedList>();
  /** Each watched card, and the list it is in. */
  const listOf = new Map<Element, Element>();
  /** One IntersectionObserver per scrolling element (LinkedIn's list scrolls inside its own pane). */
  const nearness = new Map<Element | null, IntersectionObserver>();
  const scrollRoots = new WeakMap<Element, Element | null>();
  const near = new Set<Element>();
  const dirty = new Set<Element>();
  const changedLists = new Set<Element>();
  let pageChanges: MutationRecord[][] = [];
  let frame = 0;

  const schedule = () => {
    // The window's own requestAnimationFrame (cancelled in stop): ctx's wrapper registers an abort listener
    // on every call, which adds up at one call per frame of scrolling.
    if (!frame) frame = requestAnimationFrame(guard('list-cards', flush));
  };

  const flush = () => {
    frame = 0;
    const start = performance.now();
    findCards();
    for (const list of changedLists) {
      for (const card of lists.get(list)?.cards ?? []) {
        if (near.has(card)) dirty.add(card);
        else chips.dropIfStale(card);
      }
    }
    changedLists.clear();
    for (const card of dirty) {
      dirty.delete(card);
      if (card.isConnected && near.has(card)) chips.draw(card);
      if (performance.now() - start > FRAME_BUDGET_MS) break;
    }
    if (dirty.size > 0) schedule();
  };

  /** Cards added to or removed from the page since the last frame (changes inside a card are its list's). */
  const findCards = () => {
    const batches = pageChanges;
    pageChanges = [];
    for (const batch of batches) {
      for (const record of batch) {
        if (isInWatchedCard(record.target, listOf)) continue;
        for (const node of record.removedNodes) forEachCard(cardSelector, node, unwatch);
        for (const node of record.addedNodes) forEachCard(cardSelector, node, watch);
      }
    }
  };

  const onNearness = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        near.add(entry.target);
        dirty.add(entry.target);
      } else {
        near.delete(entry.target);
      }
    }
    schedule();
  };

  const watch = (card: Element) => {
    const list = card.parentElement;
    if (!list || listOf.has(card)) return;
    let watched = lists.get(list);
    if (!watched) {
      // Our own chips put in place change no card's job; one the page took off is drawn again.
      const observer = new MutationObserver(
        guard('list-watch', (records: MutationRecord[]) => {
          if (records.every((record) => isOwnMutation(record) && record.removedNodes.length === 0)) return;
          changedLists.add(list);
          schedule();
        }),
      );
      observer.observe(list, listChanges);
      watched = { observer, cards: new Set() };
      lists.set(list, watched);
    }
    watched.cards.add(card);
    listOf.set(card, list);
    const root = scrollRootOf(list, scrollRoots);
    let observer = nearness.get(root);
    if (!observer) {
      observer = new IntersectionObserver(guard('list-cards', onNearness), {
        root,
        rootMargin: READ_AHEAD,
      });
      nearness.set(root, observer);
    }
    observer.observe(card);
  };

  const unwatch = (card: Element) => {
    const list = listOf.get(card);
    if (!list) return;
    chips.release(card);
    listOf.delete(card);
    near.delete(card);
    dirty.delete(card);
    nearness.get(scrollRoots.get(list) ?? null)?.unobserve(card);
    const watched = lists.get(list);
    watched?.cards.delete(card);
    if (watched?.cards.size === 0) {
      watched.observer.disconnect();
      lists.delete(list);
    }
  };

  const page = new MutationObserver(
    guard('list-find', (records: MutationRecord[]) => {
      pageChanges.push(records);
      schedule();
    }),
  );
  page.observe(document.body, { childList: true, subtree: true });

  const rescan = () => {
    forEachCard(cardSelector, document.body, watch);
    for (const card of near) dirty.add(card);
    schedule();
  };

  const stop = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    page.disconnect();
    for (const { observer } of lists.values()) observer.disconnect();
    for (const observer of nearness.values()) observer.disconnect();
  };

  forEachCard(cardSelector, document.body, watch);
  return { rescan, stop };
}
