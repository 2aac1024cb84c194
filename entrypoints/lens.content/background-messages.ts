// What the lens tells the background: what the tab shows (for the toolbar badge) and where the panel was left.
import { browser } from 'wxt/browser';
import type { RoleId } from '../../data/vocabulary';
import type { CoreAnalysis, SiteId } from '../../lib/engine/types';
import { rememberPosting } from '../../lib/extension/ledger-channel';
import type { CompareWithMessage, ContentMessage, PanelMovedMessage } from '../../lib/extension/messages';
import { recordError } from './error-boundary';

export async function sendPostingStatus(analysis: CoreAnalysis | null): Promise<void> {
  const message: ContentMessage = {
    type: 'posting-status',
    aiLeadership: analysis?.aiLeadership ?? false,
    level: analysis?.aiLeadership ? (analysis.role?.level ?? null) : null,
  };
  // The posting memory's reply fills the panel's memory section when it comes.
  void rememberPosting(analysis);
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The role chosen in the panel's comparison, kept for every panel after this one. */
export function saveCompareWith(role: RoleId): void {
  const chosen: CompareWithMessage = { type: 'compare-with', role };
  void browser.runtime.sendMessage(chosen).catch((error: unknown) => recordError('compared-role', error));
}

export function savePanelPlace(site: SiteId, position: PanelMovedMessage['position']): void {
  const moved: PanelMovedMessage = { type: 'panel-moved', site, position };
  void browser.runtime.sendMessage(moved).catch((error: unknown) => recordError('panel-place', error));
}
