// Outside a browser (CLI, benchmarks) pages are parsed with happy-dom, with scripts, style sheets,
// frames and navigation all switched off: a saved page is read, never run.
import { Window } from 'happy-dom';

const SILENT_CONSOLE = new Proxy(console, { get: () => () => undefined });

export function parseHtmlDocument(html: string, url: string): Document {
  const window = new Window({
    url,
    // What the page would log (blocked frames and scripts) is not ours to print.
    console: SILENT_CONSOLE,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}
