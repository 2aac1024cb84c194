import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelOptions } from '../../components/panel/options';
import { Panel } from '../../components/panel/Panel';
import panelCss from '../../components/panel/panel.css?inline';
import type { PanelView } from '../../components/panel/panel-view';
import type { RoleId } from '../../data/vocabulary';
import type { CoreAnalysis } from '../../lib/engine/types';
import type { PanelPosition } from '../../lib/extension/settings';
import dockCss from './dock.css?inline';
import { PANEL_HOST_TAG } from './mutations';
import { pageTheme } from './page-theme';
import { makeDraggable, placeDock } from './panel-drag';
import { panelWords } from './panel-words';

export interface PanelHost {
  show(analysis: CoreAnalysis, view: PanelView, options: PanelOptions, position: PanelPosition): void;
  hide(): void;
  /** Draws the panel once, off the page, so the first real draw runs code that is already compiled. */
  rehearse(analysis: CoreAnalysis, view: PanelView, options: PanelOptions): void;
}

/** How long a drag's place waits for the settings to come back with it before the settings' place wins again. */
const DRAG_SAVE_WAIT_MS = 2000;

/** Keys typed in the panel stay in it: the page's own shortcuts (LinkedIn's, for one) never see them. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * One shadow-root panel per tab, in a fixed layer of its own so the page's layout never shifts; docked at
 * the right until the user drags it by its header, then where they left it (saved through `onMoved`). The
 * host is made here rather than by wxt's shadow-root UI, whose anchor-watching and auto-mounting the lens
 * never used and whose code every job page would load.
 */
export function createPanelHost(
  ctx: ContentScriptContext,
  onMoved: (position: { x: number; y: number }) => void,
  onCompareWith: (role: RoleId) => void,
): PanelHost {
  const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
  let placed: string | null = null;
  /** Where the user dragged the panel, until the settings come back with it: settings read before the drag was
   *  saved (another setting written at the same moment) do not pull the panel back to its old place. */
  let dragged: { key: string; at: number } | null = null;
  // Read once, while the page is idle: asking for computed style as a posting is inserted forces a style
  // pass in the middle of the page's own work.
  const themeOfPage = pageTheme(document, window);

  const host = document.createElement(PANEL_HOST_TAG);
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  // Styles travel inside the script: no fetch, no web-accessible resource, nothing to load first. The page's
  // inherited styles stop at the host.
  style.textContent = `:host{all:initial !important;}\n${panelCss}\n${dockCss}`;
  head.append(style);
  html.append(head, body);
  host.attachShadow({ mode: 'open' }).append(html);
  for (const type of KEY_EVENTS) body.addEventListener(type, (event) => event.stopPropagation());

  let mounted: { dock: HTMLElement; undrag: () => void } | null = null;
  const mount = () => {
    const dock = document.createElement('div');
    dock.className = 'ail-dock';
    body.append(dock);
    document.body.append(host);
    const undrag = makeDraggable(
      dock,
      (target) => !!target.closest('.ail-header'),
      viewport,
      (position) => {
        placed = JSON.stringify(position);
        dragged = { key: placed, at: performance.now() };
        onMoved(position);
      },
    );
    mounted = { dock, undrag };
    return mounted;
  };
  const unmount = () => {
    if (!mounted) return;
    mounted.undrag();
    render(null, mounted.dock);
    mounted.dock.remove();
    host.remove();
    mounted = null;
    placed = null;
    dragged = null;
  };
  ctx.onInvalidated(unmount);

  return {
    show(analysis, view, options, position) {
      const { dock } = mounted ?? mount();
      mirrorState(host, analysis, view);
      // "auto" follows the page's own theme first (LinkedIn has a dark mode of its own), then the system.
      const theme = options.theme === 'auto' ? (themeOfPage ?? 'auto') : options.theme;
      render(
        <Panel
          analysis={analysis}
          view={view}
          options={{ ...options, theme }}
          words={panelWords()}
          onCopySummary={(text) => navigator.clipboard.writeText(text)}
          onCompareWithChange={onCompareWith}
        />,
        dock,
      );
      // Re-place only when the saved place changed: a redraw never undoes a drag in progress, nor one not saved yet.
      const key = JSON.stringify(position);
      const older =
        dragged !== null && key !== dragged.key && performance.now() - dragged.at < DRAG_SAVE_WAIT_MS;
      if (!older) {
        dragged = null;
        if (key !== placed) {
          placed = key;
          placeDock(dock, position, viewport());
        }
      }
    },
    hide: unmount,
    rehearse(analysis, view, options) {
      const offPage = document.createElement('div');
      render(
        <Panel
          analysis={analysis}
          view={view}
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
function mirrorState(host: HTMLElement, analysis: CoreAnalysis, view: PanelView): void {
  const pay = analysis.pay;
  host.dataset.role = analysis.role?.id ?? '';
  host.dataset.roleName = view.role?.name ?? '';
  host.dataset.pay = pay ? `${pay.currency} ${pay.annualMin}-${pay.annualMax}/yr` : '';
  host.dataset.verdict =
    analysis.benchmark?.position?.verdict ?? (analysis.benchmark?.gap ? 'no benchmark' : '');
}
