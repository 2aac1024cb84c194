import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { panelOptionsFromSettings } from '../../components/panel/options';
import type { BundledData } from '../../data';
import { loadCoreData } from '../../data/core';
import { type AnalysisOptions, analyzeDocumentCore, prepareEngine } from '../../lib/engine/analyze';
import { findAdapter, jobIdInUrl } from '../../lib/engine/extract';
import type { SiteAdapter } from '../../lib/engine/sites/adapter';
import { generic } from '../../lib/engine/sites/generic';
import { JOB_SITE_MATCHES } from '../../lib/engine/sites/matches';
import type { CoreAnalysis } from '../../lib/engine/types';
import {
  DiagnosticsRequest,
  diagnosticsFromAnalysis,
  diagnosticsFromError,
  UNREADABLE_POSTING,
} from '../../lib/extension/diagnostics-message';
import {
  type ContentMessage,
  type PanelMovedMessage,
  TogglePanelMessage,
} from '../../lib/extension/messages';
import { lensActiveOn, type Settings } from '../../lib/extension/settings';
import { getSettings, watchSettings } from '../../lib/extension/settings-store';
import { loadDetails } from './details-loader';
import type { Details } from './details-slot';
import { loadedDetails } from './details-slot';
import { guard, lastExtensionError, recordError } from './error-boundary';
import { startListBadges } from './list-badges';
import { isInsideCard, isOwnMutation, parsableSelectors } from './mutations';
import { createPanelHost } from './panel-host';

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
    void run(ctx).catch((error: unknown) => recordError('starting', error));
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

