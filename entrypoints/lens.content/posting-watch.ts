// When to read the posting again: LinkedIn swaps postings without a reload, so on a navigation and on DOM
// changes, at most once per frame. Our own panel and chips coming and going is not a page change, and a list
// card refilled or added while the list scrolls is the list badges' business: neither is a reason to read again.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/engine/sites/adapter';
import { guard } from './error-boundary';
import { isOwnMutation, listChangeTest, parsableSelectors } from './mutations';

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
  const schedule = () => {
    if (frame || ctx.isInvalid) return;
    frame = ctx.requestAnimationFrame(
      guard('page-read', () => {
        frame = 0;
        read();
        cardsOfSite();
      }),
    );
  };
  const observer = new MutationObserver(
    guard('page-watch', (records: MutationRecord[]) => {
      // A read is already coming: nothing to look at.
      if (frame) return;
      const { isListChange } = cards;
      if (records.some((record) => !isOwnMutation(record) && !isListChange(record))) schedule();
    }),
  );
  cardsOfSite();
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', guard('navigation', schedule));
}
