// The job ids the user starred on this site, for the star on their chips. Asked of the background once per list
// page, and again when the tab comes back into view (the compare page may have changed them) or this page's
// panel heard from the ledger (its star may have changed): never once per card.
import { browser } from 'wxt/browser';
import { memoryStore } from '../../../components/panel/memory-store';
import type { SiteId } from '../../../lib/engine/types';
import type { LedgerSavedJobsMessage } from '../../../lib/extension/ledger-schema';
import { guard } from '../error-boundary';

export interface SavedJobs {
  has(jobId: string | null): boolean;
  stop(): void;
}

export function watchSavedJobs(site: SiteId, onChange: () => void): SavedJobs {
  let ids = new Set<string>();
  let live = true;
  const ask = () => {
    const message: LedgerSavedJobsMessage = { type: 'ledger-saved-jobs', site };
    browser.runtime.sendMessage(message).then(
      guard('reading the saved postings', (reply: unknown) => {
        if (!live || !Array.isArray(reply)) return;
        const next = new Set(reply.filter((id): id is string => typeof id === 'string'));
        if (next.size === ids.size && [...next].every((id) => ids.has(id))) return;
        ids = next;
        onChange();
      }),
      () => undefined,
    );
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') ask();
  };
  document.addEventListener('visibilitychange', onVisible);
  const unsubscribe = memoryStore.subscribe(ask);
  ask();
  return {
    has: (jobId) => jobId !== null && ids.has(jobId),
    stop() {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      unsubscribe();
    },
  };
}
