// Reads the on-page panel as a job seeker sees it (its rendered text, not the host's data-* mirror), and
// collects what a page must never show because of the extension: uncaught errors and console errors.
import type { Locator, Page } from 'playwright-core';
import { PANEL_HOST } from './lens-state';

/** A locator inside the panel's open shadow root (Playwright's CSS pierces it). */
export function inPanel(page: Page, css: string): Locator {
  return page.locator(`${PANEL_HOST} ${css}`);
}

export interface PageTrouble {
  pageErrors: string[];
  /** console.error from anywhere, and any message the content script logs under its own prefix. */
  consoleErrors: string[];
}

export function watchTrouble(page: Page): PageTrouble {
  const trouble: PageTrouble = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => trouble.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('[AI Leadership Lens]')) {
      trouble.consoleErrors.push(`${message.type()}: ${message.text()}`);
    }
  });
  return trouble;
}

/** Waits until the panel is drawn: the host attached and the panel inside its shadow root, visible. */
export async function waitForPanel(page: Page, timeout = 10_000): Promise<void> {
  await inPanel(page, '.ail-panel').first().waitFor({ state: 'visible', timeout });
}

export interface PanelReading {
  /** Hosts in the page, and panels inside the first host's shadow root. */
  hosts: number;
  panels: number;
  roleName: string | null;
  level: string | null;
  bandHeading: string | null;
  fallback: string | null;
  /** Fact rows of the salary section ("Benchmark", "Posted", ...): the value as printed, and its extra line. */
  facts: Record<string, { value: string; extra: string | null }>;
  /** The top strip's verdict, its one-line "no verdict", its "No benchmark" and its "No pay range posted". */
  verdict: string | null;
  noVerdict: string | null;
  noBand: string | null;
  noPay: string | null;
  /** The pay section's text and the "Why / how" disclosure's, where the caveats are. */
  salaryText: string;
  /** Rows under "Why / how" (present in the DOM whether or not the details are open). */
  details: Record<string, string>;
  /** Group name -> "3 of 5". */
  groupCounts: Record<string, string>;
  /** Skill id -> ticked, for every item listed. */
  skills: Record<string, boolean>;
  checks: { severity: string; word: string; message: string }[];
  checksText: string;
}

export async function readPanel(page: Page): Promise<PanelReading> {
  return page.evaluate((tag) => {
    const hosts = document.querySelectorAll(tag);
    const root = hosts[0]?.shadowRoot ?? null;
    const one = (css: string) => root?.querySelector(css)?.textContent?.trim() ?? null;
    const all = (css: string) => Array.from(root?.querySelectorAll(css) ?? []);
    // A fact's value is the dd's own text; its extra line (a conversion) is the nested span.
    const facts: Record<string, { value: string; extra: string | null }> = {};
    for (const row of all('[data-section="salary"] > dl > .ail-fact')) {
      const label = row.querySelector('dt')?.textContent?.trim() ?? '';
      const dd = row.querySelector('dd');
      const own = Array.from(dd?.childNodes ?? [])
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim();
      facts[label] = {
        value: own,
        extra: dd?.querySelector('.ail-fact__extra')?.textContent?.trim() ?? null,
      };
    }
    const details: Record<string, string> = {};
    for (const row of all('.ail-details .ail-fact')) {
      details[row.querySelector('dt')?.textContent?.trim() ?? ''] =
        row.querySelector('dd')?.textContent?.trim() ?? '';
    }
    const groupCounts: Record<string, string> = {};
    for (const group of all('.ail-checklist__group')) {
      const name = group.querySelector('.ail-checklist__title > span:first-child')?.textContent?.trim() ?? '';
      groupCounts[name] = group.querySelector('[data-count]')?.textContent?.trim() ?? '';
    }
    const skills: Record<string, boolean> = {};
    for (const item of all('[data-skill]')) {
      skills[item.getAttribute('data-skill') ?? ''] = item.getAttribute('data-checked') === 'true';
    }
    return {
      hosts: hosts.length,
      panels: all('.ail-panel').length,
      roleName: one('[data-role-name]'),
      level: one('[data-level]'),
      bandHeading: one('[data-band-heading]'),
      fallback: one('[data-fallback]'),
      facts,
      verdict: one('.ail-verdict'),
      noVerdict: one('[data-no-verdict]'),
      noBand: one('[data-no-band]'),
      noPay: one('[data-no-pay]'),
      salaryText: `${one('[data-section="salary"]') ?? ''} ${one('[data-why]') ?? ''}`,
      details,
      groupCounts,
      skills,
      checks: all('.ail-check').map((check) => ({
        severity: check.getAttribute('data-severity') ?? '',
        word: check.querySelector('.ail-check__severity')?.textContent?.trim() ?? '',
        message: check.querySelector('.ail-check__message')?.textContent?.trim() ?? '',
      })),
      checksText: one('[data-section="checks"]') ?? '',
    };
  }, PANEL_HOST);
}
