// The posting on screen and its panel: read the page, draw or hide the panel, complete it with the checklist and
// the checks when details.js has come, tell the background what the tab shows.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { panelOptionsFromSettings } from '../../components/panel/options';
import type { CoreData } from '../../data';
import { type AnalysisOptions, analyzeDocumentCore } from '../../lib/engine/analyze-core';
import type { SiteAdapter } from '../../lib/engine/sites/adapter';
import type { CoreAnalysis } from '../../lib/engine/types';
import type { Settings } from '../../lib/extension/settings';
import { lensActiveOn } from '../../lib/extension/settings-values';
import { sendPostingStatus } from './background-messages';
import { detailsOnDemand } from './details-loader';
import { recordError } from './error-boundary';
import type { PanelHost } from './panel-host';

/** What the lens read last: the popup's diagnostics are made of it. */
export interface PostingReading {
  analysis: CoreAnalysis | null;
  /** What the engine threw on the last read, if it did. */
  error: unknown;
}

export interface PostingView {
  /** Reads the page; draws again only when the posting's signature changed. */
  update(): void;
  /** Reads and draws again whatever the signature (currency, basis and home region change the analysis). */
  reread(): void;
  /** The keyboard shortcut: hide the panel, or bring it back. */
  toggle(): void;
  reading(): PostingReading;
}

export function createPostingView(
  ctx: ContentScriptContext,
  core: CoreData,
  panel: PanelHost,
  site: () => SiteAdapter,
  settings: () => Settings,
): PostingView {
  let analysis: CoreAnalysis | null = null;
  let lastError: unknown = null;
  let shownSignature: string | null = null;
  let hiddenByShortcut = false;

  const analysisOptions = (): AnalysisOptions => ({
    displayCurrency: settings().displayCurrency,
    basis: settings().payBasis,
    homeRegion: settings().homeRegion,
    today: new Date().toISOString().slice(0, 10),
  });

  // The role and the band are painted; the checklist and the checks follow when their script has loaded.
  const details = detailsOnDemand(ctx, core, (loaded, data) => {
    // The posting is already read: complete that reading rather than read the page again.
    if (analysis && !('flags' in analysis)) analysis = loaded.complete(analysis, data, analysisOptions());
    render();
  });

  const analyze = () => {
    try {
      lastError = null;
      const options = analysisOptions();
      const first = analyzeDocumentCore(document, location.href, core, options, site());
      const loaded = details.loaded();
      return first && loaded ? loaded.details.complete(first, loaded.data, options) : first;
    } catch (error) {
      lastError = error;
      recordError('reading the posting', error);
      return null;
    }
  };

  const render = () => {
    const now = settings();
    const visible = lensActiveOn(now, site().id) && !hiddenByShortcut && analysis?.aiLeadership === true;
    if (!visible || !analysis) return panel.hide();
    panel.show(
      analysis,
      details.loaded()?.data ?? core,
      panelOptionsFromSettings(now),
      now.panelPosition[site().id],
    );
    if (!('flags' in analysis) && (now.sections.checklist || now.sections.checks)) details.request();
  };

  const update = () => {
    if (!lensActiveOn(settings(), site().id)) {
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
    void sendPostingStatus(analysis);
  };

  const reread = () => {
    analysis = lensActiveOn(settings(), site().id) ? analyze() : null;
    shownSignature = analysis ? postingSignature(analysis) : null;
    render();
    void sendPostingStatus(analysis);
  };

  const toggle = () => {
    hiddenByShortcut = !hiddenByShortcut;
    render();
  };

  return { update, reread, toggle, reading: () => ({ analysis, error: lastError }) };
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
