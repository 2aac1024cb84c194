// The lens's one MutationObserver: every change of the page is looked at once, and goes to whoever it concerns.
// - The lens's own chips and panel coming and going concern nobody.
// - A change inside a watched list card, or cards added to or taken off a list, is the list badges' (list-watch.ts
//   takes it, and draws the cards it changed).
// - Any other change may be the posting's: LinkedIn swaps postings without a reload, so the posting is read
//   again, at most once a frame.
// One observer, not one per part: an endless list rewrites dozens of nodes a frame while it scrolls, and each
// observer that hears of it is a call into the lens (tests/bench/endless-list.ts counts them).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/engine/sites/adapter';
import { guard } from './error-boundary';
import { isOwnMutation, listChangeTest, parsableSelectors } from './mutations';

/** What the list badges do with the page's changes (list-watch.ts). */
export interface ListChanges {
  /** Attributes whose change inside a card means it shows another job (changes of text and elements always do). */
  readonly attributes: readonly string[];
  /** Given each change in order: whether it was the list's alone (inside a watched card, or cards coming and
   *  going), so the posting need not be read again for it. */
  take(record: MutationRecord): boolean;
  /**
   * The changes given since the last call are all there is for now. `now`: the observer has just delivered the
   * page's changes, and the cards they changed are drawn at once; otherwise (changes taken off the queue after
   * the lens drew) they wait for the next frame, so no callback draws more than one pass.
   */
  settle(now: boolean): void;
}

export interface PageWatch {
  /** The list badges' part of the page's changes, or null when no list is badged. */
  setList(list: ListChanges | null): void;
  /**
   * Takes what the lens's own drawing just changed before the observer calls back with it: drawing chips adds
   * them to the page, and a call into the lens only to be told of that is the largest share of a busy list's
   * calls. Whatever the page changed meanwhile is dealt with here, as the observer would have.
   */
  takeOwnChanges(): void;
}

export function watchPage(ctx: ContentScriptContext, site: () => SiteAdapter, read: () => void): PageWatch {
  // Without list badges, a change inside a list card is still the list's, not the posting's: told by selector.
  let cards = { site: '', isListChange: (_: MutationRecord) => false };
  const cardsOfSite = () => {
    const adapter = site();
    if (cards.site !== adapter.id) {
      const selector = parsableSelectors(adapter.cards?.containers ?? []).join(', ');
      cards = { site: adapter.id, isListChange: listChangeTest(selector) };
    }
    return cards;
  };
  let list: ListChanges | null = null;

  let frame = 0;
  const readNow = guard('page-read', () => {
    frame = 0;
    if (ctx.isInvalid) return;
    read();
    cardsOfSite();
  });
  // The window's own requestAnimationFrame (cancelled when the lens stops): ctx's wrapper registers an abort
  // listener on every call.
  const schedule = () => {
    if (frame || ctx.isInvalid) return;
    frame = requestAnimationFrame(readNow);
  };

  const postingChanged = (record: MutationRecord) => record.type !== 'attributes' && !isOwnMutation(record);
  let delivering = false;
  /** `fromObserver`: the observer called back with `first` (not the lens taking records off its queue). */
  const deliver = (first: MutationRecord[], fromObserver: boolean) => {
    delivering = true;
    try {
      // Drawing the list's cards changes the page again: those changes are taken here, not called back with.
      let now = fromObserver;
      for (let records = first; records.length > 0; records = observer.takeRecords()) {
        if (!list) {
          // A read already coming: nothing to look at.
          if (frame) return;
          const { isListChange } = cards;
          if (records.some((record) => !isListChange(record) && postingChanged(record))) schedule();
          return;
        }
        let posting = frame !== 0;
        for (const record of records) {
          const listOnly = list.take(record);
          if (!posting && !listOnly && postingChanged(record)) {
            posting = true;
            schedule();
          }
        }
        list.settle(now);
        now = false;
      }
    } finally {
      delivering = false;
    }
  };
  const observer = new MutationObserver(
    guard('page-watch', (records: MutationRecord[]) => deliver(records, true)),
  );
  const observe = () =>
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      ...(list && list.attributes.length > 0
        ? { attributes: true, attributeFilter: [...list.attributes] }
        : {}),
    });

  cardsOfSite();
  observe();
  ctx.onInvalidated(() => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  });
  ctx.addEventListener(window, 'wxt:locationchange', guard('navigation', schedule));

  return {
    setList(next) {
      // What was not delivered yet goes to whoever it was for.
      const pending = observer.takeRecords();
      if (pending.length > 0) deliver(pending, false);
      list = next;
      // Watched again with the list's attributes (or none): taken up anew, not changed in place.
      observer.disconnect();
      if (!ctx.isInvalid) observe();
    },
    takeOwnChanges() {
      // While changes are being delivered, the delivery takes them itself once the list has settled.
      if (delivering) return;
      const pending = observer.takeRecords();
      if (pending.length > 0) deliver(pending, false);
    },
  };
}
