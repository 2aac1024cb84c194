// The panel in real Chromium, light and dark: axe-core finds no serious or critical problem in it, the
// keyboard reaches its buttons with a visible focus ring, the collapse button says whether it is expanded,
// and the page does not move when the panel arrives. Screenshots for a human look:
// test-output/panel-light.png and test-output/panel-dark.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchWithExtension, ROOT, type SiteServer, startSiteServer } from './harness';
import { PANEL_HOST } from './lens-state';
import { inPanel, waitForPanel, watchTrouble } from './overlay-panel';
import { allSamplePages, samplePage } from './sample-sites';

const SHOTS = path.join(ROOT, 'test-output');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
/** A band with a posted range (CAIO, US) and a no-band posting with a recruiter check (Head of ML, Ontario). */
const BAND_PAGE = 'linkedin-guest-job.html';
const NO_BAND_PAGE = 'lever-job.html';

interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core on the panel inside its open shadow root; returns the violations and what passed there. */
async function axeOnPanel(page: Page): Promise<{ violations: AxeFinding[]; passed: string[] }> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tag) => {
    type Result = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[]; passes: Result[] }> };
      }
    ).axe;
    const results = await axe.run(
      { include: [{ fromShadowDom: [tag, '.ail-panel'] }] },
      { resultTypes: ['violations', 'passes'] },
    );
    return {
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      })),
      passed: results.passes.map((p) => p.id),
    };
  }, PANEL_HOST);
}

type Rgb = [number, number, number];

function parseRgb(css: string): Rgb {
  const parts = /rgba?\(([^)]+)\)/
    .exec(css)?.[1]
    ?.split(/[ ,/]+/)
    .map(Number);
  if (!parts || parts.length < 3) throw new Error(`not an rgb() colour: ${css}`);
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The element focused inside the panel's shadow root, if focus is there at all. */
function focusedInPanel(page: Page) {
  return page.evaluate((tag) => {
    const host = document.activeElement;
    if (host?.tagName.toLowerCase() !== tag) return null;
    const el = host.shadowRoot?.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    const panel = host.shadowRoot?.querySelector('.ail-panel');
    return {
      action: el.getAttribute('data-action'),
      focusVisible: el.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
      panelBackground: panel ? getComputedStyle(panel).backgroundColor : '',
    };
  }, PANEL_HOST);
}

let server: SiteServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startSiteServer(allSamplePages().map((p) => p.route));
});

afterAll(async () => {
  await server?.close();
});

