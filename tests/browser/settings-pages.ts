// The popup, the options page and the stored settings, driven the way the settings browser tests need them.
// Everything that runs inside the extension's service worker lives here, next to its one `chrome` declaration.
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import type { DiagnosticsReply } from '../../lib/extension/diagnostics-message';
import type { LaunchedBrowser } from './harness';
import { PANEL_HOST } from './lens-state';

// The service worker's own global; only ever used inside serviceWorker.evaluate callbacks.
declare const chrome: typeof Browser;

/** lib/extension/settings-store.ts keeps its 'sync:settings' item under this key of chrome.storage.sync. */
const SETTINGS_KEY = 'settings';

export type ExtensionPage = 'popup.html' | 'options.html';

export function extensionUrl(lens: LaunchedBrowser, page: ExtensionPage): string {
  return `chrome-extension://${lens.extensionId}/${page}`;
}

/** The extension's running service worker; reloading the extension replaces the one the launch returned. */
export async function liveWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`);
  return (
    context.serviceWorkers().findLast(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }))
  );
}

/** What chrome.storage.sync holds for the settings item, untouched by parseSettings. */
export async function storedSettings(worker: Worker): Promise<unknown> {
  return worker.evaluate(async (key) => (await chrome.storage.sync.get(key))[key] ?? null, SETTINGS_KEY);
}

/** Writes the settings item as another context would; every open tab and page sees the change. */
export async function writeStoredSettings(worker: Worker, value: unknown): Promise<void> {
  await worker.evaluate(
    async ([key, v]) => chrome.storage.sync.set({ [key as string]: v }),
    [SETTINGS_KEY, value],
  );
}

/** Back to no stored settings: every reader falls back to the defaults. */
export async function clearStoredSettings(worker: Worker): Promise<void> {
  await worker.evaluate(() => chrome.storage.sync.clear());
}

/** The tab showing `url`; a tab whose navigation has only just committed may name it a moment later. */
async function tabIdOf(worker: Worker, url: string): Promise<{ id: number; windowId: number }> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const tab = await worker.evaluate(async (wanted) => {
      const tabs = await chrome.tabs.query({});
      const matches = tabs.filter((t) => t.url === wanted || t.pendingUrl === wanted);
      const found = matches.find((t) => t.active) ?? matches[0];
      return found?.id === undefined ? null : { id: found.id, windowId: found.windowId };
    }, url);
    if (tab) return tab;
    if (Date.now() > deadline) throw new Error(`No tab at ${url}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * The popup as the toolbar button would show it over `target`. A popup page opened as an ordinary tab is
 * itself its window's active tab, so the popup is opened instead as a background tab in `target`'s window:
 * its tabs.query({ active: true, currentWindow: true }) then finds `target`, as a real popup does.
 */
export async function openPopupFor(lens: LaunchedBrowser, target: Page): Promise<Page> {
  await target.bringToFront();
  const worker = await liveWorker(lens.context, lens.extensionId);
  const { windowId } = await tabIdOf(worker, target.url());
  const opened = lens.context.waitForEvent('page', { timeout: 15_000 });
  await worker.evaluate(
    async ([url, inWindow]) => {
      await chrome.tabs.create({ url: url as string, windowId: inWindow as number, active: false });
    },
    [extensionUrl(lens, 'popup.html'), windowId],
  );
  const popup = await opened;
  await popup.waitForLoadState();
  await popup.getByRole('switch', { name: 'Lens on' }).waitFor();
  return popup;
}

export async function openOptions(lens: LaunchedBrowser): Promise<Page> {
  const page = await lens.context.newPage();
  await page.goto(extensionUrl(lens, 'options.html'));
  await page.getByRole('switch', { name: 'Lens on' }).waitFor();
  return page;
}

/** A switch on the popup or the options page, by its visible label. */
export function settingSwitch(page: Page, label: string): Locator {
  return page.getByRole('switch', { name: label, exact: true });
}

export async function isOn(toggle: Locator): Promise<boolean> {
  return (await toggle.getAttribute('aria-checked')) === 'true';
}

/** The data-section ids the panel shows, in order; null when the page has no panel. */
export async function panelSections(page: Page): Promise<string[] | null> {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root) return null;
    return Array.from(root.querySelectorAll<HTMLElement>('[data-section]'), (el) => el.dataset.section ?? '');
  }, PANEL_HOST);
}

