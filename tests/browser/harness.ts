// Real Chromium with the built extension loaded, and a local server that plays the job sites.
// Host names are mapped to the local server with --host-resolver-rules, so the manifest's real match
// patterns decide where the content script runs.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where `wxt build` wrote the extension: .output, or LENS_OUT_DIR as wxt.config.ts reads it. */
export const OUTPUT_DIR = path.resolve(ROOT, process.env.LENS_OUT_DIR ?? '.output');
export const CHROME_BUILD = path.join(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD = path.join(OUTPUT_DIR, 'firefox-mv2');

/** A browser binary: `envVar` when set, else Debian's package; the browser tests fail, never skip, without it. */
export function browserBinary(
  name: string,
  envVar: string,
  debianPath: string,
  debianPackage: string,
): string {
  const candidate = process.env[envVar] ?? debianPath;
  if (!existsSync(candidate)) {
    throw new Error(
      `No ${name} at ${candidate}. Install Debian's build with "apt-get install -y ${debianPackage}" ` +
        `(or set ${envVar}). The real-browser tests do not skip without it.`,
    );
  }
  return candidate;
}

export function chromiumPath(): string {
  return browserBinary('Chromium', 'CHROME_PATH', '/usr/bin/chromium', 'chromium');
}

/** A route answers one URL path on one host with HTML (or any body). */
export interface Route {
  host: string;
  /** Path and query as requested, e.g. "/jobs/view/4400000001/"; a trailing "*" matches any rest. */
  path: string;
  body: string | (() => string);
  contentType?: string;
}

export interface SiteServer {
  port: number;
  /** Requests seen, for asserting what was (not) fetched; headers tell who asked (fetch metadata, origin). */
  requests: { host: string; url: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

/**
 * A throwaway self-signed certificate: several job sites are on Chromium's HSTS preload list, so the
 * local server must speak https (Chromium runs with --ignore-certificate-errors).
 */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'lens-tls-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=job-sites.test'].concat([
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ]),
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startSiteServer(routes: Route[]): Promise<SiteServer> {
  const requests: SiteServer['requests'] = [];
  const server = https.createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = req.url ?? '/';
    requests.push({ host, url, headers: req.headers });
    const route = routes.find(
      (r) => r.host === host && (r.path.endsWith('*') ? url.startsWith(r.path.slice(0, -1)) : r.path === url),
    );
    if (url === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`no route for ${host}${url}`);
      return;
    }
    res.writeHead(200, { 'content-type': route.contentType ?? 'text/html; charset=utf-8' });
    res.end(typeof route.body === 'function' ? route.body() : route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchWithExtension(opts: {
  port: number;
  extensionPath?: string;
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  headless?: boolean;
}): Promise<LaunchedBrowser> {
  const extensionPath = opts.extensionPath ?? CHROME_BUILD;
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first.`);
  }
  const { context, userDataDir, close } = await launchChromium({
    ...opts,
    extraArgs: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, userDataDir, close };
}

export interface LaunchedPlainBrowser {
  context: BrowserContext;
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** The same Chromium, flags and host mapping without any extension: the baseline to compare against. */
export function launchWithoutExtension(opts: {
  port: number;
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  headless?: boolean;
}): Promise<LaunchedPlainBrowser> {
  return launchChromium({ ...opts, extraArgs: [] });
}

async function launchChromium(opts: {
  port: number;
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  headless?: boolean;
  extraArgs: string[];
}): Promise<LaunchedPlainBrowser> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      ...opts.extraArgs,
      // Every host name resolves to the local server: pages reach it under their real addresses, and
      // nothing can reach the network.
      `--host-resolver-rules=MAP * 127.0.0.1:${opts.port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--ignore-certificate-errors',
    ],
  });
  return {
    context,
    userDataDir,
    async close(closeOpts) {
      await context.close();
      if (!closeOpts?.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function fixture(relative: string): string {
  return readFileSync(path.join(ROOT, 'tests/fixtures', relative), 'utf8');
}
