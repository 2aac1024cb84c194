// "auto" follows the page first (LinkedIn has its own dark mode, whatever the system says), then the system.
export type PageTheme = 'light' | 'dark';

/** The page's own theme, read from its background; null when the page paints no background of its own. */
export function pageTheme(doc: Document, win: Window): PageTheme | null {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgba = parseColor(win.getComputedStyle(element).backgroundColor);
    if (rgba && rgba[3] > 0.5) return relativeLuminance(rgba) < 0.35 ? 'dark' : 'light';
  }
  return null;
}

function parseColor(value: string): [number, number, number, number] | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value);
  if (!match) return null;
  const alpha =
    match[4] === undefined
      ? 1
      : match[4].endsWith('%')
        ? Number.parseFloat(match[4]) / 100
        : Number(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
function relativeLuminance([r, g, b]: [number, number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
