// Which page changes send the lens back to read the posting: not its own chips, not a list card refilled with
// another job, not cards added to or taken off an endless list; anything else, yes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BADGE_HOST_TAG } from '../../components/badge/badge-host';
import { isOwnMutation, listChangeTest } from '../../entrypoints/lens.content/mutations';

const CARD = 'li[data-occludable-job-id]';
let list: HTMLUListElement;
let pane: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = `
    <ul class="list">
      <li data-occludable-job-id="1"><a href="/jobs/view/1/"><strong>Chief AI Officer</strong></a></li>
      <!-- ember -->
      <li data-occludable-job-id="2"><a href="/jobs/view/2/"><strong>Retail Manager</strong></a></li>
    </ul>
    <section class="posting"><h1>VP of AI</h1><p>About the job</p></section>`;
  list = document.querySelector('ul') as HTMLUListElement;
  pane = document.querySelector('.posting') as HTMLElement;
});
afterEach(() => {
  document.body.innerHTML = '';
});

/** The records one change of the page makes. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  expect(records.length).toBeGreaterThan(0);
  return records;
}

const card = (id: string) => {
  const li = document.createElement('li');
  li.setAttribute('data-occludable-job-id', id);
  li.textContent = 'Head of AI';
  return li;
};

describe('listChangeTest', () => {
  const isListChange = listChangeTest(CARD);
  const allList = async (change: () => void) => (await recordsOf(change)).every(isListChange);

  it('counts a card refilled with another job as the list’s', async () => {
    expect(
      await allList(() => {
        (list.querySelector('strong') as HTMLElement).textContent = 'Data Analyst';
      }),
    ).toBe(true);
  });

  it('counts cards added to the list, taken off it or moved in it, with the comments between them, as the list’s', async () => {
    expect(await allList(() => list.append(card('3'), document.createComment('ember'), card('4')))).toBe(
      true,
    );
    expect(await allList(() => list.querySelector('li')?.remove())).toBe(true);
    expect(await allList(() => list.append(list.querySelector('li') as HTMLElement))).toBe(true);
  });

  it('does not count a change of the posting, or something other than a card added to a list', async () => {
    expect(
      await allList(() => {
        (pane.querySelector('h1') as HTMLElement).textContent = 'Head of AI';
      }),
    ).toBe(false);
    expect(await allList(() => list.append(document.createElement('div')))).toBe(false);
    expect(await allList(() => pane.append(document.createElement('p')))).toBe(false);
  });

  it('counts nothing without a card selector (a site with no lists)', async () => {
    const none = listChangeTest('');
    const records = await recordsOf(() => list.append(card('6')));
    expect(records.some(none)).toBe(false);
  });
});

describe('isOwnMutation', () => {
  it('tells the lens’s own chips coming and going from the page’s changes', async () => {
    const chip = document.createElement(BADGE_HOST_TAG);
    expect((await recordsOf(() => list.querySelector('a')?.append(chip))).every(isOwnMutation)).toBe(true);
    expect((await recordsOf(() => chip.remove())).every(isOwnMutation)).toBe(true);
    expect((await recordsOf(() => list.append(card('7')))).every(isOwnMutation)).toBe(false);
  });
});
