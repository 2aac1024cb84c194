// Which list cards are drawn, and when: every card when the list is found, a card again only when something in it
// changed (not every card of its list), cards added drawn and cards taken off let go, and the lens's own chips
// never a reason to draw. Drawn as the page's change is delivered, a pass at a time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_HOST_TAG } from '../../components/badge/badge-host';
import type { CardChips } from '../../entrypoints/lens.content/list-badges/card-chips';
import { type ListWatch, watchLists } from '../../entrypoints/lens.content/list-badges/list-watch';
import { watchPage } from '../../entrypoints/lens.content/page-watch';
import { linkedin } from '../../lib/engine/sites/linkedin';

const CARD = 'li[data-occludable-job-id]';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let ctx: ContentScriptContext;
let watch: ListWatch;
let list: HTMLUListElement;
/** Each pass of drawing: the ids of the cards drawn. */
let passes: string[][];
let released: string[];

const cardHtml = (id: number) =>
  `<li data-occludable-job-id="${id}"><a href="/jobs/view/${id}/"><strong>Job ${id}</strong></a></li>`;
const idOf = (card: Element) => card.getAttribute('data-occludable-job-id') ?? '';
const cardOf = (id: number) => list.querySelector(`[data-occludable-job-id="${id}"]`) as HTMLElement;
const drawnIds = () => passes.flat();

/** How many animation frames pass in `ms`. */
async function countFrames(ms: number): Promise<number> {
  let frames = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await pause(ms);
  running = false;
  return frames;
}

function start(cards: number) {
  document.body.innerHTML = `<ul>${Array.from({ length: cards }, (_, i) => cardHtml(i + 1)).join('')}</ul>`;
  list = document.querySelector('ul') as HTMLUListElement;
  passes = [];
  released = [];
  const chips: CardChips = {
    // As the real chips do: each card drawn gets its chip put back in its title, a change the page watch hears of.
    draw: (cards) => {
      if (cards.length > 0) passes.push(cards.map(idOf));
      for (const card of cards) {
        const title = card.querySelector('a');
        if (title && !title.querySelector(BADGE_HOST_TAG))
          title.append(document.createElement(BADGE_HOST_TAG));
      }
    },
    release: (card) => released.push(idOf(card)),
    drawAnswered: () => undefined,
    clear: () => undefined,
  };
  ctx = new ContentScriptContext('list-watch-test');
  const page = watchPage(
    ctx,
    () => linkedin,
    () => undefined,
  );
  watch = watchLists(CARD, ['data-occludable-job-id', 'href'], chips, page);
}

beforeEach(() => start(3));
afterEach(() => {
  watch.stop();
  ctx.abort();
  document.body.innerHTML = '';
});

describe('the list watch', () => {
  it('draws every card of the list once it is found, in view or not', async () => {
    await vi.waitFor(() => expect(drawnIds()).toEqual(['1', '2', '3']));
  });

  it('draws again only the card a change was made in', async () => {
    await vi.waitFor(() => expect(passes).toHaveLength(1));
    cardOf(2).querySelector('strong')?.replaceChildren('Chief AI Officer');
    cardOf(3).setAttribute('data-occludable-job-id', '30');
    await vi.waitFor(() => expect(passes).toHaveLength(2));
    expect(passes[1]).toEqual(['2', '30']);
  });

  it("draws a card added to the list, lets a removed one go, and takes no notice of the lens's own chips", async () => {
    await vi.waitFor(() => expect(passes).toHaveLength(1));
    list.insertAdjacentHTML('beforeend', cardHtml(4));
    cardOf(1).remove();
    await vi.waitFor(() => expect(passes).toHaveLength(2));
    expect(passes[1]).toEqual(['4']);
    expect(released).toEqual(['1']);
    cardOf(2).querySelector('a')?.append(document.createElement(BADGE_HOST_TAG));
    await pause(50);
    expect(passes).toHaveLength(2);
  });

  it('draws a card again when the page took its chip off', async () => {
    await vi.waitFor(() => expect(passes).toHaveLength(1));
    cardOf(2).querySelector(BADGE_HOST_TAG)?.remove();
    await vi.waitFor(() => expect(passes).toHaveLength(2));
    expect(passes[1]).toEqual(['2']);
  });

  it('trades chips with a page that removes them at most once a frame, not without end', async () => {
    await vi.waitFor(() => expect(passes).toHaveLength(1));
    const hostile = new MutationObserver(() => {
      for (const chip of document.querySelectorAll(BADGE_HOST_TAG)) chip.remove();
    });
    hostile.observe(document.body, { childList: true, subtree: true });
    cardOf(2).querySelector(BADGE_HOST_TAG)?.remove();
    const frames = await countFrames(100);
    hostile.disconnect();
    // Once a frame at most: the lens gives the page its turn.
    expect(passes.length - 1).toBeGreaterThan(0);
    expect(passes.length - 1).toBeLessThanOrEqual(frames + 1);
  });

  it('draws a long list a pass a frame, though drawing a pass changes the page', async () => {
    watch.stop();
    ctx.abort();
    start(100);
    // The frame the list asked for when it was found runs before this one.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(drawnIds()).toHaveLength(40);
    await vi.waitFor(() => expect(drawnIds()).toHaveLength(100));
    expect(passes.map((pass) => pass.length)).toEqual([40, 40, 20]);
    expect(new Set(drawnIds()).size).toBe(100);
  });

  it('draws nothing once stopped, even with cards waiting and a change on its way', async () => {
    watch.stop();
    ctx.abort();
    start(100);
    cardOf(1).querySelector('strong')?.replaceChildren('Chief AI Officer');
    watch.stop();
    await pause(50);
    expect(passes).toEqual([]);
  });

  it('draws nothing more once stopped', async () => {
    await vi.waitFor(() => expect(passes).toHaveLength(1));
    watch.stop();
    cardOf(2).querySelector('strong')?.replaceChildren('Chief AI Officer');
    list.insertAdjacentHTML('beforeend', cardHtml(4));
    await pause(50);
    expect(passes).toHaveLength(1);
  });
});
