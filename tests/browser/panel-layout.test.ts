// The panel at a glance, on every sample posting, in real Chromium: in its 360 px nothing scrolls sideways or
// runs past its box (with every disclosure open and the descriptions in full), the figures printed under the
// pay bar never touch, every figure's source is reached by Tab and described, and the top strip answers
// what the role is, its level and where the pay sits.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useLensBrowser } from './lens-browser';
import { PANEL_HOST } from './lens-state';
import { inPanel, waitForPanel, watchTrouble } from './overlay-panel';
import { allSamplePages, samplePage } from './sample-sites';

const NO_PANEL = new Set(['linkedin-guest-non-ai.html']);
const PANEL_PAGES = allSamplePages()
  .map((p) => p.file)
  .filter((file) => !NO_PANEL.has(file));

const env = useLensBrowser(() => allSamplePages().map((p) => p.route));

async function openPanel(file: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  // Tall enough that the panel's body does not scroll: every part of it is laid out on screen.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.goto(samplePage(file).url);
  await waitForPanel(page);
  return page;
}

/** Elements (by a short description) that scroll sideways or reach past the panel's sides. */
function overflowing(page: Page) {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const panel = root?.querySelector<HTMLElement>('.ail-panel');
    if (!root || !panel) return { width: 0, found: ['no panel'] };
    const box = panel.getBoundingClientRect();
    const found: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${(el.textContent ?? '').trim().slice(0, 40)}`;
    for (const el of panel.querySelectorAll<HTMLElement>('*')) {
      // The screen-reader-only text is clipped to a pixel on purpose.
      if (el.closest('.ail-sr-only')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        found.push(`scrolls sideways: ${name(el)}`);
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
        found.push(`past the edge: ${name(el)}`);
    }
    if (panel.scrollWidth > panel.clientWidth) found.push('the panel scrolls sideways');
    return { width: box.width, found };
  }, PANEL_HOST);
}

/** The pay bar's printed figures: each inside the track's width, none touching another. */
function barLabels(page: Page) {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const row = root?.querySelector('.ail-bandbar__labels')?.getBoundingClientRect();
    const labels = [...(root?.querySelectorAll('.ail-bandbar__label') ?? [])].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', left: r.left, right: r.right };
    });
    return { row: row ? { left: row.left, right: row.right } : null, labels };
  }, PANEL_HOST);
}

describe('the panel in its 360 px', () => {
  it.each(PANEL_PAGES)('%s: nothing scrolls sideways or runs past its box', async (file) => {
    const page = await openPanel(file);
    const trouble = watchTrouble(page);
    expect((await overflowing(page)).found).toEqual([]);
    // Everything open: the "Why / how" disclosure, the descriptions in full, each source pinned open.
    await inPanel(page, '[data-why] > summary').click();
    await inPanel(page, '[data-section="comparison"] .ail-link-button').click();
    // Clicked in the page: an open tip covers the marker under it, as it should.
    await inPanel(page, '[data-provenance]').evaluateAll((marks) => {
      for (const mark of marks) (mark as HTMLElement).click();
    });
    const open = await overflowing(page);
    expect(open.width).toBe(360);
    expect(open.found).toEqual([]);

    const { row, labels } = await barLabels(page);
    if (row) {
      expect(labels.length).toBeGreaterThan(0);
      const sorted = [...labels].sort((a, b) => a.left - b.left);
      for (const label of sorted) {
        expect(label.left, label.text).toBeGreaterThanOrEqual(row.left - 0.5);
        expect(label.right, label.text).toBeLessThanOrEqual(row.right + 0.5);
      }
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i]?.left ?? 0, `${sorted[i]?.text} clear of ${sorted[i - 1]?.text}`).toBeGreaterThan(
          (sorted[i - 1]?.right ?? 0) + 2,
        );
    }
    expect(trouble.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('provenance and the top strip', () => {
  it.each(PANEL_PAGES)('%s: every figure’s source is reached by Tab and described', async (file) => {
    const page = await openPanel(file);
    const figures = await page.evaluate((tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      return [...(root?.querySelectorAll('[data-figure]') ?? [])].map((figure) => {
        const mark = figure.querySelector<HTMLElement>('[data-provenance]');
        const tip = mark && root?.getElementById(mark.getAttribute('aria-describedby') ?? '');
        return {
          figure: (figure.textContent ?? '').trim().slice(0, 40),
          mark: mark?.getAttribute('aria-label') ?? null,
          description: tip?.textContent?.trim() ?? '',
        };
      });
    }, PANEL_HOST);
    // The posted pay (where there is one), the benchmark and the comparison's two pay bands, at least.
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const figure of figures) {
      expect(figure.mark, figure.figure).toMatch(/^Source of /);
      expect(figure.description, figure.figure).not.toBe('');
    }

    // Tab from the panel's first control to past its last: each source marker gets the focus on the way.
    const reached = new Set<string>();
    await inPanel(page, '[data-action="copy"]').focus();
    for (let presses = 0; presses < 150; presses++) {
      const focused = await page.evaluate((tag) => {
        const host = document.activeElement;
        if (host?.tagName.toLowerCase() !== tag) return null;
        const el = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
        if (!el) return null;
        return {
          mark: el.hasAttribute('data-provenance') ? (el.getAttribute('aria-describedby') ?? '') : null,
          ring: el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none',
        };
      }, PANEL_HOST);
      if (!focused) break;
      if (focused.mark !== null) {
        expect(focused.ring).toBe(true);
        reached.add(focused.mark);
      }
      await page.keyboard.press('Tab');
    }
    const marks = await inPanel(page, '[data-figure] [data-provenance]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-describedby') ?? ''),
    );
    expect(marks.filter((id) => !reached.has(id))).toEqual([]);
    await page.close();
  });

  it.each(PANEL_PAGES)('%s: the top strip names the role, its level and where the pay sits', async (file) => {
    const page = await openPanel(file);
    const strip = await page.evaluate((tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const text = (css: string) => root?.querySelector(`[data-glance] ${css}`)?.textContent?.trim() ?? '';
      return {
        role: text('[data-role-name]'),
        level: text('[data-level]'),
        pay: text('[data-glance-pay]'),
        kind: root?.querySelector('[data-glance-pay]')?.getAttribute('data-glance-pay') ?? '',
      };
    }, PANEL_HOST);
    expect(strip.role).not.toBe('');
    expect(strip.level).not.toBe('');
    expect(['verdict', 'no-verdict', 'no-pay', 'no-band']).toContain(strip.kind);
    if (strip.kind === 'verdict')
      expect(strip.pay).toMatch(
        /^Posted pay (is below|is within|is above|overlaps) the (band|middle half) · (n = \d+ · )?\d{4}$/,
      );
    else expect(strip.pay).toMatch(/^(No verdict: |No benchmark for |No pay range posted)/);
    await page.close();
  });
});

describe('keyboard', () => {
  it('Escape folds the panel from inside it; the comparison choice moves with the arrow keys', async () => {
    const page = await openPanel('linkedin-guest-job.html');
    const checked = inPanel(page, '.ail-seg__input:checked');
    expect(await checked.getAttribute('value')).toBe('cto');
    await checked.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => inPanel(page, '.ail-seg__input:checked').getAttribute('value')).toBe('cdo');
    expect(await inPanel(page, '[data-row="scope"] dd').nth(1).getAttribute('data-column')).toBe('cdo');
    await page.keyboard.press('Escape');
    const collapse = inPanel(page, '[data-action="collapse"]');
    await expect.poll(() => collapse.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => inPanel(page, '.ail-body').isVisible()).toBe(false);
    expect(await collapse.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.close();
  });
});

describe('the compared role', () => {
  it('is remembered: the next posting opens compared with the role chosen on the last', async () => {
    const first = await openPanel('greenhouse-job.html');
    await inPanel(first, '.ail-seg__input[value="vp_ai"]').check();
    await expect.poll(() => inPanel(first, '.ail-seg__input:checked').getAttribute('value')).toBe('vp_ai');
    await first.close();
    const next = await openPanel('indeed-job.html');
    await expect
      .poll(() => inPanel(next, '.ail-seg__input:checked').getAttribute('value'), { timeout: 10_000 })
      .toBe('vp_ai');
    // Leave the choice as the other tests expect it.
    await inPanel(next, '.ail-seg__input[value="cto"]').check();
    await next.close();
  });
});
