// Outside a browser (CLI, benchmarks) pages are parsed with happy-dom, with scripts, style sheets,
// frames and navigation all switched off: a saved page is read, never run.
import { Window } from 'happy-dom';

const INLINE_SVG = /<svg\b[\s\S]*?<\/svg>/gi;
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
  // happy-dom drops the rest of a page after a <style> inside an <svg> (capricorn86/happy-dom#2231; Indeed's
  // preloader has one). Icons never hold posting text, so they go before parsing.
  return parser.parseFromString(html.replace(INLINE_SVG, ''), 'text/html') as unknown as Document;
}
