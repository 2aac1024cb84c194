import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mayShowPosting } from '../lib/engine/sites/all';
import { JOB_SITE_MATCHES } from '../lib/engine/sites/matches';
import type { DiagnosticsReply, DiagnosticsRequest } from '../lib/extension/diagnostics-message';
import type { LoadLensMessage } from '../lib/extension/messages';

// The one script that runs on every page of the job sites, kept small: it only decides whether this page
// may show a posting and, the first time it may (at load, or when LinkedIn moves in place from its feed to
// a job), asks the background to inject the lens.
export default defineContentScript({
  matches: [...JOB_SITE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // Written out, not imported with its schema: the loader carries no zod.
    const request: LoadLensMessage = { type: 'load-lens' };
    let asked = false;
    const askFor = (url: string) => {
      if (asked || !mayShowPosting(url, document)) return;
      asked = true;
      // A failed request (the extension was updated or reloaded under the page) may be made again.
      browser.runtime.sendMessage(request).catch(() => {
        asked = false;
      });
    };
    askFor(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => askFor(event.newUrl.href));

    // Until the lens runs here, the popup's read-out gets its answer from the loader: no posting on this page.
    // (One literal compared, not a schema parsed: the loader carries no zod; the lens parses its messages.)
    const answerPopup = (
      message: unknown,
      _sender: unknown,
      sendResponse?: (reply: DiagnosticsReply) => void,
    ) => {
      const diagnostics: DiagnosticsRequest['type'] = 'get-diagnostics';
      if (asked || (message as { type?: unknown } | null)?.type !== diagnostics) return;
      const reply: DiagnosticsReply = {
        type: 'diagnostics',
        site: null,
        url: location.href,
        status: 'no-posting',
      };
      // Without the polyfill, Chrome delivers a reply only through sendResponse; Firefox takes the promise.
      sendResponse?.(reply);
      return Promise.resolve(reply);
    };
    browser.runtime.onMessage.addListener(answerPopup);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));
  },
});
