// Which DOM changes matter to whom: our own hosts coming and going matter to nobody; changes inside list
// cards, and cards coming and going, matter to the list badges, not to the posting the panel reads.
import { BADGE_HOST_TAG } from '../../components/badge/badge-host';

/** The panel's host element; everything the lens draws lives in a shadow root under it or a badge host. */
export const PANEL_HOST_TAG = 'ai-leadership-lens';

// nodeType and localName, not instanceof: a content script's Element is not the page's.
function isOwnHost(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const name = (node as Element).localName;
  return name === BADGE_HOST_TAG || name === PANEL_HOST_TAG;
}

/** Mutations of what the lens itself drew (a host added or removed, its data-* set): the page did not change. */
export function isOwnMutation(record: MutationRecord): boolean {
  return isOwnHost(record.target) || (record.type === 'childList' && ownHostsCameOrWent(record));
}

/** Whether a change of elements (a childList record) added or removed the lens's own hosts and nothing else. */
export function ownHostsCameOrWent(record: MutationRecord): boolean {
  // The page's changes are told at their first node: most lists rewrite a card's text a dozen times a refill.
  const first = record.addedNodes[0] ?? record.removedNodes[0];
  if (!first || !isOwnHost(first)) return false;
  for (const node of record.addedNodes) if (!isOwnHost(node)) return false;
  for (const node of record.removedNodes) if (!isOwnHost(node)) return false;
  return true;
}

/** The selectors of `selectors` this browser can parse (a site's list may name one it cannot). */
export function parsableSelectors(selectors: readonly string[]): string[] {
  return selectors.filter((css) => {
    try {
      document.createDocumentFragment().querySelector(css);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Whether a change only adds list cards of `cardSelector` to their list or takes them off (an endless list
 * growing or recycling its cards), with the comments and white space frameworks leave between them.
 */
export function cardsComeAndGo(record: MutationRecord, cardSelector: string): boolean {
  if (record.type !== 'childList' || cardSelector === '') return false;
  const cardOrFiller = (node: Node) =>
    node.nodeType === Node.ELEMENT_NODE
      ? (node as Element).matches(cardSelector)
      : node.nodeType === Node.COMMENT_NODE || !node.textContent?.trim();
  for (const node of record.addedNodes) if (!cardOrFiller(node)) return false;
  for (const node of record.removedNodes) if (!cardOrFiller(node)) return false;
  return true;
}

/**
 * Whether a change is the list's, not the posting's: made inside a list card of `cardSelector` (a recycled card
 * filled with another job), or cards coming and going (cardsComeAndGo). Card membership is remembered per node:
 * a recycled card's elements are rewritten in place, and asked again at every change.
 */
export function listChangeTest(cardSelector: string): (record: MutationRecord) => boolean {
  const known = new WeakMap<Node, boolean>();
  const inside = (node: Node) => {
    let answer = known.get(node);
    if (answer === undefined) {
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      answer = element?.closest(cardSelector) != null;
      known.set(node, answer);
    }
    return answer;
  };
  return (record) => {
    if (cardSelector === '') return false;
    return inside(record.target) || cardsComeAndGo(record, cardSelector);
  };
}
