// One local site server and one browser with the extension, per test file. Kept apart from harness.ts,
// which the demo imports outside vitest.
import { afterAll, beforeAll } from 'vitest';
import {
  type LaunchedBrowser,
  launchWithExtension,
  type Route,
  type SiteServer,
  startSiteServer,
} from './harness';

/**
 * Registers beforeAll/afterAll for a test file: the local site server with `routes` and one browser with
 * the extension loaded. Read `.server` and `.browser` inside tests (they exist once beforeAll has run);
 * `.browser` may be replaced by a test that restarts the browser.
 */
export function useLensBrowser(routes: () => Route[], opts: { colorScheme?: 'light' | 'dark' } = {}) {
  const state = {} as { server: SiteServer; browser: LaunchedBrowser };
  beforeAll(async () => {
    state.server = await startSiteServer(routes());
    state.browser = await launchWithExtension({ port: state.server.port, ...opts });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
