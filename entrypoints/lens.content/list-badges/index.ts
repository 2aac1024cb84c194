// Badges on list pages (LinkedIn search/collections, Indeed results): each AI-leadership card gets one chip
// next to its title. This file decides whether a page gets them and with which settings; list-watch.ts
// schedules the work, card-chips.ts reads cards and draws their chips, card-badges.ts has the background work
// out each new job's chip, list-cards.ts finds the cards.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findAdapter } from '../../../lib/engine/extract';
import type { CardsDescription } from '../../../lib/engine/sites/adapter';
import type { SiteId } from '../../../lib/engine/types';
import type { Settings } from '../../../lib/extension/settings';
import { lensActiveOn } from '../../../lib/extension/settings-values';
import { guard } from '../error-boundary';
import { parsableSelectors } from '../mutations';
import type { PageWatch } from '../page-watch';
import { createCardBadges } from './card-badges';
import { type CardChips, createCardChips } from './card-chips';
import { type ListWatch, watchLists } from './list-watch';
import { type SavedJobs, watchSavedJobs } from './saved-jobs';

export interface ListBadges {
  /** Re-read settings and the URL (call after a settings change; location changes are watched here). */
  refresh(): void;
  /** Remove every badge and stop watching. */
  stop(): void;
}

export function startListBadges(
  ctx: ContentScriptContext,
  getSettings: () => Settings,
  page: PageWatch,
): ListBadges {
  let session: {
    signature: string;
    chips: CardChips;
    watch: ListWatch;
    saved: SavedJobs;
    stopBadges(): void;
  } | null = null;
  const stopped = new AbortController();

  const begin = (site: SiteId, cards: CardsDescription, settings: Settings, signature: string) => {
    const cardSelector = parsableSelectors(cards.containers).join(', ');
    if (!cardSelector) return null;
    // New jobs' chips have come: the cards that waited for them are drawn.
    const badges = createCardBadges(
      {
        displayCurrency: settings.displayCurrency,
        basis: settings.payBasis,
        homeRegion: settings.homeRegion,
      },
      guard('list-cards', () => {
        session?.chips.drawAnswered();
        page.takeOwnChanges();
      }),
    );
    // A star comes or goes: every card's chip is looked at again.
    const saved = watchSavedJobs(site, () => session?.watch.rescan());
    const chips = createCardChips(cards, badges, settings.theme, saved);
    // A recycled card changes its job id attributes or link; its text, or its title element re-rendered.
    const watch = watchLists(cardSelector, [...cards.jobIdAttributes, 'href'], chips, page);
    return { signature, chips, watch, saved, stopBadges: badges.stop };
  };

  const end = () => {
    session?.watch.stop();
    session?.chips.clear();
    session?.saved.stop();
    session?.stopBadges();
    session = null;
  };

  const refresh = () => {
    if (ctx.isInvalid || stopped.signal.aborted) return;
    const settings = getSettings();
    const adapter = findAdapter(location.href);
    const cards = adapter?.cards;
    if (!adapter || !cards || !settings.sections.listBadges || !lensActiveOn(settings, adapter.id)) {
      end();
      return;
    }
    const signature = [
      adapter.id,
      settings.displayCurrency,
      settings.payBasis,
      settings.homeRegion,
      settings.theme,
    ].join('|');
    // Same site, same settings (a new page of the same list): pick up cards the observers missed.
    if (session?.signature === signature) return session.watch.rescan();
    end();
    session = begin(adapter.id, cards, settings, signature);
  };

  ctx.addEventListener(window, 'wxt:locationchange', guard('navigation', refresh), {
    signal: stopped.signal,
  });
  const stop = () => {
    stopped.abort();
    end();
  };
  ctx.onInvalidated(guard('list-cards', stop));
  refresh();
  return { refresh, stop };
}
