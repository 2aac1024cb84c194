// The built manifests (Chromium MV3 and Firefox MV2) ask for least privilege: every permission and host is
// on the allow-list below with the feature that needs it (SECURITY.md gives the same reasons), nothing
// reaches all sites up front, no page or script can be loaded from outside the package, and the extension
// pages run under a content security policy stricter than the browsers' defaults. Firefox also gets its
// add-on id and says it collects no data.
import { describe, expect, it } from 'vitest';
import {
  BUILDS,
  type BuildName,
  type BuiltManifest,
  builtFiles,
  builtManifest,
  builtText,
} from './built-extension';

/** API permissions, each with the feature that needs it. Adding one means adding its reason here. */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  storage: 'settings in storage.sync',
  activeTab: 'the popup reads the current tab address to offer "Enable on this site"',
  scripting: 'register the content script on the careers sites the user enabled',
};

/**
 * The job sites with an adapter, by registrable domain. Kept apart from lib/engine/sites/matches.ts on purpose: a
 * new host in the manifest has to be added here too, by someone who read why.
 */
const ALLOWED_HOST_DOMAINS = [
  'linkedin.com',
  'indeed.com',
  'greenhouse.io',
  'lever.co',
  'ashbyhq.com',
  'myworkdayjobs.com',
  'wellfound.com',
  'glassdoor.com',
  'glassdoor.co.uk',
  'glassdoor.ca',
  'glassdoor.co.in',
  'glassdoor.com.au',
  'glassdoor.de',
  'glassdoor.fr',
];

/** Asked for at run time, one origin at a time, from the popup's "Enable on this site". */
const ALLOWED_OPTIONAL_ORIGINS = ['https://*/*'];

/** Keys that would open the extension to other extensions, web pages or remote updates. */
const FORBIDDEN_KEYS = [
  'web_accessible_resources',
  'externally_connectable',
  'update_url',
  'sandbox',
  'content_capabilities',
  'chrome_url_overrides',
  'devtools_page',
  'oauth2',
  'key',
];

const EVERYTHING = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'file:///*'];

const HOST_PATTERN = /^(\*|https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/\*$/;

function hostDomain(pattern: string): string | null {
  const host = HOST_PATTERN.exec(pattern)?.[3];
  return host === undefined ? null : host;
}

function isAllowedHost(pattern: string): boolean {
  const host = hostDomain(pattern);
  return (
    host !== null && ALLOWED_HOST_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))
  );
}

/** Required host access: MV3 lists it apart; MV2 mixes it into permissions. */
function requiredHosts(manifest: BuiltManifest): string[] {
  const mixed = (manifest.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>');
  return [...(manifest.host_permissions ?? []), ...mixed];
}

function apiPermissions(manifest: BuiltManifest): string[] {
  return (manifest.permissions ?? []).filter((p) => !p.includes('://') && p !== '<all_urls>');
}

function optionalEntries(manifest: BuiltManifest): string[] {
  return [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
}

function extensionPagesPolicy(manifest: BuiltManifest): string | undefined {
  const csp = manifest.content_security_policy;
  return typeof csp === 'string' ? csp : csp?.extension_pages;
}

/** "a b; c d" -> { a: ['b'], c: ['d'] } */
function directives(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}

describe.each(BUILDS.map((b) => b.name))('built manifest, %s', (name: BuildName) => {
  const manifest = builtManifest(name);

  it('holds only the API permissions a feature needs', () => {
    const held = apiPermissions(manifest);
    expect(held.filter((p) => !(p in ALLOWED_PERMISSIONS))).toEqual([]);
    expect(new Set(held).size).toBe(held.length);
    // No feature needs these: tabs.sendMessage and tabs.query for the active tab work without `tabs`.
    for (const p of [
      'tabs',
      'webRequest',
      'webRequestBlocking',
      'declarativeNetRequest',
      'cookies',
      'history',
    ]) {
      expect(held).not.toContain(p);
    }
  });

  it('reaches only the supported job sites up front, never every site', () => {
    const hosts = requiredHosts(manifest);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((h) => EVERYTHING.includes(h))).toEqual([]);
    expect(hosts.filter((h) => !isAllowedHost(h))).toEqual([]);
    // Every allowed domain is used: the list does not hold stale hosts that would pass silently.
    const used = new Set(hosts.map(hostDomain));
    for (const domain of ALLOWED_HOST_DOMAINS) {
      expect(
        [...used].some((h) => h === domain || h?.endsWith(`.${domain}`)),
        domain,
      ).toBe(true);
    }
  });

  it('runs its content script only where it holds host access, from its own files', () => {
    const hosts = new Set(requiredHosts(manifest));
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.matches.filter((m) => !hosts.has(m))).toEqual([]);
      for (const file of [...(script.js ?? []), ...(script.css ?? [])]) {
        expect(file).toMatch(/^[\w./-]+$/);
        expect(builtFiles(name, [file]).length, file).toBe(1);
      }
    }
  });

  it('asks for other sites only as optional origins', () => {
    expect(optionalEntries(manifest).sort()).toEqual([...ALLOWED_OPTIONAL_ORIGINS].sort());
  });

  it('exposes nothing to pages or other extensions and updates from nowhere but the store', () => {
    expect(FORBIDDEN_KEYS.filter((key) => key in manifest)).toEqual([]);
  });

  it('sets a strict content security policy for its own pages', () => {
    const policy = extensionPagesPolicy(manifest);
    expect(policy, 'content_security_policy must be set explicitly').toBeTypeOf('string');
    const csp = directives(policy ?? '');
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'none'"]);
    // No directive may open a door the defaults above close.
    for (const [directive, sources] of Object.entries(csp)) {
      for (const source of sources) {
        expect(source, `${directive} ${source}`).toMatch(/^'(self|none)'$/);
      }
    }
  });

  it('loads every script and style of its pages from the package', () => {
    const pages = builtFiles(name, ['.html']);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = builtText(name, page);
      const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1] ?? '');
      expect(refs.length, page).toBeGreaterThan(0);
      expect(
        refs.filter((ref) => !ref.startsWith('/') || ref.startsWith('//')),
        page,
      ).toEqual([]);
      // No inline script: the policy would block it anyway, and the build must not depend on it.
      expect(html, page).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/i);
    }
  });
});

describe('Firefox manifest', () => {
  const gecko = builtManifest('firefox-mv2').browser_specific_settings?.gecko;

  it('names the add-on', () => {
    expect(gecko?.id).toMatch(/^[a-z0-9-]+@[a-z0-9.-]+$/);
  });

  it('declares that no data is collected', () => {
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(gecko?.data_collection_permissions?.optional ?? []).toEqual([]);
  });
});
