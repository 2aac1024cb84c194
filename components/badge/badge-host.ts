// One tiny host element per badged card, with its own open shadow root: page styles cannot reach the chip and
// the chip's styles cannot reach the page. Identical <style> text in many shadow roots is parsed once by the
// browser, so the per-card cost is the host, its root and a few spans (measured in tests/browser/list-badges).
import type { CardBadgeView } from '../../lib/engine/card-analysis';
import type { PanelWords } from '../../lib/extension/i18n/panel';
import type { PanelTheme } from '../panel/options';
import { type BadgeStar, chipWords, clearBadge, drawBadge, drawnChip, forgetBadgePress } from './Badge';
import badgeCss from './badge.css?inline';

export const BADGE_HOST_TAG = 'ai-leadership-lens-badge';

const MOUNT_CLASS = 'ail-badge-mount';

/** Each host's mount, kept: a chip is drawn again for every job its card shows. */
const mounts = new WeakMap<HTMLElement, Element>();
/** The data-* each host was last given. */
const hostData = new WeakMap<HTMLElement, Map<string, string>>();

export function createBadgeHost(doc: Document): HTMLElement {
  const host = doc.createElement(BADGE_HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = badgeCss;
  const mount = doc.createElement('span');
  mount.className = MOUNT_CLASS;
  root.append(style, mount);
  mounts.set(host, mount);
  hostData.set(host, new Map());
  return host;
}

/** Where the chip is drawn in its host's shadow root. */
function mountOf(host: HTMLElement): Element | null {
  return mounts.get(host) ?? null;
}

/** Draws (or redraws) the chip; the host's data-* say what it shows, for tests and the demo to read. */
export function renderBadge(
  host: HTMLElement,
  view: CardBadgeView,
  theme: PanelTheme,
  words: PanelWords,
  star: BadgeStar | null = null,
): void {
  const mount = mountOf(host);
  if (!mount) return;
  if (host.hidden) host.hidden = false;
  // Set only when they change: these are the page's elements' attributes, and every observer of the page hears
  // of each change.
  const data = hostData.get(host);
  const state = {
    // Not data-job-id: that is the job sites' own name for a card's job, which the engine reads in a card.
    lensJobId: view.jobId ?? '',
    level: chipWords(words, view).level,
    verdict: view.pay?.verdict ?? '',
    saved: String(star?.saved ?? false),
  };
  for (const [key, value] of Object.entries(state)) {
    if (data?.get(key) === value) continue;
    data?.set(key, value);
    host.dataset[key] = value;
  }
  drawBadge(mount, view, theme, words, star);
}

/** How far to move the chip so it stays within its title row: none, or onto the next line, right-aligned. */
export type BadgeShift = { dx: number; dy: number } | null;

/**
 * A chip that runs past the right edge of its title's row (a long title's last line) would cover the card's
 * buttons; it moves to the line below, right-aligned with the row. Works on boxes the browser reported (an
 * IntersectionObserver's), so nothing here asks for layout.
 */
export function badgeShift(chip: DOMRectReadOnly, row: DOMRectReadOnly): BadgeShift {
  if (chip.right <= row.right) return null;
  return { dx: Math.max(row.right - chip.right, row.left - chip.left), dy: chip.height + 4 };
}

/** The chip itself (the host takes no room): the box to measure. */
export function badgeChip(host: HTMLElement): Element | null {
  const mount = mountOf(host);
  return mount && drawnChip(mount);
}

/** The shift each host was last given ('' for none). */
const shifts = new WeakMap<HTMLElement, string>();

/** Applies (or clears) a shift from badgeShift; a shift the chip already has is not written again. */
export function shiftBadge(host: HTMLElement, shift: BadgeShift): void {
  const value = shift ? `translate(${shift.dx}px, ${shift.dy}px)` : '';
  if ((shifts.get(host) ?? '') === value) return;
  shifts.set(host, value);
  if (value) host.style.setProperty('--ail-shift', value);
  else host.style.removeProperty('--ail-shift');
}

/**
 * Hides the chip where it stands, for a card that shows no chip for now (another job, whose chip is on its way,
 * or none): no element added to or taken off the page, so neither the page's observers nor the lens's own hear
 * of it; renderBadge shows it again.
 */
export function hideBadge(host: HTMLElement): void {
  // Set only when it changes: an attribute set to its own value is still a change every observer hears of.
  if (!host.hidden) host.hidden = true;
}

/**
 * Takes the chip out of a card the page removed, to be given to a new card: its shadow root and elements are
 * kept, and nothing of the removed card (its star's press) is.
 */
export function spareBadge(host: HTMLElement): void {
  const mount = mountOf(host);
  if (mount) forgetBadgePress(mount);
  host.remove();
}

/** Takes the chip off the page, emptied (clearBadge). */
export function removeBadge(host: HTMLElement): void {
  const mount = mountOf(host);
  if (mount) clearBadge(mount);
  host.remove();
}
