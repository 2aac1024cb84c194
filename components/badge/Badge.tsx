// The chip a list card gets: the role's level and, when the card shows pay, where it sits against the band,
// in the panel's language (the role's name, in the label, is the data's own).
import type { CardBadgeView } from '../../lib/engine/card-analysis';
import { type PanelWords, PRODUCT_NAME } from '../../lib/extension/i18n/panel';
import { levelLabel, verdictText } from '../panel/format';
import type { PanelTheme } from '../panel/options';

/** "VP · AI": the role's level, and that it is an AI role. */
export function badgeLevel(w: PanelWords, view: CardBadgeView): string {
  return w.t('badge.level', { level: levelLabel(w, view.level) });
}

/** The sentence a screen reader (and the hover tooltip) gives for the chip. */
export function badgeLabel(w: PanelWords, view: CardBadgeView): string {
  const words = { product: PRODUCT_NAME, role: view.roleName, level: badgeLevel(w, view) };
  return view.pay
    ? w.t('badge.labelPay', { ...words, verdict: verdictText(w, view.pay.verdict, view.pay.against) })
    : w.t('badge.label', words);
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
const keepClick = (event: MouseEvent) => {
  event.preventDefault();
  event.stopPropagation();
};

function StarButton({ star, words }: { star: BadgeStar; words: PanelWords }) {
  return (
    <button
      type="button"
      class="ail-badge__star"
      aria-pressed={star.saved}
      aria-label={words.t('memory.save')}
      title={words.t(star.saved ? 'memory.saved' : 'memory.save')}
      onPointerDown={keepPress}
      onPointerUp={keepPress}
      onMouseDown={keepPress}
      onMouseUp={keepPress}
      onDblClick={keepClick}
      onAuxClick={keepClick}
      onKeyDown={keepKey}
      onKeyUp={keepKey}
      onClick={(event) => {
        keepClick(event);
        star.toggle();
      }}
    >
      {star.saved ? '\u2605' : '\u2606'}
    </button>
  );
}

export function Badge({
  view,
  theme,
  words,
  star = null,
}: {
  view: CardBadgeView;
  theme: PanelTheme;
  words: PanelWords;
  /** The posting memory's star (a toggle button leading the chip); null: memory off, or a job without an id. */
  star?: BadgeStar | null;
}) {
  const label = badgeLabel(words, view);
  const chip = { class: 'ail-badge', title: label, 'data-theme': theme, lang: words.locale };
  // The chip's text repeats its label, so screen readers are given the label alone.
  const text = (
    <>
      <span class="ail-badge__level" aria-hidden="true">
        {badgeLevel(words, view)}
      </span>
      {view.pay && (
        <span class="ail-badge__pay" data-verdict={view.pay.verdict} aria-hidden="true">
          {words.t(`badge.${view.pay.verdict}.${view.pay.against}`)}
        </span>
      )}
    </>
  );
  // With the star, a labelled group (a fieldset): an image's content would hide the button from screen readers.
  return star ? (
    <fieldset {...chip} aria-label={label}>
      <StarButton star={star} words={words} />
      {text}
    </fieldset>
  ) : (
    <span {...chip} role="img" aria-label={label}>
      {text}
    </span>
  );
}
