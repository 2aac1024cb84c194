// The built extension in real Chromium: the content script runs on a LinkedIn job page reached through
// the manifest's own match patterns, mounts its shadow-root panel with the right reading, stays away from
// a non-AI posting, and the popup opens. The built manifest is checked in manifest.test.ts.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { useLensBrowser } from './lens-browser';
import { PANEL_HOST, readLensState } from './lens-state';
import { allSamplePages, samplePage } from './sample-sites';

const SHOTS = path.join(ROOT, 'test-output');
const env = useLensBrowser(() => allSamplePages().map((p) => p.route));

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('content script on a LinkedIn guest job page', () => {
  it('mounts one shadow-root panel that reads the posting', async () => {
    const page = await env.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(samplePage('linkedin-guest-job.html').url);
    const state = await readLensState(page);
    expect(state.panel).toBe(true);
    expect(state.roleId).toBe('caio');
    expect(state.role).toBe('Chief AI Officer');
    expect(state.pay).toBe('USD 320000-450000/yr');
    expect(await page.locator(PANEL_HOST).count()).toBe(1);
    const shadowIsOpen = await page.evaluate(
      (tag) => document.querySelector(tag)?.shadowRoot?.mode ?? null,
      PANEL_HOST,
    );
    expect(shadowIsOpen).toBe('open');
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'smoke-linkedin-guest-panel.png') });
    await page.close();
  });

  it('shows no panel on a posting that is not AI leadership', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(samplePage('linkedin-guest-non-ai.html').url);
    // The content script runs at document_idle; give it ample time to (not) act.
    const state = await readLensState(page, 2_000);
    expect(state.panel).toBe(false);
    await page.close();
  });
});

describe('popup', () => {
  it('opens and renders', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('AI Leadership Lens');
    await page.screenshot({ path: path.join(SHOTS, 'smoke-popup.png') });
    await page.close();
  });
});
