// The checklist and the checks come in details.js, injected by the background the first time a page shows an
// AI-leadership posting; until then the panel draws from the core data.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BundledData, CoreData } from '../../data';
import { LOAD_DETAILS } from '../../lib/extension/message-kinds';
import { type Details, loadedDetails } from './details-slot';
import { guard, recordError } from './error-boundary';

let loading: Promise<Details> | null = null;

/** Asks the background to inject details.js, once; a failed load may be tried again. */
export function loadDetails(): Promise<Details> {
  const loaded = loadedDetails();
  if (loaded) return Promise.resolve(loaded);
  loading ??= browser.runtime
    .sendMessage(LOAD_DETAILS)
    .then(() => {
      const details = loadedDetails();
      if (!details) throw new Error('details.js did not publish its details');
      return details;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

export interface DetailsOnDemand {
  /** details.js and all the data, once loaded. */
  loaded(): { details: Details; data: BundledData } | null;
  /** Loads details.js (once at a time), then calls back in a quiet moment. */
  request(): void;
}

export function detailsOnDemand(
  ctx: ContentScriptContext,
  core: CoreData,
  onLoaded: (details: Details, data: BundledData) => void,
): DetailsOnDemand {
  let data: BundledData | null = null;
  let requested = false;
  const loaded = () => {
    const details = loadedDetails();
    return details && data ? { details, data } : null;
  };
  const request = () => {
    if (requested) return;
    requested = true;
    const complete = (details: Details) => {
      requested = false;
      if (ctx.isInvalid) return;
      data = { ...core, ...details.data };
      onLoaded(details, data);
    };
    void loadDetails().then(
      // In a quiet moment: the role and the band are already on screen, the rest can wait a frame or two.
      (details) =>
        ctx.requestIdleCallback(
          guard('drawing the checklist and checks', () => complete(details)),
          { timeout: 250 },
        ),
      (error: unknown) => {
        requested = false;
        recordError('loading the checklist and checks', error);
      },
    );
  };
  return { loaded, request };
}
