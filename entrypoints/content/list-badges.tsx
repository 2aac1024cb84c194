// Badges on list pages (LinkedIn search/collections, Indeed results): each AI-leadership card gets one chip
// next to its title. Lists scroll endlessly and LinkedIn reuses card elements for other jobs, so:
// - only cards near the viewport are read (IntersectionObserver, rootMargin), the rest cost nothing;
// - DOM changes are collected by one MutationObserver and handled once per animation frame, within a time
//   budget, the rest carried to the next frame, so no frame turns into a long task;
// - each card element remembers what it showed (job ids + text): a card whose job changed is redrawn, its chip
//   moved to the new title or dropped; an unchanged card costs one textContent read; a changed card away from
//   the viewport only has its chip taken off until it comes near again.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  BADGE_HOST_TAG,
  createBadgeHost,
  measureBadgeShift,
  removeBadge,
  renderBadge,
  shiftBadge,
} from '../../components/badge/badge-host';
import type { CoreData } from '../../data';
import { type CardAnalyser, cardKey, createCardAnalyser } from '../../lib/engine/card-analysis';
import { findAdapter, type JobCard, listCards } from '../../lib/engine/extract';
import type { CardsDescription, SiteAdapter } from '../../lib/engine/sites/adapter';
import { lensActiveOn, type Settings } from '../../lib/extension/settings';
import { guard } from './error-boundary';
import { isOwnMutation, parsableSelectors } from './mutations';

export interface ListBadges {
  /** Re-read settings and the URL (call after a settings change; location changes are watched here). */
  refresh(): void;
  /** Remove every badge and stop watching. */
  stop(): void;
}

/** Cards this far above or below the visible list are read ahead, so a chip is there when they scroll in. */
const READ_AHEAD = '600px 0px';
/** Work per animation frame; what is left waits for the next frame. */
const FRAME_BUDGET_MS = 6;

/** What a card element was last seen holding, and its chip (kept while detached, to be reused). */
interface Seen {
  /** Job ids + text: equal means nothing to read again. Empty: read it next time. */
  fingerprint: string;
  /** cardKey of the job the chip was drawn for. */
  key: string;
  host: HTMLElement | null;
  /** The chip is on the card (the card is AI leadership and was near when last read). */
  shown: boolean;
}

interface Session {
  adapter: SiteAdapter;
  cards: CardsDescription;
  /** Every container selector the browser can parse, as one selector list. */
  cardSelector: string;
  analyse: CardAnalyser;
  theme: Settings['theme'];
  /** One IntersectionObserver per scrolling list (LinkedIn's list scrolls inside its own pane). */
  observers: Map<Element | null, IntersectionObserver>;
  observed: Set<Element>;
  near: Set<Element>;
  dirty: Set<Element>;
  seen: WeakMap<Element, Seen>;
  scrollRoots: WeakMap<Element, Element | null>;
  mutations: MutationObserver;
  /** Mutation batches since the last frame. */
  pending: MutationRecord[][];
}

