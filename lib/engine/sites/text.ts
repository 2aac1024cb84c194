// Reading text out of pages the way a person sees it: hidden helper text skipped, whitespace collapsed.

const ELEMENT = 1;
const TEXT = 3;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);
/** Screen-reader-only copies (LinkedIn repeats titles there, e.g. "… with verification"). */
const HIDDEN_CLASSES = ['visually-hidden', 'a11y-text', 'sr-only'];
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isHidden(el: Element): boolean {
  const list = el.classList;
  return HIDDEN_CLASSES.some((name) => list.contains(name));
}

/** textContent without scripts, styles and screen-reader-only copies; block elements separate words. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === ELEMENT) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag) || isHidden(el)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push(' ');
        walk(el);
        if (block) parts.push(' ');
      }
    }
  };
  if (root.nodeType === TEXT) return collapse(root.nodeValue ?? '');
  walk(root);
  return collapse(parts.join(''));
}

const VERIFICATION_SUFFIX = /\s*(?:\(Verified job\)|with verification)\s*/gi;

/** Undo LinkedIn's doubled titles: "X (Verified job)X" or "X X with verification" -> "X". */
export function dedupeRepeated(text: string): string {
  const stripped = collapse(text.replace(VERIFICATION_SUFFIX, ' '));
  const half = stripped.length / 2;
  if (Number.isInteger(half) && stripped.slice(0, half) === stripped.slice(half))
    return stripped.slice(0, half);
  const spaced = (stripped.length - 1) / 2;
  if (
    Number.isInteger(spaced) &&
    stripped[spaced] === ' ' &&
    stripped.slice(0, spaced) === stripped.slice(spaced + 1)
  ) {
    return stripped.slice(0, spaced);
  }
  return stripped;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  yen: '¥',
  copy: '©',
  reg: '®',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** HTML (e.g. a JSON-LD description) to plain text, without any DOM: nothing is parsed, loaded or run. */
const BLOCK_TAG_MARKUP = new RegExp(`<\\/?(?:${[...BLOCK_TAGS].join('|')})\\b[^>]*>`, 'gi');

export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK_TAG_MARKUP, ' ')
    .replace(/<[^>]*>/g, '');
  return collapse(decodeEntities(text));
}
