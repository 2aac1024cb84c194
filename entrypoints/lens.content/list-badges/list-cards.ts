// Finding list cards in the page: which elements are cards, which card a change happened in, and which element
// a list scrolls in.
import { BADGE_HOST_TAG } from '../../../components/badge/badge-host';

/** Calls back for each outermost card that is `node` or inside it. */
export function forEachCard(cardSelector: string, node: Node, callback: (card: Element) => void): void {
  if (!isElement(node) || node.localName === BADGE_HOST_TAG) return;
  const found = node.matches(cardSelector) ? [node] : node.querySelectorAll(cardSelector);
  for (const el of found) if (!el.parentElement?.closest(cardSelector)) callback(el);
}

/** Whether `node` is inside one of the cards `watched` holds: a walk up its ancestors, no selector matched. */
export function isInWatchedCard(node: Node, watched: ReadonlyMap<Element, unknown>): boolean {
  for (let el = isElement(node) ? node : node.parentElement; el; el = el.parentElement) {
    if (watched.has(el)) return true;
  }
  return false;
}

/** The scrolling element a list lives in (LinkedIn's list pane), or null for the page; one look per list. */
export function scrollRootOf(list: Element, known: WeakMap<Element, Element | null>): Element | null {
  const seen = known.get(list);
  if (seen !== undefined) return seen;
  let root: Element | null = null;
  const page: Element[] = [document.body, document.documentElement];
  for (let el: Element | null = list; el && !page.includes(el); el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') {
      root = el;
      break;
    }
  }
  known.set(list, root);
  return root;
}

// nodeType, not instanceof: a content script's Element is not the page's.
function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}
