// Moving the docked panel: drag it by its header; the place is saved per site and restored next time.
import type { PanelPosition } from '../../lib/extension/settings';
import { guard } from './error-boundary';

const MARGIN = 8;
const DOCKED = { top: 72, right: 16 };

/** Places the dock at a saved position, kept inside the viewport (windows shrink between visits). */
export function placeDock(
  dock: HTMLElement,
  position: PanelPosition,
  viewport: { width: number; height: number },
): void {
  if (position === 'docked-right') {
    dock.style.left = '';
    dock.style.top = `${DOCKED.top}px`;
    dock.style.right = `${DOCKED.right}px`;
    return;
  }
  const { x, y } = clampToViewport(position, dock.getBoundingClientRect(), viewport);
  dock.style.right = 'auto';
  dock.style.left = `${x}px`;
  dock.style.top = `${y}px`;
}

export function clampToViewport(
  point: { x: number; y: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { x: number; y: number } {
  const maxX = Math.max(MARGIN, viewport.width - size.width - MARGIN);
  const maxY = Math.max(MARGIN, viewport.height - Math.min(size.height, 48) - MARGIN);
  return {
    x: Math.round(Math.min(Math.max(point.x, MARGIN), maxX)),
    y: Math.round(Math.min(Math.max(point.y, MARGIN), maxY)),
  };
}

/**
 * Lets the user drag the dock by the part of it `isHandle` accepts (buttons inside still click). Calls
 * `onDrop` with the new top-left corner once the pointer is released. Returns the function that removes
 * the listeners.
 */
export function makeDraggable(
  dock: HTMLElement,
  isHandle: (target: Element) => boolean,
  viewport: () => { width: number; height: number },
  onDrop: (position: { x: number; y: number }) => void,
): () => void {
  let start: { pointerX: number; pointerY: number; x: number; y: number } | null = null;

  const down = (event: PointerEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (event.button !== 0 || !target || !isHandle(target) || target.closest('button, a, summary')) return;
    const rect = dock.getBoundingClientRect();
    start = { pointerX: event.clientX, pointerY: event.clientY, x: rect.left, y: rect.top };
    dock.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const move = (event: PointerEvent) => {
    if (!start) return;
    const next = clampToViewport(
      { x: start.x + event.clientX - start.pointerX, y: start.y + event.clientY - start.pointerY },
      dock.getBoundingClientRect(),
      viewport(),
    );
    dock.style.right = 'auto';
    dock.style.left = `${next.x}px`;
    dock.style.top = `${next.y}px`;
  };
  const up = (event: PointerEvent) => {
    if (!start) return;
    start = null;
    dock.releasePointerCapture(event.pointerId);
    const rect = dock.getBoundingClientRect();
    onDrop({ x: Math.round(rect.left), y: Math.round(rect.top) });
  };

  const listeners = [
    ['pointerdown', down],
    ['pointermove', move],
    ['pointerup', up],
    ['pointercancel', up],
  ] as const;
  const guarded = listeners.map(([type, listener]) => [type, guard('panel-move', listener)] as const);
  for (const [type, listener] of guarded) dock.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of guarded) dock.removeEventListener(type, listener);
  };
}
