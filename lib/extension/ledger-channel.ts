// The lens's side of the posting memory: tells the background which AI-leadership posting it read and hands
// the reply to the panel. The ledger itself lives in the background.
import { browser } from 'wxt/browser';
import { memoryStore } from '../../components/panel/memory-store';
import { payFigures } from '../engine/report';
import type { CoreAnalysis } from '../engine/types';
import { MAX_DESCRIPTION, MAX_FIELD, MAX_URL } from './ledger-key';
import type { LedgerSaveMessage, LedgerSightingMessage, MemoryFacts, PostingSighting } from './ledger-schema';
import { OPEN_COMPARE } from './message-kinds';

function field(value: string | null | undefined, max = MAX_FIELD): string | null {
  return value ? value.slice(0, max) : null;
}

function sightingOf({ posting, pay, role }: CoreAnalysis): PostingSighting {
  return {
    site: posting.site,
    jobId: field(posting.jobId),
    url: posting.url.split('#')[0]?.slice(0, MAX_URL) ?? '',
    title: field(posting.title.value),
    company: field(posting.company.value),
    location: field(posting.location.value),
    roleId: role?.id ?? null,
    level: role?.level ?? null,
    pay: pay && payFigures(pay),
    datePosted: posting.datePosted ?? null,
    validThrough: posting.validThrough ?? null,
    description: posting.description.value?.slice(0, MAX_DESCRIPTION) ?? '',
  };
}

/** The background's reply: MemoryFacts, or null while the memory is off. Checked by shape, not by schema: the
 *  schemas stay out of the lens, and the background built the reply from parsed data. */
function isMemoryFacts(reply: unknown): reply is MemoryFacts {
  const facts = reply as Partial<MemoryFacts> | null;
  return (
    typeof facts === 'object' &&
    facts !== null &&
    typeof facts.key === 'string' &&
    typeof facts.firstSeen === 'number' &&
    typeof facts.daysSinceFirstSeen === 'number'
  );
}

async function send(message: LedgerSightingMessage | LedgerSaveMessage): Promise<void> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (isMemoryFacts(reply)) memoryStore.publish(reply);
}

memoryStore.connect({
  change: (change) => send({ type: 'ledger-save', ...change }),
  openCompare: () => browser.runtime.sendMessage(OPEN_COMPARE).then(() => undefined),
});

/** Records an AI-leadership posting in the ledger (when the memory is on); other postings are not recorded. */
export function rememberPosting(analysis: CoreAnalysis | null): Promise<void> {
  if (!analysis?.aiLeadership) return Promise.resolve();
  return send({ type: 'ledger-sighting', sighting: sightingOf(analysis) }).catch(() => undefined);
}
