// The messages the lens sends and answers, as plain values, and its check of a message it is sent: the lens
// carries no schema library; messages.ts holds the schemas every other context parses with.
import type { OpenCompareMessage, TogglePanelMessage } from './messages';

export const TOGGLE_PANEL: TogglePanelMessage = { type: 'toggle-panel' };
export const OPEN_COMPARE: OpenCompareMessage = { type: 'open-compare' };

/**
 * The lens's check of a message it is sent, without zod (the lens carries none): an object whose `type` is
 * `type`, which is what the z.object({ type: z.literal(…) }) schemas above accept (tests/unit/message-guards.test.ts).
 */
export function isMessageOfType<T extends string>(raw: unknown, type: T): raw is { type: T } {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    !Array.isArray(raw) &&
    (raw as { type?: unknown }).type === type
  );
}
