// The job ids the user starred on this site, for the star on their chips, and the star's press. Asked of the
// background once per list page, and again when the tab comes back into view (the compare page may have changed
// them, or turned the memory off) or this page's panel heard from the ledger (its star may have changed): never
// once per card.
import { browser } from 'wxt/browser';
import { memoryStore } from '../../../components/panel/memory-store';
import type { CardBadgeView } from '../../../lib/engine/card-analysis';
import { readCard } from '../../../lib/engine/extract';
import type { CardsDescription } from '../../../lib/engine/sites/adapter';
import type { SiteId } from '../../../lib/engine/types';
import { cardStarOf, starCard } from '../../../lib/extension/ledger-channel';
import type { LedgerSavedJobsMessage } from '../../../lib/extension/ledger-schema';
import { guard } from '../error-boundary';

export interface SavedJobs {
  /** The memory is on: chips offer their star (false until the background has answered). */
  readonly enabled: boolean;
  has(jobId: string | null): boolean;
  /** Stars the job `card` shows, or unstars it; the chips follow at once, the ledger a moment later. */
  toggle(card: Element, cards: CardsDescription, view: CardBadgeView): void;
  stop(): void;
}

export function watchSavedJobs(site: SiteId, onChange: () => void): SavedJobs {
  let ids = new Set<string>();
  let enabled = false;
  let live = true;
  const ask = () => {
    const message: LedgerSavedJobsMessage = { type: 'ledger-saved-jobs', site };
    browser.runtime.sendMessage(message).then(
      guard('saved-postings', (reply: unknown) => {
        if (!live) return;
        const on = Array.isArray(reply);
        const next = new Set(on ? reply.filter((id): id is string => typeof id === 'string') : []);
        if (on === enabled && next.size === ids.size && [...next].every((id) => ids.has(id))) return;
        enabled = on;
        ids = next;
        onChange();
      }),
      () => undefined,
    );
  };

  const toggle = (card: Element, cards: CardsDescription, view: CardBadgeView) => {
    const { jobId } = view;
    const fields = readCard(card, cards);
    // A card that moved on to another job since its chip was drawn: the chip is about to be redrawn.
    if (!enabled || jobId === null || fields.jobId !== jobId) return;
    const saved = !ids.has(jobId);
    ids = new Set(ids);
    if (saved) ids.add(jobId);
    else ids.delete(jobId);
    onChange();
    // Then the ledger's word for it (memory turned off meanwhile, a failed write): the chips follow that.
    starCard(cardStarOf(site, fields, { ...view, jobId }, cardLink(card, cards)), saved)
      .catch(() => undefined)
      .finally(ask);
  };

  const onVisible = () => {
    if (document.visibilityState === 'visible') ask();
  };
  document.addEventListener('visibilitychange', onVisible);
  const unsubscribe = memoryStore.subscribe(ask);
  ask();
  return {
    get enabled() {
      return enabled;
    },
    has: (jobId) => jobId !== null && ids.has(jobId),
    toggle,
    stop() {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      unsubscribe();
    },
  };
}

/** The web address a card links to: its job link, the link it is, or its first link. */
function cardLink(card: Element, cards: CardsDescription): string | null {
  const link =
    (cards.jobIdFromLink && card.querySelector(cards.jobIdFromLink.css)) ??
    card.closest('a[href]') ??
    card.querySelector('a[href]');
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    const url = new URL(href, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