type MarkedWindow = { lensTestMarker?: string; lensTestClickAt?: number };

/** Puts a value on the page's window: it survives anything but a reload or a navigation. */
export async function markWindow(page: Page): Promise<string> {
  const marker = `marker-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((value) => {
    (window as MarkedWindow).lensTestMarker = value;
  }, marker);
  return marker;
}

export async function windowMarker(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as MarkedWindow).lensTestMarker ?? null);
}

/**
 * Clicks `control` and returns how many ms after the click event `condition(arg)` first held in `watched`,
 * both times read from the one wall clock the two renderers share. The condition must be false before.
 */
export async function msFromClickUntil<A>(
  control: Locator,
  watched: Page,
  condition: (arg: A) => boolean,
  arg: A,
): Promise<number> {
  const clickPage = control.page();
  await clickPage.evaluate(() => {
    const w = window as MarkedWindow;
    delete w.lensTestClickAt;
    document.addEventListener('click', () => (w.lensTestClickAt = Date.now()), { capture: true, once: true });
  });
  // Expressions, not functions: they carry the condition's source with its argument.
  const expression = `(${condition.toString()})(${JSON.stringify(arg)})`;
  if (await watched.evaluate(expression)) throw new Error('The condition already held before the click');
  const seen = watched.waitForFunction(`${expression} ? Date.now() : 0`, undefined, {
    polling: 'raf',
    timeout: 10_000,
  });
  await control.click();
  const seenAt = (await (await seen).jsonValue()) as number;
  const clickAt = await clickPage.evaluate(() => (window as MarkedWindow).lensTestClickAt ?? null);
  if (clickAt === null) throw new Error('The click never reached the page');
  return seenAt - clickAt;
}

/** Asks the tab's content script what it read, exactly as the popup does. */
export async function diagnosticsOf(lens: LaunchedBrowser, target: Page): Promise<DiagnosticsReply> {
  const worker = await liveWorker(lens.context, lens.extensionId);
  const { id } = await tabIdOf(worker, target.url());
  return worker.evaluate(
    (tabId) => chrome.tabs.sendMessage(tabId, { type: 'get-diagnostics' }),
    id,
  ) as Promise<DiagnosticsReply>;
}

/** The toolbar badge text the background set for the tab. */
export async function toolbarBadge(lens: LaunchedBrowser, target: Page): Promise<string> {
  const worker = await liveWorker(lens.context, lens.extensionId);
  const { id } = await tabIdOf(worker, target.url());
  return worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), id);
}

export interface ReadoutRow {
  term: string;
  detail: string;
  missing: boolean;
}

/** The popup's read-out lists (the posting summary and "How each field was read"), row by row. */
export async function readoutRows(popup: Page): Promise<{ summary: ReadoutRow[]; fields: ReadoutRow[] }> {
  return popup.evaluate(() => {
    const rows = (list: Element | null) =>
      Array.from(list?.querySelectorAll('dt') ?? [], (dt) => ({
        term: dt.textContent ?? '',
        detail: dt.nextElementSibling?.textContent ?? '',
        missing: dt.parentElement?.classList.contains('missing') ?? false,
      }));
    return {
      summary: rows(document.querySelector('dl.readout:not(.readout-fields)')),
      fields: rows(document.querySelector('dl.readout-fields')),
    };
  });
}

/** What the background sends a tab when the "toggle-panel" shortcut is pressed (Chromium offers no way to
 *  press an extension shortcut in a headless run). */
export async function sendTogglePanel(lens: LaunchedBrowser, target: Page): Promise<void> {
  const worker = await liveWorker(lens.context, lens.extensionId);
  const { id } = await tabIdOf(worker, target.url());
  await worker.evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'toggle-panel' }), id);
}

/** Opens a background tab at `url` from the service worker: a request the extension itself starts. */
export async function openTabFromWorker(lens: LaunchedBrowser, url: string): Promise<void> {
  const worker = await liveWorker(lens.context, lens.extensionId);
  await worker.evaluate(async (target) => {
    await chrome.tabs.create({ url: target, active: false });
  }, url);
}
