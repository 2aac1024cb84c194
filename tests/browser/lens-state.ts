// What the extension shows on a page, read the way a test or the demo needs it. The content script
// mirrors its panel's state on the shadow host's data-* attributes.
import type { Page } from 'playwright-core';

export const PANEL_HOST = 'ai-leadership-lens';
/** Every chip host on the page, shown or hidden: none is left behind once the chips are switched off. */
export const ANY_BADGE_HOST = 'ai-leadership-lens-badge';
/** A list card's chip, shown: a card showing no chip for now keeps its chip's host, hidden (badge-host.ts). */
export const BADGE_HOST = `${ANY_BADGE_HOST}:not([hidden])`;

export interface LensState {
  panel: boolean;
  reason: string;
  role: string | null;
  roleId: string | null;
  pay: string | null;
  verdict: string | null;
  badges: number;
}

/** Job cards in the LinkedIn / Indeed markup the samples use: a page with some is a list. */
const LIST_CARDS = '[data-job-id], [data-occludable-job-id], [data-jk]';

/** The chips on a list page, once the first has been drawn (the lens is injected after the page loads). */
async function listBadgeCount(page: Page, timeout: number): Promise<number> {
  if ((await page.locator(LIST_CARDS).count()) > 0)
    await page
      .locator(BADGE_HOST)
      .first()
      .waitFor({ state: 'attached', timeout })
      .catch(() => undefined);
  return page.locator(BADGE_HOST).count();
}

/** Waits up to `timeout` ms for the panel; a page that never gets one is reported as such. */
export async function readLensState(page: Page, timeout = 5_000): Promise<LensState> {
  const host = page.locator(PANEL_HOST);
  const appeared = await host
    .first()
    .waitFor({ state: 'attached', timeout })
    .then(() => true)
    .catch(() => false);
  const badges = await listBadgeCount(page, timeout);
  if (!appeared) {
    return {
      panel: false,
      reason: 'not an AI-leadership posting',
      role: null,
      roleId: null,
      pay: null,
      verdict: null,
      badges,
    };
  }
  const attr = (name: string) => host.first().getAttribute(name);
  return {
    panel: true,
    reason: '',
    role: await attr('data-role-name'),
    roleId: await attr('data-role'),
    pay: await attr('data-pay'),
    verdict: await attr('data-verdict'),
    badges,
  };
}
