// The extension sends nothing: in real Chromium every request is recorded while every feature is used (the
// panel on a LinkedIn job page with its buttons and the toggle shortcut, list badges and single-page
// switches on a LinkedIn search, a Greenhouse page, a JSON-LD-only page, the popup with its page readout
// and switches, the options page with settings changes, the posting memory's star, compare page and exports),
// and the only requests are the pages' own documents.
// Two nets: Playwright's request events (pages and extension pages), and the local server that every host
// name resolves to, which sees any request that leaves the browser whoever made it (the service worker's
// included: a control tab opened by the extension is seen there, and a control fetch from the worker is
// refused by the content security policy before it leaves).
// The built code is also searched for analytics endpoints and for network calls in our own source.
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUILDS, builtFiles, builtText, ourSourceFiles, sourceText } from './built-extension';
import { fixture } from './harness';
import { hostilePage } from './hostile-pages';
import { useLensBrowser } from './lens-browser';
import { BADGE_HOST } from './lens-state';
import { withLinkedInSpa } from './linkedin-spa';
import { inPanel } from './overlay-panel';
import { samplePage } from './sample-sites';
import {
  diagnosticsOf,
  liveWorker,
  openOptions,
  openPopupFor,
  openTabFromWorker,
  sendTogglePanel,
  settingSwitch,
  writeStoredSettings,
} from './settings-pages';

const job = samplePage('linkedin-guest-job.html');
const search = samplePage('linkedin-search.html');
const greenhouse = samplePage('greenhouse-job.html');
const jsonld = hostilePage('ashby-jsonld.html');
const PAGES = [job, greenhouse, jsonld];

const env = useLensBrowser(() => [
  ...PAGES.map((p) => p.route),
  { ...search.route, body: withLinkedInSpa(fixture('samples/linkedin-search.html')) },
]);

/**
 * Chromium's own services (update checks, sign-in, autofill), asked for by the browser process with or
 * without any extension; they never show in a page's or the extension's request events. The bundles never
 * name these hosts (checked below), so no request to them can be ours.
 */
