// When to read the posting again: LinkedIn swaps postings without a reload, so on a navigation and on DOM
// changes, at most once per frame. Our own panel and chips coming and going is not a page change, and a list
// card refilled or added while the list scrolls is the list badges' business: neither is a reason to read again.
// While the user scrolls, the page is not watched at all: an endless list rewrites dozens of nodes a frame, and
// looking through every change it made was about a fifth of the lens's work on the list
// (tests/bench/endless-list.ts). Scrolling changes no posting; once it stops, the posting is read once, so a
// posting that did change meanwhile (its pane loading late) is drawn a moment after.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/engine/sites/adapter';
import { guard } from './error-boundary';
import { isOwnMutation, listChangeTest, parsableSelectors } from './mutations';

/** After a scroll has ended, how long before the page is watched (and the posting read) again. */
const SCROLL_SETTLE_MS = 150;
/** The longest the page goes unwatched while the user (or the page) scrolls. */
const SCROLL_PAUSE_MAX_MS = 1000;
const SCROLL_LISTENER_OPTIONS: AddEventListenerOptions = { capture: true, passive: true };

export function watchPosting(ctx: ContentScriptContext, site: () => SiteAdapter, read: () => void): void {
  let cards = { site: '', isListChange: (_: MutationRecord) => false };
  const cardsOfSite = () => {
    const adapter = site();
    if (cards.site !== adapter.id) {
      const selector = parsableSelectors(adapter.cards?.containers ?? []).join(', ');
      cards = { site: adapter.id, isListChange: listChangeTest(selector) };
    }
    return cards;
  };

  let frame = 0;
  const readNow = guard('page-read', () => {
    frame = 0;
    if (ctx.isInvalid) return;
    read();
    cardsOfSite();
  });
  // The window's own requestAnimationFrame and setTimeout (both cancelled when the lens stops): ctx's wrappers
  // register an abort listener on every call, and these run a few times a second while a page changes.
  const schedule = () => {
    if (frame || ctx.isInvalid) return;
    frame = requestAnimationFrame(readNow);
  };
  const observer = new MutationObserver(
    guard('page-watch', (records: MutationRecord[]) => {
      // A read is already coming: nothing to look at.
      if (frame) return;
      const { isListChange } = cards;
      if (records.some((record) => !isListChange(record) && !isOwnMutation(record))) schedule();
    }),
  );
  const observe = () =>
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });

  // Scrolling: the page is not watched until the scroll has ended (its scrollend) and nothing moved for a moment,
  // and never for more than a second at a stretch (a browser without scrollend, a page that keeps scrolling
  // itself). The scroll listener comes off while the page is not watched: a smooth scroll sends an event a frame.
  let resumeTimer = 0;
  let pausedAt = 0;
  const resumeAfter = (ms: number) => {
    clearTimeout(resumeTimer);
    const latest = pausedAt + SCROLL_PAUSE_MAX_MS - performance.now();
    resumeTimer = window.setTimeout(resume, Math.max(0, Math.min(ms, latest)));
  };
  const resume = guard('page-watch', () => {
    resumeTimer = 0;
    if (ctx.isInvalid) return;
    document.addEventListener('scroll', onScroll, SCROLL_LISTENER_OPTIONS);
    observe();
    schedule();
  });
  const onScroll = guard('page-watch', () => {
    if (ctx.isInvalid) return;
    if (!resumeTimer) {
      pausedAt = performance.now();
      observer.disconnect();
    }
    document.removeEventListener('scroll', onScroll, SCROLL_LISTENER_OPTIONS);
    resumeAfter(SCROLL_PAUSE_MAX_MS);
  });
  const onScrollEnd = guard('page-watch', () => {
    if (!resumeTimer) return;
    document.addEventListener('scroll', onScroll, SCROLL_LISTENER_OPTIONS);
    resumeAfter(SCROLL_SETTLE_MS);
  });

  cardsOfSite();
  observe();
  // Capture: scroll events do not bubble, and a list scrolls in its own element as often as in the window.
  document.addEventListener('scroll', onScroll, SCROLL_LISTENER_OPTIONS);
  document.addEventListener('scrollend', onScrollEnd, SCROLL_LISTENER_OPTIONS);
  ctx.onInvalidated(() => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(resumeTimer);
    document.removeEventListener('scroll', onScroll, SCROLL_LISTENER_OPTIONS);
    document.removeEventListener('scrollend', onScrollEnd, SCROLL_LISTENER_OPTIONS);
  });
  ctx.addEventListener(window, 'wxt:locationchange', guard('navigation', schedule));
}
