// The panel in German, in real Chromium: with the language set in the settings, every sample posting's panel
// speaks German (its root says so, its labels are the German catalogue's and none is left in English), and in
// its 360 px no label is cut off, clipped or runs past its box, with every disclosure open. A language
// changed in the options reaches the open panel without a reload.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../lib/extension/i18n/panel/de';
import { en } from '../../lib/extension/i18n/panel/en';
import { useLensBrowser } from './lens-browser';
import { PANEL_HOST } from './lens-state';
import { inPanel, waitForPanel, watchTrouble } from './overlay-panel';
import { allSamplePages, samplePage } from './sample-sites';
import { liveWorker, writeStoredSettings } from './settings-pages';

const NO_PANEL = new Set(['linkedin-guest-non-ai.html']);
const PANEL_PAGES = allSamplePages()
  .map((p) => p.file)
  .filter((file) => !NO_PANEL.has(file));

/** English labels that German words differently: none may be left in a German panel. */
const ENGLISH_ONLY = Object.entries(en)
  .filter(
    ([key, message]) =>
      typeof message === 'string' && !message.includes('{') && de[key as keyof typeof de] !== message,
  )
  .map(([, message]) => (message as string).trim())
  .filter((message) => message.length > 2);

const env = useLensBrowser(() => allSamplePages().map((p) => p.route));

async function setLanguage(uiLanguage: string): Promise<void> {
  const worker = await liveWorker(env.browser.context, env.browser.extensionId);
  await writeStoredSettings(worker, { uiLanguage });
}

beforeAll(() => setLanguage('de'));

async function openPanel(file: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  // Tall enough that the panel's body does not scroll: every part of it is laid out on screen.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.goto(samplePage(file).url);
  await waitForPanel(page);
  return page;
}

/** The panel's language, its words outside data text (marked lang=en), and any English label left in it. */
function panelWords(page: Page) {
  return page.evaluate(
    ([tag, english]) => {
      const panel = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.ail-panel');
      if (!panel) return { lang: null, text: '', english: ['no panel'] };
      const clone = panel.cloneNode(true) as HTMLElement;
      for (const data of clone.querySelectorAll('[lang="en"]')) data.remove();
      const own = [...clone.querySelectorAll('*')].flatMap((el) => [
        ...[...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent?.trim() ?? ''),
        ...['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name)?.trim() ?? ''),
      ]);
      return {
        lang: panel.getAttribute('lang'),
        text: clone.textContent ?? '',
        english: own.filter((text) => (english as string[]).includes(text)),
      };
    },
    [PANEL_HOST, ENGLISH_ONLY] as const,
  );
}

/** Text cut off (an ellipsis, a clipped line) or a box reaching past the panel's sides. */
function cutOrOverflowing(page: Page) {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const panel = root?.querySelector<HTMLElement>('.ail-panel');
    if (!root || !panel) return { width: 0, found: ['no panel'] };
    const box = panel.getBoundingClientRect();
    const found: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${(el.textContent ?? '').trim().slice(0, 50)}`;
    for (const el of panel.querySelectorAll<HTMLElement>('*')) {
      // Clipped on purpose: the screen-reader-only text, and a source's tip until it is asked for.
      if (el.closest('.ail-sr-only') || el.closest('.ail-prov__tip')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const style = getComputedStyle(el);
      const clipsX = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      // A box that scrolls (the panel's body) hides nothing; one that clips or clamps its lines does.
      const clipsY = ['hidden', 'clip'].includes(style.overflowY) || style.webkitLineClamp !== 'none';
      if (clipsX && el.scrollWidth > el.clientWidth + 1) found.push(`cut sideways: ${name(el)}`);
      if (clipsY && el.scrollHeight > el.clientHeight + 1 && el.textContent?.trim())
        found.push(`cut at the bottom: ${name(el)}`);
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
        found.push(`past the edge: ${name(el)}`);
    }
    return { width: box.width, found };
  }, PANEL_HOST);
}

describe('the panel in German', () => {
  it.each(PANEL_PAGES)('%s: speaks German, and no label is cut at 360 px', async (file) => {
    const page = await openPanel(file);
    const trouble = watchTrouble(page);
    const words = await panelWords(page);
    expect(words.lang).toBe('de');
    expect(words.english).toEqual([]);
    expect(words.text).toContain(de['panel.copy']);
    expect(words.text).toContain(de['comparison.title']);
    expect(words.text).toContain(de['why.summary']);
    // Everything open: the "Why / how" disclosure and the descriptions in full.
    await inPanel(page, '[data-why] > summary').click();
    await inPanel(page, '[data-section="comparison"] .ail-link-button').click();
    await expect
      .poll(() => inPanel(page, '[data-section="comparison"] .ail-link-button').textContent())
      .toBe(de['comparison.showShorter']);
    const laidOut = await cutOrOverflowing(page);
    expect(laidOut.width).toBe(360);
    expect(laidOut.found).toEqual([]);
    expect((await panelWords(page)).english).toEqual([]);
    expect(trouble.pageErrors).toEqual([]);
    await page.close();
  });

  it('changes language in the open panel when the setting changes (and the check sees a clamped line)', async () => {
    const page = await openPanel('greenhouse-job.html');
    // The check above sees a cut line: the comparison's long descriptions open clamped to two lines.
    expect((await cutOrOverflowing(page)).found.some((found) => found.includes('ail-compare__text'))).toBe(
      true,
    );
    await setLanguage('fr');
    await expect.poll(async () => (await panelWords(page)).lang).toBe('fr');
    expect((await panelWords(page)).text).toContain('Comparaison des postes');
    await setLanguage('de');
    await expect.poll(async () => (await panelWords(page)).lang).toBe('de');
    await page.close();
  });
});