async function run(ctx: ContentScriptContext): Promise<void> {
  const core = loadCoreData();
  // All the data, once details.js has brought the checklist and checks part; the panel draws from core until then.
  let fullData: BundledData | null = null;
  // A URL no site adapter claims is a careers site the user enabled, or a page of a job site that shows no
  // posting (LinkedIn's feed): read its schema.org JobPosting. Asked each time: LinkedIn moves between
  // such pages and its job pages without a reload.
  let adapterOf = { url: '', adapter: generic as SiteAdapter };
  const siteAdapter = () => {
    if (adapterOf.url !== location.href)
      adapterOf = { url: location.href, adapter: findAdapter(location.href) ?? generic };
    return adapterOf.adapter;
  };

  let settings = await getSettings();
  const listBadges = startListBadges(ctx, core, () => settings);
  const panel = await createPanelHost(ctx, (position) => {
    const moved: PanelMovedMessage = { type: 'panel-moved', site: siteAdapter().id, position };
    void browser.runtime
      .sendMessage(moved)
      .catch((error: unknown) => recordError('saving the panel place', error));
  });
  // On a job page the engine and the panel each run once on a made-up posting while the page is idle, so
  // the real posting is read and drawn by compiled code (in the bench it halved the insertion cost).
  // (Not where the lens is off: a page it will not read pays nothing.)
  if (findAdapter(location.href) && lensActiveOn(settings, siteAdapter().id))
    ctx.requestIdleCallback(
      guard('preparing', () => panel.rehearse(prepareEngine(core), core, panelOptionsFromSettings(settings))),
    );
  let analysis: CoreAnalysis | null = null;
  let lastError: unknown = null;
  let shownSignature: string | null = null;
  let hiddenByShortcut = false;

  const analysisOptions = (): AnalysisOptions => ({
    displayCurrency: settings.displayCurrency,
    basis: settings.payBasis,
    homeRegion: settings.homeRegion,
    today: new Date().toISOString().slice(0, 10),
  });

  const analyze = () => {
    try {
      lastError = null;
      const options = analysisOptions();
      const first = analyzeDocumentCore(document, location.href, core, options, siteAdapter());
      const details = loadedDetails();
      return first && details && fullData ? details.complete(first, fullData, options) : first;
    } catch (error) {
      lastError = error;
      recordError('reading the posting', error);
      return null;
    }
  };

  const render = () => {
    const visible =
      lensActiveOn(settings, siteAdapter().id) && !hiddenByShortcut && analysis?.aiLeadership === true;
    if (!visible || !analysis) return panel.hide();
    panel.show(
      analysis,
      fullData ?? core,
      panelOptionsFromSettings(settings),
      settings.panelPosition[siteAdapter().id],
    );
    if (!('flags' in analysis) && (settings.sections.checklist || settings.sections.checks)) completeLater();
  };

  // The role and the band are painted; the checklist and the checks follow when their script has loaded.
  let completing = false;
  const completeLater = () => {
    if (completing) return;
    completing = true;
    const complete = (details: Details) => {
      completing = false;
      if (ctx.isInvalid) return;
      fullData = { ...core, ...details.data };
      // The posting is already read: complete that reading rather than read the page again.
      if (analysis && !('flags' in analysis))
        analysis = details.complete(analysis, fullData, analysisOptions());
      render();
    };
    void loadDetails().then(
      // In a quiet moment: the role and the band are already on screen, the rest can wait a frame or two.
      (details) =>
        ctx.requestIdleCallback(
          guard('drawing the checklist and checks', () => complete(details)),
          { timeout: 250 },
        ),
      (error: unknown) => {
        completing = false;
        recordError('loading the checklist and checks', error);
      },
    );
  };

  const update = () => {
    if (!lensActiveOn(settings, siteAdapter().id)) {
      // Moved on to a site or page the lens is off for: take the panel away.
      if (shownSignature !== null) {
        analysis = null;
        shownSignature = null;
        render();
      }
      return;
    }
    const next = analyze();
    const signature = next ? postingSignature(next) : null;
    if (signature === shownSignature) return;
    shownSignature = signature;
    analysis = next;
    render();
    void sendStatus(analysis);
  };

  // LinkedIn swaps postings without a reload: re-read on navigation and on DOM changes, at most once
  // per frame, and redraw only when the posting's signature changes.
  let frame = 0;
  const schedule = () => {
    if (frame || ctx.isInvalid) return;
    frame = ctx.requestAnimationFrame(
      guard('reading the page', () => {
        frame = 0;
        update();
      }),
    );
  };
  // Our own panel and chips coming and going is not a page change, and a list card refilled while the list
  // scrolls is the list badges' business: neither is a reason to read the posting again.
  let cardSelector = { site: '', css: '' };
  const cardsOf = () => {
    const adapter = siteAdapter();
    if (cardSelector.site !== adapter.id)
      cardSelector = { site: adapter.id, css: parsableSelectors(adapter.cards?.containers ?? []).join(', ') };
    return cardSelector.css;
  };
  const postingMayHaveChanged = (record: MutationRecord, cards: string) =>
    !isOwnMutation(record) && !(cards && isInsideCard(record, cards));
  const observer = new MutationObserver(
    guard('watching the page', (records: MutationRecord[]) => {
      const cards = cardsOf();
      if (records.some((record) => postingMayHaveChanged(record, cards))) schedule();
    }),
  );
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', guard('following a navigation', schedule));

  const unwatch = watchSettings(
    guard('applying a settings change', (next: Settings) => {
      settings = next;
      listBadges.refresh();
      // Currency, basis and home region change the analysis itself: read again, then draw.
      analysis = lensActiveOn(settings, siteAdapter().id) ? analyze() : null;
      shownSignature = analysis ? postingSignature(analysis) : null;
      render();
      void sendStatus(analysis);
    }),
  );
  ctx.onInvalidated(unwatch);

  const onMessage = (raw: unknown) => {
    if (TogglePanelMessage.safeParse(raw).success) {
      hiddenByShortcut = !hiddenByShortcut;
      guard('showing or hiding the panel', render)();
      return;
    }
    if (DiagnosticsRequest.safeParse(raw).success) {
      const adapter = siteAdapter();
      const page = { site: adapter.id, url: location.href };
      try {
        const unreadable = !analysis && jobIdInUrl(location.href, adapter) ? UNREADABLE_POSTING : null;
        const reply =
          (lastError ?? unreadable)
            ? diagnosticsFromError(lastError ?? unreadable, page)
            : diagnosticsFromAnalysis(analysis, page, core.roles);
        return Promise.resolve({ ...reply, extensionError: lastExtensionError() });
      } catch (error) {
        recordError('answering the popup', error);
        return Promise.resolve(diagnosticsFromError(error, page));
      }
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  update();
}

/** Job id plus the text that identifies the posting: a recycled pane with new content gets a new one. */
function postingSignature({ posting }: CoreAnalysis): string {
  const description = posting.description.value ?? '';
  return [
    posting.jobId,
    posting.title.value,
    posting.company.value,
    description.length,
    description.slice(0, 80),
  ].join('|');
}

async function sendStatus(analysis: CoreAnalysis | null): Promise<void> {
  const message: ContentMessage = {
    type: 'posting-status',
    aiLeadership: analysis?.aiLeadership ?? false,
    level: analysis?.aiLeadership ? (analysis.role?.level ?? null) : null,
  };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
