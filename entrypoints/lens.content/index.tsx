import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findAdapter } from '../../lib/engine/extract';
import { JOB_SITE_MATCHES } from '../../lib/engine/sites/matches';
import { DIAGNOSTICS_REQUEST } from '../../lib/extension/diagnostics';
import type { DiagnosticsReply } from '../../lib/extension/diagnostics-message';
import { isMessageOfType, TOGGLE_PANEL } from '../../lib/extension/message-kinds';
import type { Settings } from '../../lib/extension/settings';
import { lensActiveOn } from '../../lib/extension/settings-values';
import { saveCompareWith, savePanelPlace } from './background-messages';
import { trackSite } from './current-site';
import { answerDiagnostics } from './diagnostics-responder';
import { guard, recordError } from './error-boundary';
import { getSettings, watchSettings } from './lens-settings';
import { startListBadges } from './list-badges';
import { watchPage } from './page-watch';
import { createPanelHost } from './panel-host';
import { loadPanelWords, panelLocale, panelWords } from './panel-words';
import { createPostingView } from './posting-view';

// The lens: injected by the background when the loader (entrypoints/loader.content.ts) finds a page that
// may show a posting, or registered directly on the careers sites the user enabled.
export default defineContentScript({
  registration: 'runtime',
  matches: [...JOB_SITE_MATCHES],
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    // Injected once per frame: a second request (two navigations racing) finds it running and stops.
    if (!claimFrame(ctx)) return;
    // Errors stop here and at every guard() below: the page's console never sees an uncaught error from us.
    void run(ctx).catch((error: unknown) => recordError('start', error));
  },
});

const RUNNING = Symbol.for('ai-leadership-lens/running');

/**
 * True unless a live lens already runs in this frame's isolated world (the page cannot see or set it). A lens
 * left behind by an extension update or reload has an invalid context, and gives way.
 */
function claimFrame(ctx: ContentScriptContext): boolean {
  const world = globalThis as { [RUNNING]?: ContentScriptContext };
  const running = world[RUNNING];
  if (running && running !== ctx && !running.isInvalid) return false;
  world[RUNNING] = ctx;
  return true;
}

/** Wires the parts together: the posting and its panel, the list badges, settings and messages. */
async function run(ctx: ContentScriptContext): Promise<void> {
  const site = trackSite();
  let settings = await getSettings();
  // Before anything is drawn: the panel and the chips speak the settings' language.
  await loadPanelWords(settings);
  const panel = createPanelHost(ctx, (position) => savePanelPlace(site().id, position), saveCompareWith);
  const posting = createPostingView(ctx, panel, site, () => settings);
  const page = watchPage(ctx, site, posting.update);
  const listBadges = startListBadges(ctx, () => settings, page);
  // On a job page the panel is drawn once, off the page, for a made-up posting while the page is idle, so the
  // real posting is drawn by compiled code (the background warms the engine itself). Not where the lens is
  // off: a page it will not read pays nothing.
  if (findAdapter(location.href) && lensActiveOn(settings, site().id))
    ctx.requestIdleCallback(guard('warm-up', posting.rehearse));

  const unwatch = watchSettings(
    guard('settings-change', (next: Settings) => {
      settings = next;
      const redraw = () => {
        listBadges.refresh();
        posting.reread();
      };
      if (panelLocale(next) === panelWords().locale) return redraw();
      // Another language: the open panel is drawn again in it once its words have come.
      return loadPanelWords(next).then(redraw);
    }),
  );
  ctx.onInvalidated(unwatch);

  const onMessage = (raw: unknown, _sender: unknown, sendResponse?: (reply: DiagnosticsReply) => void) => {
    if (isMessageOfType(raw, TOGGLE_PANEL.type)) guard('panel-toggle', posting.toggle)();
    else if (isMessageOfType(raw, DIAGNOSTICS_REQUEST.type)) {
      const reply = answerDiagnostics(posting.reading(), site());
      // Without the polyfill, Chrome delivers a reply only through sendResponse; Firefox (and wxt's fake
      // browser in the unit tests) take the promise.
      sendResponse?.(reply);
      return Promise.resolve(reply);
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  posting.update();
}
