// The sample postings written for the project, each served at the real-site URL named by its
// <link rel="canonical">, so the page is reached through the manifest's own match patterns.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fixture, ROOT, type Route } from './harness';

export interface SamplePage {
  file: string;
  url: string;
  route: Route;
}

const CANONICAL_LINK = /<link\b[^>]*\brel="canonical"[^>]*>/i;
const HREF = /\bhref="([^"]+)"/i;

export function samplePage(file: string): SamplePage {
  return { file, ...servedAtCanonical(fixture(`samples/${file}`), `samples/${file}`) };
}

/** A page and the route that serves it at the address of its <link rel="canonical">. */
export function servedAtCanonical(html: string, name: string): { url: string; route: Route } {
  const link = CANONICAL_LINK.exec(html)?.[0];
  const canonical = link ? HREF.exec(link)?.[1]?.replaceAll('&amp;', '&') : undefined;
  if (!canonical) throw new Error(`${name} has no <link rel="canonical" href="...">`);
  const url = new URL(canonical);
  return { url: url.href, route: { host: url.host, path: url.pathname + url.search, body: html } };
}

export function allSamplePages(): SamplePage[] {
  return readdirSync(path.join(ROOT, 'tests/fixtures/samples'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map(samplePage);
}
