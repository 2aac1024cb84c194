// When the lens reads the posting again: on a change of the page, at most once a frame; while the user scrolls,
// not at all, and once when the scroll has ended, whatever changed meanwhile.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPosting } from '../../entrypoints/lens.content/posting-watch';
import { linkedin } from '../../lib/engine/sites/linkedin';

let ctx: ContentScriptContext;
let reads: number;
let list: HTMLElement;
let pane: HTMLElement;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const scrollList = () => list.dispatchEvent(new Event('scroll'));

beforeEach(() => {
  document.body.innerHTML = `
    <div class="scaffold-layout__list"><ul>
      <li data-occludable-job-id="1"><a href="/jobs/view/1/"><strong>Chief AI Officer</strong></a></li>
    </ul></div>
    <section class="posting"><h1>VP of AI</h1></section>`;
  list = document.querySelector('.scaffold-layout__list') as HTMLElement;
  pane = document.querySelector('.posting') as HTMLElement;
  reads = 0;
  ctx = new ContentScriptContext('posting-watch-test');
  watchPosting(
    ctx,
    () => linkedin,
    () => reads++,
  );
});
afterEach(() => {
  ctx.abort();
  document.body.innerHTML = '';
});

describe('the posting watch', () => {
  it('reads the posting again once after the page changed it (the control)', async () => {
    pane.querySelector('h1')?.replaceChildren('Head of AI');
    pane.append(document.createElement('p'));
    await vi.waitFor(() => expect(reads).toBe(1));
    await pause(50);
    expect(reads).toBe(1);
  });

  it('does not look at the page while the user scrolls, and reads it once when the scroll has ended', async () => {
    scrollList();
    pane.querySelector('h1')?.replaceChildren('Head of AI');
    // Still scrolling: the change waits.
    for (let i = 0; i < 4; i++) {
      await pause(60);
      scrollList();
    }
    expect(reads).toBe(0);
    list.dispatchEvent(new Event('scrollend'));
    await pause(60);
    expect(reads).toBe(0);
    await vi.waitFor(() => expect(reads).toBe(1), { timeout: 500 });
    // Watching again: the next change is read as before.
    pane.querySelector('h1')?.replaceChildren('Director of AI');
    await vi.waitFor(() => expect(reads).toBe(2));
  });

  it('watches the page again a second after a scroll began when no scrollend comes', async () => {
    scrollList();
    pane.querySelector('h1')?.replaceChildren('Head of AI');
    await pause(500);
    expect(reads).toBe(0);
    await vi.waitFor(() => expect(reads).toBe(1), { timeout: 1500 });
  });

  it('never leaves the page unwatched for more than a second, however it keeps scrolling', async () => {
    const began = performance.now();
    scrollList();
    pane.querySelector('h1')?.replaceChildren('Head of AI');
    // A page that scrolls itself every 100 ms (a carousel, a chat), each scroll ended.
    while (reads === 0 && performance.now() - began < 2000) {
      list.dispatchEvent(new Event('scrollend'));
      await pause(100);
      scrollList();
    }
    expect(reads).toBe(1);
    expect(performance.now() - began).toBeLessThan(1400);
  });

  it('stops watching, and reads nothing more, once the lens stops', async () => {
    scrollList();
    ctx.abort();
    await pause(250);
    pane.querySelector('h1')?.replaceChildren('Head of AI');
    await pause(50);
    expect(reads).toBe(0);
  });
});
