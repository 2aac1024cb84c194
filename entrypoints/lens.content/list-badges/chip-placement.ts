// Where a chip sits: at the end of its title, or, when the title's last line has no room left, on the line
// below, right-aligned with the row. Where it falls is known only after layout; asking for it
// (getBoundingClientRect) would force a layout in the middle of the page's frame. Instead an
// IntersectionObserver is given the chip and its row: the browser reports both boxes after its own layout, and
// the chip is moved then, a frame later.
import { badgeChip, badgeShift, shiftBadge } from '../../../components/badge/badge-host';
import { guard } from '../error-boundary';

export interface ChipPlacement {
  /** Puts the chip back at the end of its title and has it moved off the row's edge if it runs past it. */
  place(host: HTMLElement, row: Element): void;
  stop(): void;
}

export function createChipPlacement(): ChipPlacement {
  /** Chips waiting for their boxes: the chip element, its host and its row. */
  const waiting = new Map<Element, { host: HTMLElement; row: Element }>();
  const observer = new IntersectionObserver(
    guard('chip-placement', (entries: IntersectionObserverEntry[]) => {
      const boxes = new Map(entries.map((entry) => [entry.target, entry.boundingClientRect]));
      for (const [chip, { host, row }] of waiting) {
        const chipBox = boxes.get(chip);
        const rowBox = boxes.get(row);
        if (!chipBox || !rowBox) continue;
        waiting.delete(chip);
        observer.unobserve(chip);
        observer.unobserve(row);
        if (host.isConnected) shiftBadge(host, badgeShift(chipBox, rowBox));
      }
    }),
  );

  const place = (host: HTMLElement, row: Element) => {
    shiftBadge(host, null);
    const chip = badgeChip(host);
    if (!chip) return;
    const before = waiting.get(chip);
    if (before) observer.unobserve(before.row);
    observer.unobserve(chip);
    waiting.set(chip, { host, row });
    observer.observe(chip);
    observer.observe(row);
  };

  return { place, stop: () => observer.disconnect() };
}
