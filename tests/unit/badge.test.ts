import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeLabel, drawBadge } from '../../components/badge/Badge';
import {
  BADGE_HOST_TAG,
  createBadgeHost,
  hideBadge,
  removeBadge,
  renderBadge,
  spareBadge,
} from '../../components/badge/badge-host';
import type { CardBadgeView } from '../../lib/engine/card-analysis';
import { english, panelWordsIn } from './components/words';

const caio: CardBadgeView = {
  jobId: '4400000011',
  roleId: 'caio',
  roleName: 'Chief AI Officer',
  level: 'c-suite',
  levelText: 'C-suite · AI',
  pay: { verdict: 'within', against: 'band', text: 'within band' },
};
const headNoPay: CardBadgeView = {
  jobId: '4400000013',
  roleId: 'head_ai',
  roleName: 'Head of AI / ML',
  level: 'head',
  levelText: 'Head · AI',
  pay: null,
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  root.remove();
});

describe('Badge', () => {
  it('shows the level and the pay position, labelled for screen readers', () => {
    drawBadge(root, caio, 'auto', english);
    const chip = root.querySelector('.ail-badge');
    expect(chip?.querySelector('.ail-badge__level')?.textContent).toBe('C-suite · AI');
    expect(chip?.querySelector('.ail-badge__pay')?.textContent).toBe('within band');
    expect(chip?.querySelector('.ail-badge__pay')?.getAttribute('data-verdict')).toBe('within');
    expect(chip?.getAttribute('role')).toBe('img');
    expect(chip?.getAttribute('aria-label')).toBe(
      'AI Leadership Lens: Chief AI Officer, C-suite · AI. Posted pay is within the band.',
    );
    expect(chip?.getAttribute('title')).toBe(chip?.getAttribute('aria-label'));
  });

  it('has no pay segment when the card shows no pay', () => {
    drawBadge(root, headNoPay, 'dark', english);
    expect(root.querySelector('.ail-badge__pay')).toBeNull();
    expect(root.querySelector('.ail-badge')?.getAttribute('data-theme')).toBe('dark');
    expect(badgeLabel(english, headNoPay)).toBe('AI Leadership Lens: Head of AI / ML, Head · AI.');
  });

  it('says "middle half" in the label when pay was placed against percentiles', () => {
    const view: CardBadgeView = {
      ...caio,
      pay: { verdict: 'above', against: 'middle-half', text: 'above P25–P75' },
    };
    expect(badgeLabel(english, view)).toContain('above the middle half (25th–75th percentile)');
  });
});

describe('the star on the chip', () => {
  const starOf = (el: ParentNode) => el.querySelector<HTMLButtonElement>('button.ail-badge__star');

  it('is a toggle button named in the panel’s words, pressed when the posting is saved', () => {
    drawBadge(root, caio, 'auto', english, { saved: false, toggle: () => {} });
    const chip = root.querySelector('.ail-badge');
    // A labelled group: the button inside is not hidden the way an image's content is.
    expect(chip?.localName).toBe('fieldset');
    expect(chip?.getAttribute('role')).toBeNull();
    expect(chip?.getAttribute('aria-label')).toBe(badgeLabel(english, caio));
    let star = starOf(root);
    expect(star?.type).toBe('button');
    expect(star?.getAttribute('aria-pressed')).toBe('false');
    expect(star?.getAttribute('aria-label')).toBe('Save');
    expect(star?.textContent).toBe('☆');

    const before = star;
    drawBadge(root, caio, 'auto', english, { saved: true, toggle: () => {} });
    star = starOf(root);
    // Updated in place: a keyboard user who pressed it keeps focus on it.
    expect(star).toBe(before);
    expect(star?.getAttribute('aria-pressed')).toBe('true');
    expect(star?.getAttribute('aria-label')).toBe('Save');
    expect(star?.getAttribute('title')).toBe('Saved');
    expect(star?.textContent).toBe('★');

    drawBadge(root, caio, 'auto', panelWordsIn('de'), { saved: true, toggle: () => {} });
    expect(starOf(root)?.getAttribute('aria-label')).toBe('Speichern');
    expect(starOf(root)?.getAttribute('title')).toBe('Gespeichert');
  });

  it('is not there without a star to give: an image, as before', () => {
    drawBadge(root, caio, 'auto', english);
    expect(starOf(root)).toBeNull();
    expect(root.querySelector('.ail-badge')?.getAttribute('role')).toBe('img');
  });

  it('toggles on a click that neither the card nor its link gets', () => {
    const toggle = vi.fn();
    // The chip as on a job site: inside a card's link, in its own shadow root.
    const card = document.createElement('a');
    card.href = 'https://www.linkedin.com/jobs/view/4400000011/';
    const host = createBadgeHost(document);
    card.append(host);
    root.append(card);
    renderBadge(host, caio, 'light', english, { saved: false, toggle });
    const heard: string[] = [];
    for (const type of [
      'click',
      'auxclick',
      'pointerdown',
      'pointerup',
      'mousedown',
      'mouseup',
      'keydown',
      'keyup',
    ])
      card.addEventListener(type, (event) =>
        heard.push(`${event.type}:${(event as KeyboardEvent).key ?? ''}`),
      );
    const star = host.shadowRoot ? starOf(host.shadowRoot) : null;
    if (!star) throw new Error('no star on the chip');

    const press = (event: Event) => {
      star.dispatchEvent(event);
      return event;
    };
    const options = { bubbles: true, composed: true, cancelable: true };
    press(new PointerEvent('pointerdown', options));
    press(new MouseEvent('mousedown', options));
    press(new PointerEvent('pointerup', options));
    press(new MouseEvent('mouseup', options));
    const click = press(new MouseEvent('click', options));
    expect(toggle).toHaveBeenCalledTimes(1);
    // Cancelled: the link around the chip is not followed.
    expect(click.defaultPrevented).toBe(true);
    expect(press(new MouseEvent('auxclick', { ...options, button: 1 })).defaultPrevented).toBe(true);
    press(new KeyboardEvent('keydown', { ...options, key: 'Enter' }));
    press(new KeyboardEvent('keyup', { ...options, key: ' ' }));
    expect(heard).toEqual([]);
    expect(toggle).toHaveBeenCalledTimes(1);

    // Other keys are the page's: its shortcuts keep working with the star focused.
    press(new KeyboardEvent('keydown', { ...options, key: 'Escape' }));
    expect(heard).toEqual(['keydown:Escape']);
    expect(host.dataset.saved).toBe('false');
  });
});

