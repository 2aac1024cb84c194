import preact from '@preact/preset-vite';
import type { InlineConfig } from 'vite';
import { defineConfig } from 'wxt';
import { validateBundledData } from './data/validate';
import { JOB_SITE_MATCHES } from './lib/engine/sites/matches';

// tests/browser/manifest.test.ts checks each directive of the built manifests against this policy's intent.
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

// `LENS_BUNDLE_REPORT=1 wxt build` (the bench's bundle report): the same build with source maps, in a
// folder of its own so the build under test stays as shipped.
const bundleReport = process.env.LENS_BUNDLE_REPORT === '1';

/**
 * The content scripts (the loader on every job-site page, the lens where a posting may show) and the extension's
 * pages (popup, options, compare) use the browser's own `browser` (Chrome MV3's `chrome.*` and Firefox's
 * `browser.*` both return promises), not webextension-polyfill. The background keeps it: its message listeners
 * answer by returning a promise, which Chrome takes only through the polyfill. The module aliases `wxt/browser`
 * to the polyfill; this takes the alias off again for the others.
 */
function withoutPolyfill(config: InlineConfig): void {
  const alias = config.resolve?.alias;
  if (Array.isArray(alias)) {
    config.resolve = { ...config.resolve, alias: alias.filter(({ find }) => find !== 'wxt/browser') };
  } else if (alias && 'wxt/browser' in alias) {
    const { 'wxt/browser': _polyfill, ...rest } = alias as Record<string, string>;
    config.resolve = { ...config.resolve, alias: rest };
  }
}

// Manifest notes: the content script reaches only the job sites it has an adapter for; any other careers
// site is opt-in at run time through optional_host_permissions (never <all_urls> up front).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'background')) withoutPolyfill(config);
    },
  },
  vite: () => ({
    plugins: [preact(), { name: 'validate-bundled-data', buildStart: validateBundledData }],
    // JSON.parse of a string is faster for V8 than the same data as an object literal.
    json: { stringify: true },
    ...(bundleReport ? { build: { sourcemap: true } } : {}),
  }),
  // LENS_OUT_DIR builds elsewhere (the browser tests read the same variable), so two checkouts' worth of work
  // can build and test side by side.
  outDir: process.env.LENS_OUT_DIR ?? (bundleReport ? '.output/bundle-report' : '.output'),
  // The real pages under tests/fixtures/real are third-party content kept for local tests only.
  zip: { excludeSources: ['tests/fixtures/real/**', 'demo-output/**', 'test-output/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    // Worded in public/_locales/<language>/messages.json, in the browser's language.
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // storage: settings. activeTab: the popup may read the current tab's address to offer "Enable on this
    // site". scripting: register the content script on sites the user enabled.
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...JOB_SITE_MATCHES],
    // Any other careers site, asked for at the moment the user enables it (MV2 has no separate key).
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*'] }
      : { optional_permissions: ['https://*/*'] }),
    // Stricter than the browsers' defaults: the extension's own pages load nothing but their own files,
    // run no plugin, set no <base>, and send no form anywhere.
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_togglePanelCommand__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ai-leadership-lens@example.org',
              // data_collection_permissions is read from Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
