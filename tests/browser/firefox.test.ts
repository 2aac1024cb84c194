// The Firefox build in real Firefox ESR: the panel on LinkedIn, Greenhouse and a page read through its JSON-LD,
// LinkedIn's single-page switches, list badges, the popup's switches acting on an open tab, settings kept
// across a restart, and no request of the extension's own while all of that runs.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type LaunchedFirefox,
  launchFirefoxWithAddon,
  openPopupOver,
  settingSwitch,
  startTunnelProxy,
  type TunnelProxy,
} from './firefox-harness';
import { fixture, type SiteServer, startSiteServer } from './harness';
import { hostilePage } from './hostile-pages';
import { BADGE_HOST, PANEL_HOST } from './lens-state';
import { withLinkedInSpa } from './linkedin-spa';
import { samplePage } from './sample-sites';

const job = samplePage('linkedin-guest-job.html');
const greenhouse = samplePage('greenhouse-job.html');
const search = samplePage('linkedin-search.html');
const jsonld = hostilePage('ashby-jsonld.html');
const DOCUMENTS = [job, greenhouse, search, jsonld];

/**
 * Firefox's own services (remote settings, experiments), asked for by the browser with or without any add-on.
 * The bundles name none of these hosts (no-network.test.ts searches them), so no request to them is ours.
 */
const FIREFOX_SERVICE_HOSTS = /(?:^|\.)(?:services\.mozilla\.com|telemetry\.mozilla\.org|mozaws\.net)$/;

let server: SiteServer;
let proxy: TunnelProxy;
let firefox: LaunchedFirefox;
const browser = (): Browser => firefox.browser;

beforeAll(async () => {
  server = await startSiteServer([
    job.route,
    greenhouse.route,
    jsonld.route,
    {
      ...search.route,
      path: '/jobs/search/*',
      body: withLinkedInSpa(fixture('samples/linkedin-search.html')),
    },
  ]);
  proxy = await startTunnelProxy(server.port);
  firefox = await launchFirefoxWithAddon({ proxyPort: proxy.port });
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await server?.close();
});

// Every test also proves the extension asked nothing of the network while it ran: the proxy sees every
// connection Firefox opens (the add-on's included), the site server every request made through them.
let tunnelsBefore = 0;
let requestsBefore = 0;
beforeEach(() => {
  tunnelsBefore = proxy.tunnels.length;
  requestsBefore = server.requests.length;
});
afterEach(async () => {
  for (const page of await browser().pages()) if (page.url() !== 'about:blank') await page.close();
  const pageHosts = new Set(DOCUMENTS.map((d) => new URL(d.url).host));
  const tunnels = proxy.tunnels.slice(tunnelsBefore).map((target) => target.replace(/:443$/, ''));
  expect(tunnels.filter((host) => !pageHosts.has(host) && !FIREFOX_SERVICE_HOSTS.test(host))).toEqual([]);
  const paths = new Set(DOCUMENTS.map((d) => `${new URL(d.url).host}${new URL(d.url).pathname}`));
  const requests = server.requests
    .slice(requestsBefore)
    .map((r) => `${r.host}${r.url.split('?')[0]}`)
    .filter((r) => !r.endsWith('/favicon.ico') && !FIREFOX_SERVICE_HOSTS.test(r.split('/')[0] ?? ''));
  expect(requests.filter((r) => !paths.has(r))).toEqual([]);
});

/** The panel's state as its host mirrors it, and the sections drawn in its shadow root. */
async function panelOf(page: Page) {
  return page.evaluate((tag: string) => {
    const host = document.querySelector(tag);
    const root = host?.shadowRoot;
    return {
      hosts: document.querySelectorAll(tag).length,
      role: host?.getAttribute('data-role') ?? null,
      drawn: root?.querySelector('.ail-panel') != null,
      sections: Array.from(root?.querySelectorAll('[data-section]') ?? [], (s) =>
        s.getAttribute('data-section'),
      ),
      text: root?.querySelector('.ail-panel')?.textContent ?? '',
    };
  }, PANEL_HOST);
}