for (const scheme of ['light', 'dark'] as const) {
  describe(`panel in a ${scheme} browser`, () => {
    let browser: LaunchedBrowser;

    beforeAll(async () => {
      browser = await launchWithExtension({ port: server.port, colorScheme: scheme });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('follows the colour scheme and has no serious or critical axe violations', async () => {
      for (const file of [BAND_PAGE, NO_BAND_PAGE]) {
        const page = await browser.context.newPage();
        const trouble = watchTrouble(page);
        await page.goto(samplePage(file).url);
        await waitForPanel(page);
        // Scan with everything open that a reader can open.
        const details = inPanel(page, '.ail-details > summary');
        if ((await details.count()) > 0) await details.click();

        const background = await inPanel(page, '.ail-panel').evaluate(
          (el) => getComputedStyle(el).backgroundColor,
        );
        expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(23, 25, 30)');

        const { violations, passed } = await axeOnPanel(page);
        const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(grave, `${file}: ${JSON.stringify(grave, null, 1)}`).toEqual([]);
        // The scan did look inside the shadow root: contrast, names and structure were checked there.
        expect(passed).toEqual(
          expect.arrayContaining(['color-contrast', 'button-name', 'aria-allowed-attr']),
        );
        expect(trouble.pageErrors).toEqual([]);
        await page.close();
      }
    });

    it('is reached by Tab from the page, with a visible focus ring, and collapses by keyboard', async () => {
      const page = await browser.context.newPage();
      await page.goto(samplePage(BAND_PAGE).url);
      await waitForPanel(page);

      let focused = await focusedInPanel(page);
      for (let presses = 0; presses < 80 && !focused; presses++) {
        await page.keyboard.press('Tab');
        focused = await focusedInPanel(page);
      }
      expect(focused?.action).toBe('copy');
      await page.keyboard.press('Tab');
      focused = await focusedInPanel(page);
      expect(focused?.action).toBe('collapse');

      // The ring: :focus-visible applies, and it is drawn (outline or shadow) at 3:1 against the panel.
      expect(focused?.focusVisible).toBe(true);
      const ringByOutline = focused?.outlineStyle !== 'none' && (focused?.outlineWidth ?? 0) >= 2;
      expect(ringByOutline || (focused?.boxShadow ?? 'none') !== 'none').toBe(true);
      if (focused && ringByOutline) {
        const ratio = contrast(parseRgb(focused.outlineColor), parseRgb(focused.panelBackground));
        expect(ratio).toBeGreaterThanOrEqual(3);
      }

      const collapse = inPanel(page, '[data-action="collapse"]');
      const body = inPanel(page, '.ail-body');
      expect(await collapse.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => body.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => collapse.getAttribute('aria-expanded')).toBe('false');
      await expect.poll(() => body.isVisible()).toBe(false);
      expect(await collapse.getAttribute('aria-label')).toBe('Expand panel');
      await page.keyboard.press('Space');
      await expect.poll(() => collapse.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => body.isVisible()).toBe(true);
      // The body the button controls is the one it shows and hides.
      const controls = await collapse.getAttribute('aria-controls');
      expect(controls).toBe(await body.getAttribute('id'));
      await page.close();
    });

    it(`screenshot: test-output/panel-${scheme}.png`, async () => {
      const page = await browser.context.newPage();
      // Tall enough that the panel's max-height (viewport - 96px) never clips it.
      await page.setViewportSize({ width: 1280, height: 2400 });
      await page.goto(samplePage(BAND_PAGE).url);
      await waitForPanel(page);
      const panel = inPanel(page, '.ail-panel');
      const scrolls = await inPanel(page, '.ail-body').evaluate((el) => el.scrollHeight > el.clientHeight);
      expect(scrolls).toBe(false);
      await panel.screenshot({ path: path.join(SHOTS, `panel-${scheme}.png`) });
      await page.close();
    });
  });
}

describe('page layout', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ port: server.port });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('does not move when the panel mounts', async () => {
    const page = await browser.context.newPage();
    // Before any script of ours can run: record layout shifts, and every page element's box at
    // DOMContentLoaded (the content script runs at document_idle, later).
    await page.addInitScript(() => {
      const w = window as unknown as { lensShifts: number[]; lensBoxesBefore: number[][] };
      w.lensShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.lensShifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('DOMContentLoaded', () => {
        w.lensBoxesBefore = Array.from(document.body.querySelectorAll('*'), (el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height];
        });
      });
    });
    await page.goto(samplePage(BAND_PAGE).url);
    const before = await page.evaluate(() => ({
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    }));
    await waitForPanel(page);
    const after = await page.evaluate((tag) => {
      const w = window as unknown as { lensShifts: number[]; lensBoxesBefore: number[][] };
      const now = Array.from(document.body.querySelectorAll('*'))
        .filter((el) => el.tagName.toLowerCase() !== tag)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height];
        });
      return {
        scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
        boxesBefore: w.lensBoxesBefore,
        boxesAfter: now,
        shifts: w.lensShifts,
      };
    }, PANEL_HOST);
    expect(after.boxesBefore.length).toBeGreaterThan(20);
    expect(after.boxesAfter).toEqual(after.boxesBefore);
    expect(after.scroll).toEqual(before.scroll);
    expect(after.shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
    // The panel itself sits over the page, docked at the right, inside the viewport.
    const box = await inPanel(page, '.ail-panel').boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
    expect(box?.x ?? 0).toBeGreaterThan(1280 / 2);
    await page.close();
  });
});
