// Messages between contexts; every one is parsed on arrival.
import * as z from 'zod/mini';
import { Level, RoleId } from '../../data/vocabulary-schemas';
import { SITE_IDS } from './settings';

/** Content script -> background: what the tab shows, for the toolbar badge. */
export const ContentMessage = z.object({
  type: z.literal('posting-status'),
  aiLeadership: z.boolean(),
  level: z.nullable(Level),
});
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Background -> content script: the keyboard shortcut was pressed on this tab. */
export const TogglePanelMessage = z.object({ type: z.literal('toggle-panel') });
export type TogglePanelMessage = z.infer<typeof TogglePanelMessage>;

/**
 * Content script -> background: the user dragged the panel on this site. The one setting a page-side script
 * changes; the background writes it under the settings lock (lib/settings-store.ts says why).
 */
export const PanelMovedMessage = z.object({
  type: z.literal('panel-moved'),
  site: z.enum(SITE_IDS),
  position: z.object({ x: z.number().check(z.gte(0)), y: z.number().check(z.gte(0)) }),
});
export type PanelMovedMessage = z.infer<typeof PanelMovedMessage>;

/** Content script -> background: the role the user compares postings with, chosen in the panel. */
export const CompareWithMessage = z.object({ type: z.literal('compare-with'), role: RoleId });
export type CompareWithMessage = z.infer<typeof CompareWithMessage>;

/**
 * Loader content script -> background: this frame may show a posting (a job address, or JobPosting data),
 * so inject the lens (content-scripts/lens.js) into it. Pages of the job sites that show none never pay
 * for the lens.
 */
export const LoadLensMessage = z.object({ type: z.literal('load-lens') });
export type LoadLensMessage = z.infer<typeof LoadLensMessage>;

/** Panel -> background: open the compare page (a web page may not open an extension page itself). */
export const OpenCompareMessage = z.object({ type: z.literal('open-compare') });
export type OpenCompareMessage = z.infer<typeof OpenCompareMessage>;

export { isMessageOfType, OPEN_COMPARE, TOGGLE_PANEL } from './message-kinds';