export function startListBadges(
  ctx: ContentScriptContext,
  data: CoreData,
  getSettings: () => Settings,
): ListBadges {
  let session: Session | null = null;
  let sessionSignature = '';
  let frame = 0;
  const stopped = new AbortController();

  const schedule = () => {
    if (frame || !session) return;
    // The window's own requestAnimationFrame (cancelled in stop): ctx's wrapper registers an abort listener
    // on every call, which adds up at one call per frame of scrolling.
    frame = requestAnimationFrame(
      guard('badging list cards', () => {
        frame = 0;
        if (session && !ctx.isInvalid) flush(session);
      }),
    );
  };

  const flush = (s: Session) => {
    const start = performance.now();
    handleMutations(s);
    const placed: { host: HTMLElement; row: Element }[] = [];
    for (const card of s.dirty) {
      s.dirty.delete(card);
      const drawn = card.isConnected && s.near.has(card) ? drawCard(s, card) : null;
      if (drawn) placed.push(drawn);
      if (performance.now() - start > FRAME_BUDGET_MS) break;
    }
    // All reads, then all writes: one layout per frame however many chips were placed.
    const shifts = placed.map(({ host, row }) => ({ host, shift: measureBadgeShift(host, row) }));
    for (const { host, shift } of shifts) shiftBadge(host, shift);
    if (s.dirty.size > 0) schedule();
  };

  const handleMutations = (s: Session) => {
    const batches = s.pending;
    s.pending = [];
    const cardOfTarget = new Map<Node, Element | null>();
    const touched = new Set<Element>();
    for (const batch of batches) {
      for (const record of batch) {
        if (isOwnMutation(record)) continue;
        let card = cardOfTarget.get(record.target);
        if (card === undefined) {
          card = cardOf(s, record.target);
          cardOfTarget.set(record.target, card);
        }
        if (card) touched.add(card);
        else if (record.type === 'childList') {
          // Outside every card: cards may have come or gone (nothing inside a card is a card of its own).
          for (const node of record.removedNodes) forEachCard(s, node, (gone) => unobserve(s, gone));
          for (const node of record.addedNodes) forEachCard(s, node, (added) => observe(s, added));
        }
      }
    }
    for (const card of touched) {
      // A card away from the viewport is not read; a chip it carries may belong to its previous job: take it
      // off (it is drawn again when the card comes near).
      if (s.near.has(card)) s.dirty.add(card);
      else detachBadge(s, card);
    }
  };

  const onIntersect = (s: Session) => (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        s.near.add(entry.target);
        s.dirty.add(entry.target);
      } else {
        s.near.delete(entry.target);
      }
    }
    schedule();
  };

  const observe = (s: Session, card: Element) => {
    if (s.observed.has(card)) return;
    const root = scrollRootOf(s, card);
    let observer = s.observers.get(root);
    if (!observer) {
      observer = new IntersectionObserver(guard('badging list cards', onIntersect(s)), {
        root,
        rootMargin: READ_AHEAD,
      });
      s.observers.set(root, observer);
    }
    s.observed.add(card);
    observer.observe(card);
  };

  const unobserve = (s: Session, card: Element) => {
    if (!s.observed.delete(card)) return;
    for (const observer of s.observers.values()) observer.unobserve(card);
    s.near.delete(card);
    s.dirty.delete(card);
  };

  const begin = (adapter: SiteAdapter, cards: CardsDescription, settings: Settings) => {
    const s: Session = {
      adapter,
      cards,
      cardSelector: parsableSelectors(cards.containers).join(', '),
      analyse: createCardAnalyser(data, {
        displayCurrency: settings.displayCurrency,
        basis: settings.payBasis,
        homeRegion: settings.homeRegion,
      }),
      theme: settings.theme,
      observers: new Map(),
      observed: new Set(),
      near: new Set(),
      dirty: new Set(),
      seen: new WeakMap(),
      scrollRoots: new WeakMap(),
      mutations: new MutationObserver(
        guard('watching the list', (records: MutationRecord[]) => {
          s.pending.push(records);
          schedule();
        }),
      ),
      pending: [],
    };
    if (!s.cardSelector) return null;
    s.mutations.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...cards.jobIdAttributes, 'href'],
    });
    forEachCard(s, document.body, (card) => observe(s, card));
    return s;
  };

  const end = () => {
    if (!session) return;
    session.mutations.disconnect();
    for (const observer of session.observers.values()) observer.disconnect();
    session = null;
    sessionSignature = '';
    for (const host of document.querySelectorAll<HTMLElement>(BADGE_HOST_TAG)) removeBadge(host);
  };

  const refresh = () => {
    if (ctx.isInvalid || stopped.signal.aborted) return;
    const settings = getSettings();
    const adapter = findAdapter(location.href);
    const cards = adapter?.cards;
    if (!adapter || !cards || !settings.sections.listBadges || !lensActiveOn(settings, adapter.id)) {
      end();
      return;
    }
    const signature = [
      adapter.id,
      settings.displayCurrency,
      settings.payBasis,
      settings.homeRegion,
      settings.theme,
    ].join('|');
    if (session && signature === sessionSignature) {
      // Same site, same settings (a new page of the same list): pick up cards the observers missed.
      const s = session;
      forEachCard(s, document.body, (card) => observe(s, card));
      for (const card of s.near) s.dirty.add(card);
      schedule();
      return;
    }
    end();
    session = begin(adapter, cards, settings);
    sessionSignature = session ? signature : '';
  };

  ctx.addEventListener(window, 'wxt:locationchange', guard('following a navigation', refresh), {
    signal: stopped.signal,
  });
  const stop = () => {
    stopped.abort();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    end();
  };
  ctx.onInvalidated(stop);
  refresh();
  return { refresh, stop };
}

