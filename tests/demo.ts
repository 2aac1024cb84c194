// `npm run demo [-- --headless] [-- --out <dir>] [-- --lang de]`: the built extension (LENS_OUT_DIR's, else
// .output's) in Chromium on the bundled sample postings, the panel in the given language (en, de, fr, es;
// default: the browser's), each screenshot's name ending in it (<page>.panel-light.de.png).
// With a display it opens a window with one tab per sample and waits until you close it; without one
// (or with --headless) it writes screenshots to demo-output/ (or <dir>) and prints what was detected:
// <page>.png, the page as a desktop window shows it; and for each page with a panel, the panel alone in the
// light and the dark scheme (<page>.panel-light.png, .panel-dark.png), the window at 200% zoom
// (.zoom-200.png: half the CSS pixels, each drawn twice) and a window 360 px wide (.width-360.png).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { UI_LOCALES, type UiLocale } from '../lib/extension/i18n/locale';
import { launchWithExtension, ROOT, startSiteServer } from './browser/harness';
import { readLensState } from './browser/lens-state';
import { inPanel, waitForPanel } from './browser/overlay-panel';
import { allSamplePages } from './browser/sample-sites';
import { liveWorker, writeStoredSettings } from './browser/settings-pages';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outArg = process.argv.indexOf('--out');
const outDir = path.resolve(ROOT, (outArg > 0 && process.argv[outArg + 1]) || 'demo-output');
const langArg = process.argv.indexOf('--lang');
const lang = langArg > 0 ? process.argv[langArg + 1] : undefined;
if (lang !== undefined && !(UI_LOCALES as readonly string[]).includes(lang))
  throw new Error(`--lang: one of ${UI_LOCALES.join(', ')}`);
/** ".de" before ".png" when a language was asked for. */
const langSuffix = lang ? `.${lang}` : '';

/** The window the screenshots are taken in, and the 200% zoom of it. */
const DESKTOP = { width: 1280, height: 900 };
/** Tall enough that the whole panel shows without its own scroll bar. */
const TALL = { width: 1280, height: 2400 };

async function main(): Promise<void> {
  const pages = allSamplePages();
  const server = await startSiteServer(pages.map((p) => p.route));
  const browser = await launchWithExtension({ port: server.port, headless });
  try {
    if (lang) {
      const worker = await liveWorker(browser.context, browser.extensionId);
      await writeStoredSettings(worker, { uiLanguage: lang as UiLocale });
    }
    mkdirSync(outDir, { recursive: true });
    for (const sample of pages) {
      const page = await browser.context.newPage();
      await page.goto(sample.url);
      const line = await describe(page);
      const name = sample.file.replace(/\.html$/, '');
      if (headless) {
        await page.screenshot({ path: path.join(outDir, `${name}${langSuffix}.png`) });
        if (line.startsWith('panel:')) await variants(page, sample.url, name);
      }
      await page.close();
      console.log(`${name.padEnd(28)} ${line}`);
    }
    if (headless) {
      console.log(`\nScreenshots: ${path.relative(process.cwd(), outDir)}/`);
    } else {
      console.log('\nClose the browser window to end the demo.');
      await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

/** The panel in each scheme, at 200% zoom and in a 360 px window. */
async function variants(page: Page, url: string, name: string): Promise<void> {
  const shot = (variant: string) => path.join(outDir, `${name}.${variant}${langSuffix}.png`);
  const reload = async () => {
    await page.goto(url);
    await waitForPanel(page);
  };
  await page.setViewportSize(TALL);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await reload();
    await inPanel(page, '.ail-panel').screenshot({ path: shot(`panel-${scheme}`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  // Browser zoom at 200%: the page lays out in half the CSS pixels and draws each twice.
  const zoomed = { width: DESKTOP.width / 2, height: DESKTOP.height / 2 };
  await page.setViewportSize(zoomed);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...zoomed, deviceScaleFactor: 2, mobile: false });
  await reload();
  await page.screenshot({ path: shot('zoom-200') });
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await cdp.detach();
  await page.setViewportSize({ width: 360, height: DESKTOP.height });
  await reload();
  await page.screenshot({ path: shot('width-360') });
}

async function describe(page: Page): Promise<string> {
  const state = await readLensState(page);
  if (!state.panel) return `no panel (${state.reason})`;
  const parts = [`${state.role ?? 'role?'}`, state.pay ? `pay ${state.pay}` : 'no pay posted'];
  if (state.verdict) parts.push(state.verdict);
  if (state.badges > 0) parts.push(`${state.badges} list badges`);
  return `panel: ${parts.join(' | ')}`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
