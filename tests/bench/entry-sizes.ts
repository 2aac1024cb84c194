// What each entry point of a built extension loads, and its size raw and gzipped: the content script
// (JS + CSS from the manifest: the loader, on every page of the job sites), the lens (the content script the
// background injects where a posting may show, which draws the panel's first paint), the background worker,
// and the popup and options pages (their scripts, the chunks those import, and their stylesheets). Files an entry only loads later (dynamic import(),
// web-accessible resources for the content script) are counted apart, as lazy.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSet {
  files: string[];
  raw: number;
  gzip: number;
}

export interface EntrySize extends FileSet {
  entry: 'content' | 'lens' | 'background' | 'popup' | 'options';
  lazy: FileSet;
}

export function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function fileSet(buildDir: string, files: Iterable<string>): FileSet {
  const list = [...new Set(files)].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of list) {
    const bytes = readFileSync(path.join(buildDir, file));
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  return { files: list, raw, gzip };
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/** `start` and every chunk it imports statically (transitively); the chunks imported dynamically apart. */
function withImports(buildDir: string, start: string[]): { eager: Set<string>; lazy: Set<string> } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (eager.has(file)) continue;
    eager.add(file);
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(path.join(buildDir, file), 'utf8');
    const resolve = (spec: string) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    for (const [, spec] of text.matchAll(STATIC_IMPORT)) if (spec) queue.push(resolve(spec));
    for (const [, spec] of text.matchAll(DYNAMIC_IMPORT)) if (spec) lazy.add(resolve(spec));
  }
  for (const file of eager) lazy.delete(file);
  return { eager, lazy };
}

/** The scripts, preloaded modules and stylesheets an extension page's HTML loads. */
function pageFiles(buildDir: string, html: string): string[] {
  const text = readFileSync(path.join(buildDir, html), 'utf8');
  const refs = [
    ...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...text.matchAll(/<link\b[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*\bhref="([^"]+)"/g),
  ];
  return refs.map(([, ref]) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(html), ref ?? '')).replace(/^\//, ''),
  );
}

const LENS = 'content-scripts/lens.js';

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  web_accessible_resources?: (string | { resources: string[] })[];
}

function entry(
  buildDir: string,
  name: EntrySize['entry'],
  start: string[],
  alsoLazy: string[] = [],
): EntrySize {
  const { eager, lazy } = withImports(buildDir, start);
  for (const file of alsoLazy) if (!eager.has(file)) lazy.add(file);
  return { entry: name, ...fileSet(buildDir, eager), lazy: fileSet(buildDir, lazy) };
}

/** Every entry point the manifest of the build in `buildDir` names. */
export function entrySizes(buildDir: string): EntrySize[] {
  const manifestPath = path.join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`No built extension at ${buildDir}: run "npx wxt build" first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const sizes: EntrySize[] = [];
  const content = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  // A content script can only load more of the extension later through its web-accessible resources.
  const accessible = (manifest.web_accessible_resources ?? [])
    .flatMap((r) => (typeof r === 'string' ? [r] : r.resources))
    .filter((file) => !file.includes('*') && existsSync(path.join(buildDir, file)));
  if (content.length > 0) sizes.push(entry(buildDir, 'content', content, accessible));
  // Injected by the background (scripting.executeScript).
  if (existsSync(path.join(buildDir, LENS)) && !content.includes(LENS))
    sizes.push(entry(buildDir, 'lens', [LENS]));
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background) sizes.push(entry(buildDir, 'background', [background]));
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup) sizes.push(entry(buildDir, 'popup', pageFiles(buildDir, popup)));
  const options = manifest.options_ui?.page;
  if (options) sizes.push(entry(buildDir, 'options', pageFiles(buildDir, options)));
  return sizes;
}