describe('badge host', () => {
  it('is a tiny element with an open shadow root holding the styles and the chip', () => {
    const host = createBadgeHost(document);
    root.append(host);
    renderBadge(host, caio, 'light', english);
    expect(host.localName).toBe(BADGE_HOST_TAG);
    expect(host.shadowRoot?.mode).toBe('open');
    // (vitest does not load CSS: the style's text is checked in the browser test, where the chip is seen.)
    expect(host.shadowRoot?.querySelector('style')).not.toBeNull();
    expect(host.shadowRoot?.querySelector('.ail-badge__level')?.textContent).toBe('C-suite · AI');
    expect(host.dataset).toMatchObject({ lensJobId: '4400000011', level: 'C-suite · AI', verdict: 'within' });
    // Nothing in the light DOM: the title text the extractor reads around it is unchanged.
    expect(host.childNodes).toHaveLength(0);
    expect(host.textContent).toBe('');
  });

  it('redraws in place for a new job', () => {
    const host = createBadgeHost(document);
    root.append(host);
    renderBadge(host, caio, 'light', english);
    renderBadge(host, headNoPay, 'light', english);
    expect(host.shadowRoot?.querySelectorAll('.ail-badge')).toHaveLength(1);
    expect(host.shadowRoot?.querySelector('.ail-badge__level')?.textContent).toBe('Head · AI');
    expect(host.shadowRoot?.querySelector('.ail-badge__pay')).toBeNull();
    expect(host.getAttribute('data-lens-job-id')).toBe('4400000013');
    expect(host.getAttribute('data-level')).toBe('Head · AI');
    expect(host.getAttribute('data-verdict')).toBe('');
  });

  it('is hidden where it stands for a card with no chip for now, and shown by its next draw', () => {
    const host = createBadgeHost(document);
    root.append(host);
    renderBadge(host, caio, 'auto', english);
    hideBadge(host);
    expect(host.hidden).toBe(true);
    expect(host.parentNode).toBe(root);
    renderBadge(host, headNoPay, 'auto', english);
    expect(host.hidden).toBe(false);
    expect(host.dataset.level).toBe('Head · AI');
  });

  it('changes nothing on the page or in the chip when drawn again for a job that says the same', () => {
    const host = createBadgeHost(document);
    root.append(host);
    const shadow = host.shadowRoot;
    if (!shadow) throw new Error('no shadow root');
    const everything = { subtree: true, childList: true, attributes: true, characterData: true };
    const page = new MutationObserver(() => undefined);
    const chip = new MutationObserver(() => undefined);
    page.observe(root, everything);
    chip.observe(shadow, everything);
    const star = { saved: false, toggle: () => undefined };
    renderBadge(host, caio, 'auto', english, star);
    expect(page.takeRecords().length + chip.takeRecords().length).toBeGreaterThan(0);

    // Another job of the same role, level and pay position, with the same star: only its job id is new.
    renderBadge(host, { ...caio, jobId: '4400000099' }, 'auto', english, { ...star });
    expect(page.takeRecords().map((r) => r.attributeName)).toEqual(['data-lens-job-id']);
    expect(chip.takeRecords()).toEqual([]);
    renderBadge(host, { ...caio, jobId: '4400000099' }, 'auto', english, { ...star });
    expect(page.takeRecords()).toEqual([]);
    expect(chip.takeRecords()).toEqual([]);
    hideBadge(host);
    hideBadge(host);
    expect(page.takeRecords()).toHaveLength(1);
    page.disconnect();
    chip.disconnect();
  });

  it('is set aside from a removed card keeping its chip, but not the removed card’s star press', () => {
    const host = createBadgeHost(document);
    root.append(host);
    const toggle = vi.fn();
    renderBadge(host, caio, 'auto', english, { saved: false, toggle });
    spareBadge(host);
    expect(host.parentNode).toBeNull();
    const star = host.shadowRoot?.querySelector<HTMLButtonElement>('.ail-badge__star');
    expect(star).toBeTruthy();
    star?.click();
    expect(toggle).not.toHaveBeenCalled();
  });

  it('is removed from the page with its chip', () => {
    const host = createBadgeHost(document);
    root.append(host);
    renderBadge(host, caio, 'auto', english);
    removeBadge(host);
    expect(root.querySelector(BADGE_HOST_TAG)).toBeNull();
    expect(host.shadowRoot?.querySelector('.ail-badge')).toBeNull();
  });
});
