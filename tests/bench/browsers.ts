// One local site server and two Chromiums for the whole benchmark: the same browser, flags and host mapping
// with the built extension and without it (the baseline). Sections use them one after the other.
import {
  type LaunchedBrowser,
  type LaunchedPlainBrowser,
  launchWithExtension,
  launchWithoutExtension,
  type Route,
  type SiteServer,
  startSiteServer,
} from '../browser/harness';

export interface BenchBrowsers {
  server: SiteServer;
  withExtension: LaunchedBrowser;
  withoutExtension: LaunchedPlainBrowser;
  close(): Promise<void>;
}

export async function startBenchBrowsers(routes: Route[]): Promise<BenchBrowsers> {
  const server = await startSiteServer(routes);
  const withExtension = await launchWithExtension({ port: server.port });
  const withoutExtension = await launchWithoutExtension({ port: server.port });
  // tsx (esbuild keepNames) wraps named functions in __name(): functions passed to page.evaluate and
  // addInitScript carry that call into the page, which has no such helper.
  for (const { context } of [withExtension, withoutExtension]) {
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  }
  return {
    server,
    withExtension,
    withoutExtension,
    async close() {
      await withExtension.close();
      await withoutExtension.close();
      await server.close();
    },
  };
}
