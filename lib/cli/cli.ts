// `npm run analyze -- page.html [--url URL]` and `npm run analyze -- --titles < titles.txt`.
// The only file in lib/ that touches the file system and the process: the engine it calls is pure.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { checkMessage } from '../../components/panel/check-words';
import { loadBundledData } from '../../data';
import { analyzeDocument } from '../engine/analyze';
import { classifyTitle } from '../engine/classify';
import { analysisReport } from '../engine/report';
import { findAdapter } from '../engine/sites/all';
import { generic } from '../engine/sites/generic';
import type { PagesSource } from '../extension/i18n/pages';
import { en as pagesEn } from '../extension/i18n/pages/en';
import { fieldSourceText } from '../extension/i18n/pages/field-sources';
import { createPanelWords } from '../extension/i18n/panel';
import { en } from '../extension/i18n/panel/en';
import { createTranslator } from '../extension/i18n/translate';
import { parseHtmlDocument } from './html-document';

const USAGE =
  'usage: npm run analyze -- <page.html> [--url URL]\n       npm run analyze -- --titles < titles.txt';

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--titles')) return classifyTitlesFromStdin();
  const urlFlag = argv.indexOf('--url');
  const explicitUrl = urlFlag >= 0 ? argv[urlFlag + 1] : undefined;
  if (urlFlag >= 0 && !explicitUrl) throw new UsageError('--url needs a value');
  const file = argv.find((arg, i) => !arg.startsWith('--') && (urlFlag < 0 || i !== urlFlag + 1));
  if (!file) throw new UsageError('no page given');
  if (explicitUrl && !URL.canParse(explicitUrl)) throw new UsageError(`not a URL: ${explicitUrl}`);
  const doc = parseHtmlDocument(readPage(file), explicitUrl ?? 'https://localhost/');
  // A saved page often has no address of its own; the file's then stands in, and only schema.org data reads it.
  const url = explicitUrl ?? pageUrl(doc) ?? pathToFileURL(file).href;
  // A recruiter's folder holds pages from careers sites no adapter claims: their JobPosting data still reads.
  const adapter = findAdapter(url) ?? generic;
  const options = {
    displayCurrency: 'USD',
    basis: 'base',
    today: new Date().toISOString().slice(0, 10),
  } as const;
  const data = loadBundledData();
  const analysis = analyzeDocument(doc, url, data, options, adapter);
  if (!analysis)
    throw new UsageError(`${file}: no job posting found for ${url} (not a supported site or page)`);
  // The checks in the panel's English words, how each field was read in the popup's.
  const panelWords = createPanelWords('en', en);
  const pagesWords = createTranslator<PagesSource>('en', pagesEn);
  const report = analysisReport(analysis, {
    check: (flag) => checkMessage(panelWords, flag, data),
    source: (source) => fieldSourceText(pagesWords, source),
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

function readPage(file: string): string {
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
  if (!statSync(file).isFile()) throw new UsageError(`${file}: not a file`);
  const html = readFileSync(file, 'utf8');
  if (html.trim() === '') throw new UsageError(`${file}: the file is empty`);
  if (!/<(!doctype|html|head|body|div|main|section|script|meta|p)\b/i.test(html)) {
    throw new UsageError(`${file}: not an HTML page`);
  }
  return html;
}

/** The page's own idea of its address: canonical link first, then og:url. */
function pageUrl(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  return candidates.find((c): c is string => !!c && URL.canParse(c));
}

async function classifyTitlesFromStdin(): Promise<void> {
  const { roles } = loadBundledData();
  for await (const line of createInterface({ input: process.stdin })) {
    const title = line.trim();
    if (!title) continue;
    const match = classifyTitle(title, roles);
    process.stdout.write(
      `${JSON.stringify({ title, role: match?.id ?? null, confidence: match?.confidence ?? 0 })}\n`,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`analyze: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`analyze: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
