// The lens's side of the posting memory: tells the background which AI-leadership posting it read and hands
// the reply to the panel. The ledger itself lives in the background.
import { browser } from 'wxt/browser';
import { memoryStore } from '../../components/panel/memory-store';
import type { CardBadgeView } from '../engine/card-analysis';
import type { JobCard } from '../engine/extract';
import { payFigures } from '../engine/report';
import type { CoreAnalysis, SiteId } from '../engine/types';
import { MAX_DESCRIPTION, MAX_FIELD, MAX_URL } from './ledger-key';
import type {
  CardStar,
  LedgerSaveMessage,
  LedgerSightingMessage,
  LedgerStarCardMessage,
  MemoryFacts,
  PostingSighting,
} from './ledger-schema';
import { OPEN_COMPARE } from './message-kinds';

function field(value: string | null | undefined, max = MAX_FIELD): string | null {
  return value ? value.slice(0, max) : null;
}

/** A posting's address as kept: without its fragment. */
function address(url: string): string {
  return url.split('#')[0]?.slice(0, MAX_URL) ?? '';
}

function sightingOf({ posting, pay, role }: CoreAnalysis): PostingSighting {
  return {
    site: posting.site,
    jobId: field(posting.jobId),
    url: address(posting.url),
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

/** A posting as its list card shows it: the card's fields and link, the role its chip names. */
export function cardStarOf(
  site: SiteId,
  card: Pick<JobCard, 'title' | 'company' | 'location' | 'payText'>,
  view: CardBadgeView & { jobId: string },
  link: string | null,
): CardStar {
  return {
    site,
    jobId: view.jobId.slice(0, MAX_FIELD),
    url: link ? address(link) : '',
    title: field(card.title),
    company: field(card.company),
    location: field(card.location),
    roleId: view.roleId,
    level: view.level,
    payText: field(card.payText),
  };
}

/** Stars or unstars a posting from its list card's chip; the panel follows if it shows that posting (facts for
 *  a posting it does not show would only crowd out the ones it does). */
export async function starCard(card: CardStar, saved: boolean): Promise<void> {
  const message: LedgerStarCardMessage = { type: 'ledger-star-card', card, saved };
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (isMemoryFacts(reply) && memoryStore.factsFor(reply.key)) memoryStore.publish(reply);
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
