// Job pages whose postings carry markup and script as their text, for the hostile-content browser tests.
// The fixtures under tests/fixtures/hostile are templates: %%text:NAME%% is a payload HTML-escaped (so the
// page shows it as text, as a real posting would), %%json:NAME%% the payload as a JSON string for JSON-LD,
// %%recorder%% the script that must be the first thing on the page, %%bulk:NAME%% generated bulk content.
// Every payload, if it ever ran, calls window.__lensPwned(label), which the recorder keeps in
// window.__executed; a few also overwrite document.title.
import type { Page } from 'playwright-core';
import { fixture, type Route } from './harness';
import { servedAtCanonical } from './sample-sites';

/** Each payload names itself in the label it records. */
export const PAYLOADS = {
  img: `<img src=x onerror="__lensPwned('img')">`,
  script: `<script>__lensPwned('script');document.title='pwned'</script>`,
  svg: `<svg><animate onbegin="__lensPwned('svg')" attributeName="x" dur="1s"></animate></svg>`,
  jsLink: `<a href="javascript:__lensPwned('js-link')">Apply</a>`,
  iframe: `<iframe srcdoc="<script>parent.__lensPwned('iframe')</script>"></iframe>`,
  attrBreak: `" autofocus onfocus="__lensPwned('attr-break')" x="`,
  scriptClose: `</script><script>__lensPwned('script-close')</script>`,
  styleTag: `<style>.ail-panel,[data-section]{display:none!important}</style>`,
  templateExpr: `{{constructor.constructor('__lensPwned("template-expr")')()}}`,
  jsUrl: `javascript:__lensPwned('js-url')//`,
  dataUrl: `data:text/html,<script>__lensPwned('data-url')</script>`,
  cssImport: `<style>@import url(https://attacker.invalid/x.css);</style>`,
  /** A JSON-LD description is HTML; this one runs if parsed into a live document. */
  htmlDescription:
    `<p>Lead the AI strategy, the LLM platform and AI governance (EU AI Act, NIST AI RMF) as Chief AI Officer.</p>` +
    `<img src=x onerror="__lensPwned('jsonld-img')"><script>__lensPwned('jsonld-script')</script>` +
    `<p>Salary $300,000 - $420,000 per year.</p>`,
  /** U+202E RIGHT-TO-LEFT OVERRIDE: the title reads backwards unless the override stays text. */
  bidi: 'Chief AI Officer \u202Efdp.exe\u202C',
  /** Zero-width space, non-joiner, joiner and BOM inside the words a classifier looks for. */
  zeroWidth: 'Chief\u200B AI\u200C Officer\u200D\uFEFF',
} as const;

export type PayloadName = keyof typeof PAYLOADS;

/** The markup fragments a panel must never turn into elements. */
export const MARKUP_PAYLOADS: PayloadName[] = [
  'img',
  'script',
  'svg',
  'jsLink',
  'iframe',
  'attrBreak',
  'scriptClose',
  'styleTag',
  'templateExpr',
  'cssImport',
];

const RECORDER = `<script>
window.__executed = [];
window.__lensPwned = (label) => window.__executed.push(String(label));
</script>`;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A JSON string literal that cannot close the <script> element it sits in. */
function jsonString(text: string): string {
  return JSON.stringify(text)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026');
}

function payload(name: string): string {
  if (!(name in PAYLOADS)) throw new Error(`Unknown payload ${name}`);
  return PAYLOADS[name as PayloadName];
}

/** A description paragraph with every payload as text; about 1.6 KB. */
function hostileParagraph(i: number): string {
  const texts = Object.values(PAYLOADS).map(escapeHtml).join(' ');
  return `<p>Part ${i}: lead the AI strategy, LLM platform and AI governance work. ${texts}</p>\n`;
}

/** About `bytes` of description. */
function bulkDescription(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = hostileParagraph(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

const CARD_TITLES = [
  `Chief AI Officer ${PAYLOADS.img}`,
  `Director of AI ${PAYLOADS.script}`,
  `Retail Manager ${PAYLOADS.svg}`,
  `VP of AI ${PAYLOADS.attrBreak}`,
  PAYLOADS.zeroWidth,
  `Head of AI ${PAYLOADS.iframe}`,
  PAYLOADS.bidi,
  `Data Analyst ${PAYLOADS.jsLink}`,
];

/** `count` LinkedIn search cards (the li/job-card markup list badges read), titles and pay hostile. */
function bulkCards(count: number): string {
  const cards: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = 4_600_000_000 + i;
    const title = escapeHtml(CARD_TITLES[i % CARD_TITLES.length] ?? '');
    cards.push(
      `<li class="scaffold-layout__list-item" data-occludable-job-id="${id}"><div class="job-card-container" data-job-id="${id}">` +
        `<a class="job-card-list__title--link" href="/jobs/view/${id}/">${title}</a>` +
        `<div class="artdeco-entity-lockup__subtitle">Hostile ${escapeHtml(PAYLOADS.script)} Co</div>` +
        `<ul class="job-card-container__metadata-wrapper"><li>$${200 + (i % 90)}K/yr - $${300 + (i % 90)}K/yr ${escapeHtml(PAYLOADS.img)}</li></ul>` +
        `</div></li>\n`,
    );
  }
  return cards.join('');
}

const BULK: Record<string, () => string> = {
  'description-1mb': () => bulkDescription(1024 * 1024),
  'cards-10000': () => bulkCards(10_000),
};

export function renderHostile(template: string): string {
  return template.replace(/%%(recorder|text|json|bulk)(?::([\w-]+))?%%/g, (_, kind: string, name = '') => {
    if (kind === 'recorder') return RECORDER;
    if (kind === 'text') return escapeHtml(payload(name));
    if (kind === 'json') return jsonString(payload(name));
    const bulk = BULK[name];
    if (!bulk) throw new Error(`Unknown bulk ${name}`);
    return bulk();
  });
}

export interface HostilePage {
  file: string;
  url: string;
  route: Route;
  bytes: number;
}

/** tests/fixtures/hostile/<file>, rendered, served at the address of its <link rel="canonical">. */
export function hostilePage(file: string): HostilePage {
  const html = renderHostile(fixture(`hostile/${file}`));
  return {
    file,
    ...servedAtCanonical(html, `hostile/${file}`),
    bytes: Buffer.byteLength(html),
  };
}

/** What the recorder saw: labels of payloads that ran, and whether the page title was overwritten. */
export async function executions(page: Page): Promise<{ executed: string[]; title: string }> {
  return page.evaluate(() => ({
    executed: (window as unknown as { __executed?: string[] }).__executed ?? ['recorder missing'],
    title: document.title,
  }));
}
