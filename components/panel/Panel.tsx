// The on-page panel: a header with the product name and two buttons, the top strip that answers the three
// questions (what role, is the pay fair, what is behind it), then the sections the options switch on.
import { useId, useRef, useState } from 'preact/hooks';
import type { RoleId } from '../../data/schema';
import type { CoreAnalysis } from '../../lib/engine/types';
import { type PanelWords, PRODUCT_NAME } from '../../lib/extension/i18n/panel';
import { Icon } from '../shared/icons';
import { ChecksSection } from './ChecksSection';
import { ComparisonSection } from './ComparisonSection';
import { MemorySection } from './MemorySection';
import type { PanelOptions } from './options';
import type { PanelView } from './panel-view';
import { RoleSection } from './RoleSection';
import { SalarySection } from './SalarySection';
import { SkillsSection } from './SkillsSection';
import { PayGlanceLine, SummaryStrip, WhyHow } from './SummaryStrip';
import { PanelWordsProvider } from './words';

export const PANEL_LABEL = PRODUCT_NAME;

export interface PanelProps {
  /** The analysis the view was built from (the posting memory goes by its posting). */
  analysis: CoreAnalysis;
  /** What to print, worded in `words`' language (components/panel/panel-view.ts). */
  view: PanelView;
  /** How the panel looks and which sections it shows (the rest of the options shaped the view). */
  options: Pick<PanelOptions, 'sections' | 'compact' | 'theme'>;
  /** The words of the panel's language; the panel's root says which (lang), for screen readers. */
  words: PanelWords;
  /** Receives the plain-text summary; the caller owns the clipboard. A rejected promise shows "Copy failed". */
  onCopySummary: (text: string) => void | Promise<void>;
  defaultCollapsed?: boolean;
  onCollapsedChange?: (collapsed: boolean) => void;
  /** The role chosen to compare with, for the caller to remember in the settings. */
  onCompareWithChange?: (role: RoleId) => void;
}

/** The outcome of the last copy, tied to the analysis it copied: a new posting shows no stale "copied". */
type CopyOutcome = { of: CoreAnalysis; copied: boolean } | null;

export function Panel({
  analysis,
  view,
  options,
  words: w,
  onCopySummary,
  defaultCollapsed = false,
  onCollapsedChange,
  onCompareWithChange,
}: PanelProps) {
  const [collapsed, setCollapsed] = useState(defaultCollapsed);
  const [copied, setCopied] = useState<CopyOutcome>(null);
  // Chosen here, so the choice shows at once; the caller saves it, and the next view starts from it. A choice that
  // is the next posting's own role has no comparison there: the view's own starting role is shown then.
  const [chosen, setChosen] = useState<RoleId | null>(null);
  const bodyId = useId();
  const collapseButton = useRef<HTMLButtonElement>(null);
  const { sections } = options;
  const { role, salary } = view;
  const comparison = (chosen && view.comparisons[chosen]) || view.comparisons[view.compareWith];

  const toggle = () => {
    setCollapsed(!collapsed);
    onCollapsedChange?.(!collapsed);
  };
  // Escape folds the panel away from anywhere inside it, and leaves focus on the button that brings it back.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || collapsed) return;
    toggle();
    collapseButton.current?.focus();
  };
  const choose = (id: RoleId) => {
    setChosen(id);
    onCompareWithChange?.(id);
  };
  const copy = async () => {
    try {
      await onCopySummary(view.summary);
      setCopied({ of: analysis, copied: true });
    } catch {
      setCopied({ of: analysis, copied: false });
    }
  };

  return (
    <PanelWordsProvider value={w}>
      <section
        class="ail-panel"
        lang={w.locale}
        aria-label={PANEL_LABEL}
        data-theme={options.theme}
        data-compact={options.compact ? 'true' : undefined}
        data-collapsed={collapsed ? 'true' : undefined}
        onKeyDown={onKeyDown}
      >
        <header class="ail-header">
          <Icon name="lens" class="ail-header__logo" />
          <h2 class="ail-header__title">{PANEL_LABEL}</h2>
          <button
            type="button"
            class="ail-button"
            onClick={copy}
            aria-label={w.t('panel.copyLabel')}
            title={w.t('panel.copyTitle')}
            data-action="copy"
          >
            <Icon name="copy" />
            {w.t('panel.copy')}
          </button>
          <button
            type="button"
            class="ail-button ail-button--icon"
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            aria-label={collapsed ? w.t('panel.expand') : w.t('panel.collapse')}
            onClick={toggle}
            ref={collapseButton}
            data-action="collapse"
          >
            <Icon name={collapsed ? 'chevron-down' : 'chevron-up'} />
          </button>
        </header>
        <p class="ail-status" aria-live="polite" data-copy-status>
          {copied?.of === analysis ? w.t(copied.copied ? 'panel.copied' : 'panel.copyFailed') : ''}
        </p>
        <div class="ail-body" id={bodyId} hidden={collapsed}>
          {(sections.role || sections.salary) && (
            <SummaryStrip>
              {sections.role && <RoleSection role={role} reportingLine={view.reportingLine} />}
              {sections.salary && <PayGlanceLine glance={view.glance} />}
              <WhyHow
                role={sections.role ? role : null}
                reportingLine={view.reportingLine}
                salary={sections.salary ? salary : null}
              />
            </SummaryStrip>
          )}
          {sections.salary && <SalarySection salary={salary} postedText={view.postedText} />}
          {sections.comparison && comparison && (
            <ComparisonSection comparison={comparison} onChoose={choose} />
          )}
          {sections.checklist && <SkillsSection checklist={view.checklist} />}
          {sections.checks && <ChecksSection checks={view.checks} />}
          <MemorySection analysis={analysis} />
          <p class="ail-footer">{w.t('panel.footer')}</p>
        </div>
      </section>
    </PanelWordsProvider>
  );
}
