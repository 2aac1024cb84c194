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
  if (isOwnHost(record.target)) return true;
  if (record.type !== 'childList') return false;
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (const node of addedNodes) if (!isOwnHost(node)) return false;
  for (const node of removedNodes) if (!isOwnHost(node)) return false;
  return true;
}
