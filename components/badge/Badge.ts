// The chip a list card gets: the role's level and, when the card shows pay, where it sits against the band,
// in the panel's language (the role's name, in the label, is the data's own). Built with the DOM, not Preact:
// an endless list draws hundreds of chips while the user scrolls, and rendering each through the framework was
// the largest part of the lens's cost per card (tests/bench/endless-list.ts's profile).
import type { CardBadgeView } from '../../lib/engine/card-analysis';
import { type PanelWords, PRODUCT_NAME } from '../../lib/extension/i18n/panel';
import { levelLabel, verdictText } from '../panel/format';
import type { PanelTheme } from '../panel/options';

/** "VP · AI": the role's level, and that it is an AI role. */
function badgeLevel(w: PanelWords, view: CardBadgeView): string {
  return w.t('badge.level', { level: levelLabel(w, view.level) });
}

/** The sentence a screen reader (and the hover tooltip) gives for the chip. */
export function badgeLabel(w: PanelWords, view: CardBadgeView): string {
  const words = { product: PRODUCT_NAME, role: view.roleName, level: badgeLevel(w, view) };
  return view.pay
    ? w.t('badge.labelPay', { ...words, verdict: verdictText(w, view.pay.verdict, view.pay.against) })
    : w.t('badge.label', words);
}

/** What a chip says. */
interface ChipWords {
  level: string;
  label: string;
  /** The pay verdict's text; null for a card that shows no pay. */
  pay: string | null;
}

/** Each language's chip words by what decides them: most chips of a list say what another chip said before. */
const chipWordsIn = new WeakMap<PanelWords, Map<string, ChipWords>>();

/** The words of the chip for `view` (role, level and pay verdict: a small set, whatever the list's length). */
export function chipWords(w: PanelWords, view: CardBadgeView): ChipWords {
  let known = chipWordsIn.get(w);
  if (!known) {
    known = new Map();
    chipWordsIn.set(w, known);
  }
  const key = [view.roleName, view.level, view.pay?.verdict, view.pay?.against].join('\u0000');
  let words = known.get(key);
  if (!words) {
    words = {
      level: badgeLevel(w, view),
      label: badgeLabel(w, view),
      pay: view.pay ? w.t(`badge.${view.pay.verdict}.${view.pay.against}`) : null,
    };
    known.set(key, words);
  }
  return words;
}

/** The chip's star: whether the posting is saved, and what a press does. */
export interface BadgeStar {
  saved: boolean;
  toggle(): void;
}

// The chip sits in a card that is often a link, or opens its posting on a press: a press on the star stays with
// the star. Stopped in the shadow root, before the card's own handlers and the link see it.
const keepPress = (event: Event) => event.stopPropagation();
const keepKey = (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
};
const keepClick = (event: Event) => {
  event.preventDefault();
  event.stopPropagation();
};

/** A chip drawn in a mount: its elements, kept to be updated in place. */
interface DrawnChip {
  chip: HTMLElement;
  star: HTMLButtonElement | null;
  level: HTMLElement;
  pay: HTMLElement | null;
  /** What a press on the star does now. */
  toggle: () => void;
  /** What each of its texts and attributes was last set to (keyed by what it is): a chip drawn for the next
   *  card mostly says what it said, and a value written again is still a change the browser works through. */
  written: Map<string, string>;
}

/** Sets one of the chip's texts or attributes, unless it already says `value`. */
function write(drawn: DrawnChip, what: string, value: string, set: (value: string) => void): void {
  if (drawn.written.get(what) === value) return;
  drawn.written.set(what, value);
  set(value);
}

const drawnIn = new WeakMap<Element, DrawnChip>();

