import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { JOB_SITE_MATCHES } from './lib/sites/matches';

// Manifest notes: the content script reaches only the job sites it has an adapter for; any other careers
// site is opt-in at run time through optional_host_permissions (never <all_urls> up front).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'AI Leadership Lens',
    description:
      'Salary benchmarks, role comparisons and skill checklists for AI-leadership job postings. Bundled data only: nothing leaves your browser.',
    permissions: ['storage'],
    host_permissions: [...JOB_SITE_MATCHES],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ai-leadership-lens@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
