import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PanelOptions } from '../../components/panel/options';
import { Panel, type PanelData } from '../../components/panel/Panel';
import panelCss from '../../components/panel/panel.css?inline';
import type { RoleId } from '../../data/vocabulary';
import type { CoreAnalysis } from '../../lib/engine/types';
import type { PanelPosition } from '../../lib/extension/settings';
import dockCss from './dock.css?inline';
import { PANEL_HOST_TAG } from './mutations';
import { pageTheme } from './page-theme';
import { makeDraggable, placeDock } from './panel-drag';
import { panelWords } from './panel-words';

export interface PanelHost {
  show(analysis: CoreAnalysis, data: PanelData, options: PanelOptions, position: PanelPosition): void;
  hide(): void;
  /** Draws the panel once, off the page, so the first real draw runs code that is already compiled. */
  rehearse(analysis: CoreAnalysis, data: PanelData, options: PanelOptions): void;
}

/**
 * One shadow-root panel per tab, in a fixed layer of its own so the page's layout never shifts; docked at
 * the right until the user drags it by its header, then where they left it (saved through `onMoved`).
 */
export async function createPanelHost(
  ctx: ContentScriptContext,
  onMoved: (position: { x: number; y: number }) => void,
  onCompareWith: (role: RoleId) => void,
): Promise<PanelHost> {
  const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
  let placed: string | null = null;
  // Read once, while the page is idle: asking for computed style as a posting is inserted forces a style
  // pass in the middle of the page's own work.
  const themeOfPage = pageTheme(document, window);
  const ui = await createShadowRootUi(ctx, {
    name: PANEL_HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    isolateEvents: true,
    // Styles travel inside the script: no fetch, no web-accessible resource, nothing to load first.
    css: panelCss + dockCss,
    onMount: (container) => {
      const dock = document.createElement('div');
      dock.className = 'ail-dock';
      container.append(dock);
      const undrag = makeDraggable(
        dock,
        (target) => !!target.closest('.ail-header'),
        viewport,
        (position) => {
          placed = JSON.stringify(position);
          onMoved(position);
        },
      );
      return { dock, undrag };
    },
    onRemove: (mounted) => {
      if (!mounted) return;
      mounted.undrag();
      render(null, mounted.dock);
      placed = null;
    },
  });

  return {
    show(analysis, data, options, position) {
      if (!ui.mounted) ui.mount();
      const { dock } = ui.mounted ?? {};
      if (!dock) return;
      mirrorState(ui.shadowHost, analysis, data);
      // "auto" follows the page's own theme first (LinkedIn has a dark mode of its own), then the system.
      const theme = options.theme === 'auto' ? (themeOfPage ?? 'auto') : options.theme;
      render(
        <Panel
          analysis={analysis}
          data={data}
          options={{ ...options, theme }}
          words={panelWords()}
          onCopySummary={(text) => navigator.clipboard.writeText(text)}
          onCompareWithChange={onCompareWith}
        />,
        dock,
      );
      // Re-place only when the saved place changed: a redraw never undoes a drag in progress.
      const key = JSON.stringify(position);
      if (key !== placed) {
        placed = key;
        placeDock(dock, position, viewport());
      }
    },
    hide() {
      if (ui.mounted) ui.remove();
    },
    rehearse(analysis, data, options) {
      const offPage = document.createElement('div');
      render(
        <Panel
          analysis={analysis}
          data={data}
          options={options}
          words={panelWords()}
          onCopySummary={() => undefined}
        />,
        offPage,
      );
      render(null, offPage);
    },
  };
}

/** The panel's state as data-* on its host, for the demo and the browser tests to read. */
function mirrorState(host: HTMLElement, analysis: CoreAnalysis, data: PanelData): void {
  const pay = analysis.pay;
  // "complete" once the checklist and the checks are drawn (details.js has run).
  host.dataset.stage = 'flags' in analysis ? 'complete' : 'first-paint';
  host.dataset.role = analysis.role?.id ?? '';
  host.dataset.roleName = data.roles.find((r) => r.id === analysis.role?.id)?.name ?? '';
  host.dataset.pay = pay ? `${pay.currency} ${pay.annualMin}-${pay.annualMax}/yr` : '';
  host.dataset.verdict =
    analysis.benchmark?.position?.verdict ?? (analysis.benchmark?.gap ? 'no benchmark' : '');
}