/**
 * Reads, analyses and draws one card near the viewport; a card whose content did not change costs nothing.
 * Returns the chip it placed (and the title's row, to keep it within), or null.
 */
function drawCard(s: Session, card: Element): { host: HTMLElement; row: Element } | null {
  const fingerprint = cardFingerprint(card, s.cards);
  const seen = s.seen.get(card);
  const intact = !seen?.shown || (seen.host?.isConnected === true && card.contains(seen.host));
  if (seen && seen.fingerprint === fingerprint && intact) return null;
  const fields = readCard(card, location.href);
  const view = fields ? s.analyse(fields) : null;
  const title = view ? titleElementOf(card, s.cards) : null;
  const host = seen?.host ?? null;
  if (!fields || !view || !title) {
    host?.remove();
    s.seen.set(card, { fingerprint, key: seen?.key ?? '', host, shown: false });
  } else {
    const key = cardKey(fields);
    const chip = host ?? createBadgeHost(document);
    if (key !== seen?.key || !host) renderBadge(chip, view, s.theme);
    if (chip.parentNode !== title) title.append(chip);
    shiftBadge(chip, null);
    s.seen.set(card, { fingerprint, key, host: chip, shown: true });
  }
  // A page that re-rendered the card may have left an earlier chip behind: one chip per card.
  const current = s.seen.get(card);
  for (const other of card.querySelectorAll<HTMLElement>(BADGE_HOST_TAG)) {
    if (other !== current?.host) removeBadge(other);
  }
  return current?.shown && current.host && title
    ? { host: current.host, row: title.parentElement ?? title }
    : null;
}

/** A card away from the viewport changed: its chip may be its previous job's. Take it off until it is near. */
function detachBadge(s: Session, card: Element): void {
  const seen = s.seen.get(card);
  if (!seen) return;
  seen.host?.remove();
  seen.shown = false;
  seen.fingerprint = '';
}

/** The card's job ids and text: what changes when a reused card element shows another job. */
function cardFingerprint(card: Element, cards: CardsDescription): string {
  let ids = '';
  for (const attr of cards.jobIdAttributes) {
    ids += `${card.getAttribute(attr) ?? card.querySelector(`[${attr}]`)?.getAttribute(attr) ?? ''}|`;
  }
  return ids + card.textContent;
}

/**
 * One card's fields through lib/engine/extract's own card reader, without walking the rest of the list: the reader
 * is given a root whose only card is this element.
 */
function readCard(card: Element, url: string): JobCard | null {
  const onlyThisCard = { querySelectorAll: (css: string) => (card.matches(css) ? [card] : []) };
  return listCards(onlyThisCard as unknown as ParentNode, url)[0] ?? null;
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

/** The outermost card holding a node, or null. */
function cardOf(s: Session, node: Node): Element | null {
  let card = (isElement(node) ? node : node.parentElement)?.closest(s.cardSelector) ?? null;
  for (let outer = card?.parentElement?.closest(s.cardSelector); outer; ) {
    card = outer;
    outer = outer.parentElement?.closest(s.cardSelector);
  }
  return card;
}

/** Calls back for each outermost card that is `node` or inside it. */
function forEachCard(s: Session, node: Node, callback: (card: Element) => void): void {
  if (!isElement(node) || node.localName === BADGE_HOST_TAG) return;
  const found = node.matches(s.cardSelector) ? [node] : node.querySelectorAll(s.cardSelector);
  for (const el of found) if (!el.parentElement?.closest(s.cardSelector)) callback(el);
}

// nodeType, not instanceof: a content script's Element is not the page's.
function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

/** The scrolling element a list lives in (LinkedIn's list pane), or null for the page; one look per list. */
function scrollRootOf(s: Session, card: Element): Element | null {
  const list = card.parentElement;
  if (!list) return null;
  const known = s.scrollRoots.get(list);
  if (known !== undefined) return known;
  let root: Element | null = null;
  const page: Element[] = [document.body, document.documentElement];
  for (let el: Element | null = list; el && !page.includes(el); el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') {
      root = el;
      break;
    }
  }
  s.scrollRoots.set(list, root);
  return root;
}

/** Container selectors this browser can parse (an unsupported one would void the whole selector list). */