const BROWSER_SERVICE_HOSTS = /(?:^|\.)(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/;

interface SeenRequest {
  url: string;
  by: string;
}

/** Who made a request, as far as Chromium tells. */
function initiator(request: Request): string {
  if (request.serviceWorker()) return `service worker ${request.serviceWorker()?.url()}`;
  try {
    return request.frame().url() || 'frame';
  } catch {
    return 'unknown';
  }
}

/** The page's own: the documents the test opened (at any query the page pushed) and their favicons. */
function isPagesOwn(url: string, documents: string[]): boolean {
  const u = new URL(url);
  if (u.pathname === '/favicon.ico') return documents.some((d) => new URL(d).host === u.host);
  return documents.some((d) => {
    const doc = new URL(d);
    return doc.host === u.host && doc.pathname === u.pathname;
  });
}

describe('network use while every feature runs', () => {
  it('makes no request of its own', async () => {
    const { context } = env.browser;
    const extensionOrigin = `chrome-extension://${env.browser.extensionId}`;
    const seen: SeenRequest[] = [];
    context.on('request', (request) => seen.push({ url: request.url(), by: initiator(request) }));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    // The panel on a job page: collapse, copy, the shortcut's message, the popup's diagnostics question.
    const page = await context.newPage();
    await page.goto(job.url);
    await inPanel(page, '.ail-panel').first().waitFor({ state: 'visible', timeout: 20_000 });
    await inPanel(page, '[data-action="collapse"]').click();
    await inPanel(page, '[data-action="collapse"]').click();
    await inPanel(page, '[data-action="copy"]').click();
    await expect.poll(() => inPanel(page, '[data-copy-status]').textContent()).not.toBe('');
    await inPanel(page, '.ail-details > summary').first().click();
    await sendTogglePanel(env.browser, page);
    await expect.poll(() => inPanel(page, '.ail-panel').count()).toBe(0);
    await sendTogglePanel(env.browser, page);
    await inPanel(page, '.ail-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
    expect((await diagnosticsOf(env.browser, page)).status).toBe('posting');

    // The popup over that page: its readout and a switch.
    const popup = await openPopupFor(env.browser, page);
    await popup.locator('dl.readout').first().waitFor({ timeout: 10_000 });
    await popup.locator('details.readout-more > summary').click();
    await settingSwitch(popup, 'Salary benchmark').click();
    await expect.poll(() => inPanel(page, '[data-section="salary"]').count()).toBe(0);
    await settingSwitch(popup, 'Salary benchmark').click();
    await expect.poll(() => inPanel(page, '[data-section="salary"]').count()).toBe(1);
    await popup.close();

    // The options page: currency, panel size, a section, the lens itself off and on.
    const options = await openOptions(env.browser);
    await options.getByLabel('Show amounts in').selectOption('EUR');
    await options.getByLabel('Panel size').selectOption('full');
    await settingSwitch(options, 'Lens on').click();
    await expect.poll(() => inPanel(page, '.ail-panel').count()).toBe(0);
    await settingSwitch(options, 'Lens on').click();
    await inPanel(page, '.ail-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
    await options.close();

    // The posting memory: the posting starred in the panel, then the compare page and both exports.
    await inPanel(page, '[data-action="save-posting"]').click();
    await expect
      .poll(() => inPanel(page, '[data-action="save-posting"]').getAttribute('aria-pressed'))
      .toBe('true');
    const compare = await context.newPage();
    await compare.goto(`${extensionOrigin}/compare.html`);
    await compare.locator('[data-compare="table"]').waitFor({ timeout: 10_000 });
    for (const button of ['export-json', 'export-csv']) {
      const download = compare.waitForEvent('download');
      await compare.locator(`[data-compare="${button}"]`).click();
      await download;
    }
    await compare.close();

    // List badges and single-page switches on a LinkedIn search.
    const list = await context.newPage();
    await list.goto(search.url);
    await expect.poll(() => list.locator(BADGE_HOST).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const cards = list.locator('.job-card-container[data-job-id]');
    await cards.nth(1).click();
    await expect
      .poll(() => new URL(list.url()).searchParams.get('currentJobId'))
      .not.toBe(new URL(search.url).searchParams.get('currentJobId'));
    await list.goBack();
    await expect.poll(() => list.url()).toBe(search.url);

    // Greenhouse and a page known only by its JSON-LD.
    for (const other of [greenhouse, jsonld]) {
      const tab = await context.newPage();
      await tab.goto(other.url);
      await inPanel(tab, '.ail-panel').first().waitFor({ state: 'visible', timeout: 20_000 });
      await tab.close();
    }

    // Settings written from elsewhere reach every tab: nothing is fetched to apply them either.
    await writeStoredSettings(await liveWorker(context, env.browser.extensionId), null);

    // A quiet spell, so a delayed beacon would still be seen.
    await page.waitForTimeout(2_000);

    const documents = [job.url, search.url, greenhouse.url, jsonld.url];
    const fromExtension = seen.filter(
      (r) => r.by.startsWith('service worker') || r.by.startsWith(extensionOrigin),
    );
    const extensionNetwork = fromExtension.filter((r) => !r.url.startsWith(`${extensionOrigin}/`));
    const foreign = seen.filter(
      (r) =>
        !r.url.startsWith(`${extensionOrigin}/`) &&
        !r.url.startsWith('data:') &&
        !isPagesOwn(r.url, documents),
    );
    const browserOwn = env.server.requests.filter((r) => BROWSER_SERVICE_HOSTS.test(r.host));
    const atServer = env.server.requests.filter(
      (r) => !BROWSER_SERVICE_HOSTS.test(r.host) && !isPagesOwn(`https://${r.host}${r.url}`, documents),
    );
    console.log(
      `requests seen by Chromium: ${seen.length} (${fromExtension.length} by extension pages or the service ` +
        `worker, all package files: ${fromExtension.length - extensionNetwork.length}); requests at the server: ` +
        `${env.server.requests.length}, of which Chromium's own services: ${browserOwn.length} ` +
        `(${[...new Set(browserOwn.map((r) => r.host))].join(', ')}); made by the extension or to anything but ` +
        `the pages: ${foreign.length + atServer.length}`,
    );
    expect(extensionNetwork).toEqual([]);
    expect(foreign).toEqual([]);
    expect(atServer).toEqual([]);
    // The nets did catch the pages' own traffic: an empty log would prove nothing.
    expect(env.server.requests.length).toBeGreaterThanOrEqual(documents.length);
    expect(seen.filter((r) => r.url.startsWith('https://')).length).toBeGreaterThanOrEqual(documents.length);

    // Controls. The CSP refuses the service worker a fetch to any server; a tab the extension opens does
    // reach the server net, so an extension request through any other door would have been logged above.
    const beacon = 'https://beacon.invalid/ping';
    const worker = await liveWorker(context, env.browser.extensionId);
    const outcome = await worker.evaluate(
      (url) =>
        fetch(url).then(
          (response) => `status ${response.status}`,
          (error: unknown) => `refused: ${String(error)}`,
        ),
      beacon,
    );
    expect(outcome).toMatch(/^refused/);
    await openTabFromWorker(env.browser, beacon);
    await expect
      .poll(() => env.server.requests.some((r) => r.host === 'beacon.invalid'), { timeout: 10_000 })
      .toBe(true);
    await list.close();
    await page.close();
  });
});

/** Hosts of analytics, error reporting and ad services: none belongs in the package. */
const ANALYTICS_HOSTS =
  /google-analytics\.com|googletagmanager\.com|doubleclick\.net|api\.segment\.io|cdn\.segment\.com|sentry\.io|sentry-cdn|mixpanel\.com|amplitude\.com|hotjar\.com|posthog\.com|plausible\.io|datadoghq\.com|bugsnag\.com|logrocket\.(com|io)|newrelic\.com|clarity\.ms|fullstory\.com|heap(analytics)?\.io/i;

/** Ways to reach the network from JavaScript. */
const NETWORK_CALLS =
  /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|EventSource|importScripts|RTCPeerConnection|new\s+Image\s*\(|\.src\s*=/;

/** The three fetch() sites in the bundled libraries, each loading a file of the package itself:
 *  Vite's modulepreload polyfill, WXT's loader for a content script's own CSS file (only with
 *  cssInjectionMode "ui"; ours is "manual"), and @webext-core/isolated-element's CSS-by-URL option. */
const LIBRARY_FETCHES = [
  /\.ep=!0;const \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)/,
  /getURL\("\/content-scripts\/[^"]*\.css"\);try\{return await\(await fetch\(\w+\)\)/,
  /"url"in \w+\?\w+\.textContent=yield fetch\(\w+\.url\)/,
];

describe('no analytics in the code', () => {
  it.each(BUILDS.map((b) => b.name))(
    '%s bundles no analytics endpoint and no network call but the libraries\u2019 own-file loads',
    (name) => {
      const scripts = builtFiles(name, ['.js', '.html']);
      expect(scripts.length).toBeGreaterThan(0);
      for (const file of scripts) {
        const code = builtText(name, file);
        expect(code.match(ANALYTICS_HOSTS), file).toBeNull();
        // The browsers' own service hosts, which the Chromium and Firefox network tests set aside as theirs.
        expect(code.match(/google\.com|googleapis\.com|gvt1\.com|gstatic\.com/), file).toBeNull();
        expect(code.match(/services\.mozilla\.com|telemetry\.mozilla\.org|mozaws\.net/), file).toBeNull();
        expect(code, file).not.toMatch(/XMLHttpRequest|sendBeacon|WebSocket|EventSource|RTCPeerConnection/);
        const fetches = [...code.matchAll(/\bfetch\(/g)].map((m) =>
          code.slice(Math.max(0, m.index - 80), m.index + 40),
        );
        const unknown = fetches.filter((site) => !LIBRARY_FETCHES.some((known) => known.test(site)));
        expect(unknown, file).toEqual([]);
      }
    },
  );

  it('our own source calls no network API', () => {
    const files = ourSourceFiles();
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => NETWORK_CALLS.test(sourceText(f)));
    expect(offenders).toEqual([]);
  });
});
