// The lens's one watch of the page: each change is looked at once and goes to whoever it concerns. The posting is
// read again, at most once a frame, for a change that is neither the lens's own nor the list's; the list badges
// are given every change in order, and what the lens's own drawing changed is handed over without a call of its own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_HOST_TAG } from '../../components/badge/badge-host';
import { type ListChanges, type PageWatch, watchPage } from '../../entrypoints/lens.content/page-watch';
import { linkedin } from '../../lib/engine/sites/linkedin';

let ctx: ContentScriptContext;
let reads: number;
let page: PageWatch;
let card: HTMLElement;
let pane: HTMLElement;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  document.body.innerHTML = `
    <div class="scaffold-layout__list"><ul>
      <li data-occludable-job-id="1"><a href="/jobs/view/1/"><strong>Chief AI Officer</strong></a></li>
    </ul></div>
    <section class="posting"><h1>VP of AI</h1></section>`;
  card = document.querySelector('li') as HTMLElement;
  pane = document.querySelector('.posting') as HTMLElement;
  reads = 0;
  ctx = new ContentScriptContext('page-watch-test');
  page = watchPage(
    ctx,
    () => linkedin,
    () => reads++,
  );
});
afterEach(() => {
  ctx.abort();
  document.body.innerHTML = '';
});

/** A list part that takes the changes made inside `card` and records what it was given. */
function fakeList(attributes: readonly string[] = []) {
  const given: MutationRecord[] = [];
  /** Each settle's `now`: true when the observer had just delivered the page's changes. */
  const settled: boolean[] = [];
  const list: ListChanges = {
    attributes,
    take(record) {
      given.push(record);
      return card.contains(record.target);
    },
    settle(now) {
      settled.push(now);
    },
  };
  return { list, given, settled, settles: () => settled.length };
}

describe('the page watch, for the posting', () => {
  it('reads the posting again once after the page changed it (the control)', async () => {
    pane.querySelector('h1')?.replaceChildren('Head of AI');
    pane.append(document.createElement('p'));
    await vi.waitFor(() => expect(reads).toBe(1));
    await pause(50);
    expect(reads).toBe(1);
  });

  it('does not read it for a list card refilled, nor for chips of its own, without list badges', async () => {
    card.querySelector('strong')?.replaceChildren('Retail Manager');
    card.querySelector('a')?.append(document.createElement(BADGE_HOST_TAG));
    await pause(60);
    expect(reads).toBe(0);
  });

  it('reads nothing more once the lens stops', async () => {
    ctx.abort();
    pane.querySelector('h1')?.replaceChildren('Head of AI');
    await pause(60);
    expect(reads).toBe(0);
  });
});

describe('the page watch, for the list badges', () => {
  it('gives the list every change in order, then settles it; what the list took is not read as the posting', async () => {
    const { list, given, settled, settles } = fakeList();
    page.setList(list);
    card.querySelector('strong')?.replaceChildren('Retail Manager');
    await vi.waitFor(() => expect(settles()).toBe(1));
    expect(settled).toEqual([true]);
    expect(new Set(given.map((record) => record.target))).toEqual(new Set([card.querySelector('strong')]));
    const taken = given.length;
    await pause(50);
    expect(reads).toBe(0);
    // A change the list does not take is the posting's.
    pane.querySelector('h1')?.replaceChildren('Head of AI');
    await vi.waitFor(() => expect(reads).toBe(1));
    expect(given.length).toBeGreaterThan(taken);
  });

  it('hears of the card attributes the list names, and of no other attribute', async () => {
    const { list, given, settles } = fakeList(['data-occludable-job-id']);
    page.setList(list);
    card.setAttribute('data-occludable-job-id', '2');
    card.setAttribute('class', 'recycled');
    pane.setAttribute('data-occludable-job-id', '3');
    await vi.waitFor(() => expect(settles()).toBe(1));
    expect(given.map((record) => [record.target, record.attributeName])).toEqual([
      [card, 'data-occludable-job-id'],
      [pane, 'data-occludable-job-id'],
    ]);
    // An attribute is never the posting's.
    await pause(50);
    expect(reads).toBe(0);
  });

  it("hands over the lens's own drawing at once, and the observer does not call back with it again", async () => {
    const { list, given, settled, settles } = fakeList();
    page.setList(list);
    card.querySelector('a')?.append(document.createElement(BADGE_HOST_TAG));
    page.takeOwnChanges();
    expect(given).toHaveLength(1);
    // Taken off the queue, not delivered by the observer: whatever it marked waits for the next frame.
    expect(settled).toEqual([false]);
    await pause(30);
    expect(given).toHaveLength(1);
    expect(settles()).toBe(1);
  });

  it('takes the changes made while it settles in the same delivery (drawing chips changes the page)', async () => {
    const { list, given } = fakeList();
    let drawn = false;
    let settles = 0;
    const settled: boolean[] = [];
    page.setList({
      ...list,
      settle(now) {
        settles++;
        settled.push(now);
        // The list draws a chip as it settles, once.
        if (!drawn) card.querySelector('a')?.append(document.createElement(BADGE_HOST_TAG));
        drawn = true;
      },
    });
    card.querySelector('strong')?.replaceChildren('Retail Manager');
    await vi.waitFor(() => expect(settles).toBe(2));
    expect(given.at(-1)?.addedNodes[0]?.nodeName.toLowerCase()).toBe(BADGE_HOST_TAG);
    // One pass of drawing per delivery: what the drawing changed settles for the next frame.
    expect(settled).toEqual([true, false]);
    await pause(30);
    expect(settles).toBe(2);
  });

  it('gives what was not delivered yet to the list it was made for when the list goes', async () => {
    const { list, given } = fakeList();
    page.setList(list);
    card.querySelector('strong')?.replaceChildren('Retail Manager');
    page.setList(null);
    const taken = given.length;
    expect(taken).toBeGreaterThan(0);
    card.querySelector('strong')?.replaceChildren('Head of AI');
    await pause(30);
    expect(given).toHaveLength(taken);
    expect(reads).toBe(0);
  });
});
