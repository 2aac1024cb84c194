// Finding list cards in the page: which elements are cards, and which card a change happened in.
import { BADGE_HOST_TAG } from '../../../components/badge/badge-host';

/** Calls back for each outermost card that is `node` or inside it. */
export function forEachCard(cardSelector: string, node: Node, callback: (card: Element) => void): void {
  if (!isElement(node) || node.localName === BADGE_HOST_TAG) return;
  const found = node.matches(cardSelector) ? [node] : node.querySelectorAll(cardSelector);
  for (const el of found) if (!el.parentElement?.closest(cardSelector)) callback(el);
}

/**
 * The card of `watched` that `node` is or is inside. `known` remembers the card each node was found in: a
 * recycled card's elements are changed again at every refill, and asking the card whether it still holds one is
 * a single call where the walk up its ancestors is one a level (each a lookup of the node in the lens's world).
 */
export function watchedCardOf(
  node: Node,
  watched: ReadonlySet<Element>,
  known: WeakMap<Node, Element>,
): Element | null {
  const remembered = known.get(node);
  if (remembered && watched.has(remembered) && remembered.contains(node)) return remembered;
  for (let el = isElement(node) ? node : node.parentElement; el; el = el.parentElement) {
    if (watched.has(el)) {
      known.set(node, el);
      return el;
    }
  }
  return null;
}

// nodeType, not instanceof: a content script's Element is not the page's.
function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}
