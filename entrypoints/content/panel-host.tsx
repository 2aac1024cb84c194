import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PanelOptions } from '../../components/panel/options';
import { Panel } from '../../components/panel/Panel';
import panelCss from '../../components/panel/panel.css?inline';
import type { BundledData } from '../../data';
import type { Analysis } from '../../lib/types';
import dockCss from './dock.css?inline';

export const PANEL_HOST_TAG = 'ai-leadership-lens';

export interface PanelHost {
  show(analysis: Analysis, options: PanelOptions): void;
  hide(): void;
}

/** One shadow-root panel per tab, docked at the side: fixed position, so the page's layout never shifts. */
export async function createPanelHost(ctx: ContentScriptContext, data: BundledData): Promise<PanelHost> {
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
      return dock;
    },
    onRemove: (dock) => {
      if (dock) render(null, dock);
    },
  });

  return {
    show(analysis, options) {
      if (!ui.mounted) ui.mount();
      const dock = ui.mounted;
      if (!dock) return;
      mirrorState(ui.shadowHost, analysis, data);
      render(
        <Panel
          analysis={analysis}
          data={data}
          options={options}
          onCopySummary={(text) => navigator.clipboard.writeText(text)}
        />,
        dock,
      );
    },
    hide() {
      if (ui.mounted) ui.remove();
    },
  };
}

/** The panel's state as data-* on its host, for the demo and the browser tests to read. */
function mirrorState(host: HTMLElement, analysis: Analysis, data: BundledData): void {
  const pay = analysis.pay;
  host.dataset.role = analysis.role?.id ?? '';
  host.dataset.roleName = data.roles.find((r) => r.id === analysis.role?.id)?.name ?? '';
  host.dataset.pay = pay ? `${pay.currency} ${pay.annualMin}-${pay.annualMax}/yr` : '';
  host.dataset.verdict =
    analysis.benchmark?.position?.verdict ?? (analysis.benchmark?.gap ? 'no benchmark' : '');
}
