// The lens's side of the posting memory: tells the background which AI-leadership posting it read and hands
// the reply to the panel. The ledger itself lives in the background.
import { browser } from 'wxt/browser';
import { memoryStore } from '../../components/panel/memory-store';
import type { CoreAnalysis } from '../engine/types';
import { MAX_DESCRIPTION, MemoryFacts, type PostingSighting } from './ledger-schema';
import { type LedgerSaveMessage, type LedgerSightingMessage, OPEN_COMPARE } from './messages';

const MAX_FIELD = 500;

function field(value: string | null | undefined, max = MAX_FIELD): string | null {
  return value ? value.slice(0, max) : null;
}

function sightingOf({ posting, pay, role }: CoreAnalysis): PostingSighting {
  return {
    site: posting.site,
    jobId: field(posting.jobId),
    url: posting.url.split('#')[0]?.slice(0, 2_000) ?? '',
    title: field(posting.title.value),
    company: field(posting.company.value),
    location: field(posting.location.value),
    roleId: role?.id ?? null,
    level: role?.level ?? null,
    pay: pay && {
      min: pay.min,
      max: pay.max,
      currency: pay.currency,
      period: pay.period,
      annualMin: pay.annualMin,
      annualMax: pay.annualMax,
    },
    datePosted: posting.datePosted ?? null,
    validThrough: posting.validThrough ?? null,
    description: posting.description.value?.slice(0, MAX_DESCRIPTION) ?? '',
  };
}

async function send(message: LedgerSightingMessage | LedgerSaveMessage): Promise<void> {
  const reply = MemoryFacts.safeParse(await browser.runtime.sendMessage(message));
  if (reply.success) memoryStore.publish(reply.data);
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
