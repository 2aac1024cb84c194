// The chip a list card gets: the role's level and, when the card shows pay, where it sits against the band.
import type { CardBadgeView } from '../../lib/engine/card-analysis';
import { verdictText } from '../panel/format';
import type { PanelTheme } from '../panel/options';

/** The sentence a screen reader (and the hover tooltip) gives for the chip. */
export function badgeLabel(view: CardBadgeView): string {
  const pay = view.pay ? ` ${verdictText(view.pay.verdict, view.pay.against)}.` : '';
  return `AI Leadership Lens: ${view.roleName}, ${view.levelText}.${pay}`;
}

export function Badge({ view, theme }: { view: CardBadgeView; theme: PanelTheme }) {
  const label = badgeLabel(view);
  return (
    <span class="ail-badge" role="img" aria-label={label} title={label} data-theme={theme}>
      <span class="ail-badge__level">{view.levelText}</span>
      {view.pay && (
        <span class="ail-badge__pay" data-verdict={view.pay.verdict}>
          {view.pay.text}
        </span>
      )}
    </span>
  );
}
