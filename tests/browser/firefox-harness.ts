// Real Firefox (Debian's firefox-esr) with the built Firefox add-on, driven by puppeteer-core over WebDriver
// BiDi. Firefox has no --host-resolver-rules: every https connection goes through a small CONNECT proxy here
// that tunnels it to the local site server, so pages are reached under their real addresses and nothing can
// reach the network. The proxy records every host asked for, the browser's own services included.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { browserBinary, FIREFOX_BUILD } from './harness';

/** browser_specific_settings.gecko.id in wxt.config.ts. */
const ADDON_ID = 'ai-leadership-lens@example.org';
/** Pinned through extensions.webextensions.uuids, so extension pages have a known address. */
const ADDON_UUID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;
/** The master switch, on the popup and the options page alike: there once either has drawn. */
const LENS_ON = 'Lens on';

export function firefoxPath(): string {
  return browserBinary('Firefox', 'FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');
}

export interface TunnelProxy {
  port: number;
  /** host:port of every CONNECT, in order. */
  tunnels: string[];
  close(): Promise<void>;
}

export async function startTunnelProxy(sitePort: number): Promise<TunnelProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.once('data', (head) => {
      const [method, target] = (head.toString('latin1').split('\r\n')[0] ?? '').split(' ');
      if (method !== 'CONNECT' || !target) {
        // Plain http is not played: say so and close.
        client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
        return;
      }
      tunnels.push(target);
      const upstream = net.connect(sitePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface LaunchedFirefox {
  browser: Browser;
  profileDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchFirefoxWithAddon(opts: {
  proxyPort: number;
  profileDir?: string;
}): Promise<LaunchedFirefox> {
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run "wxt build -b firefox" first.`);
  }
  const profileDir = opts.profileDir ?? mkdtempSync(path.join(tmpdir(), 'lens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Navigating to moz-extension:// pages over WebDriver needs system access.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': opts.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.proxyPort,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // Firefox's own remote settings would otherwise ask the network from the first second.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // The popup plays in a background tab (its "active tab" must be the job page): no timer throttling
      // there, as the real popup, which is always in front, has none.
      'dom.min_background_timeout_value': 0,
      'dom.min_background_timeout_value_without_budget_throttling': 0,
      'dom.timeout.enable_budget_timer_throttling': false,
      // A temporary add-on is installed again after a restart: its storage stays with the profile.
      'extensions.webextensions.keepStorageOnUninstall': true,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    profileDir,
    async close(closeOpts) {
      await browser.close();
      if (!closeOpts?.keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** An extension page opened in its own tab (popup.html, options.html). */
export async function openExtensionPage(browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage();
  // WebDriver BiDi never reports this navigation as finished: start it, then wait for the page's own content.
  page.goto(`${EXTENSION_ORIGIN}/${file}`).catch(() => undefined);
  await settingSwitch(page, LENS_ON);
  return page;
}

/**
 * The popup as it opens over `target`: the target tab made active, then popup.html opened beside it without
 * taking focus, so the popup's "active tab" is the job page, as when the toolbar button is clicked.
 */
export async function openPopupOver(browser: Browser, target: Page): Promise<Page> {
  const control = await openExtensionPage(browser, 'options.html');
  const before = new Set(await browser.pages());
  await control.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
    const [tab] = await api.tabs.query({ url });
    if (!tab?.id) throw new Error(`no tab at ${url}`);
    await api.tabs.update(tab.id, { active: true });
    await api.tabs.create({ url: api.runtime.getURL('/popup.html'), active: false });
  }, target.url());
  // Puppeteer does not learn the address of a tab the add-on opened: the new tab is the popup.
  let popup: Page | undefined;
  for (let tries = 0; !popup && tries < 150; tries++) {
    popup = (await browser.pages()).find((page) => !before.has(page));
    if (!popup) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!popup) throw new Error('the popup tab did not open');
  await control.close();
  await settingSwitch(popup, LENS_ON);
  return popup;
}

/**
 * A switch of the popup or options page by its visible label, once drawn. (Puppeteer's ARIA queries need
 * Chromium's accessibility tree; over BiDi the label is found in the DOM, as aria-labelledby names it.)
 */
export async function settingSwitch(page: Page, label: string): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Polled on a timer, not waitForFunction: a tab opened in the background gets no animation frames, and
    // BiDi cannot hand back an element from a polled function.
    const index = await page
      .evaluate(
        (name: string) =>
          Array.from(document.querySelectorAll('[role="switch"]')).findIndex(
            (button) =>
              document.getElementById(button.getAttribute('aria-labelledby') ?? '')?.textContent === name,
          ),
        label,
      )
      .catch(() => -1);
    const handle = index >= 0 ? (await page.$$('[role="switch"]'))[index] : undefined;
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`no "${label}" switch on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