function makeChip(doc: Document, withStar: boolean): DrawnChip {
  // With the star, a labelled group (a fieldset): an image's content would hide the button from screen readers.
  const chip = doc.createElement(withStar ? 'fieldset' : 'span');
  chip.className = 'ail-badge';
  if (!withStar) chip.setAttribute('role', 'img');
  const level = doc.createElement('span');
  level.className = 'ail-badge__level';
  // The chip's text repeats its label, so screen readers are given the label alone.
  level.setAttribute('aria-hidden', 'true');
  const drawn: DrawnChip = {
    chip,
    star: null,
    level,
    pay: null,
    toggle: () => undefined,
    written: new Map(),
  };
  if (withStar) {
    const star = doc.createElement('button');
    star.type = 'button';
    star.className = 'ail-badge__star';
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup'])
      star.addEventListener(type, keepPress);
    for (const type of ['dblclick', 'auxclick']) star.addEventListener(type, keepClick);
    star.addEventListener('keydown', keepKey);
    star.addEventListener('keyup', keepKey);
    star.addEventListener('click', (event) => {
      keepClick(event);
      drawn.toggle();
    });
    chip.append(star);
    drawn.star = star;
  }
  chip.append(level);
  return drawn;
}

/** The chip drawn in `mount`, if one is. */
export function drawnChip(mount: Element): HTMLElement | null {
  return drawnIn.get(mount)?.chip ?? null;
}

/** The chip in `mount` no longer answers a press of its star (it is set aside, and keeps no card alive). */
export function forgetBadgePress(mount: Element): void {
  const drawn = drawnIn.get(mount);
  if (drawn) drawn.toggle = () => undefined;
}

/** Empties `mount`: nothing the chip held (the star's press, the card and view it closes over) stays. */
export function clearBadge(mount: Element): void {
  drawnIn.delete(mount);
  mount.replaceChildren();
}

/**
 * Draws the chip in `mount`, or brings the one drawn there up to date: the star stays the same element through a
 * press, so keyboard focus stays on it.
 */
export function drawBadge(
  mount: Element,
  view: CardBadgeView,
  theme: PanelTheme,
  words: PanelWords,
  star: BadgeStar | null = null,
): void {
  let drawn = drawnIn.get(mount);
  if (!drawn || (drawn.star !== null) !== (star !== null) || drawn.chip.parentNode !== mount) {
    drawn = makeChip(mount.ownerDocument, star !== null);
    mount.replaceChildren(drawn.chip);
    drawnIn.set(mount, drawn);
  }
  const { chip, level } = drawn;
  const said = chipWords(words, view);
  write(drawn, 'label', said.label, (label) => {
    chip.title = label;
    chip.setAttribute('aria-label', label);
  });
  write(drawn, 'theme', theme, (value) => {
    chip.dataset.theme = value;
  });
  write(drawn, 'lang', words.locale, (locale) => {
    chip.lang = locale;
  });
  write(drawn, 'level', said.level, (text) => {
    level.textContent = text;
  });
  if (view.pay && said.pay !== null) {
    if (!drawn.pay) {
      drawn.pay = mount.ownerDocument.createElement('span');
      drawn.pay.className = 'ail-badge__pay';
      drawn.pay.setAttribute('aria-hidden', 'true');
      chip.append(drawn.pay);
      drawn.written.delete('verdict');
      drawn.written.delete('pay');
    }
    const pay = drawn.pay;
    const { verdict, against } = view.pay;
    write(drawn, 'verdict', verdict, (value) => {
      pay.dataset.verdict = value;
    });
    write(drawn, 'pay', said.pay, (text) => {
      pay.textContent = text;
    });
  } else {
    drawn.pay?.remove();
    drawn.pay = null;
  }
  const starButton = drawn.star;
  if (star && starButton) {
    write(drawn, 'saved', String(star.saved), (saved) => {
      starButton.setAttribute('aria-pressed', saved);
      starButton.textContent = star.saved ? '\u2605' : '\u2606';
    });
    write(drawn, 'starLabel', words.t('memory.save'), (label) => {
      starButton.setAttribute('aria-label', label);
    });
    write(drawn, 'starTitle', words.t(star.saved ? 'memory.saved' : 'memory.save'), (title) => {
      starButton.title = title;
    });
    drawn.toggle = star.toggle;
  }
}
