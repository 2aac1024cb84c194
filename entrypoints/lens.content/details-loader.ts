import { browser } from 'wxt/browser';
import { LOAD_DETAILS } from '../../lib/extension/messages';
import { type Details, loadedDetails } from './details-slot';

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
