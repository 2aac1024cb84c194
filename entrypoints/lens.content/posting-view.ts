// The posting on screen and its panel: read the page, have the background analyse what was read, draw or hide
// the panel when the answer comes, tell the background what the tab shows.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { panelOptionsFromSettings } from '../../components/panel/options';
import type { PanelView } from '../../components/panel/panel-view';
import type { AnalysisOptions } from '../../lib/engine/analyze-core';
import { extractPosting } from '../../lib/engine/extract';
import type { SiteAdapter } from '../../lib/engine/sites/adapter';
import type { Analysis, Posting } from '../../lib/engine/types';
import { WARM_UP_POSTING } from '../../lib/engine/warm-up-posting';
import { analyzePosting } from '../../lib/extension/analysis-channel';
import type { PanelViewRequest } from '../../lib/extension/analysis-schema';
import type { Settings } from '../../lib/extension/settings';
import { lensActiveOn, MAX_USER_SKILLS } from '../../lib/extension/settings-values';
import { sendPostingStatus } from './background-messages';
import { recordError } from './error-boundary';
import type { PanelHost } from './panel-host';
import { panelWords } from './panel-words';

/** What the lens read last: the popup's diagnostics are made of it. */
export interface PostingReading {
  analysis: Analysis | null;
  /** The panel's view of it, as the background worded it. */
  view: PanelView | null;
  /** What reading or analysing the last posting threw, if it did. */
  error: unknown;
}

export interface PostingView {
  /** Reads the page; has it analysed and drawn again only when the posting's signature changed. */
  update(): void;
  /** Reads and draws again whatever the signature (currency, basis and home region change the analysis). */
  reread(): void;
  /** The keyboard shortcut: hide the panel, or bring it back. */
  toggle(): void;
  /** Draws a made-up posting's panel off the page, so the first real one runs compiled code. */
  rehearse(): Promise<void>;
  reading(): PostingReading;
}

export function createPostingView(
  ctx: ContentScriptContext,
  panel: PanelHost,
  site: () => SiteAdapter,
  settings: () => Settings,
): PostingView {
  let analysis: Analysis | null = null;
  let view: PanelView | null = null;
  /** What reading the page threw on the last read, and what analysing the posting asked for last threw. */
  let readError: unknown = null;
  let analysisError: unknown = null;
  /** The posting the page showed when last read, whose analysis is drawn or on its way. */
  let wantedSignature: string | null = null;
  let hiddenByShortcut = false;

  const analysisOptions = (): AnalysisOptions => ({
    displayCurrency: settings().displayCurrency,
    basis: settings().payBasis,
    homeRegion: settings().homeRegion,
    today: new Date().toISOString().slice(0, 10),
  });

  const panelRequest = (): PanelViewRequest => {
    const { displayCurrency, payBasis, targetPay, userSkills, compareWith } = settings();
    return {
      locale: panelWords().locale,
      options: {
        displayCurrency,
        payBasis,
        targetPay,
        userSkills: userSkills.slice(0, MAX_USER_SKILLS),
        compareWith,
      },
    };
  };

  const render = () => {
    const now = settings();
    const visible = lensActiveOn(now, site().id) && !hiddenByShortcut && analysis?.aiLeadership === true;
    if (!visible || !analysis || !view) return panel.hide();
    // Worded in a language whose words are no longer the lens's (the change's own re-read is on its way, or
    // failed): nothing is drawn with mixed words; it is asked for again in the lens's language.
    if (view.locale !== panelWords().locale) {
      panel.hide();
      return readAndAnalyse(true);
    }
    panel.show(analysis, view, panelOptionsFromSettings(now), now.panelPosition[site().id]);
  };

  const show = (next: { analysis: Analysis; view: PanelView | null } | null) => {
    analysis = next?.analysis ?? null;
    view = next?.view ?? null;
    render();
    void sendPostingStatus(analysis);
  };

  const read = (): Posting | null => {
    readError = null;
    try {
      return extractPosting(document, location.href, site());
    } catch (error) {
      readError = error;
      recordError('posting-read', error);
      return null;
    }
  };

  /** Reads the page, and has the posting analysed unless it is the one already drawn or asked for. */
  const readAndAnalyse = (force: boolean) => {
    const posting = read();
    const signature = posting ? postingSignature(posting) : null;
    if (signature === wantedSignature && !force) return;
    wantedSignature = signature;
    analysisError = null;
    if (!posting) return show(null);
    analyzePosting(posting, analysisOptions(), panelRequest()).then(
      (reply) => {
        // The page moved on to another posting while this one was analysed: its own answer is coming.
        if (ctx.isInvalid || signature !== wantedSignature) return;
        // The language changed while it was worded: the re-read the change starts brings it in the new one.
        if (reply.view && reply.view.locale !== panelWords().locale) return;
        if (!reply.view)
          recordError('posting-analysis', new Error('the background could not word the panel'));
        show(reply);
      },
      (error: unknown) => {
        if (signature !== wantedSignature) return;
        analysisError = error;
        recordError('posting-analysis', error);
      },
    );
  };

  const update = () => {
    if (lensActiveOn(settings(), site().id)) return readAndAnalyse(false);
    // Moved on to a site or page the lens is off for: take the panel away.
    if (wantedSignature === null && !analysis) return;
    wantedSignature = null;
    show(null);
  };

  const reread = () => {
    if (lensActiveOn(settings(), site().id)) return readAndAnalyse(true);
    wantedSignature = null;
    show(null);
  };

  const toggle = () => {
    hiddenByShortcut = !hiddenByShortcut;
    render();
  };

  const rehearse = async () => {
    const reply = await analyzePosting(WARM_UP_POSTING, analysisOptions(), panelRequest());
    if (!ctx.isInvalid && reply.view)
      panel.rehearse(reply.analysis, reply.view, panelOptionsFromSettings(settings()));
  };

  return {
    update,
    reread,
    toggle,
    rehearse,
    reading: () => ({ analysis, view, error: readError ?? analysisError }),
  };
}

/** Job id plus the text that identifies the posting: a recycled pane with new content gets a new one. */
function postingSignature(posting: Posting): string {
  const description = posting.description.value ?? '';
  return [
    posting.jobId,
    posting.title.value,
    posting.company.value,
    description.length,
    description.slice(0, 80),
  ].join('|');
}
