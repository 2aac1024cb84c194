// What the background told this tab about the postings it showed (the posting memory's facts), for the
// panel's memory section. The lens fills it (lib/extension/ledger-channel.ts); nothing here talks to the browser.
import type { LedgerStatus } from '../../lib/extension/ledger-key';
import type { MemoryFacts } from '../../lib/extension/ledger-schema';

export type MemoryChange = { key: string; saved: { status: LedgerStatus; note: string } | null };

type Listener = () => void;

const KEPT = 20;
const factsByKey = new Map<string, MemoryFacts>();
const listeners = new Set<Listener>();
/** The lens's link to the background; the panel outside the lens (tests, the rehearsal) has none. */
export interface MemoryChannel {
  change(change: MemoryChange): Promise<void>;
  openCompare(): Promise<void>;
}
let channel: MemoryChannel | null = null;

export const memoryStore = {
  factsFor: (key: string): MemoryFacts | null => factsByKey.get(key) ?? null,
  publish(facts: MemoryFacts): void {
    factsByKey.delete(facts.key);
    factsByKey.set(facts.key, facts);
    // The oldest first: a tab that shows many postings keeps the last few.
    for (const key of factsByKey.keys()) if (factsByKey.size > KEPT) factsByKey.delete(key);
    for (const listener of listeners) listener();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  connect(next: MemoryChannel): void {
    channel = next;
  },
  get channel(): MemoryChannel | null {
    return channel;
  },
};
