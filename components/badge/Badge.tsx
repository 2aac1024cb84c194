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

export function Badge({
  view,
  theme,
  words,
  saved = false,
}: {
  view: CardBadgeView;
  theme: PanelTheme;
  words: PanelWords;
  /** The posting is starred in the ledger: a star leads the chip. */
  saved?: boolean;
}) {
  const about = badgeLabel(words, view);
  const label = saved ? `${about} ${words.t('memory.saved')}.` : about;
  return (
    <span
      class="ail-badge"
      role="img"
      aria-label={label}
      title={label}
      data-theme={theme}
      lang={words.locale}
    >
      {saved && <span class="ail-badge__star">★</span>}
      <span class="ail-badge__level">{badgeLevel(words, view)}</span>
      {view.pay && (
        <span class="ail-badge__pay" data-verdict={view.pay.verdict}>
          {words.t(`badge.${view.pay.verdict}.${view.pay.against}`)}
        </span>
      )}
    </span>
  );
}
