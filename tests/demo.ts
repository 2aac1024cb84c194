// `npm run demo [-- --headless]`: the built extension in Chromium on the bundled sample postings.
// With a display it opens a window with one tab per sample and waits until you close it; without one
// (or with --headless) it writes a screenshot per page to demo-output/ and prints what was detected.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, startSiteServer } from './browser/harness';
import { readLensState } from './browser/lens-state';
import { allSamplePages } from './browser/sample-sites';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = path.join(ROOT, 'demo-output');

async function main(): Promise<void> {
  const pages = allSamplePages();
  const server = await startSiteServer(pages.map((p) => p.route));
  const browser = await launchWithExtension({ port: server.port, headless });
  try {
    mkdirSync(outDir, { recursive: true });
    for (const sample of pages) {
      const page = await browser.context.newPage();
      await page.goto(sample.url);
      const line = await describe(page);
      const name = sample.file.replace(/\.html$/, '');
      if (headless) await page.screenshot({ path: path.join(outDir, `${name}.png`) });
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
