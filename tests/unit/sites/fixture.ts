// Loads a fixture page into a happy-dom Document the way the content script would see it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Field } from '../../../lib/engine/types';

const FIXTURES = join(__dirname, '../../fixtures');

export function loadFixture(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, path), 'utf8'), 'text/html');
}

/** The field's value, failing the test with the field's reason when it is null. */
export function readValue<T>(field: Field<T>): T {
  if ('reason' in field) return expect.fail(`field is null: ${field.reason}`);
  return field.value;
}

export function sourceOf<T>(field: Field<T>): string {
  return 'reason' in field ? `null: ${field.reason}` : field.source;
}

/** Every page under fixtures/<dir> with the address it was captured at (page-urls.json, canonical, og:url). */
export function fixturePages(dir: 'real' | 'samples'): { path: string; url: string }[] {
  const known = JSON.parse(readFileSync(join(FIXTURES, 'real/page-urls.json'), 'utf8')).urls as Record<
    string,
    string
  >;
  return readdirSync(join(FIXTURES, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const path = `${dir}/${file}`;
      const doc = loadFixture(path);
      const url =
        known[path] ??
        doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
        doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
      if (!url) throw new Error(`${path}: no address in page-urls.json, canonical link or og:url`);
      return { path, url };
    });
}

/** Takes a node out of its document; the returned function puts it back where it was. */
export function detach(node: Node): () => void {
  const parent = node.parentNode;
  const next = node.nextSibling;
  parent?.removeChild(node);
  return () => parent?.insertBefore(node, next);
}

/** Takes the page's schema.org data (JSON-LD, microdata) out, so its own markup is read; returns the undo. */
export function withoutStructuredData(doc: Document): () => void {
  const undo = Array.from(doc.querySelectorAll('script[type="application/ld+json"], [itemscope]')).map(
    detach,
  );
  return () => {
    for (const restore of undo.reverse()) restore();
  };
}
