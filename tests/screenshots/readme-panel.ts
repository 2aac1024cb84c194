// `npx wxt build && npx tsx tests/screenshots/readme-panel.ts`: the README's panel screenshot,
// tests/screenshots/panel-light.png. The built extension on the Greenhouse sample, light scheme, the panel at
// its own 360 px, cut from its header to the end of the role comparison: the top strip, the pay bar and the
// comparison, what a reader takes in at a glance. `npm run demo` makes the
// full set (every page, both schemes, 200% zoom, 360 px); this is one of its panels, cut short for the README.
import path from 'node:path';
import { launchWithExtension, ROOT, startSiteServer } from '../browser/harness';
import { PANEL_HOST } from '../browser/lens-state';
import { waitForPanel } from '../browser/overlay-panel';
import { samplePage } from '../browser/sample-sites';

const OUT = path.join(ROOT, 'tests/screenshots/panel-light.png');
/** Tall enough that the panel's body does not scroll: all of it is laid out on screen. */
const WINDOW = { width: 1280, height: 2400 };

async function main(): Promise<void> {
  const sample = samplePage('greenhouse-job.html');
  const server = await startSiteServer([sample.route]);
  const browser = await launchWithExtension({ port: server.port, headless: true, colorScheme: 'light' });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize(WINDOW);
    await page.goto(sample.url);
    await waitForPanel(page);
    const clip = await page.evaluate((tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const panel = root?.querySelector('.ail-panel')?.getBoundingClientRect();
      const end = root?.querySelector('[data-section="comparison"]')?.getBoundingClientRect();
      if (!panel || !end) return null;
      return { x: panel.left, y: panel.top, width: panel.width, height: end.bottom - panel.top };
    }, PANEL_HOST);
    if (!clip) throw new Error('no panel with a role comparison on the sample page');
    await page.screenshot({ path: OUT, clip });
    console.log(`${path.relative(process.cwd(), OUT)}: ${clip.width} x ${Math.round(clip.height)} CSS px`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