/** Polls `read` until `accept` holds, or fails with the last value read. */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`gave up waiting; last read: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

async function open(url: string): Promise<Page> {
  const page = await browser().newPage();
  await page.goto(url);
  return page;
}

/** A click in the popup's tab: a DOM click, as WebDriver's pointer input waits seconds on a background tab. */
async function clickSwitch(popup: Page, name: string): Promise<void> {
  await (await settingSwitch(popup, name)).evaluate((button) => (button as HTMLElement).click());
}

describe('Firefox ESR with the Firefox build', () => {
  it.each([
    ['LinkedIn', job.url, 'caio'],
    ['Greenhouse', greenhouse.url, 'director_ai'],
    ['a page read through its JSON-LD', jsonld.url, 'caio'],
  ])('shows the panel on %s', async (_site, url, role) => {
    const page = await open(url);
    const panel = await until(
      () => panelOf(page),
      (p) => p.drawn,
    );
    expect(panel).toMatchObject({ hosts: 1, role });
    expect(panel.sections).toEqual(expect.arrayContaining(['role', 'salary']));
  });

  it('follows LinkedIn single-page switches and draws the list badges', async () => {
    const page = await open(search.url);
    await until(
      () => panelOf(page),
      (p) => p.role === 'caio',
    );
    // Every card is read where it is, in view or not: no scrolling needed.
    await until(
      () => page.evaluate((tag: string) => document.querySelectorAll(tag).length, BADGE_HOST),
      (count) => count === 7,
    );
    const marker = await page.evaluate(() => {
      (window as unknown as { lensMarker: string }).lensMarker = 'same document';
      return location.href;
    });
    await page.click('.job-card-container[data-job-id="4400000012"]');
    const switched = await until(
      () => panelOf(page),
      (p) => p.role === 'director_ai',
    );
    expect(switched.hosts).toBe(1);
    expect(page.url()).not.toBe(marker);
    expect(await page.evaluate(() => (window as unknown as { lensMarker?: string }).lensMarker)).toBe(
      'same document',
    );
  });

  it("the popup's switches act on the open tab at once", async () => {
    const page = await open(job.url);
    await until(
      () => panelOf(page),
      (p) => p.drawn,
    );
    const popup = await openPopupOver(browser(), page);
    await clickSwitch(popup, 'Salary benchmark');
    await until(
      () => panelOf(page),
      (p) => !p.sections.includes('salary'),
    );
    await clickSwitch(popup, 'Salary benchmark');
    await until(
      () => panelOf(page),
      (p) => p.sections.includes('salary'),
    );
    await clickSwitch(popup, 'Lens on');
    await until(
      () => panelOf(page),
      (p) => p.hosts === 0,
    );
    await clickSwitch(popup, 'Lens on');
    const back = await until(
      () => panelOf(page),
      (p) => p.hosts === 1 && p.drawn,
    );
    expect(back.role).toBe('caio');
  });

  it('keeps settings across a restart', async () => {
    const page = await open(job.url);
    await until(
      () => panelOf(page),
      (p) => p.sections.includes('salary'),
    );
    const popup = await openPopupOver(browser(), page);
    await clickSwitch(popup, 'Salary benchmark');
    await until(
      () => panelOf(page),
      (p) => p.drawn && !p.sections.includes('salary'),
    );

    await firefox.close({ keepProfile: true });
    firefox = await launchFirefoxWithAddon({ proxyPort: proxy.port, profileDir: firefox.profileDir });
    const again = await open(job.url);
    const restarted = await until(
      () => panelOf(again),
      (p) => p.drawn,
    );
    expect(restarted.sections).toContain('role');
    expect(restarted.sections).not.toContain('salary');

    // Leave the profile as it was found.
    const restore = await openPopupOver(browser(), again);
    await clickSwitch(restore, 'Salary benchmark');
    await until(
      () => panelOf(again),
      (p) => p.sections.includes('salary'),
    );
  });
});
