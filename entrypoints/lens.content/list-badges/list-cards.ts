// Finding list cards in the page: which elements are cards, and which card a change happened in.
import { BADGE_HOST_TAG } from '../../../components/badge/badge-host';

/** Calls back for each outermost card that is `node` or inside it. */
export function forEachCard(cardSelector: string, node: Node, callback: (card: Element) => void): void {
  if (!isElement(node) || node.localName === BADGE_HOST_TAG) return;
  const found = node.matches(cardSelector) ? [node] : node.querySelectorAll(cardSelector);
  for (const el of found) if (!el.parentElement?.closest(cardSelector)) callback(el);
}

/** The card of `watched` that `node` is or is inside: a walk up its ancestors, no selector matched. */
export function watchedCardOf(node: Node, watched: ReadonlySet<Element>): Element | null {
  for (let el = isElement(node) ? node : node.parentElement; el; el = el.parentElement) {
    if (watched.has(el)) return el;
  }
  return null;
}

// nodeType, not instanceof: a content script's Element is not the page's.
function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}
