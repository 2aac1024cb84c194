// Reading and drawing: the chip each list card gets. A card is read once per job (card-badges.ts keeps each
// job's chip by job id, as the background worked it out), so a recycled card element showing a job seen before
// costs an attribute read and a lookup. A card's chip, once in its title, stays there: a card that shows no chip
// for now has it hidden, not taken off, and a card the page takes off gives its chip to the next new card, so
// scrolling adds and removes few elements of the page's own (each one a change every observer of the page hears
// of, the lens's own included). chip-placement.ts moves a chip off the row's edge without asking for layout.
import {
  BADGE_HOST_TAG,
  createBadgeHost,
  hideBadge,
  removeBadge,
  renderBadge,
  spareBadge,
} from '../../../components/badge/badge-host';
import type { CardBadgeView } from '../../../lib/engine/card-analysis';
import { cardJobId, readCardFields, readCardTitle } from '../../../lib/engine/extract';
import type { CardsDescription } from '../../../lib/engine/sites/adapter';
import type { PanelWords } from '../../../lib/extension/i18n/panel';
import type { Settings } from '../../../lib/extension/settings';
import { panelWords } from '../panel-words';
import type { CardBadges } from './card-badges';
import { createChipPlacement } from './chip-placement';
import type { SavedJobs } from './saved-jobs';

export interface CardChips {
  /** Each card's chip drawn for the job it shows now, moved, or hidden; the new jobs among them are asked of the
   *  background together. */
  draw(elements: readonly Element[]): void;
  /** A card the page took off: its chip is kept for the next card that needs one. */
  release(card: Element): void;
  /** The background has answered: the cards drawn while their job's chip was on its way are drawn again. */
  drawAnswered(): void;
  /** Every chip comes off the page; the chips are drawn no more. */
  clear(): void;
}

/** What a card element was last drawn for. */
interface Drawn {
  /** The job the card showed (its id, or its text); empty: nothing settled, look again. */
  job: string;
  view: CardBadgeView | null;
  /** The words it was drawn in: a chip met again after a language change is drawn again. */
  words: PanelWords;
  /** The star it was drawn with: saved or not; null: none (memory off, or a job without an id). */
  star: boolean | null;
  /** Its chip (hidden while the card shows no chip), kept to be shown again or put back in a re-rendered title. */
  host: HTMLElement | null;
}

/** Chips of cards the page took off, kept to be given to new cards: a new chip costs its shadow root and elements. */
const MAX_SPARE_CHIPS = 50;

export function createCardChips(
  cards: CardsDescription,
  badges: CardBadges,
  theme: Settings['theme'],
  savedJobs: Pick<SavedJobs, 'enabled' | 'has' | 'toggle'>,
): CardChips {
  const drawn = new WeakMap<Element, Drawn>();
  /** Cards whose job the background has not answered yet. */
  const awaiting = new Set<Element>();
  const spare: HTMLElement[] = [];
  const placement = createChipPlacement();
  const starOf = (view: CardBadgeView) =>
    savedJobs.enabled && view.jobId ? savedJobs.has(view.jobId) : null;

  const drawCard = (card: Element) => {
    const jobId = cardJobId(card, cards);
    // The job a card shows: its job id, or its text where it carries none.
    const job = jobId ? `id:${jobId}` : `text:${card.textContent}`;
    const last = drawn.get(card);
    const words = panelWords();
    // Same job: nothing to do, unless its chip was taken off with a re-rendered title.
    const chipInPlace = !last?.view || (last.host !== null && card.contains(last.host));
    const starChanged = last?.view != null && last.star !== starOf(last.view);
    if (last?.job === job && chipInPlace && last.words === words && !starChanged) return;
    let titled = true;
    const view = badges.forJob(job, {
      title: () => {
        const title = readCardTitle(card, cards);
        titled = title !== null;
        return title;
      },
      fields: (title) => readCardFields(card, cards, { title, jobId }),
    });
    const title = view ? titleElementOf(card, cards) : null;
    let host = last?.host ?? null;
    let appended = false;
    if (!view || !title) {
      if (host) hideBadge(host);
      // A card drawn empty (its text comes later) is looked at again on its next change; one whose job the
      // background has not answered yet, when it does.
      drawn.set(card, { job: titled && view !== undefined ? job : '', view: null, words, star: null, host });
      if (view === undefined) awaiting.add(card);
    } else {
      host ??= spare.pop() ?? createBadgeHost(document);
      const star = starOf(view);
      if (host.hidden || view !== last?.view || words !== last.words || star !== last.star) {
        const toggle = () => savedJobs.toggle(card, cards, view);
        renderBadge(host, view, theme, words, star === null ? null : { saved: star, toggle });
      }
      if (host.parentNode !== title) {
        title.append(host);
        appended = true;
      }
      placement.place(host, title.parentElement ?? title);
      drawn.set(card, { job, view, words, star, host });
    }
    // One chip per card: a card met for the first time may hold a chip of a lens the extension's update left
    // behind, and a title re-rendered around ours a copy of it. (A live collection, which the browser keeps per
    // card: rarely more than the card's own chip to look at.)
    if (last && !appended) return;
    const chipsInCard = card.getElementsByTagName(BADGE_HOST_TAG);
    if (chipsInCard.length > 1 || (chipsInCard.length === 1 && chipsInCard[0] !== host)) {
      for (const other of [...chipsInCard]) if (other !== host) removeBadge(other as HTMLElement);
    }
  };

  const draw = (elements: readonly Element[]) => {
    try {
      for (const card of elements) drawCard(card);
    } finally {
      // Even after a card that could not be drawn: the jobs met before it are asked, or their cards would wait.
      badges.send();
    }
  };

  const release = (card: Element) => {
    // Moved rather than removed (taken off and put back in one go): it keeps its chip.
    if (card.isConnected) return;
    const host = drawn.get(card)?.host;
    drawn.delete(card);
    awaiting.delete(card);
    if (!host || spare.length >= MAX_SPARE_CHIPS) return;
    spareBadge(host);
    spare.push(host);
  };

  const drawAnswered = () => {
    const answered = [...awaiting].filter((card) => card.isConnected);
    awaiting.clear();
    draw(answered);
  };

  const clear = () => {
    awaiting.clear();
    placement.stop();
    for (const host of document.querySelectorAll<HTMLElement>(BADGE_HOST_TAG)) removeBadge(host);
    for (const host of spare.splice(0)) removeBadge(host);
  };

  return { draw, release, drawAnswered, clear };
}

/** The visible title element (the first title selector that names an element, not an attribute). */
function titleElementOf(card: Element, cards: CardsDescription): Element | null {
  for (const selector of cards.title) {
    if (selector.attr) continue;
    const el = card.querySelector(selector.css);
    if (el) return el;
  }
  return null;
}
